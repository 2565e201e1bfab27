"""`tiepdan print …` and `tiepdan verify`: slips, the logbook and the register to PDF (CLI.md).

A PDF is written through a temporary file and renamed when complete, so a refusal or a failure
leaves nothing behind; refusals exit 2 with the reason in Vietnamese on standard error.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any, TextIO

from app.errors import InputError

REGISTERS = {"logbook": "Sổ tiếp công dân", "register": "Sổ theo dõi xử lý đơn"}


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày '{value}' không hợp lệ, dùng YYYY-MM-DD") from None


def _copies(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' phải là số nguyên") from None


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    from app.law.forms import form_ids

    forms = ", ".join(form_ids())
    pr = sub.add_parser(
        "print", help="in giấy tờ, sổ tiếp công dân, sổ theo dõi đơn ra tệp PDF",
        description="In một mẫu giấy tờ cho một lượt tiếp hoặc một đơn, hoặc in sổ của một "
                    f"khoảng thời gian. MẪU: {forms}; hoặc logbook (sổ tiếp công dân), "
                    "register (sổ theo dõi xử lý đơn), forms (danh sách mẫu).")
    pr.add_argument("form", metavar="MẪU", help="mã mẫu (xem 'tiepdan print forms'), logbook, "
                                                "register hoặc forms")
    key = pr.add_mutually_exclusive_group()
    key.add_argument("--id", metavar="MÃ|SỐ", help="mã định danh hoặc số (0007/2026) của bản ghi")
    key.add_argument("--visit", metavar="MÃ|SỐ", help="lượt tiếp (khi mẫu dùng cho cả lượt tiếp và đơn)")
    key.add_argument("--petition", metavar="MÃ|SỐ", help="đơn (khi mẫu dùng cho cả lượt tiếp và đơn)")
    pr.add_argument("--out", metavar="TỆP.pdf", help="tệp PDF sẽ ghi")
    pr.add_argument("--paper", choices=["A4", "A5"], default="A4", help="khổ giấy (mặc định A4)")
    pr.add_argument("--copies", type=_copies, metavar="N",
                    help="số bản (mặc định theo luật: giấy biên nhận 2 bản, tố cáo 3 bản)")
    pr.add_argument("--from", dest="date_from", type=_iso_date, metavar="NGÀY", help="sổ: từ ngày")
    pr.add_argument("--to", dest="date_to", type=_iso_date, metavar="NGÀY", help="sổ: đến ngày")
    pr.add_argument("--as-officer", metavar="MÃ",
                    help="in với tư cách cán bộ (thấy danh tính người tố cáo nếu được phép)")
    pr.add_argument("--preview", action="store_true",
                    help="bản xem trước: không ghi vào nhật ký in (không tính lần in)")
    pr.add_argument("--json", action="store_true", help="forms: JSON Lines cho máy đọc")
    ver = sub.add_parser("verify", help="kiểm tra mã tra cứu in trên giấy tờ có phải thật không")
    ver.add_argument("code", metavar="MÃ", help="mã tra cứu, ví dụ 00163-L0007/2026-K7QX2MPA")


def _need(args: argparse.Namespace, *names: str) -> None:
    missing = [n for n in names if getattr(args, n.lstrip("-").replace("-", "_"), None) in (None, "")]
    if missing:
        raise InputError("validation", details="- Cần " + " và ".join(
            {"--date_from": "--from", "--date_to": "--to"}.get(m, m) for m in missing) + ".")


def cmd_print(args: argparse.Namespace, out: TextIO) -> int:
    from app import cli
    from app.services import printing

    if args.form == "forms":
        for f in printing.list_forms():
            if args.json:
                cli._dump({"form": f.form_id, "name": f.name, "kinds": list(f.kinds),
                           "number": f.number, "copies": f.copies, "redacted": f.redacted}, out)
            else:
                kinds = " và ".join({"visit": "lượt tiếp", "petition": "đơn"}[k] for k in f.kinds)
                extra = f", {f.copies} bản" if f.copies > 1 else ""
                num = f" ({f.number})" if f.number else ""
                out.write(f"{f.form_id:<22} {f.name}{num} – cho {kinds}{extra}\n")
        for rid, name in REGISTERS.items():
            if args.json:
                cli._dump({"form": rid, "name": name, "kinds": [], "number": "", "copies": 1,
                           "redacted": False}, out)
            else:
                out.write(f"{rid:<22} {name} – theo khoảng ngày (--from, --to)\n")
        return 0
    if args.form in REGISTERS:
        _need(args, "--date_from", "--date_to", "--out")
        store = cli._store(args)
        viewer = cli._viewer(store, args.as_officer)
        fn = printing.render_logbook if args.form == "logbook" else printing.render_petition_register
        res = fn(store, args.date_from, args.date_to, viewer, args.out, log=not args.preview)
        mark = f" – In lại lần {res.reprint}" if res.reprint else ""
        out.write(f"Đã in {REGISTERS[args.form]} từ {args.date_from:%d/%m/%Y} đến "
                  f"{args.date_to:%d/%m/%Y}: {res.rows} dòng, {res.pages} trang{mark} → {args.out}\n")
        return 0
    from app.law.forms import form_rule

    form_rule(args.form)  # an unknown form is refused before anything is opened
    key = args.id or args.visit or args.petition
    if not key:
        raise InputError("validation", details="- Cần --id (hoặc --visit / --petition).")
    _need(args, "--out")
    store = cli._store(args)
    viewer = cli._viewer(store, args.as_officer)
    kind = "visit" if args.visit else "petition" if args.petition else None
    done = printing.render_form(store, args.form, key, viewer, paper=args.paper,
                                copies=args.copies, kind=kind, log=not args.preview)
    printing.write_atomically(args.out, lambda f: f.write(done.pdf))
    mark = f" – In lại lần {done.reprint}" if done.reprint else ""
    masked = " (đã che danh tính người tố cáo)" if done.masked else ""
    out.write(f"Đã in {args.form} cho {'lượt tiếp' if done.kind == 'visit' else 'đơn'} số "
              f"{done.number}: {done.pages} trang{mark}{masked} → {args.out}\n"
              f"Mã tra cứu: {done.reference}\n")
    return 0


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    from app import cli
    from app.services.reference import verify_reference

    store = cli._store(args)
    result = verify_reference(store, args.code)
    out.write(result.message + "\n")
    return 0 if result.genuine else 3

"""The `tiepdan` command line (CLI.md): a thin face over app.services, Vietnamese for people."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from app import (
    __version__,
    cli_audit,
    cli_backup,
    cli_import,
    cli_petition,
    cli_print,
    cli_report,
    cli_setup,
    cli_sync,
)
from app.errors import InputError, StoreError, TiepDanError, ValidationFailed
from app.logs import log_path, setup_logging
from app.paths import demo_data_dir, resolve_data_dir

log = logging.getLogger("tiepdan.cli")


class _Parser(argparse.ArgumentParser):
    """argparse, but refusals say what is wrong in Vietnamese and exit 2."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(2, f"Lỗi: tham số không hợp lệ ({message}). Xem '{self.prog} --help'.\n")


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày '{value}' không hợp lệ, dùng YYYY-MM-DD") from None


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"'{value}' phải là số nguyên không âm")
    return number


def _year(value: str) -> int:
    try:
        year = int(value)
    except ValueError:
        year = 0
    if not 1990 <= year <= 2100:
        raise argparse.ArgumentTypeError(f"năm '{value}' không hợp lệ (1990–2100)")
    return year


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="tiepdan",
        description="TiepDan – sổ tiếp công dân và xử lý đơn của UBND phường, xã. "
                    "Không có lệnh: mở giao diện.",
    )
    p.add_argument("--version", action="version", version=f"TiepDan {__version__}")
    p.add_argument("--data-dir", help="thư mục dữ liệu (mặc định: $TIEPDAN_DATA_DIR hoặc thư mục người dùng)")
    p.add_argument("--database-url", metavar="URL",
                   help="(cơ quan cấp trên) cơ sở dữ liệu PostgreSQL, dạng "
                        "postgresql+psycopg://NGƯỜI_DÙNG@MÁY/TÊN_CSDL (mặc định: "
                        "$TIEPDAN_DATABASE_URL, không có thì tệp SQLite trong thư mục dữ liệu)")
    p.add_argument("--demo", action="store_true", help="mở kho dữ liệu mẫu riêng (tạo nếu chưa có)")
    p.add_argument("--self-test", action="store_true", help="tự kiểm tra trên kho tạm rồi thoát")
    p.add_argument("--user", metavar="TÊN", help="đăng nhập (bắt buộc khi kho đã có người dùng; "
                                                 "mật khẩu từ $TIEPDAN_PASSWORD hoặc được hỏi)")
    sub = p.add_subparsers(dest="command", metavar="LỆNH", parser_class=_Parser)

    cli_setup.add_parser(sub, _Parser)

    demo = sub.add_parser("demo", help="điền dữ liệu mẫu thực tế vào kho")
    demo.add_argument("--visits", type=int, default=300, help="số lượt tiếp (mặc định 300)")
    demo.add_argument("--petitions", type=int, default=100, help="số đơn (mặc định 100)")
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)

    visit = sub.add_parser("visit", help="lượt tiếp công dân (sổ tiếp công dân)")
    vsub = visit.add_subparsers(dest="visit_command", metavar="LỆNH", required=True,
                                parser_class=_Parser)
    add = vsub.add_parser("add", help="ghi một lượt tiếp từ bản ghi JSON")
    add.add_argument("--json", required=True, metavar="FILE", help="tệp JSON, '-' là đầu vào chuẩn")
    add.add_argument("--officer", metavar="MÃ", help="mã cán bộ tiếp (nếu bản ghi không có)")
    lst = vsub.add_parser("list", help="liệt kê sổ tiếp công dân, mới nhất trước")
    lst.add_argument("--from", dest="date_from", type=_iso_date, metavar="NGÀY")
    lst.add_argument("--to", dest="date_to", type=_iso_date, metavar="NGÀY")
    lst.add_argument("--category", choices=["KN", "TC", "KNPA", "OTHER"])
    lst.add_argument("--type", dest="reception_type", choices=["regular", "scheduled", "adhoc"])
    lst.add_argument("--limit", type=_count, default=0, help="số dòng tối đa (0: tất cả)")
    lst.add_argument("--json", action="store_true", help="JSON Lines cho máy đọc")
    lst.add_argument("--as-officer", metavar="MÃ", help="xem với tư cách cán bộ (thấy danh tính lượt tố cáo mình tiếp)")
    lst.add_argument("--office", metavar="MÃ", help="chỉ lượt tiếp của cơ quan có mã này (kho "
                                                   "cấp trên giữ sổ của nhiều cơ quan)")
    show = vsub.add_parser("show", help="xem một lượt tiếp theo mã hoặc số (0007/2026)")
    show.add_argument("key")
    show.add_argument("--as-officer", metavar="MÃ")

    search = sub.add_parser("search", help="tìm công dân, lượt tiếp (không phân biệt dấu)")
    search.add_argument("text")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=_count, default=20)
    search.add_argument("--as-officer", metavar="MÃ")

    officer = sub.add_parser("officer", help="cán bộ tiếp công dân và lãnh đạo")
    osub = officer.add_subparsers(dest="officer_command", metavar="LỆNH", required=True,
                                  parser_class=_Parser)
    oadd = osub.add_parser("add", help="thêm cán bộ")
    oadd.add_argument("--name", required=True)
    oadd.add_argument("--title", default="")
    oadd.add_argument("--code")
    role = oadd.add_mutually_exclusive_group()
    role.add_argument("--head", action="store_true", help="người đứng đầu (Chủ tịch)")
    role.add_argument("--deputy", action="store_true", help="cấp phó (Phó Chủ tịch)")
    olist = osub.add_parser("list", help="danh sách cán bộ")
    olist.add_argument("--json", action="store_true")

    fld = sub.add_parser("field", help="danh mục lĩnh vực")
    fsub = fld.add_subparsers(dest="field_command", metavar="LỆNH", required=True,
                              parser_class=_Parser)
    fl = fsub.add_parser("list", help="liệt kê lĩnh vực")
    fl.add_argument("--json", action="store_true")
    fs = fsub.add_parser("set", help="thêm hoặc sửa một lĩnh vực")
    fs.add_argument("code")
    fs.add_argument("name")
    fs.add_argument("--inactive", action="store_true", help="ngừng dùng (không xóa)")

    cal = sub.add_parser("calendar", help="lịch làm việc: ngày lễ, ngày nghỉ bù, ngày làm bù")
    csub = cal.add_subparsers(dest="calendar_command", metavar="LỆNH", required=True,
                              parser_class=_Parser)
    cimp = csub.add_parser("import", help="nhập lịch từ tệp JSON, thay thế các năm có trong tệp")
    cimp.add_argument("file", metavar="TỆP", help="tệp JSON, '-' là đầu vào chuẩn")
    cexp = csub.add_parser("export", help="xuất lịch ra tệp JSON (định dạng của lệnh import)")
    cexp.add_argument("file", metavar="TỆP", help="tệp JSON, '-' là đầu ra chuẩn")
    cexp.add_argument("--year", type=_year, action="append", metavar="NĂM",
                      help="chỉ xuất năm này (có thể lặp lại); mặc định: mọi năm có lịch")
    cshow = csub.add_parser("show", help="xem lịch ngày nghỉ, ngày làm bù của một năm")
    cshow.add_argument("--year", type=_year, metavar="NĂM", help="năm (mặc định: năm nay)")
    cshow.add_argument("--json", action="store_true", help="JSON Lines cho máy đọc")

    dl = sub.add_parser("deadline", help="tính thời hạn theo luật trên lịch làm việc của cơ quan")
    dl.add_argument("--list", action="store_true", help="liệt kê các quy tắc thời hạn")
    dl.add_argument("--rule", metavar="QUY_TẮC", help="mã quy tắc, ví dụ denunciation-resolution")
    dl.add_argument("--from", dest="start", type=_iso_date, metavar="NGÀY",
                    help="ngày xảy ra sự kiện bắt đầu tính (không tính ngày này)")
    dl.add_argument("--complex", action="store_true", help="vụ việc phức tạp")
    dl.add_argument("--especially-complex", action="store_true",
                    help="vụ việc đặc biệt phức tạp (cho phép gia hạn lần hai)")
    dl.add_argument("--extensions", type=_count, default=0, metavar="N", help="số lần gia hạn")
    dl.add_argument("--remote", action="store_true", help="vùng sâu, vùng xa đi lại khó khăn")
    dl.add_argument("--explain", action="store_true", help="thêm một dòng giải thích vì sao là ngày đó")
    dl.add_argument("--json", action="store_true", help="JSON cho máy đọc")
    cli_petition.add_parser(sub, _Parser)
    cli_print.add_parser(sub, _Parser)
    cli_report.add_parser(sub, _Parser)
    cli_audit.add_parser(sub, _Parser)
    cli_backup.add_parser(sub, _Parser)
    cli_import.add_parser(sub, _Parser)
    from app import cli_user

    cli_user.add_parser(sub, _Parser)
    cli_sync.add_parser(sub, _Parser)
    return p


# ----------------------------------------------------------------------------- helpers


def _read_json(source: str) -> Any:
    try:
        raw = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError("bad_json", reason=f"không đọc được tệp {source} ({exc.strerror})") from exc
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError("bad_json", reason=f"dòng {exc.lineno}, cột {exc.colno}: {exc.msg}") from exc


def _dump(obj: Any, out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


DATABASE_URL_ENV = "TIEPDAN_DATABASE_URL"
# What an upstream office does on a PostgreSQL store (README: PostgreSQL ở cơ quan cấp trên):
# set up, receive batches, and read the consolidated lists and the search. The others read the
# SQLite file directly (backups, checks, reports) or write records at a desk, and refuse a
# server store with a message instead of failing half-way.
SERVER_COMMANDS = frozenset({"init", "keys", "sync", "officer", "field", "user", "calendar",
                             "bulletin", "search"})
# Commands of which only some subcommands work there (reading, not writing, records).
SERVER_SUBCOMMANDS = {"visit": ("visit_command", frozenset({"list", "show"})),
                      "petition": ("petition_command", frozenset({"list", "show"}))}


def _on_server(args: argparse.Namespace) -> bool:
    """Whether this command line works on a PostgreSQL store."""
    if args.command in SERVER_COMMANDS:
        return True
    attr, allowed = SERVER_SUBCOMMANDS.get(args.command, ("", frozenset()))
    return getattr(args, attr, None) in allowed if attr else False


def _store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app import cli_user
    from app.storage.store import open_store

    data_dir = demo_data_dir() if args.demo and not args.data_dir else resolve_data_dir(args.data_dir)
    url = args.database_url or os.environ.get(DATABASE_URL_ENV)
    if url and not _on_server(args):
        raise StoreError("store_needs_sqlite")
    if not url:
        cli_user.unlock(data_dir, args)  # an encrypted store: --user's password or the recovery key
    store = open_store(data_dir, url)
    args.opened_stores.append(store)  # run() closes it when the command is done
    cli_user.sign_in(store, args)  # a store with user accounts: --user, else refused
    return store


def _officer_codes(store: Any) -> dict[str, uuid.UUID]:
    from app.services.office import list_officers

    return {o.code: o.id for o in list_officers(store, include_inactive=True)}


def _office_id(store: Any, code: str | None) -> uuid.UUID | None:
    """The id of the office with this code among those whose records the store holds."""
    if not code:
        return None
    from app.services.petition_list import offices

    for office_id, office_code, _name in offices(store):
        if office_code == code:
            return office_id
    raise InputError("not_found", what="cơ quan mã", key=code)


def _viewer(store: Any, code: str | None) -> Any:
    from app.services.common import Viewer
    from app.services.office import viewer_for

    if store.user is not None:  # signed in: the user's role decides (app/services/users.py)
        if code:
            raise InputError("validation", details="- --as-officer chỉ dùng khi kho chưa có "
                             "người dùng; khi đã đăng nhập, quyền xem theo người đăng nhập.")
        from app.services.users import viewer

        return viewer(store)
    if not code:
        return Viewer()
    ids = _officer_codes(store)
    if code not in ids:
        raise InputError("not_found", what="cán bộ mã", key=code)
    return viewer_for(store, ids[code])


# ----------------------------------------------------------------------------- commands


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from app.services.demo import fill_demo

    if args.visits < 0 or args.petitions < 0:
        raise InputError("validation", details="- Số lượng phải không âm.")
    store = _store(args)
    n = fill_demo(store, args.visits, args.seed, petitions=args.petitions)
    out.write(f"Đã thêm {n} lượt tiếp và {args.petitions} đơn mẫu vào {store.data_dir}\n")
    return 0


def cmd_visit(args: argparse.Namespace, out: TextIO) -> int:
    from app.services import records, visits

    store = _store(args)
    if args.visit_command == "add":
        rec = _read_json(args.json)
        codes = _officer_codes(store)
        if args.officer and isinstance(rec, dict) and "officer_code" not in rec \
                and "officer_id" not in rec:
            if args.officer not in codes:
                raise InputError("not_found", what="cán bộ mã", key=args.officer)
            rec["officer_code"] = args.officer
        saved = visits.log_visit(store, records.parse_visit(rec, codes))
        _dump(records.visit_json(saved), out)
        return 0
    viewer = _viewer(store, args.as_officer)
    if args.visit_command == "show":
        try:
            record = visits.get_visit(store, uuid.UUID(args.key), viewer)
        except ValueError:
            record = visits.find_visit_by_number(store, args.key, viewer)
        _dump(records.visit_json(record), out)
        return 0
    q = visits.LogbookQuery(date_from=args.date_from, date_to=args.date_to,
                            category=args.category, reception_type=args.reception_type,
                            office_id=_office_id(store, args.office))
    page, offset, remaining = 1000, 0, args.limit or None
    if not args.json:
        out.write(f"{'Số':<10} {'Ngày giờ':<17} {'Loại':<5} {'Người được tiếp':<32} Nội dung\n")
    while True:
        size = min(page, remaining) if remaining else page
        rows = visits.list_visits(store, q, offset, size, viewer)
        for r in rows:
            if args.json:
                _dump(records.row_json(r), out)
            else:
                out.write(f"{r.number:<10} {r.visited_at:%d/%m/%Y %H:%M}  {r.category:<5} "
                          f"{r.persons_label[:32]:<32} {r.content[:60]}\n")
        offset += len(rows)
        if remaining:
            remaining -= len(rows)
        if len(rows) < size or remaining == 0:
            break
    return 0


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    from app.services import records
    from app.services.search import search

    store = _store(args)
    hits = search(store, args.text, args.limit, _viewer(store, args.as_officer))
    for h in hits:
        if args.json:
            _dump(records.plain(h), out)
        else:
            kind = {"citizen": "Công dân", "visit": "Lượt tiếp", "petition": "Đơn"}.get(h.kind,
                                                                                  h.kind)
            out.write(f"[{kind}] {h.title}\n    {h.detail}\n")
    if not hits and not args.json:
        out.write("Không tìm thấy kết quả.\n")
    return 0


def cmd_officer(args: argparse.Namespace, out: TextIO) -> int:
    from app.services import office, records

    store = _store(args)
    if args.officer_command == "add":
        o = office.add_officer(store, args.name, args.title, is_head=args.head,
                               is_deputy=args.deputy, code=args.code)
        _dump(records.plain(o), out)
        return 0
    for o in office.list_officers(store, include_inactive=True):
        if args.json:
            _dump(records.plain(o), out)
        else:
            role = "Lãnh đạo" if o.is_head else ("Cấp phó" if o.is_deputy else "Cán bộ")
            out.write(f"{o.code:<8} {o.full_name:<28} {role:<9} {o.title}\n")
    return 0


def cmd_field(args: argparse.Namespace, out: TextIO) -> int:
    from app.services import office, records

    store = _store(args)
    if args.field_command == "set":
        _dump(records.plain(office.save_field(store, args.code, args.name,
                                              active=not args.inactive)), out)
        return 0
    for f in office.list_fields(store, include_inactive=True):
        if args.json:
            _dump(records.plain(f), out)
        else:
            out.write(f"{f.code:<8} {f.name}{'' if f.active else ' (ngừng dùng)'}\n")
    return 0


def cmd_calendar(args: argparse.Namespace, out: TextIO) -> int:
    from app.clock import now_local
    from app.law.calendar import KIND_LABELS, weekday_name
    from app.services import calendar

    store = _store(args)
    if args.calendar_command == "import":
        result = calendar.import_entries(store, _read_json(args.file))
        years = ", ".join(str(y) for y in result.years)
        out.write(f"Đã nhập {result.imported} ngày cho năm {years} "
                  f"(thay cho {result.replaced} ngày đã có của các năm đó).\n")
        return 0
    if args.calendar_command == "export":
        if args.file == "-":
            out.write(calendar.entries_json(calendar.export_entries(store, args.year)))
            return 0
        entries = calendar.export_file(store, Path(args.file), args.year)
        exported = sorted({e.date.year for e in entries})
        out.write(f"Đã xuất {len(entries)} ngày (năm {', '.join(map(str, exported)) or '—'}) "
                  f"ra {args.file}\n")
        return 0
    year = args.year or now_local().year
    found = calendar.entries_for_year(store, year)
    if args.json:
        for e in found.entries:
            _dump({**e.to_json(), "origin": found.origin}, out)
        return 0
    origin = {"office": "lịch của cơ quan", "shipped": "lịch kèm phần mềm",
              "none": "chưa có lịch"}[found.origin]
    out.write(f"Lịch làm việc năm {year} ({origin}): thứ Hai đến thứ Sáu làm việc, trừ các "
              "ngày dưới đây.\n")
    if not found.entries:
        out.write(f"Chưa có ngày lễ nào của năm {year}: hãy nhập lịch bằng "
                  "'tiepdan calendar import TỆP'.\n")
    for e in found.entries:
        out.write(f"{weekday_name(e.date):<9} {e.date:%d/%m/%Y}  {KIND_LABELS[e.kind]:<29} "
                  f"{e.name}\n")
    return 0


def cmd_deadline(args: argparse.Namespace, out: TextIO) -> int:
    from app.clock import now_local
    from app.law import deadlines as law

    if args.list:
        for rule in law.current_rules(now_local().date()):
            if args.json:
                _dump(law.rule_json(rule), out)
                continue
            variants = []
            if rule.complex_limit is not None:
                variants.append(f"phức tạp {rule.complex_limit}")
            if rule.remote_limit is not None:
                variants.append(f"vùng sâu, vùng xa {rule.remote_limit}")
            if rule.remote_complex_limit is not None:
                variants.append(f"vùng sâu, vùng xa, phức tạp {rule.remote_complex_limit}")
            if rule.extension is not None:
                variants.append(f"gia hạn tối đa {rule.extension.max_count} lần, mỗi lần "
                                f"{rule.extension.days}")
            when = "trước" if rule.direction == "before" else "kể từ"
            out.write(f"{rule.rule_id}\n    {rule.title}: {rule.limit} "
                      f"{law.UNIT_LABELS[rule.unit]} {when} {rule.event}"
                      + (f" ({'; '.join(variants)})" if variants else "")
                      + f"\n    Căn cứ: {rule.basis} (hiệu lực từ "
                        f"{rule.effective_from:%d/%m/%Y})\n")
        return 0
    missing = [name for name, value in (("--rule", args.rule), ("--from", args.start))
               if value is None]
    if missing:
        raise InputError("validation", details="- Cần " + " và ".join(missing)
                         + " (hoặc --list để xem các quy tắc).")
    from app.services import calendar

    store = _store(args)
    result = calendar.deadline(store, args.rule, args.start, complex=args.complex,
                               extensions=args.extensions, remote=args.remote,
                               especially_complex=args.especially_complex)
    if args.json:
        _dump(law.deadline_json(result), out)
        return 0
    out.write(result.due.isoformat() + "\n")
    if args.explain:
        out.write(law.explain(result) + "\n")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "init": cli_setup.cmd_init, "unit": cli_setup.cmd_unit, "demo": cmd_demo, "visit": cmd_visit, "search": cmd_search,
    "officer": cmd_officer, "field": cmd_field, "calendar": cmd_calendar,
    "petition": cli_petition.cmd_petition,
    "deadline": cmd_deadline,
    "print": cli_print.cmd_print, "verify": cli_print.cmd_verify,
    "report": cli_report.cmd_report,
    "audit": cli_audit.cmd_audit,
    "backup": cli_backup.cmd_backup, "restore": cli_backup.cmd_restore,
    "check": cli_backup.cmd_check,
    "import": cli_import.cmd_import,
    "user": lambda args, out: _cmd_user(args, out),
    "keys": cli_sync.cmd_keys, "sync": cli_sync.cmd_sync, "bulletin": cli_sync.cmd_bulletin,
}


def _cmd_user(args: argparse.Namespace, out: TextIO) -> int:
    from app import cli_user

    return cli_user.cmd_user(args, out)


def run(argv: Sequence[str] | None = None, out: TextIO | None = None,
        err: TextIO | None = None) -> int:
    """Parse and run; returns the exit status (CLI.md)."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        # --help, --version and refusals of argparse go to the given streams too.
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.self_test:  # before the log file is set up: the self-test writes only to its temp dir
        from app.selftest import self_test

        return self_test(out)
    setup_logging()
    if args.command is None:
        return gui(args)
    args.opened_stores = []
    try:
        return COMMANDS[args.command](args, out)
    except ValidationFailed as exc:
        err.write(exc.message() + "\n")
        return 2
    except (StoreError, TiepDanError) as exc:
        err.write(f"Lỗi: {exc.message()}\n")
        return exc.exit_code
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        err.write(f"Lỗi không mong muốn. Chi tiết đã được ghi vào {log_path()}.\n")
        return 1
    finally:
        for store in args.opened_stores:
            store.close()
        dbfile = sys.modules.get("app.storage.dbfile")  # not imported: nothing was unlocked
        if dbfile is not None:
            dbfile.forget_all()  # a command's unlock ends with it (tests run many in a process)


def gui(args: argparse.Namespace) -> int:
    from app.ui.main import run_gui

    data_dir = demo_data_dir() if args.demo and not args.data_dir else resolve_data_dir(args.data_dir)
    url = args.database_url or os.environ.get(DATABASE_URL_ENV) or None
    return int(run_gui(data_dir, demo=args.demo, database_url=url))


def _utf8_streams() -> None:
    # A Windows console may default to a legacy code page that cannot print Vietnamese.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(OSError, ValueError):
                reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    return run(argv)


def gui_main() -> int:
    # A windowed Windows executable has no console: sys.stdout/stderr are None there.
    if sys.stdout is None or sys.stderr is None:
        import os

        sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        sys.stdout = sys.stdout or sink
        sys.stderr = sys.stderr or sink
    return run(sys.argv[1:] if len(sys.argv) > 1 else [])

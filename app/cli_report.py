"""`tiepdan report …`: the periodic statistics tables to PDF, XLSX or JSON (CLI.md).

    tiepdan report list
    tiepdan report tcd|xld|kqgq|kqgq2|kqgq3|kqgq4 --period P [--office CODE|all]
                   --format pdf|xlsx|json --out F [--explain]
    tiepdan report cutoff [--set N | --national]

Refusals (unknown table, bad period, unknown office, bad format) exit 2 with the reason in
Vietnamese and write nothing; files are written through a temporary file and renamed.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from app.errors import InputError


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    from app.services.reports.layouts import LAYOUTS

    names = ", ".join(x.report_id for x in LAYOUTS)
    rp = sub.add_parser(
        "report", help="báo cáo thống kê định kỳ (biểu 01/TCD, 01/XLD, 01–04/KQGQ)",
        description="Lập biểu báo cáo thống kê theo Thông tư 01/2024/TT-TTCP cho một kỳ. "
                    f"BIỂU: {names}; 'list' để xem danh sách; 'cutoff' để xem hoặc đặt ngày "
                    "chốt số liệu.")
    rp.add_argument("kind", metavar="BIỂU", help=f"{names}, list hoặc cutoff")
    rp.add_argument("--period", metavar="KỲ",
                    help="2026-11 (tháng), 2026-Q4 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng), "
                         "2026 (năm) hoặc 2026-01-01..2026-03-31")
    rp.add_argument("--office", metavar="MÃ",
                    help="mã cơ quan (mặc định: cơ quan của kho); 'all': từng cơ quan và tổng hợp")
    rp.add_argument("--format", dest="fmt", default=None, metavar="ĐỊNH_DẠNG",
                    help="pdf, xlsx hoặc json (mặc định theo đuôi tệp --out)")
    rp.add_argument("--out", metavar="TỆP", help="tệp sẽ ghi")
    rp.add_argument("--explain", action="store_true",
                    help="in ra các lượt tiếp, đơn tạo nên mỗi ô khác 0")
    rp.add_argument("--json", action="store_true", help="list: JSON Lines cho máy đọc")
    rp.add_argument("--set", dest="set_day", type=int, metavar="NGÀY",
                    help="cutoff: ngày mở kỳ báo cáo (1–28; 1 = theo tháng dương lịch)")
    rp.add_argument("--national", action="store_true",
                    help="cutoff: bỏ cài đặt riêng, dùng ngày chốt theo quy định chung")


def _format(args: argparse.Namespace) -> str:
    fmt = (args.fmt or "").lower().strip()
    if not fmt and args.out:
        fmt = args.out.rsplit(".", 1)[-1].lower() if "." in args.out else ""
    if fmt not in ("pdf", "xlsx", "json"):
        raise InputError("report_bad_format", format=args.fmt or fmt or "")
    return fmt


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from app import cli
    from app.services import reports

    kind = args.kind.strip().lower()
    if kind == "list":
        for info in reports.list_reports():
            if args.json:
                cli._dump({"report": info.report_id, "form": info.form_number,
                           "name": info.name, "counts": info.counted}, out)
            else:
                out.write(f"{info.report_id:<7} {info.form_number:<16} {info.name}\n"
                          f"        {info.counted}\n")
        return 0
    if kind == "cutoff":
        store = cli._store(args)
        if args.national or args.set_day is not None:
            reports.set_cutoff_day(store, None if args.national else args.set_day)
        day = reports.cutoff_day(store)
        from app.clock import now_local

        today = now_local().date()
        p = reports.resolve_period(store, args.period or f"{today.year}-Q{(today.month - 1) // 3 + 1}")
        where = (f"cơ quan đặt riêng: mở kỳ ngày {day}" if day
                 else "theo quy định chung (mở kỳ ngày 15 tháng trước, chốt ngày 14)")
        out.write(f"Ngày chốt số liệu: {where}.\nVí dụ {p.label}: {p.window}.\n")
        return 0
    reports.layout(kind)  # an unknown table is refused before anything is opened
    fmt = _format(args)
    missing = [name for name, value in (("--period", args.period), ("--out", args.out))
               if not value]
    if missing:
        raise InputError("validation", details="- Cần " + " và ".join(missing) + ".")
    from app.law import periods

    periods.parse(args.period)  # a bad period is refused before the store is opened
    store = cli._store(args)
    period = reports.resolve_period(store, args.period)
    office = args.office
    offices = reports.ALL if office and office.lower() == "all" else office
    report = reports.build(store, kind, period, offices=offices)
    size = reports.export(store, report, fmt, args.out)
    if args.explain:
        for line in reports.explain(report):
            out.write(line + "\n")
    for w in report.warnings:
        out.write(f"Lưu ý: {w.text}\n")
    size_text = f"{size:,}".replace(",", ".")
    out.write(f"Đã lập {report.layout.form_number} – {period.label} ({period.window}): "
              f"{len(report.rows)} dòng, {size_text} byte → {args.out}\n")
    return 0

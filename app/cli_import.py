"""`tiepdan import …`: an old logbook or petition register from XLSX or CSV (CLI.md).

    tiepdan import visits|petitions FILE [--mapping JSON|FILE] [--sheet NAME] [--dry-run]
                   [--json] [--as-officer MÃ]

Without --mapping the columns are the ones remembered for this file's headers, else guessed
from the header names. --dry-run checks every row through the services and writes nothing.
A file with any problem is refused whole: exit 2, the problems listed by line, nothing
written.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    ip = sub.add_parser(
        "import", help="nhập sổ tiếp công dân hoặc sổ đơn cũ từ tệp Excel (XLSX) hoặc CSV",
        description="Nhập sổ cũ từ tệp XLSX hoặc CSV (UTF-8 hoặc Windows-1258). Nhập tất cả "
                    "hoặc không nhập dòng nào: tệp có lỗi bị từ chối, liệt kê lỗi theo dòng.")
    ip.add_argument("kind", metavar="LOẠI", choices=("visits", "petitions"),
                    help="visits (sổ tiếp công dân) hoặc petitions (sổ theo dõi đơn)")
    ip.add_argument("file", metavar="TỆP", help="tệp .xlsx hoặc .csv")
    ip.add_argument("--mapping", metavar="JSON",
                    help='ghép cột: JSON {"trường": "tên cột"} hoặc đường dẫn tệp JSON; '
                         "mặc định: bảng ghép đã nhớ cho tiêu đề này, hoặc đoán theo tên cột")
    ip.add_argument("--sheet", metavar="TÊN", help="trang tính (mặc định: trang đầu)")
    ip.add_argument("--dry-run", action="store_true",
                    help="chỉ kiểm tra: liệt kê lỗi, số sẽ cấp; không ghi gì")
    ip.add_argument("--json", action="store_true", help="kết quả dạng JSON cho máy đọc")
    ip.add_argument("--as-officer", metavar="MÃ", help="cán bộ thực hiện nhập (ghi nhật ký)")


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from app import cli
    from app.actor import Actor
    from app.services import excel_import as ei
    from app.text import Text

    sheet = ei.open_file(args.file, args.kind, args.sheet)
    store = cli._store(args)
    actor = None
    if args.as_officer:
        ids = cli._officer_codes(store)
        if args.as_officer not in ids:
            raise ei.ImportRefused(Text("Không có cán bộ mã '{code}'.", code=args.as_officer))
        actor = Actor.officer(ids[args.as_officer])
    mapping = (ei.mapping_from_json(args.mapping, sheet, args.kind) if args.mapping
               else ei.suggest(store, args.kind, sheet))
    if args.dry_run:
        preview = ei.check(store, args.kind, sheet, mapping, actor=actor)
        _show(preview, out, args.json, dry=True)
        return 0 if preview.ok else 2
    try:
        result = ei.run(store, args.kind, sheet, mapping, actor=actor)
    except ei.ImportRefused as exc:
        if exc.preview is None:
            raise
        _show(exc.preview, out, args.json, dry=False)
        raise
    if args.json:
        out.write(json.dumps({**result.preview.to_json(), "imported": result.imported,
                              "audit_seq": result.audit_seq}, ensure_ascii=False) + "\n")
        return 0
    what = "lượt tiếp" if args.kind == "visits" else "đơn"
    for w in result.preview.warning_lines():
        out.write(f"Lưu ý: {w}\n")
    span = f" (số {result.numbers[0]} – {result.numbers[-1]})" if result.numbers else ""
    out.write(f"Đã nhập {result.imported} {what}{span} từ {sheet.name}; nhật ký ghi mục số "
              f"{result.audit_seq}.\n")
    return 0


def _show(preview: Any, out: TextIO, as_json: bool, *, dry: bool) -> None:
    from app.services import excel_import as ei

    if as_json:
        out.write(json.dumps(preview.to_json(), ensure_ascii=False) + "\n")
        return
    labels = {c.key: c.label for c in ei.columns(preview.kind)}
    enc = f", mã hóa {preview.encoding}" if preview.encoding else ""
    out.write(f"Tệp {preview.file}{enc}: {len(preview.rows)} dòng dữ liệu.\nGhép cột:\n")
    for key, header in preview.mapping.items():
        out.write(f"  {labels.get(key, key)} ← {header}\n")
    for line in preview.problem_lines():
        out.write(f"Lỗi: {line}\n")
    for line in preview.warning_lines():
        out.write(f"Lưu ý: {line}\n")
    if dry:
        ok = sum(1 for r in preview.rows if r.number)
        if preview.ok:
            out.write(f"Kiểm tra xong: {ok} dòng nhập được, không có lỗi (chưa ghi gì; chạy lại "
                      "không có --dry-run để nhập).\n")
        else:
            out.write(f"Kiểm tra xong: {preview.problem_count} lỗi; chưa ghi gì.\n")

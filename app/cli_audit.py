"""`tiepdan audit verify|list`: the tamper-evident audit log (docs/security.md)."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

BROKEN_EXIT = 3


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    from app.cli import _iso_date

    aud = sub.add_parser("audit", help="nhật ký kiểm tra: xem, kiểm tra chuỗi băm")
    asub = aud.add_subparsers(dest="audit_command", metavar="LỆNH", required=True,
                              parser_class=parser_class)
    asub.add_parser("verify", help="tính lại chuỗi băm; báo mục đầu tiên bị sửa (mã thoát 3)")
    lst = asub.add_parser("list", help="liệt kê các mục, mới nhất trước")
    lst.add_argument("--from", dest="date_from", type=_iso_date, metavar="NGÀY")
    lst.add_argument("--to", dest="date_to", type=_iso_date, metavar="NGÀY")
    lst.add_argument("--action", help="chỉ loại việc này (ví dụ visit.create, identity)")
    lst.add_argument("--limit", type=int, default=0, help="số dòng tối đa (0: tất cả)")
    lst.add_argument("--json", action="store_true", help="JSON Lines cho máy đọc")


def cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    from app import cli
    from app.services import audit

    store = cli._store(args)
    if args.audit_command == "verify":
        report = audit.verify(store)
        out.write(report.message() + "\n")
        return 0 if report.ok else BROKEN_EXIT
    rows = audit.list_entries(store, args.date_from, args.date_to, action=args.action,
                              limit=args.limit or None)
    for r in rows:
        if args.json:
            cli._dump(audit.row_json(r), out)
        else:
            out.write(f"{r.seq:>6}  {r.at:%d/%m/%Y %H:%M:%S}  {r.actor_name[:28]:<28}  "
                      f"{r.action_label[:26]:<26}  {r.summary}\n")
    if not rows and not args.json:
        out.write("Không có mục nào.\n")
    return 0

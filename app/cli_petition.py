"""`tiepdan petition …`: register a petition, take a step, show or list them (CLI.md)."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from app.clock import fmt_date

STATUS_LABELS = {"done": "đã xong", "overdue": "QUÁ HẠN", "due_soon": "sắp đến hạn",
                 "open": "còn hạn", "milestone": "mốc"}


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    pet = sub.add_parser("petition", help="đơn khiếu nại, tố cáo, kiến nghị, phản ánh")
    psub = pet.add_subparsers(dest="petition_command", metavar="LỆNH", required=True,
                              parser_class=parser_class)
    add = psub.add_parser("add", help="vào sổ một đơn từ bản ghi JSON")
    add.add_argument("--json", required=True, metavar="FILE", help="tệp JSON, '-' là đầu vào chuẩn")
    add.add_argument("--as-officer", metavar="MÃ", help="cán bộ vào sổ (thấy danh tính người tố cáo)")
    act = psub.add_parser("act", help="ghi một bước xử lý (phân loại, thụ lý, chuyển đơn…)")
    act.add_argument("key", metavar="ĐƠN", help="số đơn (0007/2026) hoặc mã định danh")
    act.add_argument("--json", required=True, metavar="FILE", help="tệp JSON của bước, '-' là đầu vào chuẩn")
    act.add_argument("--as-officer", metavar="MÃ")
    show = psub.add_parser("show", help="xem một đơn với quá trình xử lý và các thời hạn")
    show.add_argument("key", metavar="ĐƠN")
    show.add_argument("--json", action="store_true", help="JSON cho máy đọc")
    show.add_argument("--as-officer", metavar="MÃ")
    lst = psub.add_parser("list", help="liệt kê đơn, mới nhất trước")
    lst.add_argument("--state", help="trạng thái (received, accepted, …) hoặc 'open' (chưa xong)")
    lst.add_argument("--type", dest="content_type", choices=["KN", "TC", "KNPA", "MULTI"])
    lst.add_argument("--due-within", type=int, metavar="NGÀY",
                     help="chỉ đơn có hạn trong số ngày tới (kể cả quá hạn)")
    lst.add_argument("--limit", type=int, default=0, help="số dòng tối đa (0: tất cả)")
    lst.add_argument("--json", action="store_true", help="JSON Lines cho máy đọc")
    lst.add_argument("--as-officer", metavar="MÃ")
    lst.add_argument("--office", metavar="MÃ", help="chỉ đơn của cơ quan có mã này (kho cấp "
                                                   "trên giữ sổ của nhiều cơ quan)")


def cmd_petition(args: argparse.Namespace, out: TextIO) -> int:
    from app import cli
    from app.services import petition_records, petitions

    store = cli._store(args)
    viewer = cli._viewer(store, args.as_officer)
    if args.petition_command == "add":
        data = petition_records.parse_petition(cli._read_json(args.json), cli._officer_codes(store))
        if data.officer_id is None and viewer.officer_id is not None:
            data.officer_id = viewer.officer_id
        rec = petitions.register(store, data, viewer=viewer if viewer.officer_id else None)
        cli._dump(petition_records.petition_json(rec), out)
        return 0
    if args.petition_command == "act":
        target = petitions.resolve(store, args.key, viewer)
        step = petition_records.parse_step(cli._read_json(args.json), cli._officer_codes(store))
        if step.officer_id is None:
            step.officer_id = viewer.officer_id
        rec = petitions.act(store, target.id, step, viewer=viewer)
        cli._dump(petition_records.petition_json(rec), out)
        return 0
    if args.petition_command == "show":
        rec = petitions.resolve(store, args.key, viewer)
        if args.json:
            cli._dump(petition_records.petition_json(rec), out)
        else:
            _print_petition(rec, out)
        return 0
    from app.services.petition_list import PetitionQuery, list_petitions
    from app.services.records import plain

    q = PetitionQuery(state=args.state, content_type=args.content_type,
                      due_within_days=args.due_within, office_id=cli._office_id(store, args.office))
    for row in list_petitions(store, q, viewer=viewer, limit=args.limit or None):
        if args.json:
            cli._dump(plain(row), out)
        else:
            due = fmt_date(row.next_due) if row.next_due else "—"
            out.write(f"{row.number}  {fmt_date(row.received_date)}  {row.content_type:<4}  "
                      f"{row.state_label:<26}  hạn {due:<10}  {row.senders_label}: {row.content}\n")
    return 0


def _print_petition(rec: Any, out: TextIO) -> None:
    w = out.write
    w(f"Đơn số {rec.number} – {rec.content_label} – {rec.state_label}\n")
    w(f"Ngày nhận: {fmt_date(rec.received_date)}   Nguồn: {rec.channel}"
      + (f" ({rec.forwarder_name} {rec.forwarder_ref})" if rec.forwarder_name else "") + "\n")
    who = "; ".join(f"{s.full_name}" + (f", {s.address}" if s.address else "") for s in rec.senders)
    w(f"Người gửi: {who or 'nặc danh'}\n")
    w(f"Nội dung: {rec.content}\n")
    if rec.duplicate_of:
        w(f"Trùng với đơn số {rec.duplicate_of}\n")
    if rec.round > 1:
        w(f"Vụ việc: lần thứ {rec.round}\n")
    for warning in rec.warnings:
        w(f"Lưu ý: {warning}\n")
    w("Quá trình xử lý:\n")
    for e in rec.events or ():
        doc = f" – số {e.doc_number}" if e.doc_number else ""
        w(f"  {e.seq}. {fmt_date(e.on_date)}  {e.label}{doc}" + (f": {e.note}" if e.note else "") + "\n")
    if not rec.events:
        w("  (chưa có bước nào)\n")
    w("Thời hạn:\n")
    for d in rec.deadlines:
        w(f"  {fmt_date(d.due)}  [{STATUS_LABELS[d.status]}]  {d.title}\n      {d.explanation}\n")
    w("Bước có thể làm tiếp: " + ", ".join(rec.allowed_steps) + "\n")

"""`tiepdan init` — the first-run set-up wizard's steps as options (app/services/setup.py) —
and `tiepdan unit find TEXT`, the official list of administrative units it chooses from."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any, TextIO

from app.errors import FieldProblem, InputError, ValidationFailed

INIT_EPILOG = (
    "Ví dụ: tiepdan init --unit lang --officer-name 'Nguyễn Thị Lan' --admin quantri "
    "--admin-full-name 'Phạm Văn Minh' --keys   (mật khẩu người quản trị lấy từ "
    "$TIEPDAN_NEW_PASSWORD hoặc được hỏi hai lần)")


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    from app.services.setup import DEFAULT_PLACE, DEFAULT_UPSTREAM

    init = sub.add_parser("init", help="khởi tạo kho dữ liệu cho một cơ quan (thiết lập lần đầu)",
                          epilog=INIT_EPILOG)
    init.add_argument("--unit", metavar="MÃ|TÊN",
                      help="xã, phường trong danh mục đơn vị hành chính (mã 5 số, hoặc tên gõ "
                           "không dấu, ví dụ 'lang'): điền mã, tên cơ quan và địa danh")
    init.add_argument("--office-code", help="mã cơ quan (khi không dùng --unit)")
    init.add_argument("--office-name", help="tên cơ quan, ví dụ 'UBND phường Láng'")
    init.add_argument("--upstream-name", default=DEFAULT_UPSTREAM,
                      help=f"cơ quan cấp trên (mặc định {DEFAULT_UPSTREAM})")
    init.add_argument("--place", help=f"địa danh ghi trên văn bản (mặc định {DEFAULT_PLACE})")
    init.add_argument("--officer-name", help="họ tên cán bộ tiếp công dân đầu tiên")
    init.add_argument("--head-name", help="họ tên Chủ tịch UBND")
    init.add_argument("--admin", metavar="TÊN", help="tạo người quản trị đầu tiên với tên đăng "
                                                    "nhập này (cần --officer-name)")
    init.add_argument("--admin-full-name", help="họ tên người quản trị")
    init.add_argument("--keys", action="store_true",
                      help="tạo khóa ký của cơ quan (như 'tiepdan keys init')")

    unit = sub.add_parser("unit", help="danh mục đơn vị hành chính (sau sắp xếp 01/7/2025)")
    usub = unit.add_subparsers(dest="unit_command", metavar="LỆNH", required=True,
                               parser_class=parser_class)
    find = usub.add_parser("find", help="tìm xã, phường theo tên (không cần dấu)")
    find.add_argument("text", nargs="+", metavar="TÊN")
    find.add_argument("--limit", type=int, default=20, help="số dòng tối đa (mặc định 20)")


def _office_from_unit(args: argparse.Namespace) -> None:
    """--unit fills the office code, name and place unless they are given too. A name must
    name one unit: exactly (Hà Nội's first), or as the only match."""
    from app.vn import units
    from app.vn.text import fold

    unit = units.by_code(args.unit)
    if unit is None:
        matches = units.search(args.unit, limit=8)
        exact = [u for u in matches if fold(args.unit) in (fold(u.name), _bare(u.name))]
        in_hanoi = [u for u in exact if u.province_code == units.HANOI]
        chosen = in_hanoi if len(in_hanoi) == 1 else exact if len(exact) == 1 else matches
        if not matches:
            raise ValidationFailed([FieldProblem(
                "unit", f"Không tìm thấy đơn vị '{args.unit}' trong danh mục; dùng "
                        "--office-code và --office-name để nhập tay.")])
        if len(chosen) > 1:
            listing = "\n".join(f"  {u.label}" for u in matches)
            raise ValidationFailed([FieldProblem(
                "unit", f"'{args.unit}' khớp nhiều đơn vị; dùng --unit với mã:\n{listing}")])
        unit = chosen[0]
    args.office_code = args.office_code or unit.code
    args.office_name = args.office_name or unit.office_name
    args.place = args.place or unit.province_name.removeprefix("Thành phố ").removeprefix("Tỉnh ")


def _bare(name: str) -> str:
    from app.vn.text import fold

    return fold(name).split(" ", 2)[-1] if fold(name).startswith("dac khu") else \
        fold(name).split(" ", 1)[-1]


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    from app import cli
    from app.cli_user import NEW_PASSWORD_ENV, _ask
    from app.services import office, setup

    if args.unit:
        _office_from_unit(args)
    if not args.office_code or not args.office_name:
        raise ValidationFailed([FieldProblem("office", "Cần --unit, hoặc cả --office-code và "
                                                       "--office-name.")])
    place = args.place or setup.DEFAULT_PLACE
    store = cli._store(args)
    if args.admin:
        if not args.admin_full_name:
            raise InputError("validation", details="- Cần --admin-full-name (họ tên người quản trị).")
        plan = setup.SetupPlan(args.office_code, args.office_name, args.upstream_name, place,
                               args.officer_name or "", args.head_name or "", args.admin,
                               args.admin_full_name, "", "")
        found = setup.office_problems(plan) + setup.people_problems(plan)
        if found:
            raise ValidationFailed(found)
        password = _ask(f"Mật khẩu cho {args.admin}: ", NEW_PASSWORD_ENV, args.admin, twice=True)
        done = setup.create(store, replace(plan, admin_password=password,
                                           admin_password_again=password))
        info = done.office
        recovery = setup.enable_encryption(store, done.admin.username, password)
    else:
        info = office.init_office(store, args.office_code, args.office_name, args.upstream_name,
                                  place)
        if args.officer_name:
            office.add_officer(store, args.officer_name, setup.DESK_TITLE)
        if args.head_name:
            office.add_officer(store, args.head_name, setup.HEAD_TITLE, is_head=True)
        recovery = None
    out.write(f"Đã khởi tạo kho dữ liệu cho {info.name} (mã {info.code}) tại {store.data_dir}\n")
    if args.admin:
        out.write(f"Người quản trị: {args.admin.strip().lower()}; các lệnh sau cần "
                  f"--user {args.admin.strip().lower()}.\n")
    if recovery:
        out.write(f"MÃ KHÔI PHỤC (chỉ hiện một lần, in ra giấy và cất giữ): {recovery}\n")
    if args.keys:
        from app.sync import keys

        made = keys.init_keys(store)
        out.write(f"Đã tạo khóa ký của cơ quan, vân tay {made.fingerprint}"
                  f"{'' if made.protected else ' (chưa đặt cụm mật khẩu bảo vệ khóa)'}.\n")
    return 0


def cmd_unit(args: argparse.Namespace, out: TextIO) -> int:
    from app.vn import units

    found = units.search(" ".join(args.text), limit=max(1, args.limit))
    if not found:
        out.write("Không tìm thấy đơn vị nào.\n")
        return 0
    for u in found:
        out.write(f"{u.code}  {u.name} – {u.province_name}\n")
    return 0

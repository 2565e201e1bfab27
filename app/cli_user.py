"""`tiepdan user …` and the sign-in of every command (`--user NAME`; the password from
TIEPDAN_PASSWORD or asked on the terminal). A store without accounts needs no sign-in."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any, TextIO

from app.errors import InputError, PermissionDenied
from app.law.permissions import ROLES

PASSWORD_ENV = "TIEPDAN_PASSWORD"
NEW_PASSWORD_ENV = "TIEPDAN_NEW_PASSWORD"
RECOVERY_ENV = "TIEPDAN_RECOVERY_KEY"


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    user = sub.add_parser("user", help="người dùng và vai trò (đăng nhập, phân quyền)")
    usub = user.add_subparsers(dest="user_command", metavar="LỆNH", required=True,
                               parser_class=parser_class)
    add = usub.add_parser("add", help="thêm người dùng (người đầu tiên: --role admin, "
                                      "không cần đăng nhập)")
    add.add_argument("name", metavar="TÊN", help="tên đăng nhập")
    add.add_argument("--full-name", required=True, help="họ tên")
    add.add_argument("--role", required=True, choices=list(ROLES),
                     help="; ".join(f"{k}: {v}" for k, v in ROLES.items()))
    add.add_argument("--officer", metavar="MÃ", help="mã cán bộ (bắt buộc với officer, head)")
    lst = usub.add_parser("list", help="danh sách người dùng")
    lst.add_argument("--json", action="store_true")
    for verb, text in (("disable", "vô hiệu hóa tài khoản"), ("enable", "mở lại tài khoản"),
                       ("reset-password", "đặt mật khẩu tạm (người dùng phải đổi khi đăng nhập)")):
        p = usub.add_parser(verb, help=text)
        p.add_argument("name", metavar="TÊN")
    usub.add_parser("passwd", help="đổi mật khẩu của chính mình (cần --user; mật khẩu mới từ "
                                   f"{NEW_PASSWORD_ENV} hoặc được hỏi)")


def _ask(prompt: str, env: str, user: str, *, twice: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise PermissionDenied("password_needed", user=user)
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("Nhập lại: ") != first:
        raise InputError("validation", details="- Hai lần nhập mật khẩu không khớp.")
    return first


def _password(args: argparse.Namespace) -> str:
    """`--user`'s password, asked once per command."""
    if getattr(args, "password_given", None) is None:
        args.password_given = _ask(f"Mật khẩu của {args.user}: ", PASSWORD_ENV, args.user)
    return str(args.password_given)


def recovery_code(args: argparse.Namespace) -> str | None:
    """The recovery key when `--recovery-key` was given (from TIEPDAN_RECOVERY_KEY or asked;
    never on the command line, where other users of the PC could see it)."""
    if not getattr(args, "recovery_key", False):
        return None
    if getattr(args, "recovery_given", None) is None:
        value = os.environ.get(RECOVERY_ENV)
        if not value and not sys.stdin.isatty():
            raise InputError("recovery_key_needed")
        args.recovery_given = value or getpass.getpass("Mã khôi phục (8 nhóm 4 ký tự): ")
    return str(args.recovery_given)


def unlock(data_dir: Any, args: argparse.Namespace) -> None:
    """An encrypted store: unwrap its key with `--user`'s password (failures count) or the
    recovery key. Nothing to do for a plaintext store or one already unlocked."""
    from app.services import encryption

    if not encryption.is_encrypted(data_dir) or encryption.is_unlocked(data_dir):
        return
    code = recovery_code(args)
    if code:
        encryption.unlock_with_recovery(data_dir, code)
    elif getattr(args, "user", None):
        encryption.unlock(data_dir, args.user, _password(args))
    else:
        raise PermissionDenied("sign_in_required", action="mở kho dữ liệu đã mã hóa (hoặc "
                               "'--recovery-key' với lệnh check, restore)")


def sign_in(store: Any, args: argparse.Namespace) -> None:
    """Sign `--user` in on the store just opened; refuse when the store has accounts and no
    one signs in (the first `user add --role admin` excepted: there are none yet; and the
    holder of the recovery key, who may check and restore)."""
    from app.services import encryption, users

    name = getattr(args, "user", None)
    if name:
        me = users.sign_in(store, name, _password(args))
        if encryption.is_encrypted(store.data_dir):
            encryption.settle(store, _password(args))
        if me.must_change_password and getattr(args, "user_command", None) != "passwd":
            sys.stderr.write("Cảnh báo: mật khẩu là mật khẩu tạm; hãy đổi bằng "
                             "'tiepdan --user TÊN user passwd'.\n")
        return
    if users.has_users(store) and not recovery_code(args):
        raise PermissionDenied("sign_in_required", action="dùng lệnh này")


def _encrypted(done: Any, out: TextIO) -> None:
    out.write("Đã mã hóa kho dữ liệu và các bản sao lưu. Từ nay cần mật khẩu để mở.\n\n"
              "MÃ KHÔI PHỤC (chỉ hiện một lần; in ra hoặc chép tay, giao lãnh đạo cất giữ ở nơi "
              "an toàn, tách khỏi máy tính):\n\n"
              f"    {done.recovery_key}\n\n"
              "Khi quên hết mật khẩu hoặc khôi phục trên máy khác: "
              "'tiepdan restore TỆP --recovery-key'.\n")
    for path, reason in done.backups_unreadable:
        out.write(f"Cảnh báo: bản sao lưu {path} không đọc được nên chưa mã hóa ({reason}); "
                  "hãy xóa nếu không cần.\n")
    if done.users_without_key:
        out.write("Cần đặt lại mật khẩu để những người dùng này mở được kho: "
                  + ", ".join(done.users_without_key) + "\n")


def cmd_user(args: argparse.Namespace, out: TextIO) -> int:
    from app import cli
    from app.services import records, users

    store = cli._store(args)
    command = args.user_command
    if command == "add":
        officer_id = None
        if args.officer:
            codes = cli._officer_codes(store)
            if args.officer not in codes:
                raise InputError("not_found", what="cán bộ mã", key=args.officer)
            officer_id = codes[args.officer]
        password = _ask(f"Mật khẩu cho {args.name}: ", NEW_PASSWORD_ENV, args.name, twice=True)
        first = not users.has_users(store)
        u = users.add_user(store, args.name, args.full_name, args.role, password,
                           officer_id=officer_id, must_change_password=store.user is not None)
        out.write(f"Đã thêm người dùng {u.username} ({u.role_label}).\n")
        if first:
            from app.services import encryption

            _encrypted(encryption.enable(store, u.username, password), out)
        return 0
    if command == "list":
        for u in users.list_users(store):
            if args.json:
                cli._dump({**records.plain(u), "role_label": u.role_label}, out)
            else:
                state = "vô hiệu" if u.disabled else ("phải đổi mật khẩu"
                                                      if u.must_change_password else "")
                out.write(f"{u.username:<16} {u.full_name:<28} {u.role_label:<34} {state}\n")
        return 0
    if command in ("disable", "enable"):
        u = users.set_disabled(store, args.name, command == "disable")
        out.write(f"Đã {'vô hiệu hóa' if u.disabled else 'mở lại'} tài khoản {u.username}.\n")
        return 0
    if command == "reset-password":
        password = _ask(f"Mật khẩu tạm cho {args.name}: ", NEW_PASSWORD_ENV, args.name,
                        twice=True)
        u = users.reset_password(store, args.name, password)
        out.write(f"Đã đặt mật khẩu tạm cho {u.username}; người dùng phải đổi khi đăng nhập.\n")
        return 0
    me = users.current(store)
    if me is None:
        raise PermissionDenied("sign_in_required", action="đổi mật khẩu")
    old = _ask(f"Mật khẩu hiện tại của {me.username}: ", PASSWORD_ENV, me.username)
    new = _ask("Mật khẩu mới: ", NEW_PASSWORD_ENV, me.username, twice=True)
    users.change_password(store, me.username, old, new)
    out.write(f"Đã đổi mật khẩu của {me.username}.\n")
    return 0

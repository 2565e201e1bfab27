"""`tiepdan backup`, `tiepdan restore`, `tiepdan check` (README: Sao lưu, khôi phục)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

CORRUPT_EXIT = 3


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    b = sub.add_parser("backup", help="sao lưu kho dữ liệu ngay (trong khi vẫn làm việc được)")
    b.add_argument("--out", metavar="TỆP", help="tệp sao lưu (mặc định: thư mục backups của kho)")
    b.add_argument("--as-officer", metavar="MÃ", help="cán bộ thực hiện (ghi vào nhật ký)")
    r = sub.add_parser("restore", help="khôi phục kho dữ liệu từ một tệp sao lưu")
    r.add_argument("file", metavar="TỆP")
    r.add_argument("--as-officer", metavar="MÃ", help=argparse.SUPPRESS)
    c = sub.add_parser("check", help="kiểm tra tệp dữ liệu có bị hỏng không (không sửa gì)")
    c.add_argument("--full", action="store_true", help="kiểm tra toàn bộ (integrity_check, lâu hơn)")
    for p in (r, c):
        p.add_argument("--recovery-key", action="store_true",
                       help="kho đã mã hóa: dùng mã khôi phục (từ biến môi trường "
                            "TIEPDAN_RECOVERY_KEY hoặc được hỏi) thay cho đăng nhập")


def _data_dir(args: argparse.Namespace) -> Path:
    from app.paths import demo_data_dir, resolve_data_dir

    return demo_data_dir() if args.demo and not args.data_dir else resolve_data_dir(args.data_dir)


def _actor(store: Any, args: argparse.Namespace) -> Any:
    from app import cli
    from app.actor import Actor

    return Actor.officer(cli._viewer(store, getattr(args, "as_officer", None)).officer_id)


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    from app import cli
    from app.services import backup

    store = cli._store(args)
    done = backup.backup(store, Path(args.out).expanduser() if args.out else None,
                         actor=_actor(store, args))
    out.write(f"Đã sao lưu vào {done.path} ({done.path.stat().st_size // 1024} KB).\n")
    if done.second_copy:
        out.write(f"Bản thứ hai: {done.second_copy}\n")
    if done.second_error:
        out.write(f"Cảnh báo: chưa chép được bản thứ hai: {done.second_error}\n")
    return 0


def _restorer(args: argparse.Namespace) -> Any:
    """Who restores: on a store with user accounts, `--user` signed in (an administrator, the
    service checks); the store is closed again before its file is replaced."""
    from app import cli
    from app.paths import DB_FILENAME

    if not (_data_dir(args) / DB_FILENAME).is_file():
        return None
    from app.errors import StoreError

    try:
        store = cli._store(args)
    except StoreError:
        return None  # too broken to open: the service decides on what it can read
    args.opened_stores.remove(store)
    store.close()
    return store.user


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from app import cli_user
    from app.services import backup, encryption

    source, code = Path(args.file).expanduser(), cli_user.recovery_code(args)
    actor = None if code else _restorer(args)
    key = encryption.backup_key(source, _data_dir(args), recovery=code, username=args.user,
                                password=getattr(args, "password_given", None))
    result = backup.restore(_data_dir(args), source, actor=actor, key=key, recovery_code=code)
    out.write(f"Đã khôi phục từ {result.source} (lược đồ {result.revision}).\n")
    if result.kept:
        out.write(f"Dữ liệu trước khi khôi phục được giữ tại {result.kept}\n")
    out.write(f"Mã cài đặt mới: {result.installation_id}\n")
    return 0


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    """Checks the file before opening it: a broken store is reported, never opened or fixed."""
    from app import cli
    from app.paths import DB_FILENAME
    from app.services import backup
    from app.storage.backup import check_file

    db_path = _data_dir(args) / DB_FILENAME
    if not db_path.is_file():
        from app.errors import InputError

        raise InputError("not_found", what="tệp dữ liệu", key=str(db_path))
    from app import cli_user

    cli_user.unlock(db_path.parent, args)  # an encrypted store: a password or the recovery key
    problems = check_file(db_path, full=args.full)
    if problems:
        out.write(backup.corrupt_error(db_path, problems).message() + "\n")
        for line in problems[:20]:
            out.write(f"  {line}\n")
        return CORRUPT_EXIT
    if args.full:
        backup.record_full_check(cli._store(args), problems)
    kind = "toàn bộ (integrity_check)" if args.full else "nhanh (quick_check)"
    out.write(f"Tệp dữ liệu nguyên vẹn: kiểm tra {kind} không thấy lỗi.\n")
    return 0

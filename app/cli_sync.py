"""`tiepdan keys …` and `tiepdan sync …` (README: Đồng bộ lên cơ quan cấp trên; SYNC.md)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

REFUSED_EXIT = 3


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    k = sub.add_parser("keys", help="khóa đồng bộ của cơ quan")
    ksub = k.add_subparsers(dest="keys_command", required=True, parser_class=parser_class)
    ki = ksub.add_parser("init", help="tạo khóa ký của cơ quan (một lần)")
    ki.add_argument("--upstream", action="store_true",
                    help="kho của cơ quan cấp trên: tạo thêm khóa giải mã và khóa dự phòng")
    ksub.add_parser("show", help="xem mã và dấu vân tay khóa")
    ku = ksub.add_parser("import-upstream", help="nhập tệp khóa của cơ quan cấp trên")
    ku.add_argument("file", metavar="TỆP")
    ke = ksub.add_parser("export-public", help="xuất khóa công khai (để đăng ký ở cấp trên)")
    ke.add_argument("file", metavar="TỆP")
    ke.add_argument("--office", action="store_true",
                    help="(cấp trên) xuất khóa của chính cơ quan để đăng ký ở cấp cao hơn")
    kn = ksub.add_parser("enrol", help="(cấp trên) đăng ký khóa của một cơ quan")
    kn.add_argument("file", metavar="TỆP")
    s = sub.add_parser("sync", help="đồng bộ lên cơ quan cấp trên")
    ssub = s.add_subparsers(dest="sync_command", required=True, parser_class=parser_class)
    se = ssub.add_parser("export", help="xuất các thay đổi chưa gửi thành một tệp lô")
    se.add_argument("--out", metavar="THƯ_MỤC", required=True)
    se.add_argument("--resend", action="store_true", help="gửi lại các lô chưa có biên nhận")
    si = ssub.add_parser("import", help="(cấp trên) nhận các tệp lô, ghi biên nhận")
    si.add_argument("files", metavar="TỆP", nargs="+")
    si.add_argument("--receipts", metavar="THƯ_MỤC",
                    help="nơi ghi biên nhận (mặc định: cạnh tệp lô)")
    sr = ssub.add_parser("receipt", help="áp dụng biên nhận của cơ quan cấp trên")
    sr.add_argument("files", metavar="TỆP", nargs="+")
    st = ssub.add_parser("status", help="tình trạng đồng bộ")
    st.add_argument("--json", action="store_true")


def cmd_keys(args: argparse.Namespace, out: TextIO) -> int:
    from app import cli
    from app.sync import keys

    store = cli._store(args)
    c = args.keys_command
    if c == "init":
        info = keys.init_keys(store, upstream=args.upstream)
        out.write(f"Đã tạo khóa ký của {info.office_code}: {info.fingerprint}\n")
        if not info.protected:
            out.write("Cảnh báo: khóa không có mật khẩu bảo vệ (đặt TIEPDAN_KEY_PASSPHRASE "
                      "trước khi tạo khóa).\n")
        if info.recovery_secret:
            out.write("KHÓA DỰ PHÒNG (chỉ hiện một lần; in ra, niêm phong, không lưu trên máy):\n"
                      f"{info.recovery_secret}\n")
    elif c == "show":
        info = keys.show(store)
        out.write(f"Cơ quan: {info.office_code}\nMã cài đặt: {info.installation_id}\n"
                  f"Mã khóa: {info.key_id}\nDấu vân tay: {info.fingerprint}\n"
                  f"Bảo vệ bằng mật khẩu: {'có' if info.protected else 'không'}\n"
                  f"Chế độ: {'cơ quan cấp trên' if info.upstream_mode else 'cơ quan gửi'}\n")
        try:
            b = keys.upstream_bundle(store)
            fp = keys.fingerprint(bytes.fromhex(b["signing_key"]))
            out.write(f"Cơ quan cấp trên: {b['office_code']} {b['office_name']} ({fp})\n")
        except Exception:  # not pinned yet: nothing to show
            pass
        if info.upstream_mode:
            for code, name, kid, active in keys.peers(store):
                out.write(f"  {code} {name} {kid}{'' if active else ' (đã thu hồi)'}\n")
    elif c == "import-upstream":
        b = keys.import_upstream(store, Path(args.file))
        out.write(f"Đã nhận khóa của {b['office_code']} {b['office_name']}. Dấu vân tay: "
                  f"{keys.fingerprint(bytes.fromhex(b['signing_key']))} — hãy đối chiếu với "
                  "bản giấy.\n")
    elif c == "export-public":
        keys.export_public(store, Path(args.file), office_key=args.office)
        out.write(f"Đã ghi khóa công khai vào {args.file}\n")
    elif c == "enrol":
        p = keys.enrol(store, Path(args.file))
        out.write(f"Đã đăng ký khóa của {p.office_name} ({p.office_code}): "
                  f"{keys.fingerprint(bytes.fromhex(p.public_key))}\n")
    return 0


def cmd_sync(args: argparse.Namespace, out: TextIO) -> int:
    from app import cli
    from app.sync import inbox, outbox

    store = cli._store(args)
    c = args.sync_command
    if c == "export":
        if args.resend:
            sent = outbox.resend(store, Path(args.out))
            for p in sent:
                out.write(f"{p}\n")
            if not sent:
                out.write("Không có lô nào chờ biên nhận.\n")
            return 0
        done = outbox.export(store, Path(args.out))
        if done.path is None:
            out.write("Không có thay đổi mới để gửi.\n")
        else:
            out.write(f"Đã xuất lô số {done.batch_seq} ({done.count} thay đổi, "
                      f"{done.first_change}–{done.last_change}): {done.path}\n")
        return 0
    if c == "import":
        worst = 0
        for name in args.files:
            path = Path(name)
            receipts = Path(args.receipts) if args.receipts else path.parent
            for o in inbox.import_files(store, [path], receipts):
                out.write(o.line() + "\n")
                for problem in o.problems:
                    out.write(f"  {problem}\n")
                if o.status in ("refused", "quarantined"):
                    worst = REFUSED_EXIT
        return worst
    if c == "receipt":
        for f in args.files:
            ack = outbox.apply_receipt(store, Path(f))
            out.write(f"Cơ quan cấp trên đã nhận đến thay đổi số {ack.acked_through} "
                      f"({ack.batches} lô được xác nhận).\n")
            for p in ack.problems:
                out.write(f"  {p}\n")
        return 0
    st = outbox.status(store)
    if args.json:
        out.write(json.dumps(st.__dict__, ensure_ascii=False, indent=2) + "\n")
        return 0
    out.write(f"Thay đổi mới nhất: {st.last_change}\nĐã xuất đến: {st.exported_through}\n"
              f"Cấp trên đã nhận đến: {st.acked_through}\nChờ gửi: {st.waiting}\n")
    for seq, name, first, last in st.unacked_batches:
        out.write(f"  Lô {seq} chưa có biên nhận: {name} (thay đổi {first}–{last})\n")
    return 0

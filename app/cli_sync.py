"""`tiepdan keys …` and `tiepdan sync …` (README: Đồng bộ lên cơ quan cấp trên; SYNC.md)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

REFUSED_EXIT = 3


def _iso_date(value: str) -> Any:
    from app.cli import _iso_date as iso_date

    return iso_date(value)


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    k = sub.add_parser("keys", help="khóa đồng bộ của cơ quan")
    ksub = k.add_subparsers(dest="keys_command", required=True, parser_class=parser_class)
    ki = ksub.add_parser("init", help="tạo khóa ký của cơ quan (một lần)")
    ki.add_argument("--upstream", action="store_true",
                    help="kho của cơ quan cấp trên: tạo thêm khóa giải mã và khóa dự phòng")
    ksub.add_parser("show", help="xem mã và dấu vân tay khóa")
    ku = ksub.add_parser("import-upstream", help="nhập tệp khóa của cơ quan cấp trên")
    ku.add_argument("file", metavar="TỆP")
    ku.add_argument("--replace", action="store_true",
                    help="thay khóa cơ quan cấp trên đã ghi nhận (sau khi đối chiếu bản giấy)")
    ke = ksub.add_parser("export-public", help="xuất khóa công khai (để đăng ký ở cấp trên)")
    ke.add_argument("file", metavar="TỆP")
    ke.add_argument("--office", action="store_true",
                    help="(cấp trên) xuất khóa của chính cơ quan để đăng ký ở cấp cao hơn")
    ks = ksub.add_parser("enrol-sheet", help="in phiếu đăng ký khóa (PDF, có mã QR)")
    ks.add_argument("--out", metavar="TỆP.pdf", required=True)
    kn = ksub.add_parser("enrol", help="(cấp trên) đăng ký khóa của một cơ quan: tệp khóa, "
                         "nội dung mã QR của phiếu, hoặc bản ghi thay khóa")
    kn.add_argument("file", metavar="TỆP", help="tệp; '-' để dán nội dung mã QR")
    kb = ksub.add_parser("bundle", help="(cấp trên) ghi bộ khóa đã ký để gửi các cơ quan")
    kb.add_argument("--out", metavar="TỆP", required=True)
    kr = ksub.add_parser("rotate", help="thay khóa ký của cơ quan; ghi bản ghi thay khóa")
    kr.add_argument("--out", metavar="TỆP", required=True)
    kv = ksub.add_parser("revoke", help="(cấp trên) thu hồi khóa của một cơ quan")
    kv.add_argument("key", metavar="MÃ_KHÓA")
    kv.add_argument("--reason", metavar="LÝ_DO", required=True)
    ksub.add_parser("rotate-recipients", help="(cấp trên) thay khóa nhận dữ liệu")
    b = sub.add_parser("bulletin", help="(cấp trên) bản tin gửi xuống các cơ quan")
    bsub = b.add_subparsers(dest="bulletin_command", required=True, parser_class=parser_class)
    be = bsub.add_parser("export", help="ghi bản tin tiếp theo cho một cơ quan")
    be.add_argument("--office", metavar="MÃ", required=True)
    be.add_argument("--out", metavar="THƯ_MỤC", required=True)
    be.add_argument("--calendar", metavar="NĂM", type=int, action="append", default=[],
                    help="gửi lịch làm việc năm này (lặp lại cho nhiều năm)")
    be.add_argument("--recipients", action="store_true", help="gửi bộ khóa hiện tại")
    be.add_argument("--petition", metavar="TỆP.json", action="append", default=[],
                    help="chuyển một đơn (định dạng 'petition add') xuống cơ quan")
    be.add_argument("--transfer", metavar="SỐ_ĐƠN", action="append", default=[],
                    help="chuyển một đơn trong sổ đơn của cơ quan này (vd. 0007/2026): ghi "
                         "bước chuyển đơn vào đơn và gửi đơn xuống cơ quan")
    be.add_argument("--doc-number", metavar="SỐ", default="",
                    help="số văn bản chuyển đơn")
    be.add_argument("--doc-date", metavar="YYYY-MM-DD", type=_iso_date)
    bl = bsub.add_parser("list", help="các bản tin đã gửi hoặc đã nhận")
    bl.add_argument("--office", metavar="MÃ")
    s = sub.add_parser("sync", help="đồng bộ lên cơ quan cấp trên")
    ssub = s.add_subparsers(dest="sync_command", required=True, parser_class=parser_class)
    se = ssub.add_parser("export", help="xuất các thay đổi chưa gửi thành một tệp lô")
    se.add_argument("--out", metavar="THƯ_MỤC", required=True)
    se.add_argument("--resend", action="store_true", help="gửi lại các lô chưa có biên nhận")
    se.add_argument("--from-scratch", action="store_true",
                    help="gửi lại toàn bộ dữ liệu (cơ quan cấp trên mất dữ liệu); mã cài đặt mới")
    si = ssub.add_parser("import", help="(cấp trên) nhận các tệp lô, ghi biên nhận")
    si.add_argument("files", metavar="TỆP", nargs="+")
    si.add_argument("--receipts", metavar="THƯ_MỤC",
                    help="nơi ghi biên nhận (mặc định: cạnh tệp lô)")
    sr = ssub.add_parser("receipt", help="áp dụng biên nhận (và bản tin) của cơ quan cấp trên")
    sr.add_argument("files", metavar="TỆP", nargs="+")
    sb = ssub.add_parser("import-bulletin", help="áp dụng bản tin của cơ quan cấp trên")
    sb.add_argument("files", metavar="TỆP", nargs="+")
    st = ssub.add_parser("status", help="tình trạng đồng bộ")
    st.add_argument("--json", action="store_true")


def _receipts_and_bulletins(store: Any, files: list[str], only_bulletins: bool,
                            out: TextIO) -> int:
    """Receipts are JSON files, bulletins .tdsync envelopes: `sync receipt` takes both."""
    from app.sync import bulletins, desk, outbox

    worst = 0
    envelopes = [Path(f) for f in files] if only_bulletins else \
        desk.split_downstream([Path(f) for f in files])[0]  # the Sync page's rule
    for o in bulletins.import_bulletins(store, envelopes):  # first: a new upstream key signs
        out.write(o.line() + "\n")                          # the receipts after them
        if o.status == "refused":
            worst = REFUSED_EXIT
    for f in files:
        if Path(f) in envelopes:
            continue
        ack = outbox.apply_receipt(store, Path(f))
        out.write(f"{f}: cơ quan cấp trên đã nhận đến thay đổi số {ack.acked_through} "
                  f"({ack.batches} lô được xác nhận).\n")
        for p in ack.problems:
            out.write(f"  {p}\n")
    return worst


def cmd_keys(args: argparse.Namespace, out: TextIO) -> int:
    from app import cli
    from app.storage.changelog import canonical
    from app.sync import keys, rotation

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
            for p in keys.peers(store):
                out.write(f"  {p.office_code} {p.office_name} {p.key_id} {p.fingerprint} "
                          f"({p.state})\n")
    elif c == "import-upstream":
        b = keys.import_upstream(store, Path(args.file), replace=args.replace)
        out.write(f"Đã nhận khóa của {b['office_code']} {b['office_name']}. Dấu vân tay: "
                  f"{keys.fingerprint(bytes.fromhex(b['signing_key']))} — hãy đối chiếu với "
                  "bản giấy.\n")
    elif c == "export-public":
        keys.export_public(store, Path(args.file), office_key=args.office)
        out.write(f"Đã ghi khóa công khai vào {args.file}\n")
    elif c == "enrol":
        enrolled = keys.enrol(store, _text_file(args.file))
        out.write(f"Đã đăng ký khóa của {enrolled.office_name} ({enrolled.office_code}).\n"
                  f"Dấu vân tay: {keys.fingerprint(bytes.fromhex(enrolled.public_key))}\n"
                  "Hãy đối chiếu từng ký tự với dấu vân tay in trên phiếu đăng ký; nếu khác, "
                  f"thu hồi ngay: 'tiepdan keys revoke {enrolled.key_id[:12]} --reason ...'.\n")
    elif c == "enrol-sheet":
        return _enrol_sheet(store, Path(args.out), out)
    elif c == "bundle":
        doc = keys.signed_bundle(store)
        _write_text(Path(args.out), canonical(doc) + "\n")
        b = doc["bundle"]
        out.write(f"Đã ghi bộ khóa phiên bản {keys.bundle_version(b)} vào {args.out}. "
                  f"Dấu vân tay: {keys.fingerprint(bytes.fromhex(b['signing_key']))}\n")
    elif c == "rotate":
        rec = rotation.rotate_office_key(store, Path(args.out))
        out.write(f"Đã thay khóa ký. Khóa mới: {rec['key_id']} "
                  f"({keys.fingerprint(bytes.fromhex(rec['public_key']))}).\n"
                  f"Gửi tệp {args.out} cho cơ quan cấp trên ('tiepdan keys enrol {args.out}'); "
                  "các lô đã xuất bằng khóa cũ vẫn được nhận.\n")
    elif c == "revoke":
        peer = rotation.revoke(store, args.key, args.reason)
        out.write(f"Đã thu hồi khóa {peer.key_id} của {peer.office_name} ({peer.office_code}). "
                  "Các lô ký bằng khóa này sẽ bị cách ly.\n")
    elif c == "rotate-recipients":
        b = rotation.rotate_recipients(store)
        out.write(f"Đã tạo khóa nhận mới (bộ khóa phiên bản {b['version']}). Gửi bộ khóa cho "
                  "các cơ quan: 'tiepdan bulletin export --office MÃ --recipients --out ...'.\n")
    return 0


def _text_file(name: str) -> Path:
    """'-': the text pasted on standard input (a scanned QR code), kept in a temp file."""
    if name != "-":
        return Path(name)
    import sys
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix="tiepdan-enrol-", suffix=".txt")
    with open(fd, "w", encoding="utf-8") as f:
        f.write(sys.stdin.read())
    return Path(tmp)


def _write_text(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _enrol_sheet(store: Any, out_path: Path, out: TextIO) -> int:
    from datetime import date

    from app.printing import enrolment_sheet
    from app.services.office import get_office
    from app.sync import enrolment

    e = enrolment.enrolment(store)
    pdf = enrolment_sheet.render(e, place=get_office(store).place_name or "", on=date.today())
    tmp = out_path.with_name(out_path.name + ".part")
    tmp.write_bytes(pdf)
    tmp.replace(out_path)
    out.write(f"Đã in phiếu đăng ký khóa vào {out_path}. Dấu vân tay: {e.fingerprint}\n")
    return 0


def cmd_bulletin(args: argparse.Namespace, out: TextIO) -> int:

    from app import cli
    from app.sync import bulletins

    store = cli._store(args)
    if args.bulletin_command == "list":
        for code, seq, kinds, created in bulletins.sent(store, args.office):
            out.write(f"{code}  bản tin {seq}  {created[:19]}  {kinds}\n")
        for r in bulletins.received(store):
            out.write(f"{r.upstream_code}  bản tin {r.bulletin_seq}  {r.received_at[:19]}  "
                      f"{r.summary}\n")
        return 0
    items = []
    if args.recipients:
        items.append(bulletins.recipients_item(store))
    if args.calendar:
        items.append(bulletins.calendar_item(store, args.calendar))
    for name in args.petition:
        items.append(bulletins.transfer_item(cli._read_json(name), args.doc_number,
                                             args.doc_date))
    transfers = [bulletins.OwnTransfer(n, args.doc_number, args.doc_date) for n in args.transfer]
    done = bulletins.export_bulletin(store, args.office, items, Path(args.out),
                                     transfers=transfers)
    out.write(f"Đã ghi bản tin số {done.bulletin_seq} cho {done.office_code} "
              f"({len(done.kinds)} mục): {done.path}\n")
    return 0


def cmd_sync(args: argparse.Namespace, out: TextIO) -> int:
    from app import cli
    from app.sync import inbox, outbox

    store = cli._store(args)
    c = args.sync_command
    if c == "export":
        if args.resend:
            resigned = outbox.resign(store)
            if resigned:
                out.write(f"Đã ký lại bằng khóa hiện tại {len(resigned)} lô chưa có biên nhận "
                          f"(số {', '.join(map(str, resigned))}).\n")
            sent = outbox.resend(store, Path(args.out))
            for p in sent:
                out.write(f"{p}\n")
            if not sent:
                out.write("Không có lô nào chờ biên nhận.\n")
            return 0
        done = outbox.export(store, Path(args.out), from_scratch=args.from_scratch)
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
    if c == "import-bulletin" or c == "receipt":
        return _receipts_and_bulletins(store, args.files, c == "import-bulletin", out)
    st = outbox.status(store)
    if args.json:
        out.write(json.dumps(st.__dict__, ensure_ascii=False, indent=2) + "\n")
        return 0
    out.write(f"Thay đổi mới nhất: {st.last_change}\nĐã xuất đến: {st.exported_through}\n"
              f"Cấp trên đã nhận đến: {st.acked_through}\nChờ gửi: {st.waiting}\n")
    for seq, name, first, last in st.unacked_batches:
        out.write(f"  Lô {seq} chưa có biên nhận: {name} (thay đổi {first}–{last})\n")
    return 0

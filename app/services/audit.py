"""Reading the audit log: list entries by local date, verify the chain (app/storage/audit.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from app.clock import VN_TZ
from app.errors import InputError
from app.storage import dbfile
from app.storage.audit import ChainReport, verify_connection
from app.storage.store import Store
from app.text import labels

ACTION_LABELS = labels({
    "visit.create": "Ghi lượt tiếp", "petition.create": "Vào sổ đơn",
    "petition.act": "Bước xử lý đơn", "petition.watch": "Theo dõi vụ việc",
    "petition.recompute": "Tính lại thời hạn", "identity.view": "Xem danh tính người tố cáo",
    "identity.print": "In có danh tính người tố cáo", "print": "In",
    "office.init": "Khởi tạo kho", "officer.create": "Thêm cán bộ", "field.save": "Danh mục lĩnh vực",
    "calendar.import": "Nhập lịch", "calendar.set": "Sửa lịch", "calendar.delete": "Xóa ngày lịch",
    "settings.hot_spots": "Ngưỡng cảnh báo", "settings.report_cutoff": "Ngày chốt số liệu",
    "settings.print_secret": "Khóa mã tra cứu", "settings.backup": "Thiết lập sao lưu",
    "settings.idle_lock": "Thời gian tự khóa", "settings.office": "Thông tin cơ quan",
    "settings.print": "Máy in, khổ giấy", "sync.keys_init": "Tạo khóa ký",
    "user.add": "Thêm người dùng",
    "user.disable": "Vô hiệu hóa tài khoản", "user.enable": "Mở lại tài khoản",
    "user.reset_password": "Đặt lại mật khẩu", "user.passwd": "Đổi mật khẩu",
    "user.sign_in": "Đăng nhập", "user.sign_in_failed": "Sai mật khẩu",
    "user.lock_out": "Tạm khóa tài khoản",
    "store.backup": "Sao lưu", "store.restore": "Khôi phục", "store.check": "Kiểm tra tệp dữ liệu",
    "report.export": "Xuất báo cáo", "list.export": "Xuất danh sách ra Excel",
    "import.file": "Nhập sổ cũ từ tệp", "visit.import": "Nhập lượt tiếp từ tệp",
    "petition.import": "Nhập đơn từ tệp",
    "store.encrypt": "Mã hóa kho dữ liệu",
    "sync.export": "Xuất lô đồng bộ", "sync.receipt": "Nhận biên nhận", "sync.epoch": "Gửi lại từ đầu",
    "sync.upstream_pinned": "Ghi nhận khóa cấp trên", "sync.bulletin_import": "Nhận bản tin",
    "sync.key_rotate": "Thay khóa ký", "sync.import": "Nhận lô", "sync.enrol": "Đăng ký khóa",
    "sync.key_revoke": "Thu hồi khóa", "sync.recipients_rotate": "Thay khóa nhận",
    "sync.bulletin_export": "Gửi bản tin",
})


@dataclass(frozen=True, slots=True)
class AuditRow:
    seq: int
    at: datetime  # aware, Hà Nội time
    actor_kind: str
    actor_id: str
    actor_name: str
    action: str
    record_kind: str
    record_id: str
    summary: str
    before: Any
    after: Any
    hash: str

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


def _stamp(d: date) -> str:
    """The UTC stamp of local midnight starting `d` (entries are stored in UTC)."""
    moment = datetime.combine(d, time(0), VN_TZ).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _raw(store: Store) -> dbfile.Connection:
    return dbfile.connect(store.db_path)


def list_entries(store: Store, date_from: date | None = None, date_to: date | None = None, *,
                 action: str | None = None, actor_id: str | None = None, text: str = "",
                 limit: int | None = None) -> list[AuditRow]:
    """Entries of the local dates [date_from, date_to], newest first (audit.view)."""
    from app.services.users import require

    require(store, "audit.view")
    if date_from and date_to and date_from > date_to:
        raise InputError("bad_date_range")
    where, args = [], []
    if date_from:
        where.append("at >= ?")
        args.append(_stamp(date_from))
    if date_to:
        where.append("at < ?")
        args.append(_stamp(date_to + timedelta(days=1)))
    if action:
        where.append("(action = ? OR action LIKE ?)")
        args += [action, action + ".%"]
    if actor_id is not None:
        where.append("actor_id = ?")
        args.append(actor_id)
    if text:
        where.append("(summary LIKE ? OR record_id LIKE ?)")
        args += [f"%{text}%", f"%{text}%"]
    sql = ("SELECT seq, at, actor_kind, actor_id, actor_name, action, record_kind, record_id, "
           "summary, before, after, hash FROM audit_log"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY seq DESC")
    if limit:
        sql += f" LIMIT {int(limit)}"
    conn = _raw(store)
    try:
        rows = conn.execute(sql, args).fetchall()
    finally:
        conn.close()
    return [AuditRow(r[0], datetime.strptime(r[1], "%Y-%m-%dT%H:%M:%S.%fZ")
                     .replace(tzinfo=UTC).astimezone(VN_TZ), r[2], r[3], r[4], r[5], r[6], r[7],
                     r[8], json.loads(r[9]), json.loads(r[10]), r[11]) for r in rows]


def verify(store: Store, resume: ChainReport | None = None) -> ChainReport:
    """The whole chain, or only what was written since `resume` (see verify_connection).
    Opens its own connection, so it may run on a worker thread."""
    conn = _raw(store)
    try:
        return verify_connection(conn, resume)
    finally:
        conn.close()


def row_json(r: AuditRow) -> dict[str, Any]:
    return {"seq": r.seq, "at": r.at.isoformat(), "actor": {"kind": r.actor_kind, "id": r.actor_id,
            "name": r.actor_name}, "action": r.action, "record_kind": r.record_kind,
            "record_id": r.record_id, "summary": r.summary, "before": r.before, "after": r.after,
            "hash": r.hash}

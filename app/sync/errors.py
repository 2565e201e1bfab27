"""Sync refusals, in Vietnamese. Exit 3 for a refused or quarantined file (nothing changed),
2 for a missing set-up step the officer can do."""

from __future__ import annotations

from app.errors import MESSAGES, TiepDanError
from app.text import Text

SYNC_MESSAGES: dict[str, str] = {
    "sync_no_keys": "Chưa có khóa đồng bộ. Hãy chạy 'tiepdan keys init' trước.",
    "sync_keys_exist": "Khóa đồng bộ đã có ({path}); không tạo lại để khỏi mất khóa cũ.",
    "sync_no_upstream": (
        "Chưa có khóa của cơ quan cấp trên. Hãy nhập tệp khóa cơ quan cấp trên gửi: "
        "'tiepdan keys import-upstream TỆP'."
    ),
    "sync_not_upstream": "Kho này không ở chế độ cơ quan cấp trên ('tiepdan keys init --upstream').",
    "sync_bad_key_file": "Tệp khóa {path} không hợp lệ: {reason}.",
    "sync_bad_passphrase": "Không mở được khóa ký của cơ quan: sai mật khẩu (TIEPDAN_KEY_PASSPHRASE).",
    "sync_refused": "Từ chối tệp {path}: {reason}. Dữ liệu không bị thay đổi.",
    "sync_bypass": (
        "Không xuất được: bản ghi {entity} {id} đã bị sửa ngoài ứng dụng (phiên bản {current}, "
        "nhật ký thay đổi ghi {logged}). Hãy kiểm tra tệp dữ liệu ('tiepdan check') và báo "
        "cán bộ kỹ thuật."
    ),
    "sync_bad_receipt": "Từ chối biên nhận {path}: {reason}. Không có gì được đánh dấu.",
    "sync_rotate_upstream": (
        "Kho cơ quan cấp trên thay khóa nhận bằng 'tiepdan keys rotate-recipients'."
    ),
    "sync_resign_gap": (
        "Không ký lại được lô số {seq}: nhật ký thay đổi thiếu {missing} thay đổi của lô. "
        "Hãy báo cán bộ tin học."),
    "sync_revoke_reason": "Hãy ghi lý do thu hồi khóa (--reason).",
    "sync_unknown_key": (
        "Không tìm thấy đúng một khóa bắt đầu bằng '{key}' (gõ ít nhất 8 ký tự; xem "
        "'tiepdan keys show')."
    ),
    "sync_already_revoked": "Khóa {key} đã bị thu hồi trước đây.",
    "sync_no_office_recipient": (
        "Cơ quan {office} chưa có khóa đang dùng nhận được bản tin (đăng ký lại bằng phiếu "
        "đăng ký khóa mới)."
    ),
    "sync_empty_bulletin": "Bản tin không có nội dung nào (chọn lịch, bộ khóa hoặc đơn chuyển).",
    "sync_transfer_not_own": (
        "Không có đơn số {number} trong sổ đơn của cơ quan này (chỉ chuyển được đơn do cơ quan "
        "này vào sổ; số đơn dạng 0007/2026)."
    ),
    "sync_transfer_local_fields": (
        "Đơn chuyển xuống không được mang trường của kho cấp trên ({fields}): bỏ các trường đó."
    ),
}
MESSAGES.update(SYNC_MESSAGES)


class SyncError(TiepDanError):
    exit_code = 3


class SyncSetupError(TiepDanError):
    exit_code = 2


class Refused(Exception):
    """A batch refused before anything was used; `status` is refused or quarantined."""

    def __init__(self, reason: str, status: str = "refused") -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


def bad_field(exc: BaseException) -> str:
    """A malformed record's failure (KeyError, TypeError, ValueError…) in Vietnamese: which
    field is missing, or that a value has the wrong type; Python's English never reaches the
    officer. A ValueError raised by our own checks already speaks Vietnamese."""
    if isinstance(exc, KeyError):
        return Text("thiếu trường {field}", field=str(exc.args[0])) if exc.args \
            else Text("thiếu trường")
    if isinstance(exc, ValueError) and exc.args and isinstance(exc.args[0], str) \
            and not exc.args[0].isascii():
        return exc.args[0]
    return Text("giá trị sai kiểu hoặc không đọc được")

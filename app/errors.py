"""Errors a user can cause, with codes and values; `message()` renders them in Vietnamese.

Services raise these and never show anything. `message()` is a `Text` (app/text.py): the CLI
prints it as it is (Vietnamese); the GUI's app/ui/messages.py translates the template of the
code (the templates below are source strings of the catalogue, context "messages") and the
values that are Texts themselves, then fills them in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.text import Joined, Label, Text

MESSAGES: dict[str, str] = {
    # store
    "store_too_new": (
        "Tệp dữ liệu được tạo bởi một phiên bản TiepDan mới hơn (lược đồ {revision}). "
        "Hãy cài phiên bản mới nhất rồi mở lại; dữ liệu không bị thay đổi."
    ),
    "store_not_initialised": (
        "Kho dữ liệu chưa được khởi tạo cho cơ quan nào. Hãy chạy "
        "'tiepdan init --office-code MÃ --office-name TÊN' hoặc mở ứng dụng để thiết lập."
    ),
    "store_already_initialised": "Kho dữ liệu này đã được khởi tạo cho {office}.",
    "store_unreadable": (
        "Không mở được tệp dữ liệu {path}: {reason}. Nếu tệp bị hỏng, hãy khôi phục bản sao lưu "
        "gần nhất ('tiepdan restore TỆP' hoặc menu Quản trị › Khôi phục…)."
    ),
    "store_bad_url": (
        "Địa chỉ cơ sở dữ liệu '{url}' không dùng được: chỉ hỗ trợ PostgreSQL, dạng "
        "postgresql+psycopg://NGƯỜI_DÙNG@MÁY:CỔNG/TÊN_CSDL ({reason})."
    ),
    "store_server_unreachable": (
        "Không kết nối được cơ sở dữ liệu {url}: {reason}. Hãy kiểm tra máy chủ PostgreSQL đang "
        "chạy, tên người dùng, mật khẩu (biến PGPASSWORD hoặc tệp ~/.pgpass) và tên cơ sở dữ liệu."
    ),
    "store_needs_sqlite": (
        "Việc này chưa làm được trên kho PostgreSQL của cơ quan cấp trên, chỉ trên kho SQLite "
        "(tệp dữ liệu trên máy). Trên kho PostgreSQL dùng được: init, keys, sync, bulletin, "
        "officer, field, user, calendar, search, visit list, visit show, petition list, "
        "petition show. Sao lưu và khôi phục kho PostgreSQL bằng pg_dump và pg_restore."
    ),
    # failures while writing (app/storage/uow.py, app/storage/backup.py)
    "store_disk_full": (
        "Không lưu được: ổ đĩa chứa dữ liệu đã đầy. Chưa có gì bị ghi dở; nội dung đang nhập "
        "vẫn còn. Hãy giải phóng dung lượng ổ đĩa rồi bấm Lưu lại."
    ),
    "store_readonly": (
        "Không lưu được: thư mục dữ liệu đang ở chế độ chỉ đọc hoặc không có quyền ghi. Chưa có "
        "gì bị ghi dở; nội dung đang nhập vẫn còn. Hãy kiểm tra quyền ghi của thư mục rồi thử lại."
    ),
    "store_io_error": (
        "Không lưu được do lỗi đọc ghi ổ đĩa ({reason}). Chưa có gì bị ghi dở. Hãy kiểm tra ổ "
        "đĩa, rồi chạy 'tiepdan check' trước khi làm tiếp."
    ),
    "store_corrupt": (
        "Tệp dữ liệu {path} bị hỏng ({detail}). TiepDan không tự sửa tệp. Hãy khôi phục bản sao "
        "lưu gần nhất: menu Quản trị › Khôi phục… hoặc lệnh 'tiepdan restore TỆP' (các bản sao "
        "lưu nằm trong {backups})."
    ),
    "store_locked": (
        "TiepDan đang mở kho dữ liệu này ở một cửa sổ khác trên máy (thư mục {path}). Hãy dùng "
        "cửa sổ đó, hoặc đóng nó rồi mở lại."
    ),
    "backup_failed": "Không sao lưu được vào {path}: {reason}. Không có tệp sao lưu dở nào được để lại.",
    "backup_bad_setting": "Thiết lập sao lưu không hợp lệ: {details}",
    "restore_bad_file": "Không khôi phục được từ {path}: {reason}. Dữ liệu hiện tại được giữ nguyên.",
    "restore_in_use": (
        "Không khôi phục được khi TiepDan đang mở kho dữ liệu này ở cửa sổ khác. Hãy đóng "
        "cửa sổ đó rồi chạy lại."
    ),
    "audit_broken": "{message}",
    "migration_fk": "Nâng cấp dữ liệu thất bại: {count} liên kết không hợp lệ. Dữ liệu cũ được giữ nguyên.",
    # users and permissions (app/law/permissions.py, app/services/users.py)
    "permission_denied": (
        "Không được phép {action}: việc này dành cho {roles}. Tài khoản {user} có vai trò {role}."
    ),
    "sign_in_required": (
        "Kho dữ liệu này có tài khoản người dùng: cần đăng nhập để {action}. Ở dòng lệnh dùng "
        "'--user TÊN' (mật khẩu lấy từ biến môi trường TIEPDAN_PASSWORD hoặc được hỏi)."
    ),
    "password_needed": (
        "Cần mật khẩu của người dùng {user}: đặt biến môi trường TIEPDAN_PASSWORD hoặc chạy "
        "lệnh trong một cửa sổ dòng lệnh để được hỏi."
    ),
    "auth_failed": "Tên đăng nhập hoặc mật khẩu không đúng.",
    "auth_locked": (
        "Tài khoản {user} tạm bị khóa vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau "
        "{wait}, hoặc nhờ quản trị đặt lại mật khẩu."
    ),
    "auth_disabled": "Tài khoản {user} đã bị vô hiệu hóa. Hãy liên hệ người quản trị.",
    # encryption at rest (app/services/encryption.py)
    "auth_no_key": (
        "Tài khoản {user} chưa có khóa mở kho dữ liệu đã mã hóa (tài khoản có từ trước khi mã "
        "hóa, hoặc vừa được mở lại). Hãy nhờ quản trị đặt lại mật khẩu cho tài khoản này."
    ),
    "store_keys_missing": (
        "Kho dữ liệu {path} đã được mã hóa nhưng không tìm thấy tệp khóa {keys} ({reason}). "
        "Hãy chép lại tệp khóa từ cùng thư mục của bản sao lưu gần nhất (tệp .keys), hoặc khôi "
        "phục bản sao lưu đó ('tiepdan restore TỆP --recovery-key')."
    ),
    "store_wrong_key": (
        "Tệp khóa không mở được kho dữ liệu {path}: tệp khóa thuộc một kho khác hoặc tệp dữ "
        "liệu bị hỏng. Hãy khôi phục bản sao lưu gần nhất."
    ),
    "recovery_key_wrong": "Mã khôi phục không đúng (kiểm tra lại từng nhóm ký tự trên tờ giấy đã in).",
    "recovery_key_needed": (
        "Kho dữ liệu đã mã hóa: cần đăng nhập ('--user TÊN') hoặc mã khôi phục ('--recovery-key', "
        "mã lấy từ biến môi trường TIEPDAN_RECOVERY_KEY hoặc được hỏi)."
    ),
    "store_already_encrypted": "Kho dữ liệu này đã được mã hóa.",
    "store_encrypt_failed": "Không mã hóa được kho dữ liệu: {reason}. Dữ liệu được giữ nguyên.",
    "user_exists": "Tên đăng nhập {user} đã có.",
    "user_weak_password": "Mật khẩu chưa đủ mạnh: {reason}",
    "user_last_admin": "Không thể vô hiệu hóa người quản trị cuối cùng đang hoạt động.",
    "user_first_must_be_admin": (
        "Kho dữ liệu chưa có người dùng: người dùng đầu tiên phải có vai trò quản trị "
        "('--role admin')."
    ),
    # input
    "validation": "Dữ liệu chưa hợp lệ:\n{details}",
    "bad_json": "Tệp JSON không đọc được: {reason}",
    "json_not_object": "Bản ghi phải là một đối tượng JSON {{...}}.",
    "unknown_fields": "Trường không được hỗ trợ: {fields}",
    "not_found": "Không tìm thấy {what} {key}.",
    "bad_date": "Ngày không hợp lệ: {value} (dùng dạng YYYY-MM-DD).",
    "bad_date_range": "Khoảng ngày không hợp lệ: ngày bắt đầu sau ngày kết thúc.",
    # calendar and deadlines (app/law/calendar.py, app/law/deadlines.py)
    "calendar_invalid": "Lịch làm việc chưa hợp lệ ({count} lỗi); không có gì thay đổi:\n{details}",
    "calendar_day_exists": "Ngày {date} đã có trong lịch ({name}); hãy sửa mục đó thay vì thêm mới.",
    "deadline_unknown_rule": (
        "Không có quy tắc thời hạn '{rule}'. Xem danh sách bằng lệnh 'tiepdan deadline --list'."
    ),
    "deadline_no_complex": "Quy tắc {rule} ({title}) không có thời hạn riêng cho vụ việc phức tạp.",
    "deadline_no_remote": (
        "Quy tắc {rule} ({title}) không có thời hạn riêng cho vùng sâu, vùng xa."
    ),
    "deadline_no_extension": "Quy tắc {rule} ({title}) không cho phép gia hạn.",
    "deadline_too_many_extensions": (
        "Quy tắc {rule} ({title}) cho gia hạn tối đa {max} lần; không thể gia hạn {count} lần."
    ),
    "deadline_needs_especially_complex": (
        "Gia hạn lần thứ {nth} của quy tắc {rule} chỉ áp dụng cho vụ việc đặc biệt phức tạp "
        "(theo {basis})."
    ),
    "deadline_bad_extensions": "Số lần gia hạn phải là số nguyên không âm (đã nhập {count}).",
    # printing (app/printing, app/services/printing.py)
    "print_unknown_form": (
        "Không có mẫu in '{form}'. Xem danh sách bằng lệnh 'tiepdan print forms'."
    ),
    "print_wrong_kind": "Mẫu «{form}» không in cho {kind}; mẫu này dùng cho {kinds}.",
    "print_ambiguous": (
        "Mẫu «{form}» in được cho cả lượt tiếp và đơn: số {key} là của lượt tiếp hay của đơn? "
        "Dùng --visit hoặc --petition thay cho --id."
    ),
    "print_not_applicable": "Không in được «{form}» cho {what} {number}: {reason}",
    "print_bad_paper": "Khổ giấy '{paper}' không được hỗ trợ (chọn A4 hoặc A5).",
    "print_bad_copies": "Số bản in phải từ 1 đến {max} (đã nhập {copies}).",
    "print_cannot_write": "Không ghi được tệp {path}: {reason}",
    "print_bad_reference": "Mã tra cứu không đúng dạng: '{text}' (ví dụ 00163-L0007/2026-K7QX2MPA).",
    # reports (app/law/periods.py, app/services/reports)
    "report_bad_period": "Kỳ báo cáo không hợp lệ: '{text}' ({reason}).",
    "report_unknown": (
        "Không có biểu báo cáo '{report}'. Xem danh sách bằng lệnh 'tiepdan report list'."
    ),
    "report_bad_format": "Định dạng '{format}' không được hỗ trợ (chọn pdf, xlsx hoặc json).",
    "report_unknown_office": "Kho dữ liệu không có cơ quan mã '{office}'.",
    "report_bad_cutoff": "Ngày chốt số liệu phải từ 1 đến 28 (đã nhập {day}).",
}


def os_reason(exc: OSError) -> str:
    """An OSError in Vietnamese words the officer can act on."""
    import errno

    words = {errno.ENOSPC: Label("ổ đĩa đã đầy"), errno.EROFS: Label("ổ đĩa chỉ cho phép đọc"),
             errno.EACCES: Label("không có quyền ghi"), errno.EPERM: Label("không có quyền ghi"),
             errno.ENOENT: Label("không tìm thấy thư mục hoặc tệp")}
    return words.get(exc.errno or 0, exc.strerror or str(exc))


def render(code: str, params: dict[str, Any]) -> Text:
    return Text(MESSAGES.get(code, code), **params)


class TiepDanError(Exception):
    """Base of errors the user can cause or fix."""

    exit_code = 2

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self) -> Text:
        return render(self.code, self.params)

    def __str__(self) -> str:
        return self.message()


class StoreError(TiepDanError):
    exit_code = 3


class PermissionDenied(TiepDanError):
    """The signed-in user's role may not do this, or nobody is signed in (CLI.md: exit 3)."""

    exit_code = 3


class InputError(TiepDanError):
    """Refused input (bad JSON, unknown field, unknown id...)."""


@dataclass(frozen=True, slots=True)
class FieldProblem:
    field: str  # dotted path, e.g. "persons.0.cccd"
    message: str  # a Text (app/text.py) in Vietnamese: names the problem and what to do


class ValidationFailed(TiepDanError):
    """One or more fields are wrong; each problem names its field."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__("validation")
        self.problems = problems

    def message(self) -> Text:
        details = Joined((Text("- {problem}", problem=p.message) for p in self.problems), "\n")
        return render("validation", {"details": details})

    def for_field(self, name: str) -> list[str]:
        return [p.message for p in self.problems if p.field == name]

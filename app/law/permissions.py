"""Who may do what: the one table of permissions (issue 6, item 2). No imports beyond the stdlib.

Actions are the audit log's action names (every write already names one: `UnitOfWork.audit`
checks it there, so a write as the wrong role is refused in the service whatever the UI shows)
plus a few reads that are checked explicitly (`app/services/users.py:require`).

Who may *see a denouncer's identity* is not a role alone (LAW.md §11): the head, and the officer
who handles the record. `identity.view`/`identity.print` list the roles that can ever be that
person; `Viewer.sees_identity_of` decides per record.

While a store has no user account ("desk mode", every store before sign-in existed) nothing is
checked. Once one exists, every write must be made by a signed-in user, except the automatic
housekeeping in SYSTEM_ACTIONS.
"""

from __future__ import annotations

from app.text import Label, labels

OFFICER = "officer"  # cán bộ tiếp công dân
HEAD = "head"  # lãnh đạo: Chủ tịch / Phó Chủ tịch
ADMIN = "admin"  # quản trị: tài khoản, thiết lập, sao lưu
INSPECTOR = "inspector"  # thanh tra, kiểm tra: chỉ xem
IMPORTER = "importer"  # cấp trên: nhận dữ liệu các phường
REVIEWER = "reviewer"  # cấp trên: xem xét, tổng hợp

ROLES: dict[str, Label] = labels({
    OFFICER: "Cán bộ tiếp công dân",
    HEAD: "Lãnh đạo (Chủ tịch, Phó Chủ tịch)",
    ADMIN: "Quản trị",
    INSPECTOR: "Thanh tra (chỉ xem)",
    IMPORTER: "Nhận dữ liệu (cấp trên)",
    REVIEWER: "Xem xét, tổng hợp (cấp trên)",
})
ROLES_WITH_OFFICER = frozenset({OFFICER, HEAD})  # a user of these roles is an officer row

_DESK = frozenset({OFFICER, HEAD})
_ALL = frozenset(ROLES)
_READERS = frozenset({OFFICER, HEAD, INSPECTOR, REVIEWER})

PERMISSIONS: dict[str, frozenset[str]] = {
    # the desk's work
    "visit.create": _DESK,
    "petition.create": _DESK,
    "petition.act": _DESK,
    "petition.watch": _DESK,
    "petition.recompute": _DESK | {ADMIN},
    "identity.view": _DESK,  # and then only the head or the record's handler (Viewer)
    "identity.print": _DESK,
    "print": _READERS,
    # reports (no identity, LAW.md §11.3): viewed by every reader, the inspector included;
    # produced as the file to sign and send by the desk and the upstream's reviewer
    "report.view": _READERS,
    "report.export": _DESK | {REVIEWER},
    # lists and records taken off the machine carry personal data: the desk only, audited
    "list.export": _DESK,
    # the office's own Excel books brought in (app/services/excel_import)
    "import.file": _DESK,
    "visit.import": _DESK,
    "petition.import": _DESK,
    # set-up and settings
    "office.init": frozenset({ADMIN}),
    "officer.create": frozenset({ADMIN}),
    "field.save": frozenset({ADMIN}),
    "calendar.import": frozenset({ADMIN, HEAD}),
    "calendar.set": frozenset({ADMIN, HEAD}),
    "calendar.delete": frozenset({ADMIN, HEAD}),
    "settings.hot_spots": frozenset({ADMIN, HEAD}),
    "settings.report_cutoff": frozenset({ADMIN, HEAD}),
    "settings.print_secret": _READERS | {ADMIN},  # made on the first print
    "settings.backup": frozenset({ADMIN}),
    "settings.idle_lock": frozenset({ADMIN}),
    "settings.office": frozenset({ADMIN}),  # the office's name, place, upstream
    "settings.print": frozenset({ADMIN}),  # the printer and paper slips start on
    "sync.keys_init": frozenset({ADMIN}),  # the office's signing key (set-up, `keys init`)
    # sync (SYNC.md): the ward's one button and its receipts are the desk's; an upstream that
    # sends further up exports as its importer; keys and a restart from scratch are the admin's
    "sync.export": _DESK | {ADMIN, IMPORTER},
    "sync.receipt": _DESK | {ADMIN, IMPORTER},
    "sync.epoch": frozenset({ADMIN}),
    "sync.upstream_pinned": _DESK | {ADMIN, IMPORTER},  # set-up, or a bulletin the pinned key signed
    "sync.bulletin_import": _DESK | {ADMIN},
    "sync.key_rotate": frozenset({ADMIN}),
    "sync.import": frozenset({IMPORTER, ADMIN}),  # upstream: batches of the offices
    "sync.enrol": frozenset({IMPORTER, ADMIN}),
    "sync.key_revoke": frozenset({ADMIN}),
    "sync.recipients_rotate": frozenset({ADMIN}),
    "sync.bulletin_export": frozenset({IMPORTER, REVIEWER, ADMIN}),
    # the store
    "store.backup": _ALL,  # the automatic ones at start and close run as whoever is signed in
    "store.check": _ALL,
    "store.restore": frozenset({ADMIN}),
    "store.encrypt": frozenset({ADMIN}),
    # users
    "user.add": frozenset({ADMIN}),
    "user.disable": frozenset({ADMIN}),
    "user.enable": frozenset({ADMIN}),
    "user.reset_password": frozenset({ADMIN}),
    "user.passwd": _ALL,  # one's own password
    "user.sign_in": _ALL,
    "user.sign_in_failed": _ALL,
    "user.lock_out": _ALL,
    # reads checked explicitly
    "audit.view": frozenset({ADMIN, HEAD, INSPECTOR}),
    "user.list": frozenset({ADMIN}),
}

# Housekeeping that runs with nobody signed in even when users exist.
# "store.restore": the service checks the role on the store it replaces, then records the
# restore in the restored file as the system (that file may not know the user).
SYSTEM_ACTIONS = frozenset({"store.backup", "store.check", "store.restore", "user.sign_in_failed",
                            "user.lock_out"})

# Every action in words that follow "Không được phép …" / "cần đăng nhập để …" (lower case).
ACTION_LABELS: dict[str, Label] = labels({
    "visit.create": "ghi lượt tiếp", "petition.create": "vào sổ đơn",
    "petition.act": "ghi bước xử lý đơn", "petition.watch": "theo dõi vụ việc",
    "petition.recompute": "tính lại thời hạn", "identity.view": "xem danh tính người tố cáo",
    "identity.print": "in có danh tính người tố cáo", "print": "in",
    "import.file": "nhập sổ cũ từ tệp", "visit.import": "nhập lượt tiếp từ tệp",
    "petition.import": "nhập đơn từ tệp",
    "office.init": "khởi tạo kho", "officer.create": "thêm cán bộ",
    "field.save": "sửa danh mục lĩnh vực", "calendar.import": "nhập lịch",
    "calendar.set": "sửa lịch", "calendar.delete": "xóa ngày lịch",
    "settings.hot_spots": "đổi ngưỡng cảnh báo", "settings.report_cutoff": "đổi ngày chốt số liệu",
    "settings.print_secret": "tạo khóa mã tra cứu", "settings.backup": "đổi thiết lập sao lưu",
    "store.backup": "sao lưu", "store.check": "kiểm tra tệp dữ liệu", "store.restore": "khôi phục",
    "user.sign_in": "đăng nhập", "user.sign_in_failed": "ghi lần đăng nhập sai",
    "user.lock_out": "tạm khóa tài khoản",
    "audit.view": "xem nhật ký", "user.list": "xem danh sách người dùng",
    "user.add": "thêm người dùng", "user.disable": "khóa tài khoản",
    "user.enable": "mở khóa tài khoản", "user.reset_password": "đặt lại mật khẩu",
    "user.passwd": "đổi mật khẩu", "settings.idle_lock": "đổi thời gian tự khóa màn hình",
    "report.view": "xem báo cáo", "report.export": "xuất báo cáo",
    "list.export": "xuất danh sách ra Excel",
    "settings.office": "sửa thông tin cơ quan", "settings.print": "đổi máy in, khổ giấy",
    "sync.keys_init": "tạo khóa ký của cơ quan",
    "store.encrypt": "mã hóa kho dữ liệu",
    "sync.export": "xuất lô gửi cấp trên", "sync.receipt": "nhận biên nhận của cấp trên",
    "sync.epoch": "gửi lại toàn bộ từ đầu", "sync.upstream_pinned": "ghi nhận khóa cấp trên",
    "sync.bulletin_import": "nhận bản tin của cấp trên", "sync.key_rotate": "thay khóa ký",
    "sync.import": "nhận lô của các cơ quan", "sync.enrol": "đăng ký khóa của cơ quan",
    "sync.key_revoke": "thu hồi khóa", "sync.recipients_rotate": "thay khóa nhận",
    "sync.bulletin_export": "gửi bản tin xuống cơ quan",
})


def allowed(role: str, action: str) -> bool:
    """Whether `role` may do `action`; an action missing from the table is allowed to nobody."""
    return role in PERMISSIONS.get(action, frozenset())


def roles_for(action: str) -> list[str]:
    return [r for r in ROLES if r in PERMISSIONS.get(action, frozenset())]

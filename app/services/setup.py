"""First-run set-up (issue 6 item 1): the office, its upstream, its first officers, the first
administrator, at-rest encryption (when available) and the office's signing key.

The GUI wizard (app/ui/setup_wizard.py) and `tiepdan init` take the same steps through these
functions. Everything typed is checked first (`problems`), so `create` does not stop half-way
for a typing mistake; it writes the office first (a store with an office and no account still
opens, in desk mode) and the administrator last, then signs the administrator in so that the
steps after it are audited in their name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.errors import FieldProblem, ValidationFailed
from app.law.permissions import ADMIN
from app.services import office, users
from app.services.office import OfficeInfo
from app.services.users import UserInfo
from app.storage.store import Store
from app.text import Text
from app.vn.text import clean

DEFAULT_UPSTREAM = "Ban Tiếp công dân thành phố Hà Nội"
DEFAULT_PLACE = "Hà Nội"
DESK_TITLE = "Công chức tiếp công dân"
HEAD_TITLE = "Chủ tịch UBND"

# At-rest encryption for the first administrator (app/services/encryption.py): a function
# (store, username, password) → the recovery key, shown and printed once for the head. A test
# may swap it; None skips the wizard's page (setup_wizard.RecoveryKeyPage) and init's print.
EncryptionHook = Callable[[Store, str, str], str]


def _encrypt(store: Store, username: str, password: str) -> str:
    from app.services import encryption

    return encryption.enable(store, username, password).recovery_key


encryption_hook: EncryptionHook | None = _encrypt


@dataclass(frozen=True, slots=True)
class SetupPlan:
    office_code: str
    office_name: str
    upstream_name: str
    place_name: str
    desk_officer: str  # the first cán bộ tiếp công dân
    head: str  # the Chủ tịch ("" : added later in Danh mục › Cán bộ)
    admin_username: str
    admin_full_name: str
    admin_password: str
    admin_password_again: str


def office_problems(plan: SetupPlan) -> list[FieldProblem]:
    problems = office.office_problems(plan.office_code, plan.office_name)
    if not clean(plan.place_name):
        problems.append(FieldProblem("place_name", Text("Cần nhập địa danh ghi trên văn bản (ví dụ: Hà Nội).")))
    return problems


def people_problems(plan: SetupPlan) -> list[FieldProblem]:
    if not clean(plan.desk_officer):
        return [FieldProblem("desk_officer", Text("Cần nhập họ tên ít nhất một cán bộ tiếp công dân."))]
    return []


def admin_problems(plan: SetupPlan) -> list[FieldProblem]:
    problems = users.account_problems(plan.admin_username, plan.admin_full_name, ADMIN)
    weak = users.password_problems(plan.admin_password, plan.admin_username.strip().lower())
    if weak:
        problems.append(FieldProblem("password", users.weak_password(weak)))
    elif plan.admin_password != plan.admin_password_again:
        problems.append(FieldProblem("password_again", Text("Hai lần nhập mật khẩu không khớp.")))
    return problems


def problems(plan: SetupPlan) -> list[FieldProblem]:
    return office_problems(plan) + people_problems(plan) + admin_problems(plan)


@dataclass(frozen=True, slots=True)
class SetupResult:
    office: OfficeInfo
    admin: UserInfo


def create(store: Store, plan: SetupPlan) -> SetupResult:
    """Write the office, its officers and the administrator; sign the administrator in."""
    found = problems(plan)
    if found:
        raise ValidationFailed(found)
    info = office.init_office(store, plan.office_code, plan.office_name,
                              clean(plan.upstream_name) or None, plan.place_name)
    office.add_officer(store, plan.desk_officer, DESK_TITLE)
    if clean(plan.head):
        office.add_officer(store, plan.head, HEAD_TITLE, is_head=True)
    users.add_user(store, plan.admin_username, plan.admin_full_name, ADMIN, plan.admin_password,
                   must_change_password=False)  # chosen just now by the administrator
    admin = users.sign_in(store, plan.admin_username, plan.admin_password)
    return SetupResult(info, admin)


def enable_encryption(store: Store, username: str, password: str) -> str | None:
    """Turn at-rest encryption on through the hook; the recovery key, or None without one."""
    if encryption_hook is None:
        return None
    return encryption_hook(store, username, password)

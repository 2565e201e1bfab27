"""User accounts, sign-in and roles (issue 6, item 2; the table: app/law/permissions.py).

Passwords are hashed with Argon2id (argon2-cffi). Repeated failures lock the account for a
delay that doubles with each further failure. While a store has no account ("desk mode") the
application works as before sign-in existed; the first account must be an administrator and may
be made without signing in.

`sign_in` sets `store.user`: from then on every write of that store is made on the user's
behalf and checked against the user's role (app/storage/access.py), and `viewer(store)` is the
Viewer the user reads with.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from app.actor import Actor
from app.errors import FieldProblem, InputError, PermissionDenied, ValidationFailed, render
from app.law.permissions import ADMIN, HEAD, ROLES, ROLES_WITH_OFFICER, allowed
from app.models import Officer, UserAccount
from app.models.base import utc_now
from app.services.common import meta_get, meta_set
from app.services.viewer import Viewer
from app.storage import access
from app.storage.store import Store
from app.text import Counted, Joined, Label, Text
from app.vn.text import clean

FREE_FAILURES = 5  # failed attempts in a row before the account locks
FIRST_LOCK = timedelta(seconds=30)  # then 30 s, 1 min, 2 min, … up to MAX_LOCK
MAX_LOCK = timedelta(minutes=30)
MIN_PASSWORD = 10
META_IDLE_LOCK = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10

hasher = PasswordHasher()  # Argon2id, RFC 9106 low-memory profile; tests swap in a cheap one
_DUMMY_HASH: list[str] = []  # verified against for unknown names: the same time either way


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: uuid.UUID
    username: str
    full_name: str
    role: str
    officer_id: uuid.UUID | None
    disabled: bool
    must_change_password: bool
    failed_count: int
    locked_until: datetime | None
    last_sign_in_at: datetime | None

    @property
    def role_label(self) -> str:
        return ROLES.get(self.role, self.role)

    @property
    def label(self) -> str:
        return f"{self.full_name} ({self.username})"

    def actor(self) -> Actor:
        return Actor.user(self.id, self.label, self.role)


def _info(u: UserAccount) -> UserInfo:
    return UserInfo(u.id, u.username, u.full_name, u.role, u.officer_id, u.disabled,
                    u.must_change_password, u.failed_count, u.locked_until, u.last_sign_in_at)


def _now(now: datetime | None) -> datetime:
    return now if now is not None else utc_now()


def _name(username: str) -> str:
    return username.strip().lower()


def password_problems(password: str, username: str = "") -> list[str]:
    """Why a password is not strong enough (Vietnamese), or nothing."""
    problems: list[str] = []
    if len(password) < MIN_PASSWORD:
        problems.append(Text("cần ít nhất {n} ký tự", n=MIN_PASSWORD))
    if not any(c.isalpha() for c in password) or not any(c.isdigit() for c in password):
        problems.append(Text("cần có cả chữ và số"))
    if username and username.lower() in password.lower():
        problems.append(Text("không được chứa tên đăng nhập"))
    if len(set(password)) < 5:
        problems.append(Text("quá ít ký tự khác nhau"))
    return problems


def _weak(problems: list[str]) -> Text:
    return Text("{problems}.", problems=Joined(problems, "; "))


def weak_password(problems: list[str]) -> Text:
    """«Mật khẩu chưa đủ mạnh: cần …; cần ….» (each problem translated in the GUI)."""
    return render("user_weak_password", {"reason": _weak(problems)})


def _check_password(password: str, username: str) -> None:
    problems = password_problems(password, username)
    if problems:
        raise InputError("user_weak_password", reason=_weak(problems))


def lock_delay(failed: int) -> timedelta | None:
    """How long the account locks after `failed` failures in a row (None: not yet)."""
    if failed < FREE_FAILURES:
        return None
    delay: timedelta = FIRST_LOCK * (2 ** (failed - FREE_FAILURES))
    return min(delay, MAX_LOCK)


def wait_text(seconds: float) -> str:
    s = max(1, int(seconds + 0.999))
    return Counted("{n} giây", n=s) if s < 60 else Counted("{n} phút", n=(s + 59) // 60)


# ----------------------------------------------------------------------------- reads


def has_users(store: Store) -> bool:
    with store.read() as uow:
        return access.has_users(uow.session)


def require(store: Store, action: str) -> None:
    """A read that the table restricts (audit.view, user.list): refuse the wrong role."""
    with store.read() as uow:
        if store.user is None:
            if access.has_users(uow.session):
                raise PermissionDenied("sign_in_required", action=access.action_label(action))
            return
        access.check(uow.session, store.user, action)


def current(store: Store) -> UserInfo | None:
    """The signed-in user as stored now (None in desk mode)."""
    if store.user is None:
        return None
    with store.read() as uow:
        u = uow.session.get(UserAccount, uuid.UUID(hex=store.user.id))
        return _info(u) if u else None


def viewer(store: Store) -> Viewer:
    """The Viewer of the signed-in user (LAW.md §11): the head sees denouncers, an officer those
    they handle, every other role pseudonyms. Desk mode has no user: the caller's viewer holds."""
    me = current(store)
    if me is None or me.disabled:
        return Viewer()
    if me.role == HEAD:
        return Viewer(me.officer_id, is_head=True)
    if me.role in ROLES_WITH_OFFICER:
        return Viewer(me.officer_id)
    return Viewer()


def list_users(store: Store) -> list[UserInfo]:
    require(store, "user.list")
    with store.read() as uow:
        return [_info(u) for u in uow.session.scalars(
            select(UserAccount).order_by(UserAccount.username))]


def get_user(store: Store, username: str) -> UserInfo:
    with store.read() as uow:
        u = uow.session.scalar(select(UserAccount).where(UserAccount.username == _name(username)))
        if u is None:
            raise InputError("not_found", what=Label("người dùng"), key=username)
        return _info(u)


# ----------------------------------------------------------------------------- writes


def account_problems(username: str, full_name: str, role: str,
                     officer_id: uuid.UUID | None = None) -> list[FieldProblem]:
    """What is wrong with a new account's name, full name, role and officer (before the
    password, which password_problems checks)."""
    name = _name(username)
    problems = []
    if not name or len(name) > 64 or not all(c.isalnum() or c in "._-" for c in name):
        problems.append(FieldProblem("username", Text("Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch (tối đa 64 ký tự).")))
    if not clean(full_name):
        problems.append(FieldProblem("full_name", Text("Cần nhập họ tên người dùng.")))
    if role not in ROLES:
        problems.append(FieldProblem("role", "Vai trò phải là một trong: " + ", ".join(ROLES)))
    if role in ROLES_WITH_OFFICER and officer_id is None:
        problems.append(FieldProblem("officer", Text("Cán bộ và lãnh đạo cần gắn với một cán bộ trong danh sách cán bộ.")))
    return problems


def add_user(store: Store, username: str, full_name: str, role: str, password: str, *,
             officer_id: uuid.UUID | None = None, must_change_password: bool = True,
             actor: Actor | None = None) -> UserInfo:
    """Add an account. In a store without accounts the first one must be an administrator
    (it may be made without signing in: this is the first-run set-up)."""
    name, full_name = _name(username), clean(full_name)
    problems = account_problems(name, full_name, role, officer_id)
    if problems:
        raise ValidationFailed(problems)
    _check_password(password, name)
    digest = hasher.hash(password)
    with store.write(actor) as uow:
        s = uow.session
        if not access.has_users(s) and role != ADMIN:
            raise InputError("user_first_must_be_admin")
        if s.scalar(select(UserAccount.id).where(UserAccount.username == name)) is not None:
            raise InputError("user_exists", user=name)
        if officer_id is not None:
            officer = s.get(Officer, officer_id)
            if officer is None:
                raise InputError("not_found", what=Label("cán bộ"), key=str(officer_id))
            if role == HEAD and not (officer.is_head or officer.is_deputy):
                raise ValidationFailed([FieldProblem(
                    "officer", Text("{full_name} không phải Chủ tịch hay Phó Chủ tịch: không thể có vai trò lãnh đạo.", full_name=officer.full_name))])
        u = UserAccount(username=name, full_name=full_name, role=role, officer_id=officer_id,
                        password_hash=digest, key_salt=secrets.token_hex(16),
                        must_change_password=must_change_password)
        s.add(u)
        s.flush()
        first = s.scalar(select(func.count()).select_from(UserAccount)) == 1
        uow.audit("user.add", "user", u.id, f"Thêm người dùng {name} ({ROLES[role]})",
                  after={"username": name, "role": role,
                         "officer_id": officer_id.hex if officer_id else None},
                  actor=u_actor(u) if first else None)  # the first admin makes itself
        uow.commit()
        info = _info(u)
    from app.services import encryption

    encryption.add_wrap(store, info.id, info.username, password)  # an encrypted store
    return info


def u_actor(u: UserAccount) -> Actor:
    return _info(u).actor()


def _edit(store: Store, username: str, action: str, summary: str, actor: Actor | None,
          **changes: object) -> UserInfo:
    with store.write(actor) as uow:
        s = uow.session
        u = s.scalar(select(UserAccount).where(UserAccount.username == _name(username)))
        if u is None:
            raise InputError("not_found", what=Label("người dùng"), key=username)
        if changes.get("disabled") and u.role == ADMIN and not u.disabled:
            others = s.scalar(select(func.count()).select_from(UserAccount).where(
                UserAccount.role == ADMIN, UserAccount.disabled.is_(False),
                UserAccount.id != u.id))
            if not others:
                raise InputError("user_last_admin")
        before = {k: getattr(u, k) for k in changes if k != "password_hash"}
        for key, value in changes.items():
            setattr(u, key, value)
        after = {k: getattr(u, k) for k in changes if k != "password_hash"}
        uow.audit(action, "user", u.id, f"{summary} {u.username}", before=before, after=after)
        uow.commit()
        return _info(u)


def set_disabled(store: Store, username: str, disabled: bool, *,
                 actor: Actor | None = None) -> UserInfo:
    """Disable (on an encrypted store the user's key wrap goes too: their password no longer
    opens the file) or enable again (then an administrator resets the password, which makes a
    new wrap)."""
    if disabled:
        from app.services import encryption

        info = _edit(store, username, "user.disable", "Vô hiệu hóa tài khoản", actor,
                     disabled=True)
        encryption.drop_wrap(store, info.username)
        return info
    return _edit(store, username, "user.enable", "Mở lại tài khoản", actor, disabled=False,
                 failed_count=0, locked_until=None)


def reset_password(store: Store, username: str, new_password: str, *,
                   actor: Actor | None = None) -> UserInfo:
    """An administrator sets a temporary password; the user must change it at next sign-in."""
    from app.services import encryption

    _check_password(new_password, _name(username))
    require(store, "user.reset_password")  # before a wrap for the new password is made
    target = get_user(store, username)
    wrap = encryption.add_wrap(store, target.id, target.username, new_password)
    try:
        info = _edit(store, username, "user.reset_password", "Đặt lại mật khẩu cho", actor,
                     password_hash=hasher.hash(new_password), must_change_password=True,
                     failed_count=0, locked_until=None)
    except BaseException:
        encryption.drop_wrap(store, target.username, wrap)
        raise
    encryption.keep_only(store, info.username, wrap)  # the old password opens nothing now
    return info


def change_password(store: Store, username: str, old_password: str, new_password: str, *,
                    now: datetime | None = None) -> UserInfo:
    """The user changes their own password (the old one proves it is them)."""
    me = sign_in(store, username, old_password, now=now, keep=True)
    _check_password(new_password, me.username)
    if new_password == old_password:
        raise InputError("user_weak_password", reason=Text("mật khẩu mới phải khác mật khẩu cũ."))
    from app.services import encryption

    # The new wrap first, the old one dropped after the commit: a crash in between leaves a
    # key file that opens with either password, and the next sign-in settles it.
    wrap = encryption.add_wrap(store, me.id, me.username, new_password)
    try:
        with store.write(me.actor()) as uow:
            u = uow.session.get(UserAccount, me.id)
            assert u is not None
            u.password_hash = hasher.hash(new_password)
            u.must_change_password = False
            uow.audit("user.passwd", "user", u.id, f"Đổi mật khẩu của {u.username}",
                      actor=me.actor())
            uow.commit()
            info = _info(u)
    except BaseException:
        encryption.drop_wrap(store, me.username, wrap)
        raise
    encryption.keep_only(store, me.username, wrap)
    return info


def sign_in(store: Store, username: str, password: str, *, now: datetime | None = None,
            keep: bool = False) -> UserInfo:
    """Check the password; on success the user is signed in on `store` (unless `keep`: only
    checked, for a password change). Failures count; after FREE_FAILURES in a row the account
    is locked for a delay that doubles each time. Raises PermissionDenied with the reason."""
    at = _now(now)
    name = _name(username)
    with store.read() as uow:
        u = uow.session.scalar(select(UserAccount).where(UserAccount.username == name))
        found = _info(u) if u else None
        digest = u.password_hash if u else None
    if found is None or digest is None:
        if not _DUMMY_HASH:
            _DUMMY_HASH.append(hasher.hash(secrets.token_hex(8)))
        _verify(_DUMMY_HASH[0], password)
        raise PermissionDenied("auth_failed")
    if found.disabled:
        raise PermissionDenied("auth_disabled", user=found.username)
    if found.locked_until is not None and found.locked_until > at:
        raise PermissionDenied("auth_locked", user=found.username,
                               wait=wait_text((found.locked_until - at).total_seconds()))
    ok = _verify(digest, password)
    actor = found.actor()
    delay: timedelta | None = None
    with store.write(store.user or actor) as uow:
        u = uow.session.get(UserAccount, found.id)
        assert u is not None
        if not ok:
            u.failed_count += 1
            delay = lock_delay(u.failed_count)
            u.locked_until = at + delay if delay else None
            uow.audit("user.lock_out" if delay else "user.sign_in_failed", "user", u.id,
                      f"Sai mật khẩu lần {u.failed_count} ({u.username})"
                      + (f", khóa {wait_text(delay.total_seconds())}" if delay else ""),
                      actor=store.user or actor, now=now)
            uow.commit()
        else:
            u.failed_count, u.locked_until, u.last_sign_in_at = 0, None, at
            if hasher.check_needs_rehash(u.password_hash):
                u.password_hash = hasher.hash(password)
            uow.audit("user.sign_in", "user", u.id,
                      f"{'Xác nhận mật khẩu' if keep else 'Đăng nhập'}: {u.username}",
                      actor=actor, now=now)
            uow.commit()
            found = _info(u)
    if not ok:
        if delay:
            raise PermissionDenied("auth_locked", user=found.username,
                                   wait=wait_text(delay.total_seconds()))
        raise PermissionDenied("auth_failed")
    if not keep:
        store.user = found.actor()
    return found


def sign_out(store: Store) -> None:
    store.user = None


def _verify(digest: str, password: str) -> bool:
    try:
        return hasher.verify(digest, password)
    except (VerificationError, InvalidHashError):
        return False


# ----------------------------------------------------------------------------- settings


def idle_lock_minutes(store: Store) -> int:
    """Minutes without keyboard or mouse before the window locks (0: never)."""
    with store.read() as uow:
        raw = meta_get(uow.session, META_IDLE_LOCK)
    try:
        return max(0, int(raw)) if raw is not None else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES


def set_idle_lock_minutes(store: Store, minutes: int, *, actor: Actor | None = None) -> int:
    if not 0 <= minutes <= 240:
        raise ValidationFailed([FieldProblem("idle_lock", Text("Thời gian tự khóa từ 0 (không khóa) đến 240 phút."))])
    with store.write(actor) as uow:
        before = meta_get(uow.session, META_IDLE_LOCK)
        meta_set(uow.session, META_IDLE_LOCK, str(minutes))
        uow.audit("settings.idle_lock", "settings", META_IDLE_LOCK,
                  f"Tự khóa màn hình sau {minutes} phút", before=before, after=minutes)
        uow.commit()
    return minutes


def may(store: Store, action: str) -> bool:
    """Whether the signed-in user's role may do `action` (for the UI: hide what is refused
    anyway). Desk mode: everything."""
    return store.user is None or allowed(store.user.role, action)

"""Users, roles and sign-in (issue 6, item 2): every permission of the table through the
services as each role, desk mode unchanged, Argon2id and the lock-out with an injected clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.actor import SYSTEM, USER
from app.errors import InputError, PermissionDenied, TiepDanError
from app.law import permissions as perm
from app.services import (
    audit,
    backup,
    calendar,
    dashboard,
    encryption,
    excel_export,
    office,
    petitions,
    reference,
    reports,
    settings,
    users,
    visits,
)
from app.services.logbook import LogbookQuery
from app.services.office import OfficerInfo
from app.services.petitions import PetitionInput, StepInput
from app.storage import access
from app.storage.store import Store
from app.sync import keys
from tests.helpers import CCCD_DUC, person, visit

PW = "mat-khau-2026"
T0 = datetime(2026, 11, 20, 2, 0)  # naive UTC, as stored
TODAY = date(2026, 11, 20)


def _officer_of(officers: dict[str, OfficerInfo], role: str) -> Any:
    return {perm.OFFICER: officers["CB01"].id, perm.HEAD: officers["CB03"].id}.get(role)


@pytest.fixture
def accounts(store: Store, officers: dict[str, OfficerInfo]) -> Store:
    """The ward's store with one account of each role (the admin first, made without sign-in)."""
    users.add_user(store, "admin", "Quản trị viên", perm.ADMIN, PW)
    users.sign_in(store, "admin", PW, now=T0)
    for role in perm.ROLES:
        if role != perm.ADMIN:
            users.add_user(store, role, f"Người dùng {role}", role, PW,
                           officer_id=_officer_of(officers, role))
    users.add_user(store, "khac", "Người dùng khác", perm.INSPECTOR, PW)  # an admin's target
    users.sign_out(store)
    return store


def _petition(store: Store) -> petitions.PetitionRecord:
    data = PetitionInput(received_date=date(2026, 11, 2), content_type="KN",
                         content="Khiếu nại quyết định xử phạt", senders=[person(cccd=CCCD_DUC)])
    return petitions.register(store, data, today=TODAY)


# action -> a call through the services (the store has a signed-in user).
CALLS: dict[str, Callable[[Store, dict[str, Any]], object]] = {
    "visit.create": lambda s, c: visits.log_visit(s, visit(officer_id=c["officer"])),
    "petition.create": lambda s, c: _petition(s),
    "petition.act": lambda s, c: petitions.act(
        s, c["petition"], StepInput(step="classify", on_date=date(2026, 11, 3),
                                    content_type="KN", processable=True, competent=True),
        today=TODAY),
    "petition.watch": lambda s, c: petitions.set_watch(s, c["petition"], True),
    "petition.recompute": lambda s, c: petitions.recompute_open(s, today=TODAY),
    "office.init": lambda s, c: office.init_office(s, "00999", "UBND phường Mới"),
    "officer.create": lambda s, c: office.add_officer(s, "Phạm Thị Mai", "Công chức"),
    "field.save": lambda s, c: office.save_field(s, "XD", "Xây dựng"),
    "calendar.import": lambda s, c: calendar.import_entries(
        s, [{"date": "2027-03-16", "kind": "holiday", "name": "Ngày thử nhập"}]),
    "calendar.set": lambda s, c: calendar.set_entry(
        s, {"date": "2027-03-15", "kind": "holiday", "name": "Ngày thử"}),
    "calendar.delete": lambda s, c: calendar.delete_entry(s, date(2027, 3, 15)),
    "settings.hot_spots": lambda s, c: dashboard.set_thresholds(s, 4, 30),
    "settings.report_cutoff": lambda s, c: reports.set_cutoff_day(s, 15),
    "settings.print_secret": lambda s, c: reference.reference_for(s, "00163", "visit", "0001/2026"),
    "settings.backup": lambda s, c: backup.set_settings(s, backup.settings(s).rotation, None),
    "settings.idle_lock": lambda s, c: users.set_idle_lock_minutes(s, 5),
    "settings.office": lambda s, c: settings.set_office_details(
        s, "UBND phường Láng", "Hà Nội", "Ban Tiếp công dân thành phố Hà Nội"),
    "settings.print": lambda s, c: settings.set_print_settings(s, "", "A5"),
    "sync.keys_init": lambda s, c: keys.init_keys(s),
    "store.backup": lambda s, c: backup.backup(s, c["tmp"] / "b.sqlite3"),
    "store.check": lambda s, c: backup.record_full_check(s, []),
    "user.add": lambda s, c: users.add_user(s, "moi", "Người mới", perm.INSPECTOR, PW),
    "user.disable": lambda s, c: users.set_disabled(s, "khac", True),
    "user.enable": lambda s, c: users.set_disabled(s, "khac", False),
    "user.reset_password": lambda s, c: users.reset_password(s, "khac", "tam-thoi-2027"),
    "audit.view": lambda s, c: audit.list_entries(s),
    "report.view": lambda s, c: reports.build(s, "tcd", "2026-Q3"),
    "report.export": lambda s, c: reports.export(s, c["report"], "pdf", c["tmp"] / "tcd.pdf"),
    "list.export": lambda s, c: excel_export.logbook(s, LogbookQuery(), c["tmp"] / "so.xlsx"),
    "user.list": lambda s, c: users.list_users(s),
    "store.encrypt": lambda s, c: encryption.enable(s, users.current(s).username, PW),
}
# Actions recorded on their own by the services (Store.record) or made inside a bigger flow
# (sign-in, an Excel import, a restore, printing): the same check, called the way they are.
RECORDED = {"identity.view", "identity.print", "print", "import.file", "visit.import",
            "petition.import", "store.restore", "user.passwd", "user.sign_in",
            "user.sign_in_failed", "user.lock_out"}
# Sync writes need keys and a second store: checked here at the same point (the audit entry of
# the write's transaction), and through the sync services themselves for the main roles in
# tests/sync/test_sync_permissions.py.
SYNC = {a for a in perm.PERMISSIONS if a.startswith("sync.") and a != "sync.keys_init"}


def test_every_action_of_the_table_is_called() -> None:
    assert set(CALLS) | RECORDED | SYNC == set(perm.PERMISSIONS)
    assert all(r in perm.ROLES for roles in perm.PERMISSIONS.values() for r in roles)


def test_every_action_is_worded_for_a_refusal() -> None:
    """«Không được phép {action}» names each action in its own lower-case words (a Label the
    GUI translates), never a lowered audit label or the bare code."""
    assert sorted(set(perm.PERMISSIONS) - set(perm.ACTION_LABELS)) == []
    assert [w for w in perm.ACTION_LABELS.values() if w[:1] != w[:1].lower()] == []
    assert access.action_label("visit.create") == "ghi lượt tiếp"
    assert access.action_label("import.file") == "nhập sổ cũ từ tệp"


def _case(action: str) -> list[Any]:
    return [pytest.param(action, role, id=f"{action}-{role}") for role in perm.ROLES]


@pytest.mark.parametrize(("action", "role"),
                         [p for a in sorted(perm.PERMISSIONS) for p in _case(a)])
def test_each_role_is_allowed_exactly_what_the_table_says(
        accounts: Store, officers: dict[str, OfficerInfo], tmp_path: Path, action: str,
        role: str) -> None:
    store = accounts
    ctx: dict[str, Any] = {"officer": officers["CB01"].id, "tmp": tmp_path}
    if action in ("petition.act", "petition.watch"):
        users.sign_in(store, "officer", PW, now=T0)
        ctx["petition"] = _petition(store).id
    if action == "report.export":  # built by someone who may, handed to the role
        users.sign_in(store, "officer", PW, now=T0)
        ctx["report"] = reports.build(store, "tcd", "2026-Q3")
    if action == "calendar.delete":
        users.sign_in(store, "admin", PW, now=T0)
        CALLS["calendar.set"](store, ctx)
    if action == "office.init":  # on a store of no office yet, with the same accounts
        from app.models import StoreMeta
        with store.write(SYSTEM) as uow:  # test set-up: unaudited on purpose
            row = uow.session.get(StoreMeta, "office_id")
            assert row is not None
            uow.session.delete(row)
            uow.session.commit()
    users.sign_in(store, role, PW, now=T0)
    if action in CALLS:
        def call() -> object:
            return CALLS[action](store, ctx)
    else:
        def call() -> object:
            return store.record(None, action, "test", "", "thử quyền")
    if perm.allowed(role, action):
        call()
    else:
        with pytest.raises(PermissionDenied) as refused:
            call()
        assert refused.value.exit_code == 3
        assert "Không được phép" in refused.value.message()


def test_desk_mode_checks_nothing(store: Store, officers: dict[str, OfficerInfo],
                                  tmp_path: Path) -> None:
    assert not users.has_users(store)
    ctx = {"officer": officers["CB01"].id, "tmp": tmp_path}
    for action in ("visit.create", "field.save", "settings.hot_spots", "audit.view",
                   "store.backup"):
        CALLS[action](store, ctx)
    assert users.viewer(store).officer_id is None  # no user: the caller's viewer holds


def test_once_an_admin_exists_nobody_writes_without_signing_in(accounts: Store) -> None:
    with pytest.raises(PermissionDenied, match="cần đăng nhập"):
        visits.log_visit(accounts, visit())
    with pytest.raises(PermissionDenied, match="cần đăng nhập"):
        audit.list_entries(accounts)
    backup.record_full_check(accounts, [])  # housekeeping still runs


def test_the_first_account_must_be_an_admin(store: Store, officers: dict[str, OfficerInfo]
                                            ) -> None:
    with pytest.raises(InputError, match="quản trị"):
        users.add_user(store, "lan", "Nguyễn Thị Lan", perm.OFFICER, PW,
                       officer_id=officers["CB01"].id)
    assert not users.has_users(store)
    users.add_user(store, "admin", "Quản trị", perm.ADMIN, PW)
    with pytest.raises(PermissionDenied):  # the second one needs the admin signed in
        users.add_user(store, "admin2", "Quản trị 2", perm.ADMIN, PW)


def test_passwords_are_argon2id_and_weak_ones_refused(accounts: Store) -> None:
    from sqlalchemy import text

    with accounts.read() as uow:
        digest, salt = uow.session.execute(text(
            "SELECT password_hash, key_salt FROM user_account WHERE username='admin'")).one()
    assert digest.startswith("$argon2id$") and PW not in digest
    assert len(salt) == 32
    users.sign_in(accounts, "admin", PW, now=T0)
    for weak in ("ngan1", "chicochuthoi", "admin12345x", "1111111111a"):
        with pytest.raises(InputError, match="chưa đủ mạnh"):
            users.add_user(accounts, "x" if weak != "admin12345x" else "admin1", "X",
                           perm.INSPECTOR, weak)


def test_lock_out_grows_and_ends_with_the_clock(accounts: Store) -> None:
    for n in range(1, users.FREE_FAILURES):
        with pytest.raises(PermissionDenied, match="không đúng"):
            users.sign_in(accounts, "officer", "sai-mat-khau-1", now=T0 + timedelta(seconds=n))
    t = T0 + timedelta(seconds=10)
    with pytest.raises(PermissionDenied, match=r"tạm bị khóa.*30 giây"):
        users.sign_in(accounts, "officer", "sai-mat-khau-1", now=t)
    with pytest.raises(PermissionDenied, match="tạm bị khóa"):  # even the right password
        users.sign_in(accounts, "officer", PW, now=t + timedelta(seconds=29))
    with pytest.raises(PermissionDenied, match="1 phút"):  # the next failure doubles it
        users.sign_in(accounts, "officer", "sai-mat-khau-1", now=t + timedelta(seconds=31))
    t2 = t + timedelta(seconds=31 + 61)
    me = users.sign_in(accounts, "officer", PW, now=t2)
    assert (me.failed_count, me.locked_until) == (0, None)
    assert accounts.user is not None and accounts.user.kind == USER


def test_unknown_and_disabled_accounts(accounts: Store) -> None:
    with pytest.raises(PermissionDenied, match="không đúng"):
        users.sign_in(accounts, "khong-co", PW, now=T0)
    users.sign_in(accounts, "admin", PW, now=T0)
    users.set_disabled(accounts, "inspector", True)
    with pytest.raises(PermissionDenied, match="vô hiệu hóa"):
        users.sign_in(accounts, "inspector", PW, now=T0)
    with pytest.raises(InputError, match="quản trị cuối cùng"):
        users.set_disabled(accounts, "admin", True)


def test_a_user_disabled_while_signed_in_is_refused_at_once(accounts: Store) -> None:
    users.sign_in(accounts, "officer", PW, now=T0)
    officer = accounts.user
    users.sign_in(accounts, "admin", PW, now=T0)
    users.set_disabled(accounts, "officer", True)
    accounts.user = officer
    with pytest.raises(PermissionDenied):
        visits.log_visit(accounts, visit())


def test_password_change_and_reset(accounts: Store) -> None:
    assert users.get_user(accounts, "officer").must_change_password
    users.change_password(accounts, "officer", PW, "mat-khau-moi-9", now=T0)
    assert not users.get_user(accounts, "officer").must_change_password
    with pytest.raises(PermissionDenied):
        users.sign_in(accounts, "officer", PW, now=T0)
    users.sign_in(accounts, "admin", PW, now=T0)
    users.reset_password(accounts, "officer", "tam-thoi-2027")
    assert users.get_user(accounts, "officer").must_change_password
    users.sign_in(accounts, "officer", "tam-thoi-2027", now=T0)


def test_the_viewer_follows_the_signed_in_user(accounts: Store, officers: dict[str, OfficerInfo]
                                               ) -> None:
    users.sign_in(accounts, "head", PW, now=T0)
    assert users.viewer(accounts).is_head
    users.sign_in(accounts, "officer", PW, now=T0)
    v = users.viewer(accounts)
    assert (v.officer_id, v.is_head) == (officers["CB01"].id, False)
    users.sign_in(accounts, "inspector", PW, now=T0)
    assert users.viewer(accounts) == users.Viewer()


def test_a_denouncer_is_seen_by_the_handler_and_the_head_only(
        accounts: Store, officers: dict[str, OfficerInfo]) -> None:
    users.sign_in(accounts, "officer", PW, now=T0)
    saved = visits.log_visit(accounts, visit(person("Lê Thị Tố"), category="TC",
                                             officer_id=officers["CB01"].id))
    seen = {}
    for role in (perm.OFFICER, perm.HEAD, perm.INSPECTOR, perm.ADMIN):
        users.sign_in(accounts, role, PW, now=T0)
        rec = visits.get_visit(accounts, saved.id, users.viewer(accounts))
        seen[role] = "Lê Thị Tố" in str(rec)
    assert seen == {perm.OFFICER: True, perm.HEAD: True, perm.INSPECTOR: False,
                    perm.ADMIN: False}


def test_audit_entries_carry_the_user(accounts: Store) -> None:
    users.sign_in(accounts, "officer", PW, now=T0)
    visits.log_visit(accounts, visit())
    users.sign_in(accounts, "admin", PW, now=T0)
    entry = next(e for e in audit.list_entries(accounts) if e.action == "visit.create")
    assert (entry.actor_kind, entry.actor_name) == (USER, "Người dùng officer (officer)")
    assert audit.verify(accounts).ok


def test_idle_lock_setting(accounts: Store) -> None:
    assert users.idle_lock_minutes(accounts) == users.DEFAULT_IDLE_MINUTES
    users.sign_in(accounts, "admin", PW, now=T0)
    users.set_idle_lock_minutes(accounts, 3)
    assert users.idle_lock_minutes(accounts) == 3
    with pytest.raises(TiepDanError):
        users.set_idle_lock_minutes(accounts, -1)

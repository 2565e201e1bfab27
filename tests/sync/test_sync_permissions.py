"""The sync services as each main role, on stores with user accounts (the permission table,
app/law/permissions.py; every sync action × role is also checked in tests/services/test_users.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.errors import PermissionDenied
from app.law import permissions as perm
from app.models import SyncInbound
from app.services import office, users
from app.storage.store import Store
from app.sync import inbox, outbox
from tests.helpers import CCCD_DUC, NOW, person, visit

PW = "mat-khau-2026"


def _accounts(store: Store, roles: list[str]) -> None:
    users.add_user(store, "admin", "Quản trị viên", perm.ADMIN, PW)
    users.sign_in(store, "admin", PW)
    officer_id = office.list_officers(store)[0].id if office.list_officers(store) else None
    for role in roles:
        users.add_user(store, role, f"Người dùng {role}", role, PW,
                       officer_id=officer_id if role in perm.ROLES_WITH_OFFICER else None)
    users.sign_out(store)


def _inbound(store: Store) -> int:
    with store.read() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(SyncInbound)) or 0)


def test_only_the_roles_of_the_table_export_import_and_take_receipts(
        net: dict[str, Any], tmp_path: Path) -> None:
    from app.services import visits

    ward, up = net["wards"]["00163"], net["up"]
    visits.log_visit(ward, visit(person(cccd=CCCD_DUC)), now=NOW)
    _accounts(ward, [perm.OFFICER, perm.INSPECTOR])
    _accounts(up, [perm.IMPORTER, perm.REVIEWER])
    out = tmp_path / "usb"
    out.mkdir()

    users.sign_in(ward, perm.INSPECTOR, PW)
    with pytest.raises(PermissionDenied):
        outbox.export(ward, out)
    assert not list(out.glob("*.tdsync"))  # refused before anything was written
    users.sign_in(ward, perm.OFFICER, PW)
    done = outbox.export(ward, out)
    assert done.path is not None and done.path.exists()

    users.sign_in(up, perm.REVIEWER, PW)
    with pytest.raises(PermissionDenied):
        inbox.import_files(up, [done.path], tmp_path)
    assert _inbound(up) == 0  # nothing applied for a role that may not import
    users.sign_in(up, perm.IMPORTER, PW)
    [outcome] = inbox.import_files(up, [done.path], tmp_path)
    assert outcome.status == "applied", outcome.reason
    assert _inbound(up) == 1

    receipt = next(tmp_path.glob("*.receipt.json"))
    users.sign_in(ward, perm.INSPECTOR, PW)
    with pytest.raises(PermissionDenied):
        outbox.apply_receipt(ward, receipt)
    users.sign_in(ward, perm.OFFICER, PW)
    outbox.apply_receipt(ward, receipt)
    assert outbox.status(ward).unacked_batches == []

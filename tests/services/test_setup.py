"""First-run set-up (app/services/setup.py): checked first, then written in order."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.errors import ValidationFailed
from app.law.permissions import ADMIN
from app.services import audit, office, setup, users
from app.storage.store import Store

PLAN = setup.SetupPlan(
    office_code="00187", office_name="UBND phường Láng", upstream_name=setup.DEFAULT_UPSTREAM,
    place_name="Hà Nội", desk_officer="Nguyễn Thị Lan", head="Lê Văn Hùng",
    admin_username="QuanTri", admin_full_name="Phạm Văn Minh",
    admin_password="Lang-tiep-dan-2026", admin_password_again="Lang-tiep-dan-2026")


def test_create_writes_office_officers_and_admin_then_signs_in(bare_store: Store) -> None:
    done = setup.create(bare_store, PLAN)
    assert (done.office.code, done.office.upstream_name) == ("00187", setup.DEFAULT_UPSTREAM)
    heads = {o.full_name: o.is_head for o in office.list_officers(bare_store)}
    assert heads == {"Nguyễn Thị Lan": False, "Lê Văn Hùng": True}
    me = users.current(bare_store)
    assert me is not None and (me.username, me.role) == ("quantri", ADMIN)
    assert not me.must_change_password
    actions = [e.action for e in reversed(audit.list_entries(bare_store))]
    assert actions[:5] == ["office.init", "officer.create", "officer.create", "user.add",
                           "user.sign_in"]


@pytest.mark.parametrize(("change", "field"), [
    ({"office_code": "mã có dấu"}, "office_code"),
    ({"office_name": " "}, "office_name"),
    ({"place_name": ""}, "place_name"),
    ({"desk_officer": " "}, "desk_officer"),
    ({"admin_username": "quản trị"}, "username"),
    ({"admin_full_name": ""}, "full_name"),
    ({"admin_password": "abc123", "admin_password_again": "abc123"}, "password"),
    ({"admin_password": "quantri-2026-x", "admin_password_again": "quantri-2026-x"}, "password"),
    ({"admin_password_again": "Lang-tiep-dan-2027"}, "password_again"),
])
def test_a_wrong_plan_is_refused_before_anything_is_written(
        bare_store: Store, change: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        setup.create(bare_store, replace(PLAN, **change))
    assert refused.value.for_field(field)
    assert not office.is_initialised(bare_store) and not users.has_users(bare_store)


def test_the_encryption_hook_gets_the_admin_and_password(
        bare_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(setup, "encryption_hook", None)
    assert setup.enable_encryption(bare_store, "quantri", "x") is None
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(setup, "encryption_hook",
                        lambda store, name, pw: seen.append((name, pw)) or "KHOI-PHUC")
    assert setup.enable_encryption(bare_store, "quantri", "pw") == "KHOI-PHUC"
    assert seen == [("quantri", "pw")]

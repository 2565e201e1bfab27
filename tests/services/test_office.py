"""Setting up an office: the store's owner, its officers, the field-of-law code list."""

from __future__ import annotations

import pytest

from app.errors import InputError, ValidationFailed
from app.services import office
from app.storage.store import Store
from tests.helpers import counts


def test_init_office(bare_store: Store) -> None:
    assert not office.is_initialised(bare_store)
    info = office.init_office(bare_store, " 00163 ", "  UBND   phường Láng ",
                              "Ban Tiếp công dân thành phố Hà Nội")
    assert office.is_initialised(bare_store)
    assert (info.code, info.name, info.place_name) == ("00163", "UBND phường Láng", "Hà Nội")
    assert office.get_office(bare_store) == info
    assert len(info.installation_id) == 36
    assert [f.code for f in office.list_fields(bare_store)][:2] == ["DAT", "XD"]
    assert len(office.list_fields(bare_store)) == len(office.DEFAULT_FIELDS)


def test_init_twice_is_refused(store: Store) -> None:
    before = counts(store)
    with pytest.raises(InputError) as exc:
        office.init_office(store, "00999", "UBND phường Khác")
    assert exc.value.code == "store_already_initialised"
    assert "UBND phường Láng" in exc.value.message()
    assert counts(store) == before


@pytest.mark.parametrize(("code", "name", "fields"), [
    ("", "UBND phường Láng", {"office_code"}),
    ("mã có dấu", "UBND phường Láng", {"office_code"}),
    ("00163", "   ", {"office_name"}),
    ("x" * 33, "", {"office_code", "office_name"}),
])
def test_init_validation(bare_store: Store, code: str, name: str, fields: set[str]) -> None:
    with pytest.raises(ValidationFailed) as exc:
        office.init_office(bare_store, code, name)
    assert {p.field for p in exc.value.problems} == fields
    assert not office.is_initialised(bare_store)


def test_get_office_of_an_empty_store(bare_store: Store) -> None:
    with pytest.raises(InputError) as exc:
        office.get_office(bare_store)
    assert exc.value.code == "store_not_initialised"


def test_officers(store: Store) -> None:
    listed = office.list_officers(store)
    assert [(o.code, o.full_name, o.is_head) for o in listed] == [
        ("CB01", "Nguyễn Thị Lan", False), ("CB02", "Trần Văn Bình", False),
        ("CB03", "Lê Văn Hùng", True)]  # desk officers first
    deputy = office.add_officer(store, "Phạm Thị Mai", "Phó Chủ tịch", is_deputy=True)
    assert (deputy.code, deputy.is_deputy, deputy.active) == ("CB04", True, True)


def test_officer_codes_typed_and_generated_never_collide(store: Store) -> None:
    assert office.add_officer(store, "Đỗ Văn Hải", code="CB05").code == "CB05"
    assert office.add_officer(store, "Vũ Thị Hằng").code == "CB06"  # 5th officer; CB05 is taken
    assert office.add_officer(store, "Bùi Văn Sơn").code == "CB07"
    before = counts(store)
    with pytest.raises(ValidationFailed) as exc:
        office.add_officer(store, "Ngô Văn Long", code="CB01")
    assert exc.value.for_field("code") == ["Mã cán bộ 'CB01' đã được dùng."]
    with pytest.raises(ValidationFailed) as exc:
        office.add_officer(store, "Ngô Văn Long", code="mã có dấu")
    assert [p.field for p in exc.value.problems] == ["code"]
    assert counts(store) == before


def test_officer_needs_a_name(store: Store) -> None:
    with pytest.raises(ValidationFailed) as exc:
        office.add_officer(store, "  ")
    assert exc.value.for_field("full_name") == ["Cần nhập họ và tên cán bộ."]


def test_fields_of_law(store: Store) -> None:
    added = office.save_field(store, "anninh", "An ninh, trật tự")
    assert (added.code, added.name, added.active) == ("ANNINH", "An ninh, trật tự", True)
    assert office.list_fields(store)[-1] == added
    office.save_field(store, "DAT", "Đất đai, nhà ở")
    office.save_field(store, "KHAC", "Lĩnh vực khác", active=False)
    active = {f.code: f.name for f in office.list_fields(store)}
    assert active["DAT"] == "Đất đai, nhà ở" and "KHAC" not in active
    every = {f.code: f.active for f in office.list_fields(store, include_inactive=True)}
    assert every["KHAC"] is False
    with pytest.raises(ValidationFailed) as exc:
        office.save_field(store, "có dấu", "")
    assert {p.field for p in exc.value.problems} == {"code", "name"}

"""The change log (app/storage/changelog.py): every write service leaves exactly the changes of
the rows it wrote, in its own transaction; refused writes and bulk statements leave none."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, text, update

from app.errors import TiepDanError
from app.models import ChangeLog, Petition, Visit
from app.services import office, petitions, visits
from app.services.petitions import PetitionInput, StepInput
from app.storage.changelog import BulkWriteRefused
from app.storage.store import Store
from tests.helpers import CCCD_DUC, NOW, person, visit


def changes(store: Store, after: int = 0) -> list[Any]:
    """The change rows after `after` (plain rows, usable after the session is gone)."""
    with store.read() as uow:
        return list(uow.session.execute(
            select(*ChangeLog.__table__.c).where(ChangeLog.seq > after).order_by(ChangeLog.seq)))


def last(store: Store) -> int:
    rows = changes(store)
    return rows[-1].seq if rows else 0


def kinds(rows: list[Any]) -> Counter[tuple[str, str]]:
    return Counter((r.entity, r.op) for r in rows)


def test_init_office_and_officers(bare_store: Store) -> None:
    office.init_office(bare_store, "00163", "UBND phường Láng")
    rows = changes(bare_store)
    assert kinds(rows)[("office", "I")] == 1
    assert kinds(rows)[("field_of_law", "I")] == len(office.DEFAULT_FIELDS)
    mark = last(bare_store)
    office.add_officer(bare_store, "Nguyễn Thị Lan", "Công chức")
    assert kinds(changes(bare_store, mark)) == Counter({("officer", "I"): 1})
    seqs = [r.seq for r in changes(bare_store)]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)


def test_log_visit_writes_the_visit_its_citizen_and_person(store: Store) -> None:
    mark = last(store)
    rec = visits.log_visit(store, visit(person(cccd=CCCD_DUC)), now=NOW)
    rows = changes(store, mark)
    assert kinds(rows) == Counter({("citizen", "I"): 1, ("visit", "I"): 1,
                                   ("visit_person", "I"): 1})
    v = next(r for r in rows if r.entity == "visit")
    assert v.entity_id == rec.id.hex and v.row_version == 1
    payload: dict[str, Any] = json.loads(v.payload or "")
    assert payload["content"] == rec.content and payload["id"] == rec.id.hex
    assert v.actor.startswith("system:")


def test_refused_write_leaves_no_change(store: Store) -> None:
    mark = last(store)
    with pytest.raises(TiepDanError):
        visits.log_visit(store, visit(content=""), now=NOW)
    assert changes(store, mark) == []


def _petition() -> PetitionInput:
    return PetitionInput(received_date=date(2026, 3, 2), content_type="KN",
                         content="Khiếu nại quyết định xử phạt", senders=[person(cccd=CCCD_DUC)])


def test_petition_register_act_and_watch_bump_the_version_once_per_transaction(
        store: Store) -> None:
    mark = last(store)
    rec = petitions.register(store, _petition(), today=date(2026, 11, 20))
    assert kinds(changes(store, mark)) == Counter({("citizen", "I"): 1, ("petition", "I"): 1,
                                                   ("petition_sender", "I"): 1})
    mark = last(store)
    petitions.act(store, rec.id, StepInput(step="classify", on_date=date(2026, 3, 3),
                                           content_type="KN", processable=True, competent=True),
                  today=date(2026, 11, 20))
    rows = changes(store, mark)
    assert kinds(rows) == Counter({("petition", "U"): 1, ("petition_event", "I"): 1})
    p = next(r for r in rows if r.entity == "petition")
    with store.read() as uow:
        current = uow.session.get(Petition, rec.id)
        assert current is not None and p.row_version == current.version == 2
    mark = last(store)
    petitions.set_watch(store, rec.id, True, "Vụ việc kéo dài")
    rows = changes(store, mark)
    assert [(r.entity, r.op, r.row_version) for r in rows] == [("petition", "U", 3)]
    assert json.loads(rows[0].payload or "")["watch"] is True


def test_an_update_without_a_version_bump_gets_one(store: Store) -> None:
    rec = visits.log_visit(store, visit(), now=NOW)
    mark = last(store)
    with store.write() as uow:
        v = uow.session.get(Visit, rec.id)
        assert v is not None
        v.notes = "Bổ sung"
        uow.session.flush()
        v.follow_up = "Hẹn lần sau"
        uow.audit("visit.edit", "visit", v.id, "test")
        uow.commit()
    rows = changes(store, mark)
    assert [(r.entity, r.op, r.row_version) for r in rows] == [("visit", "U", 2)]
    assert json.loads(rows[0].payload or "")["follow_up"] == "Hẹn lần sau"


def test_tombstone_is_a_delete_and_a_rollback_writes_nothing(store: Store) -> None:
    rec = visits.log_visit(store, visit(), now=NOW)
    mark = last(store)
    with store.write() as uow:
        v = uow.session.get(Visit, rec.id)
        assert v is not None
        v.notes = "không lưu"
        uow.session.flush()
        # leaves without commit: rolled back
    assert changes(store, mark) == []
    with store.write() as uow:
        v = uow.session.get(Visit, rec.id)
        assert v is not None
        v.deleted_at = NOW.replace(tzinfo=None)
        uow.audit("visit.delete", "visit", v.id, "test")
        uow.commit()
    assert [(r.entity, r.op) for r in changes(store, mark)] == [("visit", "D")]


def test_bulk_statements_on_synced_tables_are_refused(store: Store) -> None:
    visits.log_visit(store, visit(), now=NOW)
    mark = last(store)
    with store.write() as uow, pytest.raises(BulkWriteRefused):
        uow.session.execute(update(Visit).values(notes="hàng loạt"))
    assert changes(store, mark) == []


def test_change_log_is_append_only(store: Store) -> None:
    with store.write() as uow, pytest.raises(Exception, match="append-only"):
        uow.session.execute(text("UPDATE change_log SET op = 'U'"))
    with store.write() as uow, pytest.raises(Exception, match="append-only"):
        uow.session.execute(text("DELETE FROM change_log"))

"""The audit log: one entry per write in the write's transaction, a hash chain that shows
edits, deletions and reordering, no denouncer's identity in it (LAW.md §11)."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import InputError, ValidationFailed
from app.services import audit, calendar, dashboard, office, petitions, printing, reference, visits
from app.services import reports as report_service
from app.services.office import OfficerInfo
from app.services.viewer import Viewer
from app.storage import dbfile
from app.storage.audit import GENESIS, entry_hash
from app.storage.store import Store
from app.vn.text import fold
from tests.helpers import CCCD_DUC, NOW, person, sqlite_rows, visit

TODAY = date(2026, 11, 20)
DENOUNCER = "Phạm Thị Tố Cáo"


def entries(store: Store) -> list[tuple[Any, ...]]:
    return sqlite_rows(store.db_path, "SELECT seq, action, record_kind, record_id, actor_kind, "
                                      "actor_id FROM audit_log ORDER BY seq")


def tc_visit(officer_id: uuid.UUID) -> visits.VisitInput:
    return visit(person(DENOUNCER, cccd=None), category="TC", officer_id=officer_id,
                 content="Tố cáo cán bộ địa chính nhận tiền")


def petition(ct: str = "KN", **kw: Any) -> petitions.PetitionInput:
    return petitions.PetitionInput(received_date=date(2026, 3, 2), content_type=ct,
                                   content="Khiếu nại quyết định xử phạt",
                                   senders=[person(cccd=CCCD_DUC)], **kw)


def tamper(db: Path, *sql: str) -> None:
    """What someone with a SQLite editor can do: drop the triggers, then rewrite rows."""
    conn = dbfile.connect(db)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


# ----------------------------------------------------------------------------- the chain


@pytest.fixture
def busy(store: Store, officers: dict[str, OfficerInfo]) -> Store:
    for i in range(4):
        visits.log_visit(store, visit(person(f"Người {i}")), now=NOW)
    return store


def test_chain_verifies_and_links(busy: Store) -> None:
    report = audit.verify(busy)
    assert report.ok and report.count == len(entries(busy)) >= 8
    rows = sqlite_rows(busy.db_path, "SELECT seq, at, actor_kind, actor_id, actor_name, action, "
                       "record_kind, record_id, summary, before, after, prev_hash, hash "
                       "FROM audit_log ORDER BY seq")
    assert rows[0][11] == GENESIS
    for prev, row in itertools.pairwise(rows):
        assert row[11] == prev[12]
    assert all(entry_hash(r[:12]) == r[12] for r in rows)


def test_triggers_refuse_update_and_delete(busy: Store) -> None:
    conn = dbfile.connect(busy.db_path)
    try:
        for sql in ("UPDATE audit_log SET summary = 'x' WHERE seq = 2",
                    "DELETE FROM audit_log WHERE seq = 2"):
            with pytest.raises(dbfile.IntegrityError, match="append-only"):
                conn.execute(sql)
    finally:
        conn.close()
    assert audit.verify(busy).ok


@pytest.mark.parametrize(("sql", "broken"), [
    (("UPDATE audit_log SET summary = 'Ghi lượt tiếp số 0009/2026' WHERE seq = 5",), 5),
    (("UPDATE audit_log SET at = '2020-01-01T00:00:00.000000Z' WHERE seq = 3",), 3),
    (("DELETE FROM audit_log WHERE seq = 4",), 4),
    # Reordered: entries 4 and 5 swap places (their numbers swapped).
    (("UPDATE audit_log SET seq = -1 WHERE seq = 4", "UPDATE audit_log SET seq = 4 WHERE seq = 5",
      "UPDATE audit_log SET seq = 5 WHERE seq = -1"), 4),
    # The last entry removed: the chain alone is fine, the recorded head is not.
    (("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)",), None),
])
def test_tampering_is_found_at_the_first_broken_entry(busy: Store, sql: tuple[str, ...],
                                                      broken: int | None) -> None:
    last = len(entries(busy))
    tamper(busy.db_path, *sql)
    report = audit.verify(busy)
    assert not report.ok
    assert report.broken_seq == (broken if broken is not None else last)
    assert f"mục số {report.broken_seq}" in report.message()


def test_a_recomputed_edit_still_breaks_the_next_link(busy: Store) -> None:
    """Editing an entry and fixing its own hash is not enough: the next entry points at the old."""
    rows = sqlite_rows(busy.db_path, "SELECT seq, at, actor_kind, actor_id, actor_name, action, "
                       "record_kind, record_id, summary, before, after, prev_hash FROM audit_log "
                       "WHERE seq = 3")
    fields = (*rows[0][:8], "sửa", *rows[0][9:])
    tamper(busy.db_path, f"UPDATE audit_log SET summary = 'sửa', hash = '{entry_hash(fields)}' "
                         "WHERE seq = 3")
    report = audit.verify(busy)
    assert not report.ok and report.broken_seq == 4


# ----------------------------------------------------------------------------- one entry per write


def _services(o: dict[str, OfficerInfo]) -> dict[str, Callable[[Store], object]]:
    lan = o["CB01"].id

    def act(s: Store) -> object:
        rec = petitions.register(s, petition(), today=TODAY)
        return petitions.act(s, rec.id, petitions.StepInput(
            step="classify", on_date=date(2026, 3, 3), content_type="KN", processable=True,
            competent=True, officer_id=lan), today=TODAY)

    def watch(s: Store) -> object:
        rec = petitions.register(s, petition(), today=TODAY)
        return petitions.set_watch(s, rec.id, True, "Phức tạp")

    def print_receipt(s: Store) -> object:
        rec = visits.log_visit(s, visit(officer_id=lan), now=NOW)
        reference.reference_for(s, "00163", "visit", rec.number)  # the secret exists first
        return printing.render_form(s, "receipt", rec.id, Viewer(lan), today=TODAY)

    return {
        "visit.create": lambda s: visits.log_visit(s, visit(officer_id=lan), now=NOW),
        "petition.create": lambda s: petitions.register(s, petition(), today=TODAY),
        "petition.act": act,
        "petition.watch": watch,
        "petition.recompute": lambda s: petitions.recompute_open(s, today=TODAY),
        "officer.create": lambda s: office.add_officer(s, "Đỗ Văn Mới", "Công chức"),
        "field.save": lambda s: office.save_field(s, "ANQP", "An ninh quốc phòng"),
        "calendar.set": lambda s: calendar.set_entry(
            s, {"date": "2026-12-24", "kind": "holiday", "name": "Nghỉ", "source": "x"}),
        "calendar.delete": lambda s: calendar.delete_entry(s, date(2026, 9, 2)),
        "calendar.import": lambda s: calendar.import_entries(s, [
            {"date": "2027-01-01", "kind": "holiday", "name": "Tết Dương lịch", "source": "x"}]),
        "settings.hot_spots": lambda s: dashboard.set_thresholds(s, 4, 30),
        "settings.report_cutoff": lambda s: report_service.set_cutoff_day(s, 20),
        "settings.print_secret": lambda s: reference.reference_for(s, "00163", "visit", "1/2026"),
        "print": print_receipt,
    }


ACTIONS = list(_services({"CB01": OfficerInfo(uuid.uuid4(), "", "", "", False, False, True)}))


@pytest.mark.parametrize("action", ACTIONS)
def test_every_write_service_leaves_exactly_one_matching_entry(
        store: Store, officers: dict[str, OfficerInfo], action: str) -> None:
    before = len(entries(store))
    _services(officers)[action](store)
    new = entries(store)[before:]
    assert [e[1] for e in new].count(action) == 1, new
    assert audit.verify(store).ok


def test_init_office_is_audited_as_the_system(bare_store: Store) -> None:
    office.init_office(bare_store, "00163", "UBND phường Láng")
    [(seq, action, kind, _rid, actor_kind, actor_id)] = entries(bare_store)
    assert (seq, action, kind, actor_kind, actor_id) == (1, "office.init", "office", "system", "")


def test_the_actor_is_the_officer_or_the_given_actor(store: Store,
                                                     officers: dict[str, OfficerInfo]) -> None:
    lan, binh = officers["CB01"], officers["CB02"]
    saved = visits.log_visit(store, visit(officer_id=lan.id), now=NOW)
    visits.log_visit(store, visit(officer_id=lan.id), now=NOW, actor=Actor.officer(binh.id))
    rows = sqlite_rows(store.db_path, "SELECT actor_kind, actor_id, actor_name, record_id "
                       "FROM audit_log WHERE action = 'visit.create' ORDER BY seq")
    assert rows[0] == ("officer", lan.id.hex, "Nguyễn Thị Lan (CB01)", saved.id.hex)
    assert rows[1][:3] == ("officer", binh.id.hex, "Trần Văn Bình (CB02)")


def test_refused_writes_leave_no_entry(store: Store, officers: dict[str, OfficerInfo]) -> None:
    before = entries(store)
    with pytest.raises(ValidationFailed):
        visits.log_visit(store, visit(content=""), now=NOW)
    with pytest.raises(ValidationFailed):
        office.save_field(store, "", "")
    rec = petitions.register(store, petition(), today=TODAY)
    after_register = entries(store)
    with pytest.raises(ValidationFailed):  # an illegal step
        petitions.act(store, rec.id, petitions.StepInput(step="decide", on_date=date(2026, 3, 3)),
                      today=TODAY)
    with pytest.raises(InputError):
        calendar.delete_entry(store, date(2026, 3, 4))  # not a holiday
    assert entries(store)[:len(before)] == before
    assert len(after_register) == len(before) + 1
    assert entries(store) == after_register


def test_entry_and_change_share_the_transaction(store: Store, monkeypatch: pytest.MonkeyPatch,
                                               officers: dict[str, OfficerInfo]) -> None:
    """A commit that fails takes the audit entry with it, and the other way round."""
    before = entries(store)

    def fail(self: Session) -> None:
        raise dbfile.OperationalError("simulated failure at commit")

    with monkeypatch.context() as m:
        m.setattr(Session, "commit", fail)
        with pytest.raises(dbfile.OperationalError):
            visits.log_visit(store, visit(), now=NOW)
    assert entries(store) == before
    assert sqlite_rows(store.db_path, "SELECT count(*) FROM visit") == [(0,)]


def test_a_write_without_its_entry_cannot_commit(store: Store) -> None:
    from app.models import StoreMeta

    with store.write() as uow:
        uow.session.add(StoreMeta(key="x", value="y"))
        with pytest.raises(RuntimeError, match="audit entry"):
            uow.commit()
    assert sqlite_rows(store.db_path, "SELECT count(*) FROM store_meta WHERE key = 'x'") == [(0,)]
    with store.read() as uow, pytest.raises(RuntimeError):
        uow.audit("x", "y", "z", "read units of work write no entries")


# ----------------------------------------------------------------------------- confidentiality


def _audit_text(store: Store) -> str:
    rows = sqlite_rows(store.db_path, "SELECT * FROM audit_log")
    return "\n".join("|".join(str(v) for v in r) for r in rows)


def test_no_denouncer_identity_in_the_log(store: Store, officers: dict[str, OfficerInfo]) -> None:
    lan, head = officers["CB01"], officers["CB03"]
    saved = visits.log_visit(store, tc_visit(lan.id), now=NOW)
    petitions.register(store, petitions.PetitionInput(
        received_date=date(2026, 3, 2), content_type="TC", content="Tố cáo",
        senders=[person(DENOUNCER, cccd=CCCD_DUC)], officer_id=lan.id), today=TODAY)
    visits.get_visit(store, saved.id, Viewer(head.id, is_head=True))
    text = _audit_text(store)
    for form in (DENOUNCER, fold(DENOUNCER), CCCD_DUC, "0912345678", "Láng Thượng"):
        assert form.lower() not in text.lower()


def test_showing_a_protected_identity_is_audited(store: Store,
                                                officers: dict[str, OfficerInfo]) -> None:
    lan, binh, head = officers["CB01"], officers["CB02"], officers["CB03"]
    saved = visits.log_visit(store, tc_visit(lan.id), now=NOW)
    rec = petitions.register(store, petitions.PetitionInput(
        received_date=date(2026, 3, 2), content_type="TC", content="Tố cáo",
        senders=[person(DENOUNCER)], officer_id=lan.id), today=TODAY)

    def views() -> list[tuple[Any, ...]]:
        return sqlite_rows(store.db_path, "SELECT actor_id, record_kind, record_id FROM audit_log "
                           "WHERE action = 'identity.view' ORDER BY seq")

    assert visits.get_visit(store, saved.id, Viewer(binh.id)).identity_hidden
    petitions.get(store, rec.id, Viewer(binh.id))
    assert views() == []  # nothing was shown
    visits.get_visit(store, saved.id, Viewer(head.id, is_head=True))
    visits.find_visit_by_number(store, saved.number, Viewer(lan.id))
    petitions.resolve(store, rec.number, Viewer(lan.id), today=TODAY)
    assert views() == [(head.id.hex, "visit", saved.id.hex), (lan.id.hex, "visit", saved.id.hex),
                       (lan.id.hex, "petition", rec.id.hex)]
    printing.render_form(store, "receipt", saved.id, Viewer(lan.id), today=TODAY)
    printed = sqlite_rows(store.db_path, "SELECT action, actor_id FROM audit_log "
                          "WHERE action LIKE '%print%' AND action != 'settings.print_secret'")
    assert printed == [("identity.print", lan.id.hex)]


def test_a_resumed_check_hashes_only_new_entries_but_sees_changes_to_old_ones(store: Store) -> None:
    audit_service = audit
    visits.log_visit(store, visit(), now=NOW)
    first = audit_service.verify(store)
    assert first.ok and first.last_hash
    visits.log_visit(store, visit(), now=NOW)
    again = audit_service.verify(store, first)
    assert again.ok and again.count == first.count + 1
    conn = dbfile.connect(store.db_path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET hash = 'x' WHERE seq = ?", (first.count,))
    conn.commit()
    conn.close()
    assert not audit_service.verify(store, first).ok

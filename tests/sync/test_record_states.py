"""Each visit's and petition's sync state, as the lists show it (app/sync/states.py): new → sent
→ acknowledged → refused, the rows that belong to a record, tombstones, which stores show the
column; on real SQLite stores with a real upstream and real receipts."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import ChangeLog, Citizen, PetitionEvent, PetitionSender, Visit, VisitPerson
from app.services import office, petitions, visits
from app.services.common import META_INSTALLATION_ID, meta_get
from app.services.petitions import PetitionInput, StepInput
from app.storage.changelog import canonical
from app.storage.quick import connect_reader
from app.storage.store import Store, open_store
from app.sync import desk, inbox, keys, outbox, states
from tests.helpers import NOW, person, visit
from tests.sync.conftest import make_net

TODAY = date(2026, 11, 20)


@pytest.fixture(name="net")
def _net_on_sqlite(tmp_path: Path) -> Iterator[dict[str, Any]]:
    yield from make_net(tmp_path, None)


def _states(w: Store, entity: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, states.RecordState]:
    """Through the lists' read-only DB-API connection, checked against the same queries on the
    store's SQLAlchemy connection (the detail windows', and PostgreSQL's)."""
    conn = connect_reader(w.db_path)
    try:
        quick = states.record_states(conn, entity, ids)
    finally:
        conn.close()
    assert quick == desk.record_states(w, entity, ids)
    return quick


def _codes(w: Store, entity: str, ids: list[uuid.UUID]) -> list[str]:
    found = _states(w, entity, ids)
    return [found[i].code for i in ids]


def _send(net: dict[str, Any], name: str) -> Path:
    """Export the ward's waiting changes and have the real upstream take them: the receipt."""
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    usb = tmp / name
    usb.mkdir()
    done = desk.export_to(w, usb, None)
    assert done.path is not None
    res = inbox.import_files(up, [done.path], tmp / f"{name}-receipts")
    assert res[0].status == "applied" and res[0].receipt is not None
    return res[0].receipt


def _refusing_receipt(net: dict[str, Any], refused: list[tuple[str, str]], name: str) -> Path:
    """The ward's next export, taken by the upstream, with a receipt (signed by the upstream)
    saying these rows' latest changes could not be applied."""
    up, w, tmp = net["up"], net["wards"]["00163"], net["tmp"]
    (tmp / name).mkdir()
    done = desk.export_to(w, tmp / name, None)
    assert done.path is not None
    assert inbox.import_files(up, [done.path], tmp / name)[0].status == "applied"
    with w.read() as uow:
        s = uow.session
        installation = meta_get(s, META_INSTALLATION_ID)
        problems = []
        for table, eid in refused:
            seq = s.execute(select(func.max(ChangeLog.seq)).where(
                ChangeLog.entity == table, ChangeLog.entity_id == eid)).scalar()
            problems.append(f"thay đổi {seq} ({table} {eid}): thiếu nội dung")
    receipt = {"format": outbox.RECEIPT_FORMAT, "office_code": "00163",
               "installation_id": installation, "batch_id": "x", "batch_seq": done.batch_seq,
               "acked_through": done.last_change, "applied": 0, "stale": 0,
               "problems": problems}
    path: Path = tmp / f"{name}.receipt.json"
    path.write_text(canonical({"receipt": receipt, "sig": keys.signing_key(up).sign(
        canonical(receipt).encode()).hex()}), encoding="utf-8")
    return path


def _person_rows(w: Store, visit_id: uuid.UUID) -> list[uuid.UUID]:
    with w.read() as uow:
        return list(uow.session.scalars(select(VisitPerson.id).where(
            VisitPerson.visit_id == visit_id)))


def _edit(w: Store, change: Callable[[Any], None]) -> None:
    """A change made through the ORM in one audited transaction (the change log sees it)."""
    with w.write() as uow:
        change(uow.session)
        uow.audit("test.edit", "test", "", "Sửa để thử")
        uow.commit()


def _touch_person(w: Store, vp_id: uuid.UUID, phone: str) -> None:
    """A change of a visit's person row alone (the visit row itself untouched)."""
    def change(s: Any) -> None:
        s.get(VisitPerson, vp_id).phone = phone
    _edit(w, change)


def test_new_sent_acknowledged_for_visits_and_petitions(net: dict[str, Any]) -> None:
    w = net["wards"]["00163"]
    v1 = visits.log_visit(w, visit(person("Trần Thị Hoa"), person("Lê Văn Nam")), now=NOW).id
    v2 = visits.log_visit(w, visit(person("Phạm Thu Hà")), now=NOW).id
    p1 = petitions.register(w, PetitionInput(
        received_date=date(2026, 11, 2), content_type="KN", content="Khiếu nại quyết định",
        senders=[person("Trần Thị Hoa")]), today=TODAY).id
    assert _codes(w, "visit", [v1, v2]) == ["new", "new"]
    assert _codes(w, "petition", [p1]) == ["new"]
    assert _states(w, "visit", [v1])[v1].text == "Chưa gửi lên cấp trên"

    receipt = _send(net, "usb1")
    got = _states(w, "visit", [v1, v2])
    assert [got[v].code for v in (v1, v2)] == ["sent", "sent"]
    assert got[v1].batch == 1 and "lô số 1" in got[v1].text
    assert _codes(w, "petition", [p1]) == ["sent"]

    desk.import_downstream(w, receipt)
    got = _states(w, "visit", [v1, v2])
    assert [got[v].code for v in (v1, v2)] == ["acknowledged", "acknowledged"]
    assert got[v1].acked_on is not None and got[v1].text.startswith("Cấp trên đã nhận (lô số 1")
    assert _codes(w, "petition", [p1]) == ["acknowledged"]
    # an id the store does not hold is left out, not invented
    assert _states(w, "visit", [uuid.uuid4()]) == {}
    assert desk.record_state(w, "visit", uuid.uuid4()).code == "none"


def test_a_change_of_a_child_row_makes_the_record_new_again(net: dict[str, Any]) -> None:
    w = net["wards"]["00163"]
    v1 = visits.log_visit(w, visit(person("Trần Thị Hoa"), person("Lê Văn Nam")), now=NOW).id
    v2 = visits.log_visit(w, visit(person("Phạm Thu Hà")), now=NOW).id
    p1 = petitions.register(w, PetitionInput(
        received_date=date(2026, 11, 2), content_type="KN", content="Khiếu nại quyết định",
        senders=[person("Trần Thị Hoa")]), today=TODAY).id
    desk.import_downstream(w, _send(net, "usb1"))
    assert _codes(w, "visit", [v1, v2]) == ["acknowledged", "acknowledged"]

    # one person row of v1 changes: v1 waits, v2 does not
    _touch_person(w, _person_rows(w, v1)[1], "0987654321")
    assert _codes(w, "visit", [v1, v2]) == ["new", "acknowledged"]
    # a step taken on the petition (a petition_event row, and the petition's state)
    petitions.act(w, p1, StepInput(step="classify", on_date=date(2026, 11, 3),
                                   content_type="KN", processable=True, competent=True),
                  today=TODAY)
    assert _codes(w, "petition", [p1]) == ["new"]
    receipt = _send(net, "usb2")
    assert _codes(w, "visit", [v1, v2]) == ["sent", "acknowledged"]
    assert _states(w, "visit", [v1])[v1].batch == 2
    desk.import_downstream(w, receipt)
    assert _codes(w, "visit", [v1, v2]) == ["acknowledged", "acknowledged"]
    assert _codes(w, "petition", [p1]) == ["acknowledged"]

    # a sender row alone
    _edit(w, lambda s: setattr(s.scalars(select(PetitionSender).where(
        PetitionSender.petition_id == p1)).one(), "phone", "0911222333"))
    assert _codes(w, "petition", [p1]) == ["new"]
    # a citizen corrected later is not a change of the visits that list the person
    person_row = _person_rows(w, v2)[0]
    _edit(w, lambda s: setattr(s.get(Citizen, s.get(VisitPerson, person_row).citizen_id),
                               "address", "Số 9 phố Chùa Láng"))
    assert _codes(w, "visit", [v2]) == ["acknowledged"]


def test_refused_rows_show_until_they_change_again(net: dict[str, Any]) -> None:
    w = net["wards"]["00163"]
    v1 = visits.log_visit(w, visit(person("Trần Thị Hoa"), person("Lê Văn Nam")), now=NOW).id
    v2 = visits.log_visit(w, visit(person("Phạm Thu Hà")), now=NOW).id
    bad_person = _person_rows(w, v1)[1]
    desk.import_downstream(w, _refusing_receipt(net, [("visit_person", bad_person.hex)], "r1"))
    got = _states(w, "visit", [v1, v2])
    assert got[v1].code == "refused" and got[v1].reason == "thiếu nội dung"
    assert got[v1].text == "Cấp trên không nhận được: thiếu nội dung"
    assert got[v2].code == "acknowledged"

    # another row of the record changes: it waits, the refusal is still remembered…
    _touch_person(w, _person_rows(w, v1)[0], "0900000001")
    got = _states(w, "visit", [v1])
    assert got[v1].code == "new" and got[v1].reason == "thiếu nội dung"
    # …and shows again once that change is acknowledged: the refused row is still missing
    desk.import_downstream(w, _send(net, "usb2"))
    assert _codes(w, "visit", [v1]) == ["refused"]

    # the refused row itself changes: the refusal is superseded
    _touch_person(w, bad_person, "0900000002")
    got = _states(w, "visit", [v1])
    assert got[v1].code == "new" and got[v1].reason == ""
    desk.import_downstream(w, _send(net, "usb3"))
    assert _codes(w, "visit", [v1, v2]) == ["acknowledged", "acknowledged"]


def test_a_refused_petition_event_refuses_the_petition(net: dict[str, Any]) -> None:
    w = net["wards"]["00163"]
    p1 = petitions.register(w, PetitionInput(
        received_date=date(2026, 11, 2), content_type="KN", content="Khiếu nại quyết định",
        senders=[person("Trần Thị Hoa")]), today=TODAY).id
    petitions.act(w, p1, StepInput(step="classify", on_date=date(2026, 11, 3),
                                   content_type="KN", processable=True, competent=True),
                  today=TODAY)
    with w.read() as uow:
        event = uow.session.scalars(select(PetitionEvent.id).where(
            PetitionEvent.petition_id == p1, PetitionEvent.step == "classify")).one()
    desk.import_downstream(w, _refusing_receipt(net, [("petition_event", event.hex)], "r1"))
    got = _states(w, "petition", [p1])
    assert got[p1].code == "refused" and "thiếu nội dung" in got[p1].text


def test_a_tombstone_is_a_change_to_send(net: dict[str, Any]) -> None:
    w = net["wards"]["00163"]
    v1 = visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW).id
    desk.import_downstream(w, _send(net, "usb1"))
    assert _codes(w, "visit", [v1]) == ["acknowledged"]
    _edit(w, lambda s: setattr(s.get(Visit, v1), "deleted_at", NOW.replace(tzinfo=None)))
    assert _codes(w, "visit", [v1]) == ["new"]
    receipt = _send(net, "usb2")
    assert _codes(w, "visit", [v1]) == ["sent"]
    desk.import_downstream(w, receipt)
    assert _codes(w, "visit", [v1]) == ["acknowledged"]
    # the upstream holds the tombstone
    with net["up"].read() as uow:
        v = uow.session.get(Visit, v1)
        assert v is not None and v.deleted_at is not None


def test_at_the_upstream_records_are_received(net: dict[str, Any]) -> None:
    up, w = net["up"], net["wards"]["00163"]
    v1 = visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW).id
    _send(net, "usb1")
    got = _states(up, "visit", [v1])
    assert got[v1].code == "received" and got[v1].office == "UBND phường Láng (00163)"


def test_only_a_ward_that_sends_shows_the_column(net: dict[str, Any], tmp_path: Path) -> None:
    def shows(s: Store) -> bool:
        conn = connect_reader(s.db_path)
        try:
            return states.lists_show_states(conn)
        finally:
            conn.close()

    assert shows(net["wards"]["00163"])
    assert not shows(net["up"])
    bare = open_store(tmp_path / "bare")
    try:
        office.init_office(bare, "00199", "UBND phường Mới", "Ban Tiếp công dân")
        assert not shows(bare)
        keys.init_keys(bare)  # keys, but no upstream to send to yet
        assert not shows(bare)
    finally:
        bare.close()


def test_the_unsent_filter_lists_exactly_the_new_records(net: dict[str, Any]) -> None:
    from app.services import logbook, petition_list
    from app.services.common import ANONYMOUS

    w = net["wards"]["00163"]
    v1 = visits.log_visit(w, visit(person("Trần Thị Hoa"), person("Lê Văn Nam")), now=NOW).id
    v2 = visits.log_visit(w, visit(person("Phạm Thu Hà")), now=NOW).id
    p1 = petitions.register(w, PetitionInput(
        received_date=date(2026, 11, 2), content_type="KN", content="Khiếu nại quyết định",
        senders=[person("Trần Thị Hoa")]), today=TODAY).id
    unsent_visits = logbook.LogbookQuery(unsent=True)
    unsent_petitions = petition_list.PetitionQuery(unsent=True)

    def listed() -> tuple[set[uuid.UUID], set[uuid.UUID]]:
        conn = connect_reader(w.db_path)
        try:
            found = {r.id for r in logbook.page(conn, unsent_visits, 0, 50, ANONYMOUS)}
            assert logbook.count(conn, unsent_visits, ANONYMOUS) == len(found)
        finally:
            conn.close()
        rows = petition_list.list_petitions(w, unsent_petitions)
        assert petition_list.count_petitions(w, unsent_petitions) == len(rows)
        return found, {r.id for r in rows}

    assert listed() == ({v1, v2}, {p1})
    desk.import_downstream(w, _send(net, "usb1"))
    assert listed() == (set(), set())
    _touch_person(w, _person_rows(w, v1)[1], "0987654321")  # a child row alone
    petitions.act(w, p1, StepInput(step="classify", on_date=date(2026, 11, 3),
                                   content_type="KN", processable=True, competent=True),
                  today=TODAY)
    assert listed() == ({v1}, {p1})
    assert _codes(w, "visit", [v1, v2]) == ["new", "acknowledged"]  # the column agrees
    _send(net, "usb2")  # sent, no receipt yet: no longer «Chưa gửi»
    assert listed() == (set(), set())


def test_states_at_an_upstream_on_either_database(tmp_path: Path, upstream_url: str | None
                                                  ) -> None:
    """desk.record_states reads through the ORM where the store is not SQLite (PostgreSQL)."""
    for network in make_net(tmp_path, upstream_url):
        up, w = network["up"], network["wards"]["00163"]
        v1 = visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW).id
        done = desk.export_to(w, tmp_path, None)
        assert done.path is not None
        assert inbox.import_files(up, [done.path], tmp_path / "r")[0].status == "applied"
        got = desk.record_states(up, "visit", [v1, uuid.uuid4()])
        assert list(got) == [v1]
        assert got[v1].code == "received" and got[v1].text == "Nhận từ UBND phường Láng (00163)"


def test_the_rule_reads_the_same_on_either_database(tmp_path: Path, upstream_url: str | None
                                                    ) -> None:
    """The queries of states.record_states on the store's SQLAlchemy connection, PostgreSQL
    included: the rows of a record, the batches, the receipt's mark and a refusal (a store that
    sends its own records on; its batches and receipt written here as export and receipt
    would)."""
    from app.models import SyncBatch
    from app.services.common import meta_set

    s = open_store(tmp_path / "s", upstream_url)
    try:
        office.init_office(s, "HN-BTCD", "Ban Tiếp công dân thành phố Hà Nội")
        office.add_officer(s, "Nguyễn Thị Lan", "Công chức tiếp công dân")
        v1 = visits.log_visit(s, visit(person("Trần Thị Hoa"), person("Lê Văn Nam")), now=NOW).id
        p1 = petitions.register(s, PetitionInput(
            received_date=date(2026, 11, 2), content_type="KN", content="Khiếu nại quyết định",
            senders=[person("Trần Thị Hoa")]), today=TODAY).id
        assert desk.record_states(s, "visit", [v1])[v1].code == "new"
        assert desk.record_states(s, "petition", [p1])[p1].code == "new"
        with s.write() as uow:
            last = int(uow.session.execute(select(func.max(ChangeLog.seq))).scalar() or 0)
            uow.session.add(SyncBatch(
                installation_id="i", batch_seq=1, batch_id=str(uuid.uuid4()), first_change=1,
                last_change=last, change_count=last, header_sha256="0" * 64, file_name="1.tdsync",
                created_at="2026-11-20T02:00:00Z", acked_at=None))
            uow.audit("test.edit", "test", "", "Lô giả để thử")
            uow.commit()
        got = desk.record_states(s, "visit", [v1, uuid.uuid4()])
        assert list(got) == [v1] and (got[v1].code, got[v1].batch) == ("sent", 1)
        [vp, _] = _person_rows(s, v1)
        with s.write() as uow:
            uow.session.get(SyncBatch, ("i", 1)).acked_at = "2026-11-21T02:00:00Z"
            meta_set(uow.session, outbox.META_ACKED, str(last))
            seq = uow.session.execute(select(func.max(ChangeLog.seq)).where(
                ChangeLog.entity == "visit_person", ChangeLog.entity_id == vp.hex)).scalar()
            meta_set(uow.session, states.META_REFUSED,
                     canonical({vp.hex: [seq, "thiếu nội dung"]}))
            uow.audit("test.edit", "test", "", "Biên nhận giả để thử")
            uow.commit()
        got = desk.record_states(s, "visit", [v1])
        assert (got[v1].code, got[v1].reason) == ("refused", "thiếu nội dung")
        st = desk.record_states(s, "petition", [p1])[p1]
        assert st.code == "acknowledged"
        assert st.text == "Cấp trên đã nhận (lô số 1, biên nhận ngày 21/11/2026)"
    finally:
        s.close()


def test_excel_exports_of_a_ward_carry_the_sync_column(net: dict[str, Any]) -> None:
    """The logbook's and the register's Excel files end with «Đồng bộ», the words the lists
    show, on a ward that sends to an upstream; an upstream's files have no such column."""
    from openpyxl import load_workbook

    from app.labels import SYNC_STATE
    from app.services import excel_export
    from app.services.logbook import LogbookQuery
    from app.services.petition_list import PetitionQuery, list_petitions

    w, up, tmp = net["wards"]["00163"], net["up"], net["tmp"]
    visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW)
    p1 = petitions.register(w, PetitionInput(
        received_date=date(2026, 11, 2), content_type="KN", content="Khiếu nại quyết định",
        senders=[person("Trần Thị Hoa")]), today=TODAY).id
    desk.import_downstream(w, _send(net, "usb1"))
    visits.log_visit(w, visit(person("Lê Văn Nam")), now=NOW)
    petitions.register(w, PetitionInput(
        received_date=date(2026, 11, 3), content_type="KNPA", content="Phản ánh tiếng ồn",
        senders=[person("Lê Văn Nam")]), today=TODAY)
    _send(net, "usb2")  # sent, no receipt yet
    visits.log_visit(w, visit(person("Phạm Thu Hà")), now=NOW)  # not sent

    def sheet(path: Path) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
        rows = [tuple(r) for r in load_workbook(path).worksheets[0].iter_rows(values_only=True)]
        return rows[2], rows[3:]

    assert excel_export.logbook(w, LogbookQuery(), tmp / "so.xlsx") == 3
    header, data = sheet(tmp / "so.xlsx")
    assert header[-1] == "Đồng bộ"
    listed = visits.list_visits(w, LogbookQuery())
    found = desk.record_states(w, "visit", [r.id for r in listed])
    assert [(r[0], r[-1]) for r in data] == [(v.number, SYNC_STATE[found[v.id].code])
                                             for v in listed]
    assert sorted(r[-1] for r in data) == ["Chưa gửi", "Đã gửi", "Đã nhận"]

    assert excel_export.petitions(w, PetitionQuery(), tmp / "don.xlsx", today=TODAY) == 2
    header, data = sheet(tmp / "don.xlsx")
    assert header[-1] == "Đồng bộ"
    words = {r[0]: r[-1] for r in data}
    by_id = {r.id: r.number for r in list_petitions(w, PetitionQuery(), today=TODAY)}
    assert words[by_id[p1]] == "Đã nhận" and sorted(words.values()) == ["Đã gửi", "Đã nhận"]

    excel_export.logbook(up, LogbookQuery(), tmp / "up.xlsx")
    header, data = sheet(tmp / "up.xlsx")
    assert "Đồng bộ" not in header and len(data) == 2  # what the upstream has received

"""PetitionQuery.due_from: the register's "due soon" and "this week" filters leave the overdue out."""

from __future__ import annotations

from datetime import date

from app.services import petitions
from app.services.petition_list import PetitionQuery, count_petitions, list_petitions
from app.services.petitions import PetitionInput
from app.storage.store import Store
from tests.helpers import person

TODAY = date(2026, 11, 20)  # a Friday


def _reg(store: Store, received: str) -> petitions.PetitionRecord:
    return petitions.register(store, PetitionInput(
        received_date=date.fromisoformat(received), content_type="KNPA",
        content="Phản ánh tiếng ồn từ cơ sở karaoke", senders=[person()]), today=TODAY)


def test_due_from_keeps_only_what_is_not_yet_overdue(store: Store) -> None:
    old = _reg(store, "2026-10-01")  # reception notice long overdue
    new = _reg(store, "2026-11-19")  # due in 10 working days
    assert old.next_due is not None and old.next_due < TODAY
    assert new.next_due is not None and new.next_due > TODAY
    everything = PetitionQuery(due_within_days=30)
    assert count_petitions(store, everything, today=TODAY) == 2
    upcoming = PetitionQuery(due_within_days=30, due_from=TODAY)
    rows = list_petitions(store, upcoming, today=TODAY)
    assert [r.number for r in rows] == [new.number]
    assert count_petitions(store, upcoming, today=TODAY) == 1
    overdue = PetitionQuery(due_within_days=-1)
    assert [r.number for r in list_petitions(store, overdue, today=TODAY)] == [old.number]

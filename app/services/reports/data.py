"""Reading what the tables count: visits of a period, and petitions with their events.

One read transaction, straight on the DB-API connection (as the logbook does): a year's report
reads tens of thousands of rows and the ORM would triple the time. Every query is by office, so
a store holding several offices (the upstream) reports each of them and the sum.

Petitions: those received in the period, plus those received earlier that may still matter in
it — not in a final state, or closed on or after the first day (a petition closed before the
period was processed, resolved and executed before it, and counts nowhere). The tables then
replay each petition's events up to the last day of the period.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.law.petition import FINAL, Step
from app.services.reports.model import PETITION, VISIT, Ref

CHUNK = 500  # ids per IN (...) list
_FINAL = tuple(s.value for s in FINAL)


class Cancelled(Exception):
    """The caller's cancel() said stop (the GUI's cancel button)."""


@dataclass(frozen=True, slots=True)
class OfficeRow:
    id: uuid.UUID
    code: str
    name: str


@dataclass(slots=True)
class VisitFact:
    ref: Ref
    office: str  # hex id
    received_by: str
    reception_type: str
    person_count: int
    is_crowd: bool
    repeat: str
    visit_date: str  # ISO
    matter: str  # the matter of the petition taken at the visit, else the visit itself


@dataclass(slots=True)
class Event:
    seq: int
    step: str
    on: str  # ISO date
    raw: str | None

    @property
    def data(self) -> dict[str, Any]:
        if not self.raw:
            return {}
        value = json.loads(self.raw)
        return value if isinstance(value, dict) else {}


@dataclass(slots=True)
class PetitionFact:
    ref: Ref
    office: str
    received: str  # ISO
    content_type: str  # as now (classification may have changed it)
    channel: str
    instance: int
    matter: str
    round: int
    anonymous: bool
    state: str
    events: list[Event] = field(default_factory=list)
    organisation: bool = False  # the first sender acts for an organisation (KQGQ columns)
    forwarder: str | None = None

    def until(self, end: str) -> list[Event]:
        return [e for e in self.events if e.on <= end]

    def first(self, steps: frozenset[str] | set[str], end: str) -> Event | None:
        for e in self.events:
            if e.on > end:
                return None
            if e.step in steps:
                return e
        return None


def _hex_to_uuid(h: str) -> str:
    return str(uuid.UUID(hex=h))


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def offices(conn: sqlite3.Connection) -> list[OfficeRow]:
    return [OfficeRow(uuid.UUID(hex=i), c, n) for i, c, n in conn.execute(
        "SELECT id, code, name FROM office WHERE deleted_at IS NULL ORDER BY code")]


def visits(conn: sqlite3.Connection, office_ids: Sequence[str], start: date, end: date
           ) -> list[VisitFact]:
    marks = ",".join("?" * len(office_ids))
    sql = (
        "SELECT v.id, v.seq, v.year, v.office_id, v.received_by, v.reception_type, "
        "v.person_count, v.is_crowd, v.repeat, v.visit_date, "
        "(SELECT p.matter_id FROM petition p INDEXED BY ix_petition_visit_id "
        "WHERE p.visit_id = v.id AND p.deleted_at IS NULL "
        " ORDER BY p.year, p.seq LIMIT 1) "
        "FROM visit v WHERE v.visit_date BETWEEN ? AND ? AND v.deleted_at IS NULL "
        f"AND v.office_id IN ({marks})")
    out = []
    for (vid, seq, year, office, rb, rt, pc, crowd, rep, day, matter) in conn.execute(
            sql, [start.isoformat(), end.isoformat(), *office_ids]):
        out.append(VisitFact(Ref(VISIT, _hex_to_uuid(vid), f"{seq:04d}/{year}"), office, rb, rt,
                             int(pc), bool(crowd), rep, day, matter or vid))
    return out


_P_COLS = ("p.id, p.seq, p.year, p.office_id, p.received_date, p.content_type, p.channel, "
           "p.instance, p.matter_id, p.round, p.anonymous, p.state, p.forwarder_kind")


def petitions(conn: sqlite3.Connection, office_ids: Sequence[str], start: date, end: date,
              cancelled: Callable[[], bool] | None = None) -> list[PetitionFact]:
    """Petitions that may count in [start, end], with their events, oldest first."""
    s, e = start.isoformat(), end.isoformat()
    marks = ",".join("?" * len(office_ids))
    finals = ",".join("?" * len(_FINAL))
    base = f"SELECT {_P_COLS} FROM petition p WHERE p.deleted_at IS NULL AND p.office_id IN ({marks}) "
    queries = [
        (base + "AND p.received_date BETWEEN ? AND ?", [*office_ids, s, e]),
        (base + f"AND p.received_date < ? AND p.state NOT IN ({finals})",
         [*office_ids, s, *_FINAL]),
        (base + f"AND p.received_date < ? AND p.state IN ({finals}) AND p.closed_on >= ?",
         [*office_ids, s, *_FINAL, s]),
    ]
    found: dict[str, PetitionFact] = {}
    for sql, params in queries:
        for (pid, seq, year, office, received, ct, channel, inst, matter, rnd, anon, state,
             fwd) in conn.execute(sql, params):
            found[pid] = PetitionFact(
                Ref(PETITION, _hex_to_uuid(pid), f"{seq:04d}/{year}"), office, received, ct,
                channel, int(inst), matter or pid, int(rnd), bool(anon), state, forwarder=fwd)
        if cancelled and cancelled():
            raise Cancelled
    ids = list(found)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for pid, seq, step, on, raw in conn.execute(
                "SELECT petition_id, seq, step, on_date, data FROM petition_event "
                f"WHERE petition_id IN ({marks}) ORDER BY petition_id, seq", list(chunk)):
            found[pid].events.append(Event(seq, step, on, raw if step in _DATA_STEPS else None))
        if cancelled and cancelled():
            raise Cancelled
    return sorted(found.values(), key=lambda p: (p.received, p.ref.number))


# Steps whose stored data the tables read (classification, results and quantities).
_DATA_STEPS = frozenset({Step.CLASSIFY.value, Step.DECIDE.value, Step.ENFORCE.value,
                         Step.CLOSE.value, Step.EXTEND.value, Step.ACCEPT.value})


def organisations(conn: sqlite3.Connection, facts: Sequence[PetitionFact]) -> None:
    """Mark petitions whose first sender acts for an organisation (the KQGQ columns split
    returns between organisations and individuals)."""
    by_id = {uuid.UUID(p.ref.id).hex: p for p in facts}
    ids = list(by_id)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for pid, role in conn.execute(
                "SELECT petition_id, role FROM petition_sender WHERE position = 0 AND "
                f"petition_id IN ({marks})", list(chunk)):
            by_id[pid].organisation = role == "organisation"


def matter_decisions(conn: sqlite3.Connection, matters: Sequence[str]
                     ) -> dict[str, list[tuple[str, str]]]:
    """For each matter: (petition hex id, decision date) of every decided petition of it."""
    out: dict[str, list[tuple[str, str]]] = {}
    for chunk in _chunks(list(matters)):
        marks = ",".join("?" * len(chunk))
        for matter, pid, on in conn.execute(
                "SELECT p.matter_id, p.id, e.on_date FROM petition p JOIN petition_event e "
                "ON e.petition_id = p.id WHERE e.step = 'decide' AND p.deleted_at IS NULL "
                f"AND p.matter_id IN ({marks})", list(chunk)):
            out.setdefault(matter, []).append((pid, on))
    return out

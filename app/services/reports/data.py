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
from itertools import groupby
from operator import itemgetter
from typing import Any, NamedTuple

from app.law.petition import FINAL, State, Step
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


class Event(NamedTuple):
    """One step of a petition, as the tables read it (a tuple: a year's report makes 10⁵)."""

    seq: int
    step: str
    on: str  # ISO date
    raw: str | None  # the step's JSON data, for the steps the tables read it from

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
    duplicate: bool = False  # đơn trùng: repeats an earlier petition of the same matter

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
    """'0123…' (SQLite's storage of a Uuid) → '01234567-89ab-…' (tens of thousands per report)."""
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


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
        f"AND +v.office_id IN ({marks})")
    out = []
    for (vid, seq, year, office, rb, rt, pc, crowd, rep, day, matter) in conn.execute(
            sql, [start.isoformat(), end.isoformat(), *office_ids]):
        out.append(VisitFact(Ref(VISIT, _hex_to_uuid(vid), f"{seq:04d}/{year}"), office, rb, rt,
                             int(pc), bool(crowd), rep, day, matter or vid))
    return out


_P_COLS = ("p.id, p.seq, p.year, p.office_id, p.received_date, p.content_type, p.channel, "
           "p.instance, p.matter_id, p.round, p.anonymous, p.state, p.forwarder_kind, "
           "p.duplicate_of_id")
_OPEN = tuple(s.value for s in State if s not in FINAL)


def petitions(conn: sqlite3.Connection, office_ids: Sequence[str], start: date, end: date,
              cancelled: Callable[[], bool] | None = None, *,
              content_type: str | None = None, steps: frozenset[str] | None = None
              ) -> list[PetitionFact]:
    """Petitions that may count in [start, end], with their events, oldest first.

    `content_type`: only petitions of this content now (the result tables read accepted cases,
    whose classification cannot change any more once accepted: app.law.petition allows
    `classify` only before a proposal). `steps`: read only the events of these steps (a table
    that needs fewer spares building the others).
    """
    s, e = start.isoformat(), end.isoformat()
    marks = ",".join("?" * len(office_ids))
    finals = ",".join("?" * len(_FINAL))
    opens = ",".join("?" * len(_OPEN))
    # +p.office_id: the office filter must not choose the (office_id, year, seq) index.
    base = (f"SELECT {_P_COLS} FROM petition p WHERE p.deleted_at IS NULL "
            f"AND +p.office_id IN ({marks}) ")
    extra: list[str] = []
    if content_type:
        base += "AND p.content_type = ? "
        extra = [content_type]
    queries = [
        (base + "AND p.received_date BETWEEN ? AND ?", [*office_ids, *extra, s, e]),
        # Open now (ix_petition_state: one range per open state) …
        (base + f"AND p.state IN ({opens}) AND p.received_date < ?",
         [*office_ids, *extra, *_OPEN, s]),
        # … or closed on or after the first day (ix_petition_closed_on, migration 0007).
        # (the unary + keep the planner off the state and date indexes: read few rows)
        (base + f"AND p.closed_on >= ? AND +p.received_date < ? AND +p.state IN ({finals})",
         [*office_ids, *extra, s, s, *_FINAL]),
    ]
    found: dict[str, PetitionFact] = {}
    for sql, params in queries:
        for (pid, seq, year, office, received, ct, channel, inst, matter, rnd, anon, state,
             fwd, dup) in conn.execute(sql, params):
            found[pid] = PetitionFact(
                Ref(PETITION, _hex_to_uuid(pid), f"{seq:04d}/{year}"), office, received, ct,
                channel, int(inst), matter or pid, int(rnd), bool(anon), state, forwarder=fwd,
                duplicate=dup is not None)
        if cancelled and cancelled():
            raise Cancelled
    ids = sorted(found)  # in index order: each index page is read once, in sequence (cold disk)
    with_data = ",".join(f"'{x}'" for x in sorted(_DATA_STEPS))
    only = f"AND step IN ({','.join(repr(x) for x in sorted(steps))}) " if steps else ""
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT petition_id, seq, step, on_date, CASE WHEN step IN ({with_data}) THEN data "
            f"END FROM petition_event WHERE petition_id IN ({marks}) {only}"
            "ORDER BY petition_id, seq",
            list(chunk)).fetchall()  # the (petition_id, seq) index gives this order for free
        for pid, group in groupby(rows, key=itemgetter(0)):
            found[pid].events = [Event(*r[1:]) for r in group]
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

"""Add petitions to a bench store: `python -m bench.generate_petitions --dir DIR --petitions N`.

The store must come from bench.generate (its marker gives the office, the span and the end).
Petitions, their senders and their events are bulk-inserted like the visits, filled the way
app.services.petitions.register / act fill them:

* received on working days over the store's span, numbered per year in time order, search_key
  in creation order, search_text from app.vn.text.fold in petition_search_text's field order
  (no sender in a denunciation's text), confidential for TC;
* senders drawn from the store's citizens (one, or 5–15 signers for a group petition); anonymous
  letters have none;
* ~10% are a later round of an earlier matter (same matter_id, round + 1) and ~3% duplicates
  (same matter and round); each petition's steps are a walk through the procedure of
  app.law.petition — every step checked with `refusals` and applied with `advance`, dates a few
  working days apart, older petitions mostly finished — decisions with results and quantities;
* the cached procedure columns (state, processable, competent, complexity, extensions,
  closed_on, next_due) computed by the same functions the services use (app.law.petition,
  app.law.petition_deadlines, app.services.petitions._deadlines on the office calendar), and
  the case columns (accepted_on, resolved_on, resolution_due) the statistics counters use.

The petition FTS triggers are dropped during the load and recreated from their stored SQL.
`verify()` replays a sample through app.services.petitions (facts, deadlines, search text, FTS)
and raises on any difference. A marker (bench-petitions.json) ties the petitions to the visit
store they were added to; a matching one is reused.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from app.law.petition import Channel as Ch
from app.law.petition import Complexity as Cx
from app.law.petition import (
    ContentType,
    Facts,
    State,
    Step,
    StepData,
    advance,
    refusals,
)
from app.law.petition_deadlines import EventFact, obligations
from app.models import Petition, PetitionEvent, PetitionSender
from app.paths import DB_FILENAME
from app.services.demo import CONTENTS
from app.services.demo_petitions import FORWARDERS, REASONS, RECIPIENTS
from app.vn.text import fold
from bench.common import DEFAULT_STORE_DIR
from bench.generate import MARKER, _bulk_engine, _fold_pooled

GENERATOR_VERSION = 1
PMARKER = "bench-petitions.json"
CHUNK = 20_000
FTS = ("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
       "AND name LIKE 'petition_fts_%' ORDER BY name")
CT_WEIGHTS = (("KNPA", 50), ("KN", 28), ("TC", 17), ("MULTI", 5))
CHANNELS = (("desk", 45), ("post", 25), ("mailbox", 5), ("forwarded", 15), ("online", 10))


@dataclass(frozen=True)
class PSpec:
    petitions: int
    seed: int = 2026
    generator_version: int = GENERATOR_VERSION


def _marker(path: Path) -> dict[str, Any] | None:
    try:
        value: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value


class _Walk:
    """One petition's procedure, step by step through the pure rules."""

    def __init__(self, rng: random.Random, cal: Any, received: date, end: date, facts: Facts
                 ) -> None:
        self.rng, self.cal, self.day, self.end, self.f = rng, cal, received, end, facts
        self.events: list[dict[str, Any]] = []

    def step(self, name: Step, gap: tuple[int, int] = (1, 4), *, doc: str = "",
             **data: Any) -> bool:
        day = self.cal.add_working_days(self.day, self.rng.randint(*gap))
        if day > self.end:
            return False
        sd = StepData(name, doc_number=doc,
                      content_type=ContentType(data["content_type"]) if data.get("content_type") else None,
                      processable=data.get("processable"), competent=data.get("competent"),
                      complexity=Cx(data["complexity"]) if data.get("complexity") else None,
                      reasons=tuple(data.get("reasons") or ()),
                      recipient=str(data.get("recipient") or ""))
        if refusals(self.f, sd):
            return False
        self.f = advance(self.f, sd)
        payload = {k: v for k, v in data.items() if v is not None and v != [] and v != {}}
        self.events.append({"step": name.value, "on_date": day, "doc_number": doc,
                            "data": payload, "state_after": self.f.state.value})
        self.day = day
        return True


def _walk(w: _Walk, ct: str, age_days: int, rng: random.Random) -> None:
    depth = rng.random()
    if age_days > 60 and rng.random() < 0.97:
        depth = 0.85 + 0.15 * depth
    processable = rng.random() > 0.12
    competent = rng.random() > (0.45 if ct == "TC" else 0.3)
    if depth < 0.05 or not w.step(Step.CLASSIFY, content_type=ct, processable=processable,
                                  competent=competent if processable else None,
                                  reasons=[] if processable else [rng.choice(REASONS)]):
        return
    if not processable:
        w.step(Step.FILE)
        return
    if not competent:
        if ct in ("KN", "MULTI"):
            w.step(Step.GUIDE, recipient=rng.choice(RECIPIENTS)) or w.step(Step.FILE)
        elif w.step(Step.TRANSFER, doc=f"{rng.randint(1, 300)}/PC-UBND",
                    recipient=rng.choice(RECIPIENTS)):
            if depth > 0.5:
                w.step(Step.REPLY, gap=(5, 20))
        else:
            w.step(Step.FILE)
        return
    if ct == "MULTI":
        w.step(Step.GUIDE, recipient="Người gửi (tách đơn)")
        return
    if depth < 0.15 or not w.step(Step.PROPOSE):
        return
    if rng.random() < 0.06:
        w.step(Step.REJECT)
        return
    if depth < 0.25 or not w.step(Step.ACCEPT, doc=f"{rng.randint(1, 400)}/QĐ-UBND",
                                  complexity="complex" if rng.random() < 0.25 else "normal"):
        return
    if rng.random() < 0.04:
        w.step(Step.WITHDRAW, gap=(3, 10))
        return
    if ct == "TC" and not w.step(Step.NOTIFY, gap=(1, 4)):
        return
    if depth < 0.4 or not w.step(Step.VERIFY, gap=(2, 6)):
        return
    if ct == "KN" and rng.random() < 0.6 and not w.step(Step.DIALOGUE, gap=(5, 10)):
        return
    if depth < 0.55:
        return
    if ct == "KN":
        result = rng.choice(["right", "wrong", "partly"])
    elif ct == "TC":
        result = rng.choice(["Tố cáo đúng", "Tố cáo sai", "Tố cáo đúng một phần"])
    else:
        result = "Đã xem xét, trả lời"
    qty = {}
    if ct in ("KN", "TC") and rng.random() < 0.3:
        qty = {"money_returned": float(rng.choice([5, 12.5, 40, 120]) * 1_000_000),
               "people_benefited": float(rng.randint(1, 4))}
    if not w.step(Step.DECIDE, gap=(5, 25), doc=f"{rng.randint(1, 400)}/QĐ-UBND",
                  result=result, quantities=qty or None):
        return
    if ct == "KN" and w.step(Step.EFFECTIVE, gap=(22, 25)):
        if depth > 0.7 and w.step(Step.ENFORCE, gap=(2, 8)):
            w.step(Step.CLOSE, gap=(5, 20))
    elif depth > 0.6:
        w.step(Step.CLOSE, gap=(2, 10))


def build(dir_: Path, spec: PSpec, *, quiet: bool = False) -> dict[str, Any]:
    from app.services import petitions as psvc
    from app.services.calendar import office_calendar
    from app.services.common import local_office
    from app.storage.store import open_store

    vmark = _marker(dir_ / MARKER)
    if vmark is None or not vmark.get("complete"):
        raise SystemExit(f"{dir_} holds no complete bench store (run bench.generate first)")
    t0 = time.perf_counter()
    rng = random.Random(spec.seed + 7)
    store = open_store(dir_)
    cal = office_calendar(store)
    with store.read() as uow:
        s = uow.session
        office_id = local_office(s).id
        officers = [r[0] for r in s.execute(text("SELECT id FROM officer"))]
        already = s.execute(text("SELECT count(*) FROM petition")).scalar()
        citizens = s.execute(text(
            "SELECT id, full_name, cccd, address, phone FROM citizen")).all()
    store.close()
    if already:
        raise SystemExit(f"{dir_} already holds {already} petitions")
    officers = [uuid.UUID(hex=o) if isinstance(o, str) else o for o in officers]
    end = datetime.fromisoformat(vmark["end_local"]).date()
    years = float(vmark["spec"]["years"])
    first = end - timedelta(days=round(years * 365.25))
    days = [first + timedelta(days=i) for i in range((end - first).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    received_days = sorted(rng.choice(days) for _ in range(spec.petitions))
    cts, ct_w = [c for c, _ in CT_WEIGHTS], [w for _, w in CT_WEIGHTS]
    chans, ch_w = [c for c, _ in CHANNELS], [w for _, w in CHANNELS]
    engine = _bulk_engine(dir_ / DB_FILENAME)
    seq_by_year: dict[int, int] = {}
    matters: dict[uuid.UUID, dict[str, Any]] = {}  # matter → rounds, guided, transferred
    recent: list[tuple[uuid.UUID, uuid.UUID, int, str, str, str | None]] = []
    counts = {"petition": 0, "petition_sender": 0, "petition_event": 0}
    now = datetime.now(UTC).replace(tzinfo=None)
    with engine.connect() as conn:
        with conn.begin():
            triggers = dict(conn.exec_driver_sql(FTS).all())
            assert len(triggers) == 3, sorted(triggers)
            for name in triggers:
                conn.exec_driver_sql(f"DROP TRIGGER {name}")
        rows: list[dict[str, Any]] = []
        senders: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        for key, day in enumerate(received_days, 1):
            pid = uuid.UUID(int=rng.getrandbits(128), version=4)
            ct = rng.choices(cts, ct_w)[0]
            field_code, content = rng.choice(CONTENTS["KNPA" if ct == "MULTI" else ct])
            channel = rng.choices(chans, ch_w)[0]
            anonymous = ct == "TC" and channel in ("mailbox", "post") and rng.random() < 0.3
            fkind, fname = rng.choice(FORWARDERS) if channel == "forwarded" else (None, "")
            fref = f"{rng.randint(1, 900)}/CV" if fkind else ""
            matter, rnd, dup = pid, 1, None
            if recent and rng.random() < 0.13:
                e_id, e_matter, e_round, e_ct, e_content, e_field = rng.choice(recent[-3000:])
                ct, content, field_code = e_ct, e_content, e_field
                matter = e_matter
                if rng.random() < 0.25:
                    dup, rnd = e_id, e_round
                else:
                    rnd = matters[matter]["rounds"] + 1
            m = matters.setdefault(matter, {"rounds": 0, "guided": False, "transferred": False})
            m["rounds"] = max(m["rounds"], rnd)
            seq = seq_by_year.get(day.year, 0) + 1
            seq_by_year[day.year] = seq
            officer = rng.choice(officers)
            facts = Facts(content_type=ContentType(ct), channel=Ch(channel),
                          matter_guided=m["guided"], matter_transferred=m["transferred"])
            w = _Walk(rng, cal, day, end, facts)
            _walk(w, ct, (end - day).days, rng)
            m["guided"] = m["guided"] or w.f.matter_guided
            m["transferred"] = m["transferred"] or w.f.matter_transferred
            final_ct = w.f.content_type.value if w.f.content_type else ct
            n_senders = 0 if anonymous else (rng.randint(5, 15) if rng.random() < 0.03 else 1)
            people = rng.sample(citizens, n_senders) if n_senders else []
            confidential = ct == "TC"
            number = f"{seq:04d}/{day.year}"
            parts = [_fold_pooled(content), "", fold(fname), fref, number.replace("/", " ")]
            respondent = "UBND phường" if ct == "KN" else ""
            parts[1] = _fold_pooled(respondent)
            if not confidential:
                for _cid, name, cccd, addr, phone in people:
                    parts += [_fold_pooled(name), fold(addr), cccd or "", phone or ""]
            created = datetime(day.year, day.month, day.day, 2) + timedelta(minutes=rng.randrange(480))
            ev_facts = [EventFact(Step(e["step"]), e["on_date"],
                                  complexity=Cx(e["data"]["complexity"]) if e["data"].get("complexity") else None,
                                  competent=e["data"].get("competent"),
                                  content_type=ContentType(e["data"]["content_type"]) if e["data"].get("content_type") else None)
                        for e in w.events]
            obs = obligations(received=day, content_type=ContentType(final_ct), channel=Ch(channel),
                              forwarder=None if fkind is None else __import__(
                                  "app.law.petition", fromlist=["Forwarder"]).Forwarder(fkind),
                              anonymous=anonymous, instance=1, events=ev_facts)
            dls = psvc._deadlines(cal, obs, end)
            f = w.f
            rows.append({
                "id": pid, "office_id": office_id, "year": day.year, "seq": seq,
                "search_key": key, "received_date": day, "channel": channel,
                "forwarder_kind": fkind, "forwarder_name": fname, "forwarder_ref": fref,
                "forwarder_ref_date": None, "petition_date": day, "content": content,
                "content_type": final_ct, "field_code": field_code, "respondent": respondent,
                "complained_decision": "", "learned_date": None, "instance": 1,
                "anonymous": anonymous, "signed": True, "signer_count": max(n_senders, 1),
                "language": "vi", "documents": [], "visit_id": None, "officer_id": officer,
                "duplicate_of_id": dup, "matter_id": matter, "round": rnd, "watch": False,
                "watch_note": "", "confidential": confidential, "notes": "",
                "state": f.state.value, "processable": f.processable, "competent": f.competent,
                "complexity": f.complexity.value, "extensions": f.extensions,
                "next_due": psvc._next_due(dls),
                "closed_on": w.events[-1]["on_date"] if f.state.value in _FINAL and w.events else None,
                **_case_columns(w.events, cal, obs),
                "search_text": " ".join(x for x in parts if x),
                "created_at": created, "updated_at": created, "version": 1 + len(w.events),
                "deleted_at": None,
            })
            for pos, (cid, _n, _c, addr, phone) in enumerate(people):
                senders.append({"id": uuid.UUID(int=rng.getrandbits(128), version=4),
                                "petition_id": pid,
                                "citizen_id": uuid.UUID(hex=cid) if isinstance(cid, str) else cid,
                                "role": "petitioner", "is_representative": n_senders > 1 and pos == 0,
                                "position": pos, "address": addr, "phone": phone})
            for i, e in enumerate(w.events, 1):
                events.append({"id": uuid.UUID(int=rng.getrandbits(128), version=4),
                               "petition_id": pid, "seq": i, "step": e["step"],
                               "on_date": e["on_date"], "recorded_at": now,
                               "officer_id": officer, "doc_number": e["doc_number"],
                               "doc_date": e["on_date"] if e["doc_number"] else None, "note": "",
                               "data": e["data"], "state_after": e["state_after"]})
            recent.append((pid, matter, rnd, ct, content, field_code))
            if len(rows) >= CHUNK or key == spec.petitions:
                with conn.begin():
                    conn.execute(insert(Petition.__table__), rows)
                    if senders:
                        conn.execute(insert(PetitionSender.__table__), senders)
                    if events:
                        conn.execute(insert(PetitionEvent.__table__), events)
                counts["petition"] += len(rows)
                counts["petition_sender"] += len(senders)
                counts["petition_event"] += len(events)
                rows, senders, events = [], [], []
                if not quiet:
                    el = time.perf_counter() - t0
                    print(f"  {counts['petition']:>9,} petitions, {counts['petition_event']:>9,} "
                          f"events  {el:6.1f} s", flush=True)
        with conn.begin():
            conn.exec_driver_sql("INSERT INTO petition_fts(rowid, text) "
                                 "SELECT search_key, search_text FROM petition")
            for sql in triggers.values():
                conn.exec_driver_sql(sql)
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA journal_mode=WAL")
    engine.dispose()
    info = {"spec": asdict(spec), "visit_store_built_at": vmark.get("built_at"),
            "counts": counts, "build_seconds": round(time.perf_counter() - t0, 1)}
    info["verified"] = verify(dir_)
    (dir_ / PMARKER).write_text(json.dumps(info, indent=2), encoding="utf-8")
    return info


_FINAL = frozenset({State.GUIDED.value, State.RETURNED.value, State.REJECTED.value,
                    State.FILED.value, State.WITHDRAWN.value, State.TERMINATED.value,
                    State.CLOSED.value})


def _case_columns(events: list[dict[str, Any]], cal: Any, obs: Any) -> dict[str, Any]:
    """accepted_on, resolved_on, resolution_due as app.services.petitions._refresh sets them
    (the day_count triggers count them as the rows go in)."""
    from types import SimpleNamespace

    from app.services import petitions as psvc

    accepted, resolved = psvc.case_dates([SimpleNamespace(**e) for e in events])
    return {"accepted_on": accepted, "resolved_on": resolved,
            "resolution_due": psvc.resolution_due(cal, obs) if accepted else None}


def verify(dir_: Path, sample: int = 1000) -> int:
    """Replay a sample through app.services.petitions; raises AssertionError on a difference."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from app.models import Citizen
    from app.services import petitions as psvc
    from app.services.calendar import office_calendar
    from app.storage.store import open_store

    store = open_store(dir_)
    cal = office_calendar(store)
    checked = 0
    try:
        with store.read() as uow:
            s = uow.session
            n = s.execute(text("SELECT max(search_key) FROM petition")).scalar() or 0
            keys = random.Random(3).sample(range(1, n + 1), min(n, sample))
            ps = s.scalars(select(Petition).where(Petition.search_key.in_(keys)).options(
                selectinload(Petition.events), selectinload(Petition.senders))).all()
            for p in ps:
                events = list(p.events)
                f = psvc._facts(s, p, events)
                assert (p.state, p.processable, p.competent, p.complexity, p.extensions) == (
                    f.state.value, f.processable, f.competent, f.complexity.value,
                    f.extensions), p.number
                obs = psvc.obligations_of(p, events)
                dls = psvc._deadlines(cal, obs, date.today())
                assert p.next_due == psvc._next_due(dls), p.number
                assert (p.accepted_on, p.resolved_on) == psvc.case_dates(events), p.number
                assert p.resolution_due == (psvc.resolution_due(cal, obs) if p.accepted_on
                                            else None), p.number
                assert p.closed_on == (events[-1].on_date if f.state.value in _FINAL and events
                                       else None), p.number
                assert [e.seq for e in events] == list(range(1, len(events) + 1)), p.number
                assert all(a.on_date <= b.on_date for a, b in itertools.pairwise(events))
                linked = [(s.get_one(Citizen, ps_.citizen_id), ps_) for ps_ in p.senders]
                assert p.search_text == psvc.petition_search_text(p, linked), p.number
                fts = s.execute(text("SELECT text FROM petition_fts WHERE rowid = :k"),
                                {"k": p.search_key}).scalar()
                assert fts == p.search_text, p.number
                if p.matter_id != p.id:
                    first = s.get(Petition, p.matter_id)
                    assert first is not None and first.received_date <= p.received_date
                checked += 1
            triggers = s.execute(text(FTS.replace("name, sql", "count(*)"))).scalar()
            assert triggers == 3, triggers
    finally:
        store.close()
    return checked


def ensure_petitions(dir_: Path, spec: PSpec, *, quiet: bool = False) -> dict[str, Any]:
    vmark = _marker(dir_ / MARKER)
    pm = _marker(dir_ / PMARKER)
    if (pm is not None and vmark is not None and pm.get("spec") == asdict(spec)
            and pm.get("visit_store_built_at") == vmark.get("built_at")):
        if not quiet:
            print(f"Reusing the {spec.petitions:,} petitions in {dir_}.")
        return pm
    if not quiet:
        print(f"Adding {spec.petitions:,} petitions to {dir_} …", flush=True)
    info = build(dir_, spec, quiet=quiet)
    if not quiet:
        print(f"Added in {info['build_seconds']} s: {info['counts']}; verified "
              f"{info['verified']} petitions.")
    return info


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.generate_petitions",
                                description=__doc__.split("\n")[0])
    p.add_argument("--dir", type=Path, default=DEFAULT_STORE_DIR)
    p.add_argument("--petitions", type=int, default=500_000)
    p.add_argument("--seed", type=int, default=2026)
    args = p.parse_args(argv)
    ensure_petitions(args.dir, PSpec(args.petitions, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())

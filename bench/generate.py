"""Build a large synthetic store fast: `python -m bench.generate --dir DIR --visits N --citizens M`.

The office, its officers and the field-of-law list are made through the services
(init_office, add_officer); citizens, visits and visit_person rows are then bulk-inserted with
SQLAlchemy Core executemany in large transactions, every column filled the way
app.services.visits.log_visit and app.services.citizens.find_or_create would fill it:

* search_key increasing in creation order (citizens: at their first visit; visits: in time
  order), search_text from the same folding (app.vn.text.fold) and field order as
  citizen_search_text / visit_search_text, name_folded / address_folded, birth_year;
* visit numbers `seq` per (local) year in time order, visit_date the Hà Nội date, visited_at
  naive UTC, confidential for TC (and no person in a TC visit's search_text);
* names, addresses, CCCD numbers and contents from app.services.demo (Nguyễn ~38%).

The FTS5 triggers of migration 0001 are dropped during the load, the FTS tables are filled with
INSERT … SELECT, and the triggers are recreated from the very SQL that sqlite_master held.

The store is built in DIR/.building and moved into DIR when complete, with a marker file
(bench-store.json). If DIR already holds a complete store built with the same parameters, it is
reused; if its schema is older than this code's, the migrations upgrade it in place (and the
marker records how long that took). A DIR holding some other store (no marker) is never
overwritten.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, text

from app.clock import VN_TZ
from app.law.visit import Category, is_confidential
from app.models import Citizen, Visit, VisitPerson
from app.paths import DB_FILENAME
from app.services import office as office_service
from app.services.demo import (
    CONTENTS,
    CROWD_CONTENT,
    DEMO_OFFICE,
    DEMO_OFFICERS,
    PRIOR,
    REQUESTS,
    Generator,
)
from app.storage.store import open_store
from app.vn.text import fold
from bench.common import DEFAULT_STORE_DIR

GENERATOR_VERSION = 2  # 2: visit_person.phone (migration 0002)
MARKER = "bench-store.json"
CHUNK = 50_000  # visits per transaction
WORK_MINUTES = 600  # 07:00–16:59 local, Monday to Friday
CATEGORY_WEIGHTS = (("KNPA", 55), ("KN", 20), ("TC", 8), ("OTHER", 17))  # as demo.Generator
OUTCOMES = (("answered", 40), ("petition_received", 30), ("guided", 15), ("transferred", 10),
            ("appointment", 5))
RECEPTION = (("regular", 80), ("scheduled", 17), ("adhoc", 3))

CitizenRef = tuple[uuid.UUID, str, str, str]  # id, visit search fragment, address, phone


@dataclass(frozen=True)
class Spec:
    visits: int
    citizens: int
    seed: int = 2026
    years: float = 16.0  # the span the visits cover, ending yesterday
    generator_version: int = GENERATOR_VERSION


@lru_cache(maxsize=4096)
def _fold_pooled(s: str) -> str:
    """fold() of strings drawn from small pools (contents, requests, names)."""
    return fold(s)


def _utc_naive_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _working_days(start: date, end: date) -> list[date]:
    days, d = [], start
    while d <= end:
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    return days


def _bulk_engine(db_path: Path) -> Engine:
    """An engine for loading only: no journal, no fsync, a big page cache, FKs still checked."""
    engine = create_engine(f"sqlite:///{db_path}")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=OFF")
        cur.execute("PRAGMA synchronous=OFF")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA cache_size=-1000000")  # ~1 GB
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


# The FTS triggers of the two tables the generator bulk-loads (others are left alone).
FTS_TRIGGERS = ("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND (name LIKE 'citizen_fts_%' OR name LIKE 'visit_fts_%') ORDER BY name")


class _Builder:
    def __init__(self, spec: Spec, office_id: uuid.UUID,
                 officers: list[tuple[uuid.UUID, bool]], end_local: datetime) -> None:
        self.spec = spec
        self.office_id = office_id
        self.officers = officers
        self.end_local = end_local
        self.rng = random.Random(spec.seed)
        self.people = Generator(spec.seed + 1)
        self.pool: list[CitizenRef] = []
        self.visit_key = 0
        self.seq_by_year: dict[int, int] = {}
        self.person_slots = 0

    # -- timestamps

    def moments(self) -> Iterator[datetime]:
        """`visits` local times on working days and hours, in order, ending at end_local."""
        r, n = self.rng, self.spec.visits
        last_day = self.end_local.date()
        first_day = last_day - timedelta(days=round(self.spec.years * 365.25))
        days = _working_days(first_day, last_day)
        slots = sorted(r.randrange(len(days) * WORK_MINUTES) for _ in range(n))
        for slot in slots:
            d, minute = divmod(slot, WORK_MINUTES)
            day = days[d]
            yield datetime(day.year, day.month, day.day, 7 + minute // 60, minute % 60,
                           tzinfo=VN_TZ)

    # -- rows

    def _new_citizen(self, created: datetime) -> tuple[dict[str, Any], CitizenRef]:
        p = self.people.person()
        name_folded = _fold_pooled(p.full_name)
        address_folded = fold(p.address)
        card = p.card_address if p.cccd else None  # demo.Generator.person_input
        # citizens.citizen_search_text: name, address, card address, cccd, old id, phone
        parts = [name_folded, address_folded, fold(card), p.cccd, None, p.phone]
        key = len(self.pool) + 1
        cid = uuid.UUID(int=self.rng.getrandbits(128), version=4)
        row = {
            "id": cid, "office_id": self.office_id, "search_key": key,
            "full_name": p.full_name, "cccd": p.cccd, "old_id": None, "id_issued_on": None,
            "id_issue_place": None, "date_of_birth": p.born, "birth_year": p.born.year,
            "gender": p.gender, "address": p.address, "card_address": card, "phone": p.phone,
            "name_folded": name_folded, "address_folded": address_folded,
            "search_text": " ".join(x for x in parts if x),
            "created_at": created, "updated_at": created, "version": 1, "deleted_at": None,
        }
        # visits.visit_search_text, per person: name, address at the visit, cccd, phone
        fragment = " ".join(x for x in (name_folded, address_folded, p.cccd or "", p.phone) if x)
        ref = (cid, fragment, p.address, p.phone)
        self.pool.append(ref)
        return row, ref

    def _persons(self, n: int, visits_left: int, created: datetime,
                 citizen_rows: list[dict[str, Any]]) -> list[tuple[CitizenRef, bool]]:
        """`n` distinct persons, new ones at the rate that uses up exactly `citizens`."""
        out: list[tuple[CitizenRef, bool]] = []
        taken: set[uuid.UUID] = set()
        for _ in range(n):
            left = self.spec.citizens - len(self.pool)
            if left > 0 and (not self.pool or left >= visits_left
                             or self.rng.random() < left / visits_left):
                row, ref = self._new_citizen(created)
                citizen_rows.append(row)
                out.append((ref, True))
            else:
                ref = self.rng.choice(self.pool)
                while ref[0] in taken:
                    ref = self.rng.choice(self.pool)
                out.append((ref, False))
            taken.add(out[-1][0][0])
        return out

    def chunks(self) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]],
                                       list[dict[str, Any]]]]:
        r = self.rng
        cats = [c for c, _ in CATEGORY_WEIGHTS]
        cat_w = [w for _, w in CATEGORY_WEIGHTS]
        outcomes, out_w = [o for o, _ in OUTCOMES], [w for _, w in OUTCOMES]
        rtypes, rt_w = [t for t, _ in RECEPTION], [w for _, w in RECEPTION]
        citizens: list[dict[str, Any]] = []
        visits: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        n = self.spec.visits
        for i, local in enumerate(self.moments()):
            visited_at = local.astimezone(UTC).replace(tzinfo=None)
            created = visited_at + timedelta(minutes=r.randint(1, 30), seconds=r.randrange(60))
            day = local.date()
            category = r.choices(cats, cat_w)[0]
            field_code, content = r.choice(CONTENTS[category])
            officer_id, is_head = r.choice(self.officers)
            crowd = category in ("KN", "KNPA") and r.random() < 0.03
            if crowd:
                field_code, content = CROWD_CONTENT
                size = r.randint(5, 25)
                persons = self._persons(r.randint(1, 2 if size <= 10 else 5), n - i, created,
                                        citizens)
            else:
                size = 1
                persons = self._persons(1, n - i, created, citizens)
            repeat = "repeat" if not crowd and not persons[0][1] else "first"
            seq = self.seq_by_year.get(day.year, 0) + 1
            self.seq_by_year[day.year] = seq
            self.visit_key += 1
            requests, prior = r.choice(REQUESTS), r.choice(PRIOR)
            confidential = is_confidential(Category(category))
            # visits.visit_search_text: content, requests, prior handling, notes, number; persons
            parts = [_fold_pooled(content), _fold_pooled(requests), _fold_pooled(prior), "",
                     f"{seq:04d} {day.year}"]
            if not confidential:
                parts += [ref[1] for ref, _new in persons]
            vid = uuid.UUID(int=r.getrandbits(128), version=4)
            visits.append({
                "id": vid, "office_id": self.office_id, "year": day.year, "seq": seq,
                "search_key": self.visit_key, "visited_at": visited_at, "visit_date": day,
                "reception_type": r.choices(rtypes, rt_w)[0],
                "received_by": "head" if is_head else "officer", "officer_id": officer_id,
                "person_count": size, "is_crowd": crowd, "content": content,
                "category": category, "field_code": field_code, "prior_handling": prior,
                "requests": requests, "repeat": repeat,
                "outcome": r.choices(outcomes, out_w)[0], "outcome_note": "", "follow_up": "",
                "notes": "", "interpreter_used": False, "confidential": confidential,
                "search_text": " ".join(p for p in parts if p),
                "created_at": created, "updated_at": created, "version": 1, "deleted_at": None,
            })
            for pos, (ref, _new) in enumerate(persons):
                links.append({
                    "id": uuid.UUID(int=r.getrandbits(128), version=4), "visit_id": vid,
                    "citizen_id": ref[0], "role": "representative" if crowd else "petitioner",
                    "is_representative": crowd, "position": pos, "address": ref[2],
                    "phone": ref[3],  # as typed at this visit (log_visit: clean(p.phone))
                })
            if len(visits) >= CHUNK:
                yield citizens, visits, links
                citizens, visits, links = [], [], []
        if visits:
            yield citizens, visits, links


def _marker(dir_: Path) -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads((dir_ / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data


def _schema_head() -> str:
    from app.storage import migrate

    return migrate.HEAD


def reusable(dir_: Path, spec: Spec) -> bool:
    """A complete store built with `spec` at a schema revision this code knows: the head, or
    an older one that the migrations bring up to it (`upgrade_in_place`), so a new migration
    is measured on the large store instead of forcing a rebuild."""
    from app.storage import migrate

    m = _marker(dir_)
    return (m is not None and m.get("spec") == asdict(spec) and m.get("complete") is True
            and m.get("revision") in migrate.KNOWN_REVISIONS and (dir_ / DB_FILENAME).exists())


def upgrade_in_place(dir_: Path, *, quiet: bool = False) -> dict[str, Any]:
    """Migrate a reusable store to the head without the pre-migration backup (the store can
    be rebuilt; the backup of 5 GB would only fill the disk). Records the time in the marker."""
    from app.storage import migrate
    from app.storage.engine import make_engine

    m = _marker(dir_)
    assert m is not None
    db = dir_ / DB_FILENAME
    before = migrate.stored_revision(db)
    if before != m.get("revision"):
        m["revision"] = before  # opened by the app since: its migrations ran there
    if before != _schema_head():
        _log(quiet, f"Upgrading the store in {dir_} from schema {before} to {_schema_head()} …")
        engine = make_engine(db)
        t = time.perf_counter()
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()
        took = round(time.perf_counter() - t, 1)
        m.setdefault("upgrades", []).append({"from": before, "to": _schema_head(),
                                             "seconds": took,
                                             "at": _utc_naive_now().isoformat() + "Z"})
        m["revision"] = _schema_head()
        _log(quiet, f"  upgraded in {took} s")
    (dir_ / MARKER).write_text(json.dumps(m, indent=2), encoding="utf-8")
    return m


def verify(dir_: Path, sample: int = 2000) -> int:
    """Recompute derived columns of a sample through the services' own functions.

    Catches drift between this generator and app.services (search_text, folding, numbering,
    dates). Returns the number of rows checked; raises AssertionError on a mismatch.
    """
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from app.clock import to_local
    from app.services.citizens import citizen_search_text
    from app.services.visits import visit_search_text

    store = open_store(dir_)
    checked = 0
    try:
        with store.read() as uow:
            s = uow.session
            triggers = s.execute(text(FTS_TRIGGERS.replace("name, sql", "count(*)"))).scalar()
            assert triggers == 6, f"{triggers} FTS triggers"
            n = s.execute(text("SELECT max(search_key) FROM visit")).scalar() or 0
            keys = random.Random(1).sample(range(1, n + 1), min(n, sample))
            visits = s.scalars(select(Visit).where(Visit.search_key.in_(keys))
                               .options(selectinload(Visit.persons))).all()
            for v in visits:
                linked = [(s.get_one(Citizen, vp.citizen_id), vp) for vp in v.persons]
                assert v.search_text == visit_search_text(v, linked), v.number
                local = to_local(v.visited_at)
                assert (v.visit_date, v.year) == (local.date(), local.year), v.number
                assert v.confidential == is_confidential(Category(v.category)), v.number
                assert v.person_count >= len(linked) >= 1, v.number
                fts = s.execute(text("SELECT text FROM visit_fts WHERE rowid = :k"),
                                {"k": v.search_key}).scalar()
                assert fts == v.search_text, f"visit_fts out of step at {v.number}"
                for c, vp in linked:
                    assert c.search_text == citizen_search_text(c), c.full_name
                    fts = s.execute(text("SELECT text FROM citizen_fts WHERE rowid = :k"),
                                    {"k": c.search_key}).scalar()
                    assert fts == c.search_text, f"citizen_fts out of step for {c.full_name}"
                    assert (c.name_folded, c.address_folded) == (fold(c.full_name),
                                                                 fold(c.address))
                    assert c.birth_year == (c.date_of_birth.year if c.date_of_birth else None)
                    assert vp.address == c.address and vp.phone == c.phone
                    checked += 1
                checked += 1
    finally:
        store.close()
    return checked


def _log(quiet: bool, msg: str) -> None:
    if not quiet:
        print(msg, flush=True)


def build(dir_: Path, spec: Spec, *, quiet: bool = False) -> dict[str, Any]:
    if spec.citizens > spec.visits:
        raise SystemExit("--citizens must not exceed --visits (citizens exist through visits)")
    t_start = time.perf_counter()
    work = dir_ / ".building"
    if work.exists():
        shutil.rmtree(work)
    # 1. Through the services: schema (migration 0001), office, field list, officers.
    store = open_store(work)
    office = office_service.init_office(
        store, "00000-BENCH", DEMO_OFFICE[1].replace("dữ liệu mẫu", "dữ liệu đo hiệu năng"),
        DEMO_OFFICE[2])
    for name, title, head in DEMO_OFFICERS:
        office_service.add_officer(store, name, title, is_head=head)
    officers = [(o.id, o.is_head) for o in office_service.list_officers(store)]
    store.close()

    # 2. Bulk load.
    db_path = work / DB_FILENAME
    engine = _bulk_engine(db_path)
    end_local = (datetime.now(VN_TZ) - timedelta(days=1)).replace(
        hour=17, minute=0, second=0, microsecond=0)
    builder = _Builder(spec, office.id, officers, end_local)
    with engine.connect() as conn:
        with conn.begin():
            triggers = dict(conn.exec_driver_sql(FTS_TRIGGERS).all())
            assert len(triggers) == 6, sorted(triggers)
            for name in triggers:
                conn.exec_driver_sql(f"DROP TRIGGER {name}")
        t_rows = time.perf_counter()
        done = 0
        for citizens, visits, links in builder.chunks():
            with conn.begin():
                if citizens:
                    conn.execute(insert(Citizen.__table__), citizens)
                conn.execute(insert(Visit.__table__), visits)
                conn.execute(insert(VisitPerson.__table__), links)
            done += len(visits)
            el = time.perf_counter() - t_rows
            _log(quiet, f"  {done:>9,} visits, {len(builder.pool):>8,} citizens  "
                        f"{el:6.1f} s ({done / el:,.0f} visits/s)")
        t_fts = time.perf_counter()
        with conn.begin():
            for table in ("citizen", "visit"):
                conn.exec_driver_sql(f"INSERT INTO {table}_fts(rowid, text) "
                                     f"SELECT search_key, search_text FROM {table}")
            for sql in triggers.values():
                conn.exec_driver_sql(sql)
        _log(quiet, f"  FTS index filled in {time.perf_counter() - t_fts:.1f} s")
        with conn.begin():
            counts = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                      for t in ("citizen", "visit", "visit_person")}
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            orphans = conn.exec_driver_sql(
                "SELECT count(*) FROM citizen c WHERE NOT EXISTS "
                "(SELECT 1 FROM visit_person vp WHERE vp.citizen_id = c.id)").scalar()
        assert orphans == 0, f"{orphans} citizens without a visit"
        assert counts["citizen"] == spec.citizens and counts["visit"] == spec.visits, counts
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA journal_mode=WAL")  # what the app's stores use (outside a transaction)
    engine.dispose()

    # 3. Move into place; the marker says it is complete.
    final = dir_ / DB_FILENAME
    for suffix in ("", "-wal", "-shm"):
        Path(f"{final}{suffix}").unlink(missing_ok=True)
    db_path.rename(final)
    shutil.rmtree(work)
    info = {
        "spec": asdict(spec), "complete": True, "revision": revision, "counts": counts,
        "end_local": end_local.isoformat(), "built_at": _utc_naive_now().isoformat() + "Z",
        "build_seconds": round(time.perf_counter() - t_start, 1),
        "size_mb": round(final.stat().st_size / 2**20, 1),
    }
    info["verified_rows"] = verify(dir_)
    (dir_ / MARKER).write_text(json.dumps(info, indent=2), encoding="utf-8")
    return info


def ensure_store(dir_: Path, spec: Spec, *, force: bool = False, quiet: bool = False
                 ) -> dict[str, Any]:
    """Reuse DIR's store if it was built with `spec`, else build it. Returns the marker."""
    dir_.mkdir(parents=True, exist_ok=True)
    if not force and reusable(dir_, spec):
        _log(quiet, f"Reusing the store in {dir_} ({spec.visits:,} visits, "
                    f"{spec.citizens:,} citizens).")
        return upgrade_in_place(dir_, quiet=quiet)
    if (dir_ / DB_FILENAME).exists() and _marker(dir_) is None:
        raise SystemExit(f"{dir_ / DB_FILENAME} exists and was not made by bench.generate; "
                         "refusing to overwrite it.")
    _log(quiet, f"Building a store of {spec.visits:,} visits and {spec.citizens:,} citizens "
                f"in {dir_} …")
    (dir_ / MARKER).unlink(missing_ok=True)
    info = build(dir_, spec, quiet=quiet)
    _log(quiet, f"Built in {info['build_seconds']} s: {info['counts']}, {info['size_mb']} MB.")
    return info


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n")[0])
    p.add_argument("--dir", type=Path, default=DEFAULT_STORE_DIR)
    p.add_argument("--visits", type=int, default=1_000_000)
    p.add_argument("--citizens", type=int, default=300_000)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--years", type=float, default=16.0, help="span of the visits (default 16)")
    p.add_argument("--force", action="store_true", help="rebuild even if a matching store exists")
    args = p.parse_args(argv)
    spec = Spec(args.visits, args.citizens, args.seed, args.years)
    ensure_store(args.dir, spec, force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Property (issue 5): whatever a ward does and whenever it exports, once the upstream has
imported every batch — in any order, some of them twice — its copy of that office is the ward's
data (every synced table, less the store-local search_key; JSON compared as data, not as
key order, which the upstream's copy does not keep). SQLite upstream: the PostgreSQL
path is the same code, covered by the round-trip tests."""

from __future__ import annotations

import contextlib
import json
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import false, select

from app.errors import TiepDanError
from app.models import Base
from app.services import petitions, visits
from app.services.petitions import PetitionInput, StepInput
from app.storage.changelog import SYNCED_TABLES
from app.storage.store import Store
from app.sync import inbox, outbox
from tests.helpers import NOW, person, visit
from tests.sync.conftest import make_net

TODAY = date(2026, 11, 20)
NAMES = ["Trần Thị Hoa", "Lê Văn Nam", "Phạm Minh Tuấn", "Đỗ Thu Hà"]

EDITS = st.lists(st.one_of(
    st.tuples(st.just("visit"), st.sampled_from(NAMES)),
    st.tuples(st.just("petition"), st.sampled_from(NAMES)),
    st.tuples(st.just("classify"), st.integers(0, 5)),
    st.tuples(st.just("watch"), st.integers(0, 5)),
    st.tuples(st.just("export"), st.just(0)),
), min_size=1, max_size=12)


def _edit(w: Store, kind: str, arg: Any, cases: list[uuid.UUID], n: int) -> None:
    if kind == "visit":
        visits.log_visit(w, visit(person(arg)), now=NOW - timedelta(minutes=n))
    elif kind == "petition":
        cases.append(petitions.register(w, PetitionInput(
            received_date=date(2026, 3, 2), content_type="KN", content=f"Khiếu nại số {n}",
            senders=[person(arg)]), today=TODAY).id)
    elif cases and kind == "classify":
        # a second classification is refused by the procedure: no change then
        with contextlib.suppress(TiepDanError):
            petitions.act(w, cases[arg % len(cases)], StepInput(
                step="classify", on_date=date(2026, 3, 3), content_type="KN", processable=True,
                competent=True), today=TODAY)
    elif cases and kind == "watch":
        petitions.set_watch(w, cases[arg % len(cases)], arg % 2 == 0, f"Ghi chú {n}")


def _data(s: Store, keys: dict[str, set[Any]] | None = None) -> dict[str, set[tuple[Any, ...]]]:
    """Every synced table's rows (less search_key); with `keys`, only rows with those keys."""
    out: dict[str, set[tuple[Any, ...]]] = {}
    with s.read() as uow:
        for name in SYNCED_TABLES:
            t = Base.metadata.tables[name]
            key = t.c.code if name == "field_of_law" else t.c.id
            stmt = select(*[c for c in t.c if c.name != "search_key"])
            if keys is not None:
                stmt = stmt.where(key.in_(keys[name])) if keys[name] else stmt.where(false())
            out[name] = {tuple(json.dumps(v, sort_keys=True) if isinstance(v, list | dict) else v for v in r)
                         for r in uow.session.execute(stmt)}
    return out


def _keys(s: Store) -> dict[str, set[Any]]:
    with s.read() as uow:
        return {name: set(uow.session.scalars(select(
            Base.metadata.tables[name].c.code if name == "field_of_law"
            else Base.metadata.tables[name].c.id))) for name in SYNCED_TABLES}


def _office_keys(s: Store, offices: set[Any]) -> dict[str, set[Any]]:
    """Keys of the rows an office owns (tables with office_id) in a store."""
    with s.read() as uow:
        return {name: set(uow.session.scalars(select(t.c.id).where(t.c.office_id.in_(offices))))
                for name in SYNCED_TABLES
                if "office_id" in (t := Base.metadata.tables[name]).c}


@settings(max_examples=15, deadline=None)
@given(EDITS, st.randoms(use_true_random=False))
def test_upstream_copy_equals_the_ward_after_any_edits_and_import_order(
        edits: list[tuple[str, Any]], rnd: Any) -> None:
    with tempfile.TemporaryDirectory(prefix="tiepdan-prop-") as tmp:
        net = make_net(Path(tmp), None)
        n = next(net)
        try:
            up, w, root = n["up"], n["wards"]["00163"], Path(tmp)
            cases: list[uuid.UUID] = []
            files: list[Path] = []
            for i, (kind, arg) in enumerate([*edits, ("export", 0)]):
                if kind == "export":
                    done = outbox.export(w, root / "usb")
                    if done.path is not None:
                        files.append(done.path)
                else:
                    _edit(w, kind, arg, cases, i)
            order = files + rnd.sample(files, k=rnd.randint(0, len(files)))
            rnd.shuffle(order)
            results = inbox.import_files(up, order, root / "receipts")
            assert all(r.status in ("applied", "duplicate", "held") for r in results), \
                [r.line() for r in results]
            assert not any(r.problems for r in results), [r.problems for r in results]
            assert not inbox.held_dir(up).exists() or not any(inbox.held_dir(up).iterdir())
            ward, mine = _data(w), _keys(w)
            # nothing of that office at the upstream that the ward lacks
            assert all(v <= mine[k] for k, v in _office_keys(up, mine["office"]).items())
            # field_of_law is the upstream's own code list (added if missing, never overwritten)
            assert {k: v for k, v in _data(up, mine).items() if k != "field_of_law"} == \
                {k: v for k, v in ward.items() if k != "field_of_law"}
        finally:
            next(net, None)

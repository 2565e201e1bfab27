"""The consolidated lists and the search at an upstream on PostgreSQL give what the same
upstream on SQLite gives, for the same imported batches: the logbook (filters, pages, counts,
text), the petition register, the citizens' suggestions and the one search box — accents, case
and đ ignored, words matched as prefixes, denunciations' identities hidden the same way."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app import cli
from app.models import Visit
from app.services import citizens, excel_export, office, petition_list, search, visits
from app.services.common import Viewer
from app.services.petition_list import PetitionQuery
from app.services.visits import LogbookQuery
from app.storage.store import Store, open_store
from app.sync import inbox, keys, outbox
from app.vn.text import tokens
from tests.helpers import NOW
from tests.sync.conftest import _ward

TODAY = NOW.date()


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory, pg_cluster: Any
         ) -> Iterator[dict[str, Any]]:
    """Two wards' demo books, exported once and imported into an upstream on each database."""
    from app.services.demo import fill_demo

    root = tmp_path_factory.mktemp("lists")
    url = pg_cluster.migrated_database()
    ups = {"sqlite": open_store(root / "up-sqlite"), "postgresql": open_store(root / "up-pg", url)}
    for name, up in ups.items():
        office.init_office(up, "HN-BTCD", "Ban Tiếp công dân thành phố Hà Nội")
        keys.init_keys(up, upstream=True)
        keys.export_public(up, root / f"{name}.json")
    wards = []
    for seed, (code, ward_name) in enumerate((("00163", "UBND phường Láng"),
                                              ("00166", "UBND phường Ô Chợ Dừa"))):
        w = _ward(root, code, ward_name)
        office.add_officer(w, "Trần Văn Hùng", "Chủ tịch", is_head=True)
        fill_demo(w, 120, seed=seed + 7, now=NOW, petitions=40)
        keys.import_upstream(w, root / "sqlite.json")
        keys.export_public(w, root / f"{code}.json")
        for up in ups.values():
            keys.enrol(up, root / f"{code}.json")
        wards.append(w)
    # A batch is sealed for one upstream: the second gets the whole change log again after the
    # wards re-pin (a new epoch), the same records in the same order.
    for n, (name, up) in enumerate(ups.items()):
        for w in wards:
            if n:
                keys.import_upstream(w, root / f"{name}.json", replace=True)
            path = outbox.export(w, root / f"usb-{name}", from_scratch=bool(n)).path
            assert path is not None
            res = inbox.import_files(up, [path], root / f"r-{name}")
            assert [r.status for r in res] == ["applied"], [r.line() for r in res]
    yield {"ups": ups, "wards": wards, "url": url, "root": root}
    for s in (*ups.values(), *wards):
        s.close()


def _both(pair: dict[str, Any], fn: Any) -> Any:
    sq, pg = (fn(pair["ups"][k]) for k in ("sqlite", "postgresql"))
    assert pg == sq
    return sq


def _viewers(up: Store) -> list[Viewer]:
    out = [Viewer()]
    for o in office.list_officers(up, include_inactive=True):
        out.append(Viewer(o.id, is_head=o.is_head))
    return out


def _words(up: Store, n: int, seed: int) -> list[str]:
    """Typed searches: prefixes of words in the imported records, with and without marks."""
    rows = visits.list_visits(up, LogbookQuery(), 0, 1000, Viewer(None, is_head=True))
    pool = sorted({w for r in rows for w in (r.persons_label + " " + r.address + " "
                                             + r.content).split() if tokens(w)})
    rng = random.Random(seed)
    typed = []
    for word in rng.sample(pool, min(n, len(pool))):
        typed.append(word[: rng.randint(1, len(word))])
    return [*typed, "Nguyễn Văn", "nguyen van", "NGUYỄN", "đức", "duc", "Đ", "d", "phường láng",
            "ngõ", "001", "09", "zzqx", "!!", "tố cáo", "đất đai"]


def test_logbook_lists_and_counts_are_the_same(pair: dict[str, Any]) -> None:
    up = pair["ups"]["sqlite"]
    offices = petition_list.offices(up)  # the wards' (same ids on both) and the upstream's own
    assert [o[1] for o in offices] == ["00163", "00166", "HN-BTCD"]
    total = _both(pair, lambda s: visits.count_visits(s, LogbookQuery(),
                                                      Viewer(None, is_head=True)))
    assert total == 240
    queries = [LogbookQuery(), LogbookQuery(category="TC"), LogbookQuery(reception_type="regular"),
               LogbookQuery(date_from=TODAY - timedelta(days=60), date_to=TODAY - timedelta(days=5)),
               LogbookQuery(office_id=offices[0][0]), LogbookQuery(office_id=offices[1][0])]
    queries += [LogbookQuery(text=t) for t in _words(up, 25, 1)]
    queries += [LogbookQuery(text="nguyen", office_id=offices[1][0], category="KN"),
                LogbookQuery(text="ng", date_from=TODAY - timedelta(days=90))]
    some = visits.list_visits(up, LogbookQuery(), 0, 5, Viewer(None, is_head=True))
    for row in some:
        officer = next(o for o in office.list_officers(up, include_inactive=True)
                       if o.full_name == row.officer_name)
        queries.append(LogbookQuery(officer_id=officer.id))
    found_any = 0
    for viewer in _viewers(up):
        for q in queries:
            n = _both(pair, lambda s, q=q, viewer=viewer: visits.count_visits(s, q, viewer))
            rows = _both(pair, lambda s, q=q, viewer=viewer: visits.list_visits(
                s, q, 0, 500, viewer))
            assert len(rows) == n
            found_any += bool(q.text and rows)
            # a later page is the same slice on both
            _both(pair, lambda s, q=q, viewer=viewer: visits.list_visits(s, q, 7, 9, viewer))
    assert found_any > 20  # the searches did find things (not just equal emptiness)
    hidden = [r for r in _both(pair, lambda s: visits.list_visits(s, LogbookQuery(), 0, 500,
                                                                 Viewer()))
              if r.identity_hidden]
    assert hidden and all(r.cccd == "" for r in hidden)
    # the statistics' drill-down rows (app/services/excel_export.record_rows) read the same way
    refs = [("visit", r.id) for r in visits.list_visits(up, LogbookQuery(), 0, 40, Viewer())]
    assert len(_both(pair, lambda s: excel_export.record_rows(s, refs, viewer=Viewer()))) == 40


def test_a_persons_visits_on_both(pair: dict[str, Any]) -> None:
    up = pair["ups"]["sqlite"]
    people = citizens.suggest(up, "a", 30, Viewer(None, is_head=True))
    assert people
    for viewer in _viewers(up):
        for c in people:
            _both(pair, lambda s, c=c, viewer=viewer: visits.citizen_visits(s, c.id, viewer))


def test_accents_case_and_d_are_ignored_on_postgresql(pair: dict[str, Any]) -> None:
    pg = pair["ups"]["postgresql"]
    head = Viewer(None, is_head=True)
    for a, b in (("Nguyễn Văn", "nguyen van"), ("ĐỨC", "duc"), ("đ", "D"), ("phường", "PHUONG")):
        assert visits.list_visits(pg, LogbookQuery(text=a), 0, 500, head) == \
            visits.list_visits(pg, LogbookQuery(text=b), 0, 500, head)
    found = {r.id for r in visits.list_visits(pg, LogbookQuery(text="đức"), 0, 500, head)}
    with pg.read() as uow:
        texts = dict(uow.session.execute(select(Visit.id, Visit.search_text)).all())
    assert found == {i for i, t in texts.items() if any(w.startswith("duc") for w in tokens(t))}
    assert found and len(found) < len(texts)
    # a word's middle is not a word's start
    assert visits.count_visits(pg, LogbookQuery(text="guyen"), head) == 0 < \
        visits.count_visits(pg, LogbookQuery(text="nguyen"), head)


def test_petition_register_is_the_same(pair: dict[str, Any]) -> None:
    up = pair["ups"]["sqlite"]
    offices = petition_list.offices(up)
    queries = [PetitionQuery(), PetitionQuery(state="open"), PetitionQuery(content_type="TC"),
               PetitionQuery(due_within_days=10), PetitionQuery(office_id=offices[1][0]),
               PetitionQuery(received_from=TODAY - timedelta(days=120),
                             received_to=TODAY - timedelta(days=10)),
               PetitionQuery(watch_only=True)]
    queries += [PetitionQuery(text=t) for t in _words(up, 15, 2)]
    queries += [PetitionQuery(text=t) for t in ("đất", "khieu nai", "Tố cáo", "0")]
    found = 0
    total = _both(pair, lambda s: petition_list.count_petitions(s, PetitionQuery(), TODAY))
    assert total == 80
    for viewer in _viewers(up):
        for q in queries:
            n = _both(pair, lambda s, q=q: petition_list.count_petitions(s, q, TODAY))
            rows = _both(pair, lambda s, q=q, viewer=viewer: petition_list.list_petitions(
                s, q, viewer=viewer, today=TODAY, limit=None))
            assert len(rows) == n
            found += bool(q.text and rows)
            _both(pair, lambda s, q=q, viewer=viewer: petition_list.list_petitions(
                s, q, viewer=viewer, today=TODAY, by_due=True, offset=3, limit=10))
    assert found > 5


def test_the_search_box_is_the_same(pair: dict[str, Any]) -> None:
    up = pair["ups"]["sqlite"]
    found = 0
    for viewer in _viewers(up):
        for typed in _words(up, 20, 3):
            hits = _both(pair, lambda s, t=typed, viewer=viewer: search.search(s, t, 20, viewer))
            people = _both(pair, lambda s, t=typed, viewer=viewer: citizens.suggest(
                s, t, 20, viewer))
            found += bool(hits) + bool(people)
    assert found > 40


def test_search_and_lists_on_the_command_line(pair: dict[str, Any]) -> None:
    """`search`, `visit list` and `petition list` run on the PostgreSQL store and print what
    they print for the SQLite one."""
    root: Path = pair["root"]

    def run(where: str, *argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        extra = ["--database-url", pair["url"]] if where == "postgresql" else []
        data = root / ("up-pg" if where == "postgresql" else "up-sqlite")
        code = cli.run(["--data-dir", str(data), *extra, *argv], out, err)
        return code, out.getvalue(), err.getvalue()

    up = pair["ups"]["sqlite"]
    some = visits.list_visits(up, LogbookQuery(office_id=petition_list.offices(up)[1][0]), 0, 1,
                              Viewer(None, is_head=True))[0]
    petition = petition_list.list_petitions(up, PetitionQuery(), limit=1, today=TODAY)[0]
    for argv in (("search", "nguyen van"), ("search", "Đức", "--json"),
                 ("search", "zzqx"), ("visit", "list", "--limit", "30"),
                 ("visit", "list", "--category", "TC", "--json"),
                 ("visit", "list", "--office", "00166", "--json"),
                 ("visit", "show", str(some.id)), ("petition", "show", str(petition.id)),
                 ("petition", "list", "--json"), ("petition", "list", "--office", "00163")):
        sq, pg = run("sqlite", *argv), run("postgresql", *argv)
        assert pg == sq, argv
        assert sq[0] == 0 and sq[1], (argv, sq[2])
    office_rows = run("postgresql", "visit", "list", "--office", "00166", "--json")[1]
    assert office_rows.count("\n") == 120
    code, _, err = run("postgresql", "visit", "list", "--office", "99999")
    assert code != 0 and "Không tìm thấy cơ quan mã 99999" in err
    # what still needs the SQLite file says so, in Vietnamese, and lists what works
    for argv in (("backup",), ("visit", "add", "--json", "-"), ("report", "cutoff"),
                 ("petition", "add", "--json", "-")):
        code, _, err = run("postgresql", *argv)
        assert code != 0 and "chỉ trên kho SQLite" in err and "search, visit list" in err, argv
        assert "Traceback" not in err


def test_trigram_indexes_made_by_a_database_owner_who_is_not_superuser(pg_cluster: Any) -> None:
    """0014 as the IT officer runs it (README: createuser, createdb -O): pg_trgm is trusted,
    the owner creates it and the indexes; the search then reads them instead of the table."""
    from sqlalchemy import make_url
    from sqlalchemy import text as sql

    from app.storage import migrate
    from app.storage.engine import make_url_engine

    name = f"owner{pg_cluster._count + 1}"
    pg_cluster._admin(f"CREATE ROLE {name} LOGIN")
    url = make_url(pg_cluster.new_database())
    pg_cluster._admin(f"ALTER DATABASE {url.database} OWNER TO {name}")
    engine = make_url_engine(url.set(username=name).render_as_string(hide_password=False))
    try:
        migrate.upgrade_server(engine)
        with engine.connect() as conn:
            assert not conn.execute(sql("SELECT rolsuper FROM pg_roles "
                                        "WHERE rolname = current_user")).scalar()
            made = set(conn.execute(sql("SELECT indexname FROM pg_indexes "
                                        "WHERE indexname LIKE '%search_trgm'")).scalars())
            assert made == {"ix_citizen_search_trgm", "ix_visit_search_trgm",
                            "ix_petition_search_trgm"}
            conn.execute(sql("SET enable_seqscan = off"))
            plan = "\n".join(conn.execute(sql(
                "EXPLAIN SELECT id FROM visit WHERE search_text ~ :p"),
                {"p": "(^|[^0-9a-z])nguyen"}).scalars())
            assert "ix_visit_search_trgm" in plan, plan
    finally:
        engine.dispose()

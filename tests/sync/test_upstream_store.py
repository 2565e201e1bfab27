"""The upstream store on PostgreSQL and SQLite: schema through the same Alembic chain, the
version-guarded upserts and per-change idempotency of the import, the chain ward → district →
city, and the command line with --database-url."""

from __future__ import annotations

import io
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.exc import DBAPIError

from app import cli
from app.models import Base, Visit
from app.services import office, visits
from app.storage import migrate
from app.storage.changelog import canonical
from app.storage.engine import make_url_engine
from app.storage.store import Store, open_store
from app.sync import inbox, keys, outbox
from tests.helpers import NOW, person, visit
from tests.sync.conftest import _ward
from tests.sync.test_roundtrip import _cols, _work, rows, snapshot


def _upstream(root: Path, url: str | None, code: str = "HN-BTCD",
              name: str = "Ban Tiếp công dân thành phố Hà Nội") -> Store:
    up = open_store(root / code, url)
    office.init_office(up, code, name)
    keys.init_keys(up, upstream=True)
    keys.export_public(up, root / f"{code}.bundle.json")
    return up


def _link(ward: Store, up: Store, root: Path, up_code: str, ward_code: str) -> None:
    keys.import_upstream(ward, root / f"{up_code}.bundle.json")
    mode = keys.show(ward).upstream_mode
    keys.export_public(ward, root / f"{ward_code}.key.json", office_key=mode)
    keys.enrol(up, root / f"{ward_code}.key.json")


# ------------------------------------------------------------------ PostgreSQL schema


def test_postgresql_schema_matches_the_models(pg_cluster: Any) -> None:
    """The same migrations make, on PostgreSQL, exactly what the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_url_engine(pg_cluster.new_database())
    try:
        migrate.upgrade_server(engine)
        assert migrate.current_revision(engine) == migrate.HEAD
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            # 0014's trigram indexes are PostgreSQL's own (no model describes them)
            assert [d for d in compare_metadata(ctx, Base.metadata)
                    if not (d[0] == "remove_index" and d[1].name.endswith("_search_trgm"))] == []
            assert not [t for t in inspect(conn).get_table_names() if "_fts" in t]
        migrate.upgrade_server(engine)  # at HEAD: nothing to do
    finally:
        engine.dispose()


def test_postgresql_logs_are_append_only_and_baseline_uses_hex_ids(pg_cluster: Any) -> None:
    """0010 on a PostgreSQL store that already has rows: a baseline change per row, ids in the
    same hex form SQLite stores; then change_log and audit_log refuse UPDATE and DELETE."""
    from alembic import command

    url = pg_cluster.new_database()
    engine = make_url_engine(url)
    try:
        cfg = migrate._alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0009")
        oid = uuid.uuid4()
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO office (code, name, id, created_at, updated_at, version) "
                "VALUES ('00163', 'UBND phường Láng', :id, now(), now(), 3)"), {"id": oid})
        migrate.upgrade_server(engine)
        with engine.connect() as conn:
            base = conn.execute(text("SELECT entity, entity_id, op, row_version, changed_at "
                                     "FROM change_log")).all()
        assert [tuple(r[:4]) for r in base] == [("office", oid.hex, "I", 3)]
        assert base[0][4].endswith("Z") and "T" in base[0][4]
        for sql in ("UPDATE change_log SET op = 'U'", "DELETE FROM change_log"):
            with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
                conn.execute(text(sql))
    finally:
        engine.dispose()


def test_unreachable_or_wrong_database_urls_say_why(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(["--data-dir", str(tmp_path), "--database-url",
                    f"postgresql+psycopg://x@/none?host={tmp_path}", "sync", "status"], out, err)
    assert code != 0 and "Không kết nối được cơ sở dữ liệu" in err.getvalue()
    assert "Traceback" not in err.getvalue()
    err = io.StringIO()
    code = cli.run(["--data-dir", str(tmp_path), "--database-url", "mysql://u:secret@h/db",
                    "sync", "status"], out, err)
    assert code != 0 and "chỉ hỗ trợ PostgreSQL" in err.getvalue()
    assert "secret" not in err.getvalue()


# ------------------------------------------------------------- import, both dialects


def test_version_guard_and_per_change_idempotency(tmp_path: Path, upstream_url: str | None
                                                  ) -> None:
    """An older image of a row never overwrites a newer one (counted stale, reported in the
    receipt); a change already applied is skipped whatever batch brings it again."""
    up = _upstream(tmp_path, upstream_url)
    w = _ward(tmp_path, "00163", "UBND phường Láng")
    try:
        _link(w, up, tmp_path, "HN-BTCD", "00163")
        rec = visits.log_visit(w, visit(person("Trần Thị Hoa")), now=NOW)
        with w.read() as uow:
            old_changes = [outbox._change_record(uow.session, c) for c in
                           uow.session.scalars(select(outbox.ChangeLog).order_by(
                               outbox.ChangeLog.seq))]
        for note in ("lần 1", "lần 2"):
            with w.write() as uow:
                v = uow.session.get(Visit, rec.id)
                assert v is not None
                v.notes = note
                uow.audit("visit.update", "visit", v.id, "test")
                uow.commit()
        path = outbox.export(w, tmp_path / "usb").path
        assert path and inbox.import_files(up, [path], tmp_path / "r")[0].status == "applied"
        with up.read() as uow:
            held = uow.session.get(Visit, rec.id)
            assert held is not None and (held.version, held.notes) == (3, "lần 2")
        before = snapshot(up)
        # the same changes again under new numbers (as from a restored ward, a new epoch):
        # every row image is older than what the upstream holds
        stale = [{**c, "seq": c["seq"] + 1000} for c in old_changes]
        visit_changes = [c for c in stale if c["entity"] == "visit"]
        h = {"office_code": "00163", "installation_id": "epoch-2", "batch_seq": 1,
             "batch_id": str(uuid.uuid4()), "sender_key_id": "0" * 64}
        manifest = {"first_change": stale[0]["seq"], "last_change": stale[-1]["seq"]}
        applied, n_stale, problems = inbox._apply(up, h, "0" * 64, manifest, stale)
        versioned = [c for c in stale if c["version"] is not None]
        assert problems == [] and len(visit_changes) == 1
        assert n_stale == len(versioned) and applied + n_stale == len(stale)
        with up.read() as uow:
            held = uow.session.get(Visit, rec.id)
            assert held is not None and (held.version, held.notes) == (3, "lần 2")
        # and the very same change numbers again: nothing is applied a second time
        h2 = {**h, "batch_seq": 2, "batch_id": str(uuid.uuid4())}
        assert inbox._apply(up, h2, "1" * 64, manifest, stale) == (0, 0, [])
        after = snapshot(up)
        for table in ("visit", "citizen", "visit_person", "petition", "office", "officer"):
            assert after[table] == before[table], table
    finally:
        w.close()
        up.close()


def test_chain_ward_to_district_to_city(tmp_path: Path, upstream_url: str | None) -> None:
    """A district store (PostgreSQL or SQLite) imports its wards' batches and exports what it
    consolidated as its own batches; the city ends up with the wards' records."""
    city = _upstream(tmp_path, None, "HN", "Ban Tiếp công dân thành phố Hà Nội")
    district = _upstream(tmp_path, upstream_url, "HN-BD", "Ban Tiếp công dân khu vực Ba Đình")
    wards = {c: _ward(tmp_path, c, n) for c, n in (("00001", "UBND phường Ba Đình"),
                                                    ("00004", "UBND phường Ngọc Hà"))}
    try:
        _link(district, city, tmp_path, "HN", "HN-BD")
        for code, w in wards.items():
            _link(w, district, tmp_path, "HN-BD", code)
            _work(w)
        usb = tmp_path / "usb"
        files = [outbox.export(w, usb).path for w in wards.values()]
        res = inbox.import_files(district, [p for p in files if p], tmp_path / "r1")
        assert [r.status for r in res] == ["applied", "applied"], [r.line() for r in res]
        up1 = outbox.export(district, tmp_path / "usb-city")
        assert up1.path is not None
        res = inbox.import_files(city, [up1.path], tmp_path / "r2")
        assert [r.status for r in res] == ["applied"], [r.line() for r in res]
        assert not res[0].problems
        for code, w in wards.items():
            for table in ("visit", "petition", "citizen", "officer"):
                assert _cols(w, table, code) == _cols(city, table, code) != set(), table
        assert {r[0] for r in rows(wards["00001"], "petition_event")} <= \
            {r[0] for r in rows(city, "petition_event")}
        # the city's receipt acknowledges the district's batch at the district
        assert res[0].receipt is not None
        assert outbox.apply_receipt(district, res[0].receipt).acked_through == up1.last_change
        # a later ward change travels the same way, as the district's batch 2
        w = wards["00004"]
        visits.log_visit(w, visit(person("Đỗ Văn Quang")), now=NOW)
        nxt = outbox.export(w, usb).path
        assert nxt and inbox.import_files(district, [nxt], tmp_path / "r1")[0].status == "applied"
        up2 = outbox.export(district, tmp_path / "usb-city")
        assert up2.batch_seq == 2 and up2.path is not None
        assert inbox.import_files(city, [up2.path], tmp_path / "r2")[0].status == "applied"
        assert _cols(w, "visit", "00004") == _cols(city, "visit", "00004")
    finally:
        for s in (city, district, *wards.values()):
            s.close()


# ------------------------------------------------------------------- command line


def test_command_line_upstream_on_postgresql(tmp_path: Path, pg_cluster: Any) -> None:
    url = pg_cluster.new_database()  # an empty database: the first command makes the schema
    up_dir = tmp_path / "up"

    def up(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = cli.run(["--data-dir", str(up_dir), "--database-url", url, *argv], out, err)
        return code, out.getvalue(), err.getvalue()

    assert up("init", "--office-code", "HN-BTCD", "--office-name", "Ban TCD Hà Nội")[0] == 0
    code, out, _ = up("keys", "init", "--upstream")
    assert code == 0 and "KHÓA DỰ PHÒNG" in out
    assert up("keys", "export-public", str(tmp_path / "up.json"))[0] == 0
    w = _ward(tmp_path, "00163", "UBND phường Láng")
    try:
        keys.import_upstream(w, tmp_path / "up.json")
        keys.export_public(w, tmp_path / "w.json")
        code, out, err = up("keys", "enrol", str(tmp_path / "w.json"))
        assert code == 0, err
        _work(w)
        path = outbox.export(w, tmp_path / "usb").path
        assert path
        code, out, err = up("sync", "import", str(path), "--receipts", str(tmp_path / "r"))
        assert code == 0 and "đã nhận" in out, out + err
        code, out, err = up("sync", "import", str(path), "--receipts", str(tmp_path / "r"))
        assert code == 0 and "đã nhận trước đây" in out
        code, out, err = up("keys", "show")
        assert code == 0 and "00163" in out
        code, out, err = up("backup")
        assert code != 0 and "PostgreSQL" in err and "Traceback" not in err
        receipts = list((tmp_path / "r").glob("*.receipt.json"))
        assert outbox.apply_receipt(w, receipts[0]).acked_through > 0
    finally:
        w.close()
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM visit")).scalar() == 1
    finally:
        engine.dispose()


def test_export_lines_are_the_canonical_change_records(tmp_path: Path) -> None:
    """The exporter assembles each line around the stored payload instead of re-encoding it:
    the bytes must be exactly canonical(record), for every kind of change."""
    w = _ward(tmp_path, "00163", "UBND phường Láng")
    try:
        _work(w)
        with w.read() as uow:
            s = uow.session
            changes = list(s.execute(select(*outbox.ChangeLog.__table__.c)))
            odd = SimpleNamespace(**{**changes[-1]._asdict(), "changed_at": '2026-"x"\\\n',
                                     "row_version": None})
            assert {c.entity for c in changes} >= {"office", "visit", "petition_event"}
            for c in [*changes, odd]:
                assert outbox.change_line(s, c) == \
                    canonical(outbox._change_record(s, c)).encode()
    finally:
        w.close()

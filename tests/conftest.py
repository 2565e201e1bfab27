"""Fixtures shared by the tests outside tests/ui: a real SQLite store in a temp dir.

No Qt here: the UI tests have their own conftest (tests/ui/conftest.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import logs
from app.services import office
from app.services.office import OfficerInfo
from app.storage.store import Store, open_store


@pytest.fixture(autouse=True, scope="session")
def _log_to_temp(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The CLI logs unexpected errors to a file; keep it out of the user's profile."""
    logs.setup_logging(tmp_path_factory.mktemp("log"))


@pytest.fixture(autouse=True)
def _no_user_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Nothing a test runs may fall back on the real per-user data directory."""
    monkeypatch.delenv("TIEPDAN_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))


@pytest.fixture
def bare_store(tmp_path: Path) -> Iterator[Store]:
    """A migrated store that belongs to no office yet."""
    store = open_store(tmp_path / "data")
    yield store
    store.close()


@pytest.fixture
def store(bare_store: Store) -> Store:
    """The ward's store: office initialised, two desk officers and the chairman."""
    office.init_office(bare_store, "00163", "UBND phường Láng",
                       "Ban Tiếp công dân thành phố Hà Nội")
    office.add_officer(bare_store, "Nguyễn Thị Lan", "Công chức tiếp công dân")
    office.add_officer(bare_store, "Trần Văn Bình", "Công chức tư pháp - hộ tịch")
    office.add_officer(bare_store, "Lê Văn Hùng", "Chủ tịch UBND phường", is_head=True)
    return bare_store


@pytest.fixture
def officers(store: Store) -> dict[str, OfficerInfo]:
    """By code: CB01 Lan, CB02 Bình (desk officers), CB03 Hùng (head)."""
    return {o.code: o for o in office.list_officers(store)}


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id with the smallest costs: the same code path, milliseconds instead of seconds."""
    from argon2 import PasswordHasher

    from app.services import users

    monkeypatch.setattr(users, "hasher", PasswordHasher(time_cost=1, memory_cost=64,
                                                        parallelism=1))
    monkeypatch.setattr(users, "_DUMMY_HASH", [])
    from app.storage import keyring

    monkeypatch.setattr(keyring, "KDF", {"t": 1, "m": 64, "p": 1})


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """A throwaway PostgreSQL server (tests/pgserver.py). Missing binaries skip the test only on
    a developer's box (not root, not CI); in CI they, and any failure to start, fail it."""
    from tests.pgserver import Cluster, Unavailable

    try:
        cluster = Cluster()
    except Unavailable as exc:
        if os.geteuid() == 0 or os.environ.get("CI"):
            pytest.fail(f"PostgreSQL phải chạy được trong CI: {exc}")
        pytest.skip(f"bỏ qua phần PostgreSQL trên máy này: {exc}")
    try:
        cluster.start()
    except Unavailable as exc:
        cluster.stop()
        pytest.fail(f"không khởi động được PostgreSQL thử nghiệm: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def upstream_url(request: pytest.FixtureRequest) -> str | None:
    """The database of an upstream store: None (its SQLite file) or a fresh PostgreSQL one."""
    if request.param == "sqlite":
        return None
    return request.getfixturevalue("pg_cluster").migrated_database()  # type: ignore[no-any-return]

"""Fixtures shared by the tests outside tests/ui: a real SQLite store in a temp dir.

No Qt here: the UI tests have their own conftest (tests/ui/conftest.py).
"""

from __future__ import annotations

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

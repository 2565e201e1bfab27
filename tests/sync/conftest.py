"""The sync tests' stores: an upstream and two enrolled wards that pinned its bundle."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services import office
from app.storage.store import Store, open_store
from app.sync import keys


def _ward(root: Path, code: str, name: str) -> Store:
    s = open_store(root / code)
    office.init_office(s, code, name, "Ban Tiếp công dân thành phố Hà Nội")
    office.add_officer(s, "Nguyễn Thị Lan", "Công chức tiếp công dân")
    keys.init_keys(s)
    return s


def make_net(tmp_path: Path, upstream_url: str | None) -> Iterator[dict[str, Any]]:
    up = open_store(tmp_path / "up", upstream_url)
    office.init_office(up, "HN-BTCD", "Ban Tiếp công dân thành phố Hà Nội")
    info = keys.init_keys(up, upstream=True)
    assert info.recovery_secret and info.recovery_secret.startswith("AGE-SECRET-KEY-")
    keys.export_public(up, tmp_path / "up.json")
    wards = {}
    for code, name in (("00163", "UBND phường Láng"), ("00166", "UBND phường Ô Chợ Dừa")):
        w = _ward(tmp_path, code, name)
        keys.import_upstream(w, tmp_path / "up.json")
        keys.export_public(w, tmp_path / f"{code}.json")
        keys.enrol(up, tmp_path / f"{code}.json")
        wards[code] = w
    yield {"up": up, "wards": wards, "tmp": tmp_path}
    for s in (up, *wards.values()):
        s.close()


@pytest.fixture
def net(tmp_path: Path, upstream_url: str | None) -> Iterator[dict[str, Any]]:
    """Parametrized: the upstream's store on SQLite and on PostgreSQL (tests/conftest.py)."""
    yield from make_net(tmp_path, upstream_url)

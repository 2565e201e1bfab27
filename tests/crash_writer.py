"""The writing process the crash harness (tests/storage/test_crash.py) kills.

Started from a forkserver (the app already imported, so each start takes milliseconds), it
opens the store and loops: log a visit, register a petition, take its first step. After each
service call returns it appends one line to the report file — so every line is a save the
writer was told is done.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from app.services import petitions, visits
from app.services.petitions import PetitionInput, StepInput
from app.storage.store import open_store
from tests.helpers import NOW, person, visit


def _warm() -> None:
    """What a first save does once per process (mappers, the shipped calendar), done in the
    forkserver so that a writer's first save is as quick as its later ones."""
    from sqlalchemy.orm import configure_mappers

    from app.services.calendar import shipped_entries, shipped_years

    configure_mappers()
    for year in shipped_years():
        shipped_entries(year)


_warm()

PRELOAD = ["app.services.visits", "app.services.petitions", "app.storage.store",
           "tests.helpers", "tests.crash_writer"]


def write_forever(data_dir: str, report: str, seed: int, key_hex: str = "",
                  user_id: str = "") -> None:
    if key_hex:  # an encrypted store: the key and the officer a sign-in would have given
        from app.actor import Actor
        from app.storage import dbfile

        dbfile.remember_key(Path(data_dir) / "tiepdan.sqlite3", bytes.fromhex(key_hex))
    store = open_store(Path(data_dir))
    if user_id:
        import uuid

        store.user = Actor.user(uuid.UUID(hex=user_id), "lan", "officer")
    fd = os.open(report, os.O_WRONLY | os.O_APPEND | os.O_CREAT)

    def done(line: str) -> None:
        os.write(fd, (line + "\n").encode())

    os.write(fd, b"ready\n")
    n = 0
    while True:
        n += 1
        v = visits.log_visit(store, visit(person(f"Người {seed}-{n}")), now=NOW)
        done(f"visit {v.id.hex}")
        p = petitions.register(store, PetitionInput(
            received_date=date(2026, 3, 2), content_type="KN", content=f"Đơn {seed}-{n}",
            senders=[person(f"Người gửi {seed}-{n}")]), today=date(2026, 11, 20))
        done(f"petition {p.id.hex}")
        petitions.act(store, p.id, StepInput(step="classify", on_date=date(2026, 3, 3),
                                             content_type="KN", processable=True, competent=True),
                      today=date(2026, 11, 20))
        done(f"act {p.id.hex}")

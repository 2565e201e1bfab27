"""Copies of refused and quarantined files (issue 5): kept under `<data>/sync/quarantine/`
with a reason file beside each, never applied, so the IT officer can show what came and why it
was not taken, and re-import it once the cause is fixed (a key enrolled, a missing batch)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from app.storage.store import Store


class _Result(Protocol):
    path: Path
    status: str
    reason: str


R = TypeVar("R", bound=_Result)


def quarantine_dir(store: Store) -> Path:
    return store.data_dir / "sync" / "quarantine"


def keep(store: Store, result: R) -> R:
    """Copy `result.path` with a `.reason.txt`; returns `result` (a copy failing is not fatal:
    the refusal stands and the line printed still says why)."""
    folder = quarantine_dir(store)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{stamp}-{result.path.name}"
    if result.path.parent.resolve() == folder.resolve():
        target = result.path  # a kept copy tried again: its reason is brought up to date
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if result.path.is_file() and target != result.path:
            shutil.copyfile(result.path, target)
        reason_file(target).write_text(
            f"Tệp: {result.path}\nKết quả: {_word(result.status)}\nLý do: {result.reason}\n"
            f"Thời điểm (UTC): {stamp}\n", encoding="utf-8")
    except OSError:
        pass
    return result


def release(store: Store, path: Path) -> None:
    """A kept copy that has now been applied (or was a duplicate) leaves quarantine."""
    if path.parent.resolve() == quarantine_dir(store).resolve():
        path.unlink(missing_ok=True)
        reason_file(path).unlink(missing_ok=True)


def reason_file(copy: Path) -> Path:
    return copy.with_name(copy.name + ".reason.txt")


def reason_of(copy: Path) -> tuple[str, str]:
    """(status word, reason) written beside a kept copy; ("", "") when unreadable."""
    try:
        lines = reason_file(copy).read_text(encoding="utf-8").splitlines()
    except OSError:
        return "", ""
    fields = dict(line.split(": ", 1) for line in lines if ": " in line)
    return fields.get("Kết quả", ""), fields.get("Lý do", "")


def _word(status: str) -> str:
    return {"quarantined": "cách ly", "refused": "từ chối"}.get(status, status)


def kept(store: Store) -> list[dict[str, Any]]:
    """What is in quarantine, newest first: file, reason text (for the Sync/Import pages)."""
    folder = quarantine_dir(store)
    if not folder.exists():
        return []
    out = []
    for reason in sorted(folder.glob("*.reason.txt"), reverse=True):
        copy = reason.with_name(reason.name[: -len(".reason.txt")])
        out.append({"file": copy if copy.exists() else None,
                    "reason": reason.read_text(encoding="utf-8")})
    return out

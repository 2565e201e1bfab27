"""Upstream side, for the Import page (and any face that imports many files): expand folders,
import each batch through `inbox.import_files`, keep a quarantined file so it can be retried after
the office is enrolled, and list what is waiting (held for a missing batch, or quarantined).

Held batches already wait in `inbox.held_dir` and are applied by inbox when the gap fills;
inbox copies quarantined and refused files to `quarantine.quarantine_dir` with the reason beside
them; a kept copy leaves it when a later import of it is applied or recognised as a duplicate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app.errors import os_reason
from app.models import SyncInbound
from app.storage.store import Store
from app.sync import inbox, quarantine
from app.sync.batch import read_envelope
from app.sync.errors import Refused
from app.text import Text

BATCH_SUFFIX = ".tdsync"


def collect(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the batch files of any folder given, each once, folders sorted."""
    out: list[Path] = []
    seen: set[Path] = set()
    for p in paths:
        found = sorted(p.glob("*" + BATCH_SUFFIX)) if p.is_dir() else [p]
        for f in found:
            if f.resolve() not in seen:
                seen.add(f.resolve())
                out.append(f)
    return out


def import_batches(store: Store, paths: list[Path], receipts_dir: Path | None = None,
                   progress: Callable[[int, int], None] | None = None) -> list[inbox.Outcome]:
    """Each file in turn (receipts beside it unless `receipts_dir`); one outcome per batch,
    including held batches that a file made ready."""
    out: list[inbox.Outcome] = []
    for i, p in enumerate(paths):
        try:
            results = inbox.import_files(store, [p], receipts_dir or p.parent)
        except OSError as exc:
            # The receipt could not be written (read-only stick…): an applied batch stays
            # applied; importing the file again answers "duplicate" and writes the receipt.
            results = [inbox.Outcome(p, "refused", Text(
                "không ghi được biên nhận hoặc không đọc được tệp ({reason}); hãy nhập lại tệp này",
                reason=os_reason(exc)))]
        for o in results:
            _keep_or_release(store, o)
        out.extend(results)
        if progress is not None:
            progress(i + 1, len(paths))
    return out


def _keep_or_release(store: Store, o: inbox.Outcome) -> None:
    """The importer keeps a copy of every quarantined or refused file (app/sync/quarantine.py);
    a kept copy that now went through leaves quarantine."""
    if o.status in ("applied", "duplicate"):
        quarantine.release(store, o.path)


@dataclass(frozen=True)
class Waiting:
    path: Path
    status: str  # held | quarantined
    office_code: str
    batch_seq: int
    reason: str


def waiting(store: Store) -> list[Waiting]:
    """The held and quarantined batches kept in this store's folder, oldest office first."""
    out: list[Waiting] = []
    held = inbox.held_dir(store)
    for p in sorted(held.glob("*" + BATCH_SUFFIX)) if held.exists() else []:
        code, seq, installation = _peek(p)
        with store.read() as uow:
            last = uow.session.execute(select(func.max(SyncInbound.batch_seq)).where(
                SyncInbound.installation_id == installation)).scalar() or 0
        out.append(Waiting(p, "held", code, seq, Text("thiếu lô {first}..{last}", first=last + 1,
                                                       last=seq - 1)
                           if seq > last + 1 else Text("chờ nhập lại")))
    qdir = quarantine.quarantine_dir(store)
    for p in sorted(qdir.glob("*" + BATCH_SUFFIX)) if qdir.exists() else []:
        word, reason = quarantine.reason_of(p)
        if word != "cách ly":
            continue  # refused files are kept to be shown, not to be tried again
        code, seq, _i = _peek(p)
        out.append(Waiting(p, "quarantined", code, seq, reason))
    return sorted(out, key=lambda w: (w.office_code, w.batch_seq, w.status))


def _peek(path: Path) -> tuple[str, int, str]:
    """Office, sequence and installation from the (unverified) header, for the list only."""
    try:
        env = read_envelope(path)
    except Refused:
        return "", 0, ""
    env.zf.close()
    h = env.header
    return str(h["office_code"]), int(h["batch_seq"]), str(h["installation_id"])


def receipts_dir(store: Store) -> Path:
    """Receipts of batches imported from this store's own folders (a retry)."""
    return store.data_dir / "sync" / "receipts"


def retry_waiting(store: Store, receipts: Path | None = None,
                  progress: Callable[[int, int], None] | None = None) -> list[inbox.Outcome]:
    """Import the quarantined batches again (after enrolling the office, say)."""
    files = [w.path for w in waiting(store) if w.status == "quarantined"]
    return import_batches(store, files, receipts or receipts_dir(store), progress)

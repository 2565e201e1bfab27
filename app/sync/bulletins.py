"""Bulletins down (SYNC.md "Change capture": what the upstream sends down arrives as signed
bulletins the ward applies locally through its own services).

The envelope is the batch file's (app/sync/batch.py) with format `tiepdan-bulletin/1`: a signed
canonical header naming the upstream, the addressed office and the bulletin's number in the
upstream's sequence for that office (with the previous header's hash), and an age payload
encrypted to the office's bulletin recipient (from its enrolment sheet). Inside, one JSON line
per item:

    {"kind": "recipients", "doc": <signed upstream bundle>}          new upstream recipients
    {"kind": "calendar", "entries": [<calendar import format>]}       the office calendar
    {"kind": "petition_transfer", "petition": <petition add format>}  a petition transferred

At the ward (`sync import-bulletin`): the header's signature is checked with the pinned upstream
key before anything is decrypted; the number must be the next one (same number and same header:
already applied; a different header under a known number: a fork; a gap: refused with the
missing numbers); then the whole bulletin is applied in one transaction through the services,
or nothing is.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.errors import TiepDanError
from app.law.petition import Channel, Forwarder, Step
from app.models import (
    Citizen,
    FieldOfLaw,
    Petition,
    PetitionSender,
    SyncBulletin,
    SyncBulletinIn,
    SyncPeer,
)
from app.services import calendar, petition_records, petitions
from app.services.common import local_office, meta_get
from app.storage.changelog import _now
from app.storage.schema_version import HEAD
from app.storage.store import Store
from app.sync import keys, quarantine
from app.sync.batch import HEADER_FIELDS, open_payload, read_envelope, verify_signature, write_batch
from app.sync.errors import Refused, SyncSetupError, bad_field
from app.text import Counted, Joined, Text

FORMAT = "tiepdan-bulletin/1"
FIELDS: dict[str, Any] = {**HEADER_FIELDS, "upstream_code": str}
KINDS = ("recipients", "calendar", "petition_transfer")
UPSTREAM_ONLY = ("visit_id", "officer_id", "officer_code", "duplicate_of_id",
                 "same_matter_as_id")


def bulletins_dir(store: Store) -> Path:
    return store.data_dir / "sync" / "bulletins"


# ----------------------------------------------------------------------------- upstream


@dataclass(frozen=True)
class BulletinExported:
    path: Path
    office_code: str
    bulletin_seq: int
    kinds: tuple[str, ...]


def transfer_item(rec: Any, doc_number: str, doc_date: date | None = None) -> dict[str, Any]:
    """A petition record (the `petition add` format) as a transfer item; refused here, at the
    upstream, if the ward could not register it."""
    if not isinstance(rec, dict):
        raise TiepDanError("json_not_object")
    local = [k for k in UPSTREAM_ONLY if k in rec]
    if local:
        raise SyncSetupError("sync_transfer_local_fields", fields=", ".join(local))
    petition_records.parse_petition(rec, {})  # ValidationFailed names every bad field
    return {"kind": "petition_transfer", "petition": rec, "doc_number": doc_number.strip(),
            "doc_date": (doc_date or date.today()).isoformat()}


@dataclass(frozen=True)
class OwnTransfer:
    """A petition of the upstream's own register transferred to the office: its transfer step
    (chuyển đơn) is recorded on the upstream's copy in the bulletin's transaction."""

    number: str  # 0007/2026, in the upstream's register
    doc_number: str
    doc_date: date | None = None


def _person(c: Citizen, sender: PetitionSender) -> dict[str, Any]:
    person = {"full_name": c.full_name, "cccd": c.cccd, "old_id": c.old_id,
              "date_of_birth": c.date_of_birth, "gender": c.gender,
              "address": sender.address or c.address, "card_address": c.card_address,
              "phone": sender.phone or c.phone, "id_issued_on": c.id_issued_on,
              "id_issue_place": c.id_issue_place, "role": sender.role,
              "is_representative": sender.is_representative}
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in person.items()
            if v not in (None, "")}


def _petition_record(s: Session, p: Petition) -> dict[str, Any]:
    """The upstream's petition in the `petition add` format, without what belongs to its own
    store (ids, officer, links) or to its receipt (date, channel: the ward receives it now,
    forwarded by the upstream)."""
    senders = [_person(s.get_one(Citizen, x.citizen_id), x)
               for x in sorted(p.senders, key=lambda x: x.position)]
    rec = {"content": p.content, "content_type": p.content_type, "senders": senders,
           "petition_date": p.petition_date, "field_code": p.field_code,
           "respondent": p.respondent, "complained_decision": p.complained_decision,
           "learned_date": p.learned_date, "instance": p.instance, "anonymous": p.anonymous,
           "signed": p.signed, "signer_count": p.signer_count, "language": p.language,
           "documents": [{k: v for k, v in d.items() if v is not None} for d in p.documents or []],
           "notes": p.notes}
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in rec.items()
            if v not in (None, "", [])}


def _own_transfer(uow: Any, t: OwnTransfer, office_name: str, seq: int, cal: Any,
                  today: date) -> dict[str, Any]:
    s = uow.session
    try:
        number, year = (int(x) for x in t.number.strip().split("/"))
    except ValueError:
        raise SyncSetupError("sync_transfer_not_own", number=t.number) from None
    p = s.scalars(select(Petition).where(
        Petition.office_id == local_office(s).id, Petition.year == year, Petition.seq == number,
        Petition.deleted_at.is_(None))).first()
    if p is None:
        raise SyncSetupError("sync_transfer_not_own", number=t.number)
    on = t.doc_date or today
    petitions.act_in(uow, p.id, petitions.StepInput(
        step=Step.TRANSFER.value, on_date=on, doc_number=t.doc_number, doc_date=t.doc_date,
        recipient=office_name, note=f"Chuyển qua bản tin số {seq}"), cal, today)
    rec = _petition_record(s, p)
    if p.received_date:
        rec["received_date"] = p.received_date.isoformat()
    petition_records.parse_petition(rec, {})  # what the ward will read back
    return {"kind": "petition_transfer", "petition": rec, "doc_number": t.doc_number.strip(),
            "doc_date": on.isoformat(), "upstream_number": p.number}


def calendar_item(store: Store, years: list[int]) -> dict[str, Any]:
    entries = json.loads(calendar.entries_json(calendar.export_entries(store, years)))
    return {"kind": "calendar", "years": sorted(set(years)), "entries": entries}


def recipients_item(store: Store) -> dict[str, Any]:
    return {"kind": "recipients", "doc": keys.signed_bundle(store)}


def export_bulletin(store: Store, office_code: str, items: list[dict[str, Any]], out_dir: Path,
                    *, actor: Any = None, transfers: Sequence[OwnTransfer] = (),
                    today: date | None = None) -> BulletinExported:
    """Upstream: seal `items` for `office_code` as its next bulletin; kept in
    `<data>/sync/bulletins/` and copied to `out_dir`. `transfers` are petitions of the
    upstream's own register: their transfer steps are recorded in the same transaction, so a
    bulletin that could not be written leaves them untransferred."""
    if not items and not transfers:
        raise SyncSetupError("sync_empty_bulletin")
    today = today or date.today()
    cal = calendar.office_calendar(store) if transfers else None
    key = keys.signing_key(store)
    sender = keys.key_id(keys.raw_public(key.public_key()))
    with store.write(actor) as uow:
        s = uow.session
        if meta_get(s, keys.META_MODE) != "upstream":
            raise SyncSetupError("sync_not_upstream")
        peers = list(s.scalars(select(SyncPeer).where(
            SyncPeer.office_code == office_code, SyncPeer.active.is_(True),
            SyncPeer.age_recipient.is_not(None)).order_by(SyncPeer.enrolled_at)))
        if not peers:
            raise SyncSetupError("sync_no_office_recipient", office=office_code)
        last = s.scalars(select(SyncBulletin).where(SyncBulletin.office_code == office_code)
                         .order_by(SyncBulletin.bulletin_seq.desc()).limit(1)).first()
        seq = (last.bulletin_seq if last else 0) + 1
        items = items + [_own_transfer(uow, t, peers[-1].office_name or office_code, seq, cal,
                                       today) for t in transfers]
        own = local_office(s)
        header = {"batch_id": str(uuid.uuid4()), "office_code": office_code,
                  "installation_id": peers[-1].installation_id, "sender_key_id": sender,
                  "batch_seq": seq, "prev_header_sha256": last.header_sha256 if last else None,
                  "schema_version": HEAD, "app_version": __version__, "created_at": _now(),
                  "upstream_code": own.code}
        manifest = {k: header[k] for k in ("batch_id", "office_code", "installation_id",
                                            "sender_key_id", "batch_seq", "upstream_code")}
        kinds = tuple(i["kind"] for i in items)
        manifest |= {"count": len(items), "kinds": list(kinds)}
        name = f"{office_code}-bantin-{seq:06d}.tdsync"
        kept = bulletins_dir(store) / name
        _bytes, sha = write_batch(kept, header, manifest, items,
                                  sorted({p.age_recipient or "" for p in peers}), key, fmt=FORMAT)
        from app.sync.outbox import _copy

        target = out_dir / name
        try:
            # Copied before the commit: there is no «send again» for a bulletin, so one that
            # could not reach the chosen folder (stick pulled) is not recorded as sent either,
            # and its transfer steps are rolled back with it.
            out_dir.mkdir(parents=True, exist_ok=True)
            _copy(kept, target)
            s.add(SyncBulletin(office_code=office_code, bulletin_seq=seq,
                               bulletin_id=header["batch_id"], header_sha256=sha,
                               kinds=",".join(kinds), file_name=name,
                               created_at=header["created_at"]))
            uow.audit("sync.bulletin_export", "sync", office_code,
                      f"Gửi bản tin số {seq} cho {office_code}", after={"kinds": list(kinds)})
            uow.commit()
        except BaseException:
            kept.unlink(missing_ok=True)
            if target.resolve() != kept.resolve():
                target.unlink(missing_ok=True)
            raise
    return BulletinExported(target, office_code, seq, kinds)


# ----------------------------------------------------------------------------- ward


@dataclass
class BulletinOutcome:
    path: Path
    status: str  # applied | duplicate | refused
    reason: str = ""
    bulletin_seq: int = 0
    done: list[str] = field(default_factory=list)  # one phrase (a Text) per item applied

    def line(self) -> Text:
        """The file's result for the CLI and the GUI (a Text: shown in the interface language)."""
        who = Text("bản tin số {seq}: ", seq=self.bulletin_seq) if self.bulletin_seq else ""
        if self.status == "applied":
            return Text("{file}: {who}đã áp dụng — {done}", file=self.path.name, who=who,
                        done=Joined(self.done, "; "))
        if self.status == "duplicate":
            return Text("{file}: {who}đã nhận trước đây, không áp dụng lại", file=self.path.name,
                        who=who)
        return Text("{file}: {who}từ chối: {reason}", file=self.path.name, who=who,
                    reason=self.reason)


@dataclass(frozen=True)
class ReceivedBulletin:
    upstream_code: str
    bulletin_seq: int
    summary: str
    received_at: str


def import_bulletins(store: Store, paths: list[Path], *, actor: Any = None,
                     today: date | None = None) -> list[BulletinOutcome]:
    """Ward: apply bulletin files (in their numbering order, whatever order they were given);
    one outcome per file. For the Sync page and `sync import-bulletin`."""
    def seq_of(p: Path) -> int:
        try:
            env = read_envelope(p, FORMAT, FIELDS)
        except Refused:
            return 0
        env.zf.close()
        return int(env.header["batch_seq"])

    return [import_bulletin(store, p, actor=actor, today=today)
            for p in sorted(paths, key=seq_of)]


def import_bulletin(store: Store, path: Path, *, actor: Any = None,
                    today: date | None = None) -> BulletinOutcome:
    try:
        env = read_envelope(path, FORMAT, FIELDS)
    except Refused as r:
        return quarantine.keep(store, BulletinOutcome(path, "refused", r.reason))
    out = BulletinOutcome(path, "applied", bulletin_seq=env.header["batch_seq"])
    try:
        _import(store, env, out, actor, today or date.today())
    except Refused as r:
        out.status, out.reason = "refused", r.reason
        quarantine.keep(store, out)
    finally:
        env.zf.close()
    return out


def _import(store: Store, env: Any, out: BulletinOutcome, actor: Any, today: date) -> None:
    h = env.header
    bundle = keys.upstream_bundle(store)  # not pinned yet: a set-up error, nothing to keep
    if h["upstream_code"] != bundle["office_code"]:
        raise Refused(Text("bản tin của {upstream_code}, không phải của cơ quan cấp trên {office_code}", upstream_code=h['upstream_code'], office_code=bundle['office_code']))
    if h["sender_key_id"] != keys.key_id(bytes.fromhex(bundle["signing_key"])):
        raise Refused(Text("bản tin không ký bằng khóa của cơ quan cấp trên đã ghi nhận"))
    verify_signature(env, bundle["signing_key"])
    with store.read() as uow:
        s = uow.session
        own = local_office(s).code
        seen = {r.bulletin_seq: r.header_sha256 for r in s.scalars(
            select(SyncBulletinIn).where(SyncBulletinIn.upstream_code == h["upstream_code"]))}
    if h["office_code"] != own:
        raise Refused(Text("bản tin gửi cho cơ quan {office_code}, không phải {own}", office_code=h['office_code'], own=own))
    seq, last = h["batch_seq"], max(seen, default=0)
    if seq in seen:
        if seen[seq] != env.header_sha256:
            raise Refused(Text("bản tin số {seq} đã nhận với nội dung khác (rẽ nhánh)", seq=seq))
        out.status = "duplicate"
        return
    if seq > last + 1:
        raise Refused(Text("thiếu bản tin số {first}..{last}; hãy nhập các bản tin đó trước",
                          first=last + 1, last=seq - 1))
    if seq < last + 1 or h["prev_header_sha256"] != (seen[last] if last else None):
        raise Refused(Text("bản tin không nối tiếp bản tin trước (chuỗi phần đầu không khớp)"))
    manifest, items = open_payload(env, [keys.office_age_identity(store)])
    if manifest.get("count") != len(items) or not all(
            isinstance(i, dict) and i.get("kind") in KINDS for i in items):
        raise Refused(Text("nội dung bản tin không khớp bản kê hoặc có mục lạ"))
    _apply(store, env, items, out, actor, today)


def _apply(store: Store, env: Any, items: list[dict[str, Any]], out: BulletinOutcome,
           actor: Any, today: date) -> None:
    h = env.header
    calendar_years: tuple[int, ...] = ()
    try:
        with store.write(actor) as uow:
            s = uow.session
            for item in items:
                if item["kind"] == "recipients":
                    out.done.append(_recipients(uow, item))
                elif item["kind"] == "calendar":
                    done = calendar.import_entries_in(uow, item.get("entries"))
                    calendar_years += done.years
                    out.done.append(Counted("cập nhật lịch làm việc năm {years} ({n} ngày)",
                                            years=", ".join(map(str, done.years)),
                                            n=done.imported))
                else:
                    out.done.append(_transfer(uow, store, item, h, today))
            s.add(SyncBulletinIn(upstream_code=h["upstream_code"], bulletin_seq=h["batch_seq"],
                                 bulletin_id=h["batch_id"], header_sha256=env.header_sha256,
                                 summary="; ".join(out.done), received_at=_now()))
            uow.audit("sync.bulletin_import", "sync", h["batch_id"],
                      f"Nhận bản tin số {h['batch_seq']} của {h['upstream_code']}",
                      after={"items": out.done})
            uow.commit()
    except TiepDanError as exc:
        out.done.clear()
        raise Refused(Text("không áp dụng được ({message})", message=exc.message())) from exc
    if calendar_years:
        calendar.calendar_changed(store, calendar_years, actor)


def _recipients(uow: Any, item: dict[str, Any]) -> Text:
    try:
        bundle = keys.check_bundle(item.get("doc"))
    except ValueError as exc:
        raise Refused(Text("bộ khóa mới không hợp lệ ({bad_field})", bad_field=bad_field(exc))) from exc
    pinned = keys.pinned_bundle(uow.session)
    # The bulletin itself was signed by the pinned key: it vouches for a new signing key.
    problem = keys.pin_problem(pinned, bundle, endorsed=True)
    if problem:
        raise Refused(problem)
    keys.pin(uow, bundle, "bản tin")
    return Text("nhận bộ khóa mới của cơ quan cấp trên (phiên bản {version})",
                version=keys.bundle_version(bundle))


def _transfer(uow: Any, store: Store, item: dict[str, Any], h: dict[str, Any],
              today: date) -> Text:
    rec = item.get("petition")
    if not isinstance(rec, dict) or any(k in rec for k in UPSTREAM_ONLY):
        raise Refused(Text("đơn chuyển xuống không hợp lệ"))
    fld = uow.session.get(FieldOfLaw, rec["field_code"]) if rec.get("field_code") else None
    if fld is None or not fld.active:  # the ward classifies it in its own field list
        rec = {k: v for k, v in rec.items() if k != "field_code"}
    bundle = keys.pinned_bundle(uow.session) or {}
    rec = {**rec, "received_date": today.isoformat(), "channel": Channel.FORWARDED.value,
           "forwarder_kind": Forwarder.AGENCY.value,
           "forwarder_name": bundle.get("office_name") or h["upstream_code"],
           "forwarder_ref": str(item.get("doc_number") or ""),
           "forwarder_ref_date": item.get("doc_date")}
    data = petition_records.parse_petition(rec, {})
    record = petitions.register_in(uow, data, calendar.office_calendar(store), today)
    if item.get("doc_number"):
        return Text("vào sổ đơn số {number} do cơ quan cấp trên chuyển theo văn bản {doc}",
                    number=record.number, doc=item["doc_number"])
    return Text("vào sổ đơn số {number} do cơ quan cấp trên chuyển", number=record.number)


def received(store: Store, limit: int = 50) -> list[ReceivedBulletin]:
    """The bulletins applied at this ward, newest first (for the Sync page)."""
    with store.read() as uow:
        return [ReceivedBulletin(r.upstream_code, r.bulletin_seq, r.summary, r.received_at)
                for r in uow.session.scalars(select(SyncBulletinIn).order_by(
                    SyncBulletinIn.received_at.desc(), SyncBulletinIn.bulletin_seq.desc())
                    .limit(limit))]


def sent(store: Store, office_code: str | None = None) -> list[tuple[str, int, str, str]]:
    """Upstream: (office, number, kinds, created_at) of the bulletins sent, newest first."""
    with store.read() as uow:
        q = select(SyncBulletin).order_by(SyncBulletin.created_at.desc())
        if office_code:
            q = q.where(SyncBulletin.office_code == office_code)
        return [(b.office_code, b.bulletin_seq, b.kinds, b.created_at)
                for b in uow.session.scalars(q)]

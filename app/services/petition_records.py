"""JSON records of petitions and their steps (`petition add --json`, `petition act --json`)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from app.errors import InputError, ValidationFailed
from app.services.petitions import DocumentInput, PetitionInput, PetitionRecord, StepInput
from app.services.records import Reader, officer_ref, plain, read_person
from app.text import Text

PETITION_FIELDS = {
    "received_date", "content", "content_type", "senders", "channel", "forwarder_kind",
    "forwarder_name", "forwarder_ref", "forwarder_ref_date", "petition_date", "field_code",
    "respondent", "complained_decision", "learned_date", "instance", "anonymous", "signed",
    "signer_count", "language", "documents", "visit_id", "officer_id", "officer_code",
    "duplicate_of_id", "same_matter_as_id", "notes",
}
REQUIRED_PETITION = ("received_date", "content", "content_type")
DOCUMENT_FIELDS = {"name", "kind", "pages"}
STEP_FIELDS = {
    "step", "on_date", "officer_id", "officer_code", "doc_number", "doc_date", "note",
    "content_type", "processable", "competent", "reasons", "complexity", "recipient",
    "extended_checks", "result", "quantities",
}


def _maybe_flag(r: Reader, rec: dict[str, Any], key: str) -> bool | None:
    return r.flag(rec, key, "") if key in rec and rec[key] is not None else None


def _list(r: Reader, rec: dict[str, Any], key: str) -> list[Any]:
    value = rec.get(key, [])
    if isinstance(value, list):
        return value
    r.fail(key, Text("Trường '{key}' phải là một danh sách.", key=key))
    return []


def parse_petition(rec: Any, officer_ids: dict[str, uuid.UUID] | None = None) -> PetitionInput:
    """A petition record → PetitionInput, or ValidationFailed naming every bad field."""
    if not isinstance(rec, dict):
        raise InputError("json_not_object")
    r = Reader()
    r.unknown(rec, PETITION_FIELDS, "")
    for key in REQUIRED_PETITION:
        if key not in rec:
            r.fail(key, Text("Thiếu trường bắt buộc '{key}'.", key=key))
    senders = []
    for i, p in enumerate(_list(r, rec, "senders")):
        if isinstance(p, dict):
            senders.append(read_person(r, p, f"senders.{i}."))
        else:
            r.fail(f"senders.{i}", Text("Phần tử 'senders.{i}' phải là một đối tượng.", i=i))
    documents = []
    for i, d in enumerate(_list(r, rec, "documents")):
        path = f"documents.{i}."
        if isinstance(d, dict):
            r.unknown(d, DOCUMENT_FIELDS, path)
            documents.append(DocumentInput(r.text(d, "name", path, "") or "",
                                           r.text(d, "kind", path, "copy") or "copy",
                                           r.integer(d, "pages", path)))
        else:
            r.fail(path[:-1], Text("Phần tử '{path}' phải là một đối tượng.", path=path[:-1]))
    p = PetitionInput(
        received_date=r.day(rec, "received_date", "") or date.min,
        content=r.text(rec, "content", "", "") or "",
        content_type=r.text(rec, "content_type", "", "") or "",
        senders=senders,
        channel=r.text(rec, "channel", "", "desk") or "desk",
        forwarder_kind=r.text(rec, "forwarder_kind", "") or None,
        forwarder_name=r.text(rec, "forwarder_name", "", "") or "",
        forwarder_ref=r.text(rec, "forwarder_ref", "", "") or "",
        forwarder_ref_date=r.day(rec, "forwarder_ref_date", ""),
        petition_date=r.day(rec, "petition_date", ""),
        field_code=r.text(rec, "field_code", "") or None,
        respondent=r.text(rec, "respondent", "", "") or "",
        complained_decision=r.text(rec, "complained_decision", "", "") or "",
        learned_date=r.day(rec, "learned_date", ""),
        instance=r.integer(rec, "instance", "") or 1,
        anonymous=r.flag(rec, "anonymous", ""),
        signed=r.flag(rec, "signed", "") if "signed" in rec else True,
        signer_count=r.integer(rec, "signer_count", ""),
        language=r.text(rec, "language", "", "vi") or "vi",
        documents=documents,
        visit_id=r.ident(rec, "visit_id", ""),
        officer_id=officer_ref(r, rec, officer_ids),
        duplicate_of_id=r.ident(rec, "duplicate_of_id", ""),
        same_matter_as_id=r.ident(rec, "same_matter_as_id", ""),
        notes=r.text(rec, "notes", "", "") or "",
    )
    if r.problems:
        raise ValidationFailed(r.problems)
    return p


def parse_step(rec: Any, officer_ids: dict[str, uuid.UUID] | None = None) -> StepInput:
    """A step record → StepInput."""
    if not isinstance(rec, dict):
        raise InputError("json_not_object")
    r = Reader()
    r.unknown(rec, STEP_FIELDS, "")
    for key in ("step", "on_date"):
        if key not in rec:
            r.fail(key, Text("Thiếu trường bắt buộc '{key}'.", key=key))
    reasons = [x for x in _list(r, rec, "reasons") if isinstance(x, str)]
    if len(reasons) != len(_list(r, rec, "reasons")):
        r.fail("reasons", Text("Trường 'reasons' là danh sách chuỗi ký tự."))
    quantities = rec.get("quantities") or {}
    if not isinstance(quantities, dict):
        r.fail("quantities", Text("Trường 'quantities' phải là một đối tượng {{chỉ tiêu: số}}."))
        quantities = {}
    s = StepInput(
        step=r.text(rec, "step", "", "") or "",
        on_date=r.day(rec, "on_date", "") or date.min,
        officer_id=officer_ref(r, rec, officer_ids),
        doc_number=r.text(rec, "doc_number", "", "") or "",
        doc_date=r.day(rec, "doc_date", ""),
        note=r.text(rec, "note", "", "") or "",
        content_type=r.text(rec, "content_type", "") or None,
        processable=_maybe_flag(r, rec, "processable"),
        competent=_maybe_flag(r, rec, "competent"),
        reasons=reasons,
        complexity=r.text(rec, "complexity", "") or None,
        recipient=r.text(rec, "recipient", "", "") or "",
        extended_checks=r.flag(rec, "extended_checks", ""),
        result=r.text(rec, "result", "", "") or "",
        quantities=quantities,
    )
    if r.problems:
        raise ValidationFailed(r.problems)
    return s


def petition_json(p: PetitionRecord) -> dict[str, Any]:
    out: dict[str, Any] = plain(p)
    return out

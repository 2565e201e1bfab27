"""Duplicates and repeats: earlier petitions of the same people or with similar content.

On registration the officer sees these and may link the new petition as a duplicate (đơn
trùng) or as a new round of the same matter (vụ việc), so reports can tell first-time from
repeated matters. People are matched as the logbook matches them (CCCD, else folded name and
address); content by the overlap of its significant folded words.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.law.petition import CONTENT_LABELS, STATE_LABELS, ContentType, State
from app.models import Citizen, Petition, PetitionSender
from app.models.search import petition_fts
from app.services.common import ANONYMOUS, Viewer, local_office
from app.services.visits import PersonInput
from app.storage.store import Store
from app.text import Joined, Text
from app.vn.cccd import normalise_number
from app.vn.text import fold, tokens

SIMILAR_AT_LEAST = 0.35  # share of significant words two contents have in common
MAX_SUGGESTIONS = 10
# Words too common in petitions to tell two matters apart (folded).
_STOP_TEXT = (
    "va cua cho voi cac nhung mot la co khong duoc da bi tai ve tu den trong tren duoi theo "
    "nay do khi thi ma nhu de boi vi nen hoac cung con chua se dang rat nhieu it hon "
    "don de nghi xem xet giai quyet viec cong dan ong ba anh chi toi chung gia dinh so ngay "
    "thang nam phuong xa ubnd uy ban nhan dan can bo khieu nai to cao kien nghi phan anh"
)
STOPWORDS = frozenset(_STOP_TEXT.split())


@dataclass(frozen=True, slots=True)
class RelatedPetition:
    id: uuid.UUID
    number: str
    received_date: date
    content: str
    content_label: str
    state_label: str
    reason: str  # why it is suggested (a Text, app/text.py)
    same_person: bool
    similarity: float  # 0..1 overlap of significant words
    matter_id: uuid.UUID
    round: int


def significant_words(content: str) -> set[str]:
    return {t for t in tokens(content) if len(t) > 1 and t not in STOPWORDS and not t.isdigit()}


def similarity(a: set[str], b: set[str]) -> float:
    """Overlap coefficient: how much of the shorter text the longer one repeats."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _people(s: Session, office_id: uuid.UUID, senders: list[PersonInput]) -> set[uuid.UUID]:
    ids: set[uuid.UUID] = {p.citizen_id for p in senders if p.citizen_id}
    cccds = [normalise_number(p.cccd) for p in senders if p.cccd]
    conds: list[ColumnElement[bool]] = [Citizen.cccd.in_(cccds)] if cccds else []
    for p in senders:
        if p.full_name and p.address:
            conds.append((Citizen.name_folded == fold(p.full_name))
                         & (Citizen.address_folded == fold(p.address)))
    if conds:
        ids |= set(s.scalars(select(Citizen.id).where(Citizen.office_id == office_id,
                                                      or_(*conds))).all())
    return ids


def related(store: Store, senders: list[PersonInput], content: str, *,
            exclude: uuid.UUID | None = None, viewer: Viewer = ANONYMOUS) -> list[RelatedPetition]:
    """Earlier petitions of the same people first, then those with similar content."""
    words = significant_words(content)
    with store.read() as uow:
        s = uow.session
        office = local_office(s)
        people = _people(s, office.id, senders)
        same_person: set[uuid.UUID] = set()
        if people:
            same_person = set(s.scalars(
                select(PetitionSender.petition_id).where(PetitionSender.citizen_id.in_(people))
            ).all())
        by_text: set[uuid.UUID] = set()
        if words:
            query = " OR ".join(f'"{w}"' for w in sorted(words))
            by_text = set(s.scalars(
                select(Petition.id).join(petition_fts, petition_fts.c.rowid == Petition.search_key)
                .where(text("petition_fts MATCH :q")).order_by(text("bm25(petition_fts)"))
                .limit(200), {"q": query}).all())
        found: list[RelatedPetition] = []
        for p in s.scalars(select(Petition).where(Petition.id.in_(same_person | by_text),
                                                  Petition.deleted_at.is_(None))):
            if p.id == exclude:
                continue
            # A denunciation's author is secret: never suggest it through the person to
            # someone who may not see that identity (LAW.md §11).
            mine = p.id in same_person and (not p.confidential
                                            or viewer.sees_identity_of(p.officer_id))
            sim = similarity(words, significant_words(p.content))
            if not mine and sim < SIMILAR_AT_LEAST:
                continue
            reasons: list[str] = []
            if mine:
                reasons.append(Text("cùng người gửi"))
            if sim >= SIMILAR_AT_LEAST:
                reasons.append(Text("nội dung giống {percent}%", percent=round(sim * 100)))
            found.append(RelatedPetition(
                p.id, p.number, p.received_date, p.content,
                CONTENT_LABELS[ContentType(p.content_type)], STATE_LABELS[State(p.state)],
                Joined(reasons), mine, sim, p.matter_id or p.id, p.round))
        found.sort(key=lambda r: (not r.same_person, -r.similarity, -r.received_date.toordinal()))
        return found[:MAX_SUGGESTIONS]

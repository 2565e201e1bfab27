from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, NfcString, NfcText, SyncedMixin, new_uuid, utc_now


class Petition(SyncedMixin, Base):
    """A petition (đơn, LAW.md §4.3) and, once accepted, its case (§4.4).

    `state` and the other procedure columns are a cache of the replayed events (PetitionEvent),
    kept so lists can filter and sort without replaying; the events are the record.
    """

    __tablename__ = "petition"
    __table_args__ = (
        UniqueConstraint("office_id", "year", "seq"),
        Index("ix_petition_received", "received_date", "search_key",
              sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
        Index("ix_petition_state", "state", "received_date"),
        Index("ix_petition_matter", "matter_id"),
        # The periodic reports: what was still open on a period's first day (migration 0007).
        Index("ix_petition_closed_on", "closed_on"),
        # The statistics page's cases of a period (migration 0011): open ones (resolved_on
        # NULL) accepted by its end, and those resolved in or after it.
        Index("ix_petition_resolution", "resolved_on", "accepted_on"),
        # Overdue / due soon today: the open states' deadlines without reading the rows.
        Index("ix_petition_open_due", "state", "deleted_at", "next_due"),
    )

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    year: Mapped[int]
    seq: Mapped[int]
    search_key: Mapped[int] = mapped_column(unique=True)
    received_date: Mapped[date]  # local date it reached the office (the day deadlines count from)
    channel: Mapped[str] = mapped_column(String(16))
    forwarder_kind: Mapped[str | None] = mapped_column(String(16))
    forwarder_name: Mapped[str] = mapped_column(NfcText, default="")
    forwarder_ref: Mapped[str] = mapped_column(NfcString(60), default="")  # their letter number
    forwarder_ref_date: Mapped[date | None]
    petition_date: Mapped[date | None]  # ngày viết đơn
    content: Mapped[str] = mapped_column(NfcText)
    content_type: Mapped[str] = mapped_column(String(8))  # as registered; classify may change it
    field_code: Mapped[str | None] = mapped_column(ForeignKey("field_of_law.code"))
    respondent: Mapped[str] = mapped_column(NfcText, default="")
    complained_decision: Mapped[str] = mapped_column(NfcText, default="")
    learned_date: Mapped[date | None]  # KN: the day the complainant learned of the decision/act
    instance: Mapped[int] = mapped_column(default=1)  # KN: lần 1 / lần 2
    anonymous: Mapped[bool] = mapped_column(default=False)
    signed: Mapped[bool] = mapped_column(default=True)
    signer_count: Mapped[int] = mapped_column(default=1)
    language: Mapped[str] = mapped_column(String(8), default="vi")
    documents: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"), index=True)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"), index=True)
    # Repeats: an identical petition points at the one it duplicates; every petition of the
    # same matter (vụ việc) shares matter_id (the first petition's id) and counts its round.
    duplicate_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("petition.id"))
    matter_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    round: Mapped[int] = mapped_column(default=1)
    watch: Mapped[bool] = mapped_column(default=False)  # vụ việc phức tạp, kéo dài
    watch_note: Mapped[str] = mapped_column(NfcText, default="")
    confidential: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(NfcText, default="")
    # The procedure, as of the last event (a cache of app.law.petition.Facts).
    state: Mapped[str] = mapped_column(String(16), default="received")
    processable: Mapped[bool | None]
    competent: Mapped[bool | None]
    complexity: Mapped[str] = mapped_column(String(20), default="normal")
    extensions: Mapped[int] = mapped_column(default=0)
    next_due: Mapped[date | None] = mapped_column(index=True)  # earliest open deadline
    closed_on: Mapped[date | None]
    # The case (thụ lý) and its resolution, from the events (petitions.case_dates), and the
    # statutory resolution deadline on the office calendar: the statistics counters use them.
    accepted_on: Mapped[date | None]
    resolved_on: Mapped[date | None]
    resolution_due: Mapped[date | None]
    search_text: Mapped[str] = mapped_column(String, default="")

    senders: Mapped[list[PetitionSender]] = relationship(
        back_populates="petition", order_by="PetitionSender.position", cascade="all, delete-orphan")
    events: Mapped[list[PetitionEvent]] = relationship(
        back_populates="petition", order_by="PetitionEvent.seq", cascade="all, delete-orphan")

    @property
    def number(self) -> str:
        return f"{self.seq:04d}/{self.year}"


class PetitionSender(Base):
    """Who sent it: one or many people; none for an anonymous letter."""

    __tablename__ = "petition_sender"
    __table_args__ = (UniqueConstraint("petition_id", "citizen_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_uuid)
    petition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("petition.id"))
    citizen_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("citizen.id"), index=True)
    role: Mapped[str] = mapped_column(String(16), default="petitioner")
    is_representative: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)
    # As written on the petition; a denunciation keeps them here only (LAW.md §11).
    address: Mapped[str] = mapped_column(NfcText, default="")
    phone: Mapped[str | None] = mapped_column(String(32), default=None)

    petition: Mapped[Petition] = relationship(back_populates="senders")


class PetitionEvent(Base):
    """One step of the procedure: immutable once written (ARCHITECTURE.md principle 4)."""

    __tablename__ = "petition_event"
    __table_args__ = (UniqueConstraint("petition_id", "seq"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_uuid)
    petition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("petition.id"))
    seq: Mapped[int]
    step: Mapped[str] = mapped_column(String(16))
    on_date: Mapped[date]  # the local date of the act (a decision's date; may be earlier than entry)
    recorded_at: Mapped[datetime] = mapped_column(default=utc_now)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    doc_number: Mapped[str] = mapped_column(NfcString(60), default="")
    doc_date: Mapped[date | None]
    note: Mapped[str] = mapped_column(NfcText, default="")
    data: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    state_after: Mapped[str] = mapped_column(String(16))

    petition: Mapped[Petition] = relationship(back_populates="events")

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, NfcText, SyncedMixin, new_uuid


def _live_index(name: str, *columns: str) -> Index:
    live = text("deleted_at IS NULL")
    return Index(name, *columns, sqlite_where=live, postgresql_where=live)


class Visit(SyncedMixin, Base):
    """One row of the reception logbook (Sổ tiếp công dân; LAW.md §4.2, §9.1)."""

    __tablename__ = "visit"
    __table_args__ = (
        UniqueConstraint("office_id", "year", "seq"),
        # The logbook's orders and filters, over live rows only: the page queries always say
        # `deleted_at IS NULL`, so counts and deep pages read these indexes without touching
        # the table (bench/RESULTS.md §3: 1M visits, last page 479 → 43 ms).
        _live_index("ix_visit_visited_at", "visited_at", "search_key"),
        _live_index("ix_visit_category", "category", "visited_at", "search_key"),
        _live_index("ix_visit_officer", "officer_id", "visited_at", "search_key"),
        Index("ix_visit_visit_date", "visit_date"),
    )

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    year: Mapped[int]
    seq: Mapped[int]
    search_key: Mapped[int] = mapped_column(unique=True)
    visited_at: Mapped[datetime]  # UTC instant
    visit_date: Mapped[date]  # local (Hà Nội) date, what the logbook prints
    reception_type: Mapped[str] = mapped_column(String(16))
    received_by: Mapped[str] = mapped_column(String(16))
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    person_count: Mapped[int] = mapped_column(default=1)
    is_crowd: Mapped[bool] = mapped_column(default=False)
    content: Mapped[str] = mapped_column(NfcText)
    category: Mapped[str] = mapped_column(String(8))
    field_code: Mapped[str | None] = mapped_column(ForeignKey("field_of_law.code"))
    prior_handling: Mapped[str] = mapped_column(NfcText, default="")
    requests: Mapped[str] = mapped_column(NfcText, default="")
    repeat: Mapped[str] = mapped_column(String(8), default="first")
    outcome: Mapped[str] = mapped_column(String(24))
    outcome_note: Mapped[str] = mapped_column(NfcText, default="")
    follow_up: Mapped[str] = mapped_column(NfcText, default="")
    notes: Mapped[str] = mapped_column(NfcText, default="")
    interpreter_used: Mapped[bool] = mapped_column(default=False)
    confidential: Mapped[bool] = mapped_column(default=False)
    search_text: Mapped[str] = mapped_column(String, default="")

    persons: Mapped[list[VisitPerson]] = relationship(
        back_populates="visit", order_by="VisitPerson.position", cascade="all, delete-orphan"
    )

    @property
    def number(self) -> str:
        return f"{self.seq:04d}/{self.year}"


class VisitPerson(Base):
    """A person received in a visit, with their role (a crowd has several)."""

    __tablename__ = "visit_person"
    __table_args__ = (UniqueConstraint("visit_id", "citizen_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_uuid)
    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id"))
    citizen_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("citizen.id"), index=True)
    role: Mapped[str] = mapped_column(String(16), default="petitioner")
    is_representative: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)
    # Address and phone at the time of the visit, as the logbook printed them. A denunciation
    # keeps them here only, so the shared citizen record never reveals them (LAW.md §11).
    address: Mapped[str] = mapped_column(NfcText, default="")
    phone: Mapped[str | None] = mapped_column(String(32), default=None)

    visit: Mapped[Visit] = relationship(back_populates="persons")

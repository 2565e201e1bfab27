from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, NfcString, NfcText, SyncedMixin


class Citizen(SyncedMixin, Base):
    """A person received at the desk (LAW.md §4.1)."""

    __tablename__ = "citizen"
    __table_args__ = (
        UniqueConstraint("office_id", "cccd"),
        # Lookups by number and by name + address (migration 0002): with two equality terms
        # the planner prefers these to the office_id prefix of the unique constraint.
        Index("ix_citizen_cccd", "cccd"),
        Index("ix_citizen_name_address", "name_folded", "address_folded"),
    )

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    # Stable integer key of this row in the FTS5 index (implicit rowids may change on VACUUM).
    search_key: Mapped[int] = mapped_column(unique=True)
    full_name: Mapped[str] = mapped_column(NfcString(120))
    cccd: Mapped[str | None] = mapped_column(String(12))
    old_id: Mapped[str | None] = mapped_column(String(12))
    id_issued_on: Mapped[date | None]
    id_issue_place: Mapped[str | None] = mapped_column(NfcString(200))
    date_of_birth: Mapped[date | None]
    birth_year: Mapped[int | None]
    gender: Mapped[str | None] = mapped_column(String(8))
    address: Mapped[str] = mapped_column(NfcText, default="")
    card_address: Mapped[str | None] = mapped_column(NfcText)
    phone: Mapped[str | None] = mapped_column(String(32))
    name_folded: Mapped[str] = mapped_column(String(120), default="")
    address_folded: Mapped[str] = mapped_column(String, default="")
    search_text: Mapped[str] = mapped_column(String, default="")

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, NfcString, SyncedMixin


class Office(SyncedMixin, Base):
    """A ward/commune office (the local one, or one whose batches the upstream holds)."""

    __tablename__ = "office"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(NfcString(200))
    upstream_name: Mapped[str | None] = mapped_column(NfcString(200))
    place_name: Mapped[str | None] = mapped_column(NfcString(100))  # "Hà Nội", for print headers


class Officer(SyncedMixin, Base):
    """A person who receives citizens: a reception officer, the head or a deputy."""

    __tablename__ = "officer"
    __table_args__ = (UniqueConstraint("office_id", "code"),)

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    full_name: Mapped[str] = mapped_column(NfcString(120))
    title: Mapped[str] = mapped_column(NfcString(120), default="")
    is_head: Mapped[bool] = mapped_column(default=False)
    is_deputy: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)

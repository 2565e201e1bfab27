from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, NfcString, utc_now


class PrintLog(Base):
    """One print of a form or register: counts reprints ("In lại lần N", LAW.md §9).

    A local log, not case data: it is neither synced nor versioned. It holds no personal data
    (the record is named by its id and number only). The audit log proper, with its chain and
    every view and export of a denunciation (LAW.md §11), comes with a later issue.
    """

    __tablename__ = "print_log"
    __table_args__ = (Index("ix_print_log_record", "form_id", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[str] = mapped_column(String(40))
    record_kind: Mapped[str] = mapped_column(String(16))  # visit | petition | logbook | register
    record_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # None for a register's period
    record_number: Mapped[str] = mapped_column(NfcString(60), default="")  # or the period
    printed_at: Mapped[datetime] = mapped_column(default=utc_now)  # naive UTC
    officer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    copies: Mapped[int] = mapped_column(default=1)
    pages: Mapped[int] = mapped_column(default=0)
    paper: Mapped[str] = mapped_column(String(8), default="A4")
    reprint: Mapped[int] = mapped_column(default=0)  # 0 first print; N: "In lại lần N"
    masked: Mapped[bool] = mapped_column(default=False)  # identity of a denouncer left out

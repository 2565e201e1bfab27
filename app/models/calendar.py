from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, NfcString, utc_now


class CalendarDay(Base):
    """One day of the office calendar that differs from Mon–Fri (LAW.md §8).

    A public holiday, a day off (compensatory or by Government decision) or a make-up working
    day on a weekend. Days not listed follow the plain rule: Monday to Friday are working days.
    The calendar is office configuration, not case data, so it is neither synced nor versioned.
    """

    __tablename__ = "calendar_entry"
    __table_args__ = (
        CheckConstraint("kind IN ('holiday', 'day_off', 'working_day')", name="kind"),
    )

    date: Mapped[date] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(NfcString(200))
    source: Mapped[str] = mapped_column(NfcString(500), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

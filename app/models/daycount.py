from __future__ import annotations

from datetime import date

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class DayCount(Base):
    """How many live visits / petitions of one kind fall on one day with the same attributes:
    the statistics page sums these instead of reading rows (app/storage/daycounts.py keeps
    them, by triggers in the writing transaction; migration 0011 filled them)."""

    __tablename__ = "day_count"
    __table_args__ = ({"sqlite_with_rowid": False},)

    # visit (by visit_date) | petition (received_date) | accepted (accepted_on) |
    # resolved (resolved_on of an accepted petition)
    kind: Mapped[str] = mapped_column(String(12), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(8), primary_key=True)  # or content_type
    field: Mapped[str] = mapped_column(String(32), primary_key=True)  # '' = none
    crowd: Mapped[bool] = mapped_column(primary_key=True)
    repeated: Mapped[bool] = mapped_column(primary_key=True)
    late: Mapped[bool] = mapped_column(primary_key=True)  # resolved after resolution_due
    n: Mapped[int]

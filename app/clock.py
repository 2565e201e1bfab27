"""Time: UTC instants in storage, Hà Nội local dates and times for people (ARCHITECTURE §6).

Viet Nam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact and
needs no tz database on the ward PC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7), "ICT")


def now_local() -> datetime:
    return datetime.now(VN_TZ)


def to_utc_naive(moment: datetime) -> datetime:
    """Aware → naive UTC; a naive value is taken as Hà Nội local time (what a person typed)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VN_TZ)
    return moment.astimezone(UTC).replace(tzinfo=None)


def to_local(utc_naive: datetime) -> datetime:
    return utc_naive.replace(tzinfo=UTC).astimezone(VN_TZ)


def local_date(moment: datetime) -> date:
    return to_local(to_utc_naive(moment)).date()


def fmt_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def fmt_datetime(utc_naive: datetime | None) -> str:
    return to_local(utc_naive).strftime("%d/%m/%Y %H:%M") if utc_naive else ""

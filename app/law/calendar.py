"""The working-day calendar of a state office (LAW.md §8; domain decisions 2 and 3).

Monday to Friday are working days (40-hour week, Saturday and Sunday off). On top of that an
office calendar lists dated exceptions, each with a name and the document it comes from:

- `holiday`: a public holiday with full pay (Bộ luật Lao động 2019 art. 112: 1/1, five days
  of Tết, Giỗ Tổ Hùng Vương 10/3 lunar, 30/4, 1/5, 2/9 and one adjacent day);
- `day_off`: any other day the office is closed — the compensatory day when a holiday falls on
  the weekly rest day (art. 111.3), or a weekday swapped by the Government's yearly schedule;
- `working_day`: a Saturday or Sunday declared a working day (làm bù) to pay for a swapped day.

Pure: no database, no Qt, no files. The shipped data and the office's edits are read by
app.services.calendar; this module checks entries and does the arithmetic.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from app.errors import InputError
from app.text import Joined, Label, Sentence, Text, labels

EntryKind = Literal["holiday", "day_off", "working_day"]
KINDS: Final[tuple[EntryKind, ...]] = ("holiday", "day_off", "working_day")

# Shown in the GUI, the CLI and the explanations of deadlines.
KIND_LABELS: Final[dict[str, Label]] = labels({
    "holiday": "Ngày lễ, Tết",
    "day_off": "Ngày nghỉ (nghỉ bù, hoán đổi)",
    "working_day": "Ngày làm việc bù",
})
WEEKDAY_NAMES: Final[tuple[Label, ...]] = tuple(labels({
    0: "Thứ Hai", 1: "Thứ Ba", 2: "Thứ Tư", 3: "Thứ Năm", 4: "Thứ Sáu", 5: "Thứ Bảy", 6: "Chủ nhật",
}).values())

# The JSON record of one entry (README "Lịch làm việc"): these fields and no others.
ENTRY_FIELDS: Final[frozenset[str]] = frozenset({"date", "kind", "name", "source"})
NAME_MAX = 200
SOURCE_MAX = 500
FIRST_YEAR, LAST_YEAR = 1990, 2100  # anything outside is a typo (0226-01-01), not a calendar

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    date: dt.date
    kind: str  # one of KINDS
    name: str  # "Tết Nguyên đán (mùng 1)", "Nghỉ bù Giỗ Tổ Hùng Vương"...
    source: str = ""  # the document it comes from, or how we derived it

    def to_json(self) -> dict[str, str]:
        return {"date": self.date.isoformat(), "kind": self.kind, "name": self.name,
                "source": self.source}


@dataclass(frozen=True, slots=True)
class EntryProblem:
    """One thing wrong with an entry: `index` in the list given (None: the list itself)."""

    index: int | None
    field: str  # "date", "kind", "name", "source", "" for the record as a whole
    message: str  # Vietnamese, a Text (app/text.py)


class CalendarInvalid(InputError):
    """Calendar entries refused; `problems` says what is wrong with which entry."""

    def __init__(self, problems: Sequence[EntryProblem]) -> None:
        details = Joined((Text("- {problem}", problem=p.message) for p in problems), "\n")
        super().__init__("calendar_invalid", details=details, count=len(problems))
        self.problems = list(problems)


def fmt(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def weekday_name(day: dt.date) -> Label:
    return WEEKDAY_NAMES[day.weekday()]


def is_weekend(day: dt.date) -> bool:
    return day.weekday() >= 5


# ----------------------------------------------------------------------------- checking


def _where(index: int | None, day: dt.date | None, problem: Text) -> Text:
    """«Mục 3 (05/01/2026): …» in a list; the problem alone for one record."""
    if index is None:
        return problem
    if day is None:
        return Text("Mục {n}: {problem}", n=index + 1, problem=problem)
    return Text("Mục {n} ({day}): {problem}", n=index + 1, day=fmt(day), problem=problem)


def _parse_day(value: object) -> tuple[dt.date | None, Text | None]:
    if not isinstance(value, str) or not _ISO_DAY.match(value.strip()):
        return None, Text("ngày '{value}' không đúng dạng YYYY-MM-DD", value=value)
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        return None, Text("ngày {value} không có thật trên lịch", value=value)
    return day, None


def _check_one(index: int | None, item: object) -> tuple[CalendarEntry | None, list[EntryProblem]]:
    """A record (JSON object or CalendarEntry) → an entry, or the problems that stop it."""
    problems: list[EntryProblem] = []

    def fail(field: str, day: dt.date | None, message: Text) -> None:
        problems.append(EntryProblem(index, field, _where(index, day, message)))

    if isinstance(item, CalendarEntry):
        raw: Mapping[str, object] = {"date": item.date, "kind": item.kind, "name": item.name,
                                     "source": item.source}
    elif isinstance(item, Mapping):
        raw = item
        unknown = sorted(str(k) for k in raw if k not in ENTRY_FIELDS)
        if unknown:
            fail("", None, Text("trường không được hỗ trợ: {fields} (chỉ dùng date, kind, name, "
                                "source)", fields=", ".join(unknown)))
    else:
        fail("", None, Text("mỗi ngày phải là một đối tượng JSON {{\"date\", \"kind\", \"name\"}}"))
        return None, problems

    day: dt.date | None = None
    value = raw.get("date")
    if isinstance(value, dt.date):
        day = value
    elif value is None or value == "":
        fail("date", None, Text("thiếu ngày (date)"))
    else:
        day, why = _parse_day(value)
        if why:
            fail("date", None, why)
    if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
        fail("date", day, Text("năm {year} nằm ngoài khoảng {first}–{last}", year=day.year,
                               first=FIRST_YEAR, last=LAST_YEAR))
        day = None

    kind = raw.get("kind")
    if kind not in KINDS:
        fail("kind", day, Text("loại ngày '{kind}' không hợp lệ (holiday: ngày lễ, day_off: ngày "
                               "nghỉ, working_day: ngày làm việc bù)", kind=kind))
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        fail("name", day, Text("cần ghi tên ngày (ví dụ: Tết Dương lịch)"))
    elif len(name.strip()) > NAME_MAX:
        fail("name", day, Text("tên ngày dài quá {max} ký tự", max=NAME_MAX))
    source = raw.get("source", "")
    if source is None:
        source = ""
    if not isinstance(source, str):
        fail("source", day, Text("nguồn (source) phải là chuỗi ký tự"))
    elif len(source.strip()) > SOURCE_MAX:
        fail("source", day, Text("nguồn dài quá {max} ký tự", max=SOURCE_MAX))

    if day is not None and kind == "working_day" and not is_weekend(day):
        fail("kind", day, Text("{weekday} vốn là ngày làm việc; chỉ thứ Bảy hoặc Chủ nhật mới "
                               "khai báo là ngày làm việc bù", weekday=weekday_name(day)))
    if day is not None and kind == "day_off" and is_weekend(day):
        fail("kind", day, Text("{weekday} vốn là ngày nghỉ hằng tuần; ngày nghỉ bù phải là một "
                               "ngày từ thứ Hai đến thứ Sáu", weekday=weekday_name(day)))
    if problems or day is None:
        return None, problems
    assert isinstance(name, str) and isinstance(source, str) and isinstance(kind, str)
    return CalendarEntry(day, kind, " ".join(name.split()), source.strip()), problems


def check_entry(item: object) -> tuple[CalendarEntry | None, list[EntryProblem]]:
    """One record on its own (an editor's form): the entry, or the problems by field."""
    entry, problems = _check_one(None, item)
    return entry, [EntryProblem(None, p.field, Text("{problem}.", problem=Sentence(p.message)))
                   for p in problems]


def check_entries(items: Iterable[object]) -> tuple[list[CalendarEntry], list[EntryProblem]]:
    """Every record checked on its own, then together (one date once, no contradictions)."""
    entries: list[CalendarEntry] = []
    problems: list[EntryProblem] = []
    first_at: dict[dt.date, tuple[int, CalendarEntry]] = {}
    for index, item in enumerate(items):
        entry, found = _check_one(index, item)
        problems.extend(found)
        if entry is None:
            continue
        earlier = first_at.get(entry.date)
        if earlier is None:
            first_at[entry.date] = (index, entry)
            entries.append(entry)
            continue
        kinds = {earlier[1].kind, entry.kind}
        if kinds == {"holiday", "working_day"}:
            why = Text("vừa là ngày lễ vừa là ngày làm việc bù")
        elif kinds == {"day_off", "working_day"}:
            why = Text("vừa là ngày nghỉ vừa là ngày làm việc bù")
        else:
            why = Text("xuất hiện hai lần")
        problems.append(EntryProblem(index, "date", _where(index, entry.date, Text(
            "ngày này {why} (trùng mục {earlier}); mỗi ngày chỉ ghi một lần", why=why,
            earlier=earlier[0] + 1))))
    return sorted(entries, key=lambda e: e.date), problems


def validate_entries(items: Iterable[object]) -> list[str]:
    """The problems of a list of entries, in Vietnamese; empty when all is well.

    Items are CalendarEntry values or JSON records ({"date": "YYYY-MM-DD", "kind", "name",
    "source"}): dates must be real and written ISO, kinds known, names non-empty, each date
    listed once; a make-up working day must be a Saturday or Sunday, a day off a weekday.
    """
    return [p.message for p in check_entries(items)[1]]


def parse_entries(data: object) -> list[CalendarEntry]:
    """A JSON document (a list of records) → entries sorted by date, or CalendarInvalid."""
    if not isinstance(data, list):
        raise CalendarInvalid([EntryProblem(None, "", Text(
            "Tệp lịch phải là một danh sách JSON [{{\"date\": ..., \"kind\": ..., \"name\": ...}}, "
            "...]."))])
    entries, problems = check_entries(data)
    if problems:
        raise CalendarInvalid(problems)
    return entries


# ----------------------------------------------------------------------------- arithmetic


class WorkCalendar:
    """Which days an office works, and counting in working days (LAW.md §8)."""

    def __init__(self, entries: Iterable[CalendarEntry], years: Iterable[int] | None = None
                 ) -> None:
        by_date: dict[dt.date, CalendarEntry] = {}
        for e in entries:
            if e.date in by_date:
                raise ValueError(f"two calendar entries for {e.date}")
            by_date[e.date] = e
        self._entries = by_date
        # The years this calendar speaks for: outside them only weekends are known.
        self.years: frozenset[int] = frozenset(
            years if years is not None else (d.year for d in by_date))

    @property
    def entries(self) -> tuple[CalendarEntry, ...]:
        return tuple(sorted(self._entries.values(), key=lambda e: e.date))

    def entry_on(self, day: dt.date) -> CalendarEntry | None:
        return self._entries.get(day)

    def is_working_day(self, day: dt.date) -> bool:
        entry = self._entries.get(day)
        if entry is not None:
            return entry.kind == "working_day"
        return not is_weekend(day)

    def day_off_reason(self, day: dt.date) -> str | None:
        """Why `day` is not a working day ("Thứ Bảy", or the holiday's name); None if it is."""
        if self.is_working_day(day):
            return None
        entry = self._entries.get(day)
        return entry.name if entry is not None else weekday_name(day)

    def next_working_day_on_or_after(self, day: dt.date) -> dt.date:
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day

    def previous_working_day_on_or_before(self, day: dt.date) -> dt.date:
        while not self.is_working_day(day):
            day -= dt.timedelta(days=1)
        return day

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after `start` (the start day itself is never counted)."""
        if n < 0:
            raise ValueError("n must not be negative")
        day, counted = start, 0
        while counted < n:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day

    def subtract_working_days(self, day: dt.date, n: int) -> dt.date:
        """The n-th working day before `day`: e.g. the last day to post a reception schedule
        "at least 5 working days before" the session. add_working_days(result, n) == day
        whenever `day` is a working day."""
        if n < 0:
            raise ValueError("n must not be negative")
        counted = 0
        while counted < n:
            day -= dt.timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; negative when end is before start."""
        if end < start:
            return -self.working_days_between(end, start)
        count, day = 0, start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count

    def days_off_between(self, start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
        """The days in (start, end] that are not working days, each with why."""
        found: list[tuple[dt.date, str]] = []
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            reason = self.day_off_reason(day)
            if reason is not None:
                found.append((day, reason))
        return found

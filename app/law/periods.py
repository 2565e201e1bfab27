"""Reporting periods and their cut-off windows (LAW.md §10.1; domain decisions 1 and 6).

A periodic report does not count calendar months: the national reporting rules close the
figures (chốt số liệu) on the 14th and open the next window on the 15th, so

* month M      = 15th of month M-1 → 14th of month M;
* quarter      = 15th of the month before the quarter → 14th of its last month
                 (Q1 15/12–14/3, Q2 15/3–14/6, Q3 15/6–14/9, Q4 15/9–14/12);
* 6 months     = 15 Dec of the previous year → 14 Jun;
* 9 months     = 15 Dec of the previous year → 14 Sep;
* year         = 15 Dec of the previous year → 14 Dec.

LAW.md tags the pattern [S] (a provincial regulation built on NĐ 09/2019) and its use by
TT 01/2024/TT-TTCP [M], so the rule is data: a `CutoffRule` with its basis and the date it took
effect, picked by the period's nominal end; an office can override the opening day (stored in
the office's settings, see app.services.reports.settings) — day 1 gives calendar months.
A custom range ("2026-01-01..2026-03-31") is taken exactly as written, without cut-off.

Accepted texts: "2026-11" (month), "2026-Q4" (quarter), "2026-H1" / "2026-H2" (6 months),
"2026-9M" (9 months), "2026" (year), "2026-01-01..2026-03-31" (custom).

Pure: no database, no Qt.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Final, Literal

from app.errors import InputError
from app.text import Label, Text, labels

Kind = Literal["month", "quarter", "half", "nine_months", "year", "custom"]

KIND_LABELS: Final[dict[str, Label]] = labels({
    "month": "tháng", "quarter": "quý", "half": "6 tháng", "nine_months": "9 tháng",
    "year": "năm", "custom": "tùy chọn",
})
ROMAN: Final = ("I", "II", "III", "IV")


@dataclass(frozen=True, slots=True)
class CutoffRule:
    """When a reporting window opens: `start_day` of the month before the first month of the
    period; it closes on the day before, in the period's last month (start_day 1: calendar)."""

    start_day: int
    basis: str
    effective_from: dt.date
    tag: str = "S"  # LAW.md §0
    overridden: bool = False  # an office's own setting, not the national rule

    def __post_init__(self) -> None:
        if not 1 <= self.start_day <= 28:
            raise ValueError("start_day must be 1..28")


CUTOFF_RULES: Final[tuple[CutoffRule, ...]] = (
    CutoffRule(15, Label("Nghị định số 09/2019/NĐ-CP (chế độ báo cáo của cơ quan hành chính nhà "
                         "nước); Thông tư số 02/2021/TT-TTCP"), dt.date(2021, 5, 10), tag="S"),
    CutoffRule(15, Label("Thông tư số 01/2024/TT-TTCP của Thanh tra Chính phủ (chế độ báo cáo "
                         "công tác thanh tra, tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố "
                         "cáo)"), dt.date(2024, 3, 1), tag="M"),
)


def cutoff_rule_on(day: dt.date, override_start_day: int | None = None) -> CutoffRule:
    """The cut-off rule in force on `day` (the earliest one before every rule), or the office's
    override of its opening day."""
    found = [r for r in CUTOFF_RULES if r.effective_from <= day]
    rule = max(found, key=lambda r: r.effective_from) if found else CUTOFF_RULES[0]
    if override_start_day is not None and override_start_day != rule.start_day:
        basis = (Text("Cơ quan tự đặt ngày chốt số liệu (mở kỳ ngày {day})",
                      day=override_start_day)
                 if override_start_day != 1 else Label("Cơ quan chọn kỳ theo tháng dương lịch"))
        rule = replace(rule, start_day=override_start_day, basis=basis, tag="I", overridden=True)
    return rule


@dataclass(frozen=True, slots=True)
class Period:
    kind: Kind
    code: str  # "2026-Q4": the text it was parsed from, normalised
    year: int
    index: int  # month 1–12, quarter 1–4, half 1–2; 0 for the others
    start: dt.date  # first day counted
    end: dt.date  # last day counted
    label: str  # "Quý IV năm 2026" (a Text, like `window`)
    rule: CutoffRule | None  # None for a custom range

    @property
    def window(self) -> Text:
        return _from_to(self.start, self.end)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def _from_to(start: dt.date, end: dt.date) -> Text:
    return Text("Từ ngày {start} đến ngày {end}", start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}")


def _shift(year: int, month: int, by: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + by
    return n // 12, n % 12 + 1


def window(year: int, first_month: int, last_month: int, rule: CutoffRule
           ) -> tuple[dt.date, dt.date]:
    """The days of months first..last of `year` under `rule`."""
    if rule.start_day == 1:
        last = calendar.monthrange(year, last_month)[1]
        return dt.date(year, first_month, 1), dt.date(year, last_month, last)
    y0, m0 = _shift(year, first_month, -1)
    return dt.date(y0, m0, rule.start_day), dt.date(year, last_month, rule.start_day - 1)


def _refused(text: str, reason: str) -> InputError:
    return InputError("report_bad_period", text=text, reason=reason)


_YEAR = r"(\d{4})"
_PATTERNS: Final = (
    ("month", re.compile(rf"^{_YEAR}-(\d{{1,2}})$")),
    ("quarter", re.compile(rf"^{_YEAR}-Q([1-4])$", re.IGNORECASE)),
    ("half", re.compile(rf"^{_YEAR}-H([12])$", re.IGNORECASE)),
    ("nine_months", re.compile(rf"^{_YEAR}-9M$", re.IGNORECASE)),
    ("year", re.compile(rf"^{_YEAR}$")),
)
MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_CUSTOM_DAYS = 366 * 5


def make(kind: Kind, year: int, index: int = 0, *, override_start_day: int | None = None
         ) -> Period:
    """A standard period of `year` (index: month, quarter or half)."""
    months = {
        "month": (index, index),
        "quarter": (3 * index - 2, 3 * index),
        "half": (6 * index - 5, 6 * index),
        "nine_months": (1, 9),
        "year": (1, 12),
    }[kind]
    rule = cutoff_rule_on(dt.date(year, months[1], 1), override_start_day)
    start, end = window(year, months[0], months[1], rule)
    label: Text
    if kind == "month":
        code = f"{year}-{index:02d}"
        label = Text("Tháng {month} năm {year}", month=index, year=year)
    elif kind == "quarter":
        code = f"{year}-Q{index}"
        label = Text("Quý {quarter} năm {year}", quarter=ROMAN[index - 1], year=year)
    elif kind == "half":
        code = f"{year}-H{index}"
        label = (Text("6 tháng đầu năm {year}", year=year) if index == 1 else
                 Text("6 tháng cuối năm {year}", year=year))
    elif kind == "nine_months":
        code, label = f"{year}-9M", Text("9 tháng năm {year}", year=year)
    else:
        code, label = str(year), Text("Năm {year}", year=year)
    if kind == "half" and index == 2:
        # Not a period of the regime (it reports Q1, 6 months, 9 months, the year); offered for
        # comparisons: the second half, 15 Jun → 14 Dec under the national rule.
        start, end = window(year, 7, 12, rule)
    return Period(kind, code, year, index, start, end, label, rule)


def custom(start: dt.date, end: dt.date) -> Period:
    if start > end:
        raise _refused(f"{start.isoformat()}..{end.isoformat()}",
                       Text("ngày bắt đầu sau ngày kết thúc"))
    if (end - start).days > MAX_CUSTOM_DAYS:
        raise _refused(f"{start.isoformat()}..{end.isoformat()}", Text("khoảng ngày dài quá 5 năm"))
    return Period("custom", f"{start.isoformat()}..{end.isoformat()}", end.year, 0, start, end,
                  _from_to(start, end), None)


def parse(text: str, *, override_start_day: int | None = None) -> Period:
    """'2026-Q4', '2026-11', '2026-H1', '2026-9M', '2026' or '2026-01-01..2026-03-31'."""
    raw = (text or "").strip()
    if ".." in raw:
        a, _, b = raw.partition("..")
        try:
            start, end = dt.date.fromisoformat(a.strip()), dt.date.fromisoformat(b.strip())
        except ValueError:
            raise _refused(raw, Text("ngày phải viết dạng YYYY-MM-DD..YYYY-MM-DD")) from None
        return custom(start, end)
    for kind, pattern in _PATTERNS:
        m = pattern.match(raw)
        if not m:
            continue
        year = int(m.group(1))
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise _refused(raw, Text("năm phải từ {first} đến {last}", first=MIN_YEAR,
                                     last=MAX_YEAR))
        index = int(m.group(2)) if m.lastindex and m.lastindex >= 2 else 0
        if kind == "month" and not 1 <= index <= 12:
            raise _refused(raw, Text("tháng phải từ 1 đến 12"))
        return make(kind, year, index, override_start_day=override_start_day)  # type: ignore[arg-type]
    raise _refused(raw, Text("dùng một trong các dạng 2026-11 (tháng), 2026-Q4 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng), 2026 (năm), 2026-01-01..2026-03-31"))


def previous(p: Period) -> Period:
    """The period of the same kind just before (custom: the same length just before)."""
    if p.kind == "custom":
        length = p.end - p.start
        end = p.start - dt.timedelta(days=1)
        return custom(end - length, end)
    override = p.rule.start_day if p.rule and p.rule.overridden else None
    if p.kind == "month":
        y, m = _shift(p.year, p.index, -1)
        return make("month", y, m, override_start_day=override)
    if p.kind == "quarter":
        return make("quarter", p.year - (p.index == 1), 4 if p.index == 1 else p.index - 1,
                    override_start_day=override)
    if p.kind == "half":
        return make("half", p.year - (p.index == 1), 2 if p.index == 1 else 1,
                    override_start_day=override)
    return make(p.kind, p.year - 1, override_start_day=override)

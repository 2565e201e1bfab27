"""The deadline table (LAW.md §7, rows 4–25) and how a due date is counted (§8).

Each rule has a stable id (used by the CLI, the petitions and the reports), the obligation in
Vietnamese, its legal basis and the date it took effect (domain decision 1: a deadline is
computed under the version in force on the day of the event that starts it). Several versions
of one id may sit in RULES; `rule_on` picks the right one. Law 136/2025/QH15 (in force
1 Jul 2026) may change some of these numbers; until its text is known the earlier rules
continue (LAW.md §0), and a new version is added here, not edited over the old one.

Counting (Bộ luật Dân sự 2015 arts. 147–148; domain decision 2):
- the day of the event is not counted;
- "ngày" = calendar days; "ngày làm việc" = working days of the office calendar (weekends and
  holidays skipped, make-up working days counted);
- a period in days or years whose last day is not a working day ends on the next working day;
- "N working days before" an event (the reception schedule) counts backwards the same way.

Pure: no database, no Qt. `compute` takes the office calendar as a value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from app.errors import InputError
from app.law.calendar import WorkCalendar, fmt
from app.text import Counted, Joined, Label, Text, labels

Unit = Literal["working_days", "days", "years"]
Direction = Literal["after", "before"]
Variant = Literal["base", "complex", "remote", "remote_complex"]

UNIT_LABELS: Final[dict[str, Label]] = labels({
    "working_days": "ngày làm việc", "days": "ngày", "years": "năm",
})
VARIANT_LABELS: Final[dict[str, Label]] = labels({
    "base": "thời hạn chung",
    "complex": "vụ việc phức tạp",
    "remote": "vùng sâu, vùng xa đi lại khó khăn",
    "remote_complex": "vùng sâu, vùng xa, vụ việc phức tạp",
})


@dataclass(frozen=True, slots=True)
class Extension:
    """Extensions of a period by separate written decisions (e.g. Luật Tố cáo art. 30)."""

    days: int  # each extension at most this long, in the rule's unit
    max_count: int
    especially_complex_from: int  # the n-th extension and later need "đặc biệt phức tạp"


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    rule_id: str
    title: str  # the obligation, Vietnamese
    event: str  # what starts the period, as it reads after "kể từ" / "trước"
    basis: str  # legal basis, as it reads after "theo"
    effective_from: dt.date
    limit: int
    unit: Unit
    direction: Direction = "after"
    complex_limit: int | None = None
    remote_limit: int | None = None
    remote_complex_limit: int | None = None
    extension: Extension | None = None
    complex_label: str = Label("vụ việc phức tạp")  # what "complex" means for this rule
    note: str = ""  # what the count cannot know (excluded time, practice)
    law_row: int = 0  # row of LAW.md §7
    tag: str = "C"  # LAW.md §0: C confirmed, S secondary, M memory, I inference

    def has_complex(self) -> bool:
        return self.complex_limit is not None or self.extension is not None

    def has_remote(self) -> bool:
        return self.remote_limit is not None


@dataclass(frozen=True, slots=True)
class SkippedDay:
    date: dt.date
    reason: str  # "Thứ Bảy", "Chủ nhật", or the holiday's / day off's name


@dataclass(frozen=True, slots=True)
class Deadline:
    rule: DeadlineRule
    start: dt.date  # the event day (not counted)
    due: dt.date  # the last day to act
    variant: Variant
    extensions: int
    total: int  # counted, in rule.unit: limit of the variant + the extensions
    nominal_end: dt.date  # before moving off a non-working day (== due for working days)
    skipped: tuple[SkippedDay, ...]  # the non-working days passed over, with why
    uncovered_years: tuple[int, ...] = field(default=())  # years with no holiday data

    @property
    def unit(self) -> Unit:
        return self.rule.unit


class DeadlineRefused(InputError):
    """A deadline that cannot be computed as asked (unknown rule, impossible options)."""


def _art(article: int, law: str, clause: int | None = None) -> Text:
    """«Điều 28 Luật Khiếu nại 2011», «khoản 1 Điều 28 …»: a citation, translatable."""
    if clause is None:
        return Text("Điều {article} {law}", article=article, law=law)
    return Text("khoản {clause} Điều {article} {law}", clause=clause, article=article, law=law)


_KN = Label("Luật Khiếu nại 2011")
_TC = Label("Luật Tố cáo 2018")
_TCD = Label("Luật Tiếp công dân 2013")
_TT07_2013_AMENDED = Label("Thông tư 07/2013/TT-TTCP (sửa đổi bởi Thông tư 02/2016/TT-TTCP)")
_KN_FROM = dt.date(2012, 7, 1)
_TC_FROM = dt.date(2019, 1, 1)
_TCD_FROM = dt.date(2014, 7, 1)

# Titles, events, bases and notes are Labels and Texts (app/text.py): the CLI and the JSON read
# the Vietnamese, the petition detail shows them in the interface language.
RULES: Final[tuple[DeadlineRule, ...]] = (
    DeadlineRule(
        "schedule-posting", Label("Niêm yết, thông báo lịch tiếp công dân của người đứng đầu"),
        Label("ngày tiếp công dân"), _art(24, _TCD, clause=4), _TCD_FROM,
        5, "working_days", direction="before", law_row=4),
    DeadlineRule(
        "reception-notice",
        Label("Trả lời công dân việc thụ lý, chưa thụ lý, chuyển đơn hoặc hướng dẫn"),
        Label("ngày nhận nội dung khiếu nại, tố cáo, kiến nghị, phản ánh"),
        _art(28, _TCD, clause=1), _TCD_FROM, 10, "working_days", law_row=5),
    DeadlineRule(
        "party-reception-notice",
        Label("Thông báo bằng văn bản cho người có đơn gửi người đứng đầu cấp ủy"),
        Label("ngày người đứng đầu cấp ủy nhận đơn"),
        Label("Quy định 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị"),
        dt.date(2019, 2, 18), 10, "working_days", law_row=6, tag="S"),
    DeadlineRule(
        "forwarder-inform",
        Label("Thông báo kết quả cho đại biểu Quốc hội, đại biểu HĐND hoặc Ban tiếp công dân "
              "đã chuyển vụ việc"),
        Label("ngày có kết quả giải quyết"), _art(27, _TCD, clause=2), _TCD_FROM,
        7, "working_days", law_row=7,
        note=Text("vụ việc đã giải quyết từ trước thì thông báo ngay")),
    DeadlineRule(
        "complaint-limitation", Label("Thời hiệu khiếu nại"),
        Label("ngày nhận được hoặc biết được quyết định, hành vi hành chính"), _art(9, _KN),
        _KN_FROM, 90, "days", law_row=8,
        note=Text("thời gian ốm đau, thiên tai, địch họa, đi công tác, học tập ở nơi xa hoặc "
                  "trở ngại khách quan khác không tính vào thời hiệu")),
    DeadlineRule(
        "discipline-complaint-limitation",
        Label("Thời hiệu khiếu nại lần đầu quyết định kỷ luật cán bộ, công chức"),
        Label("ngày nhận được quyết định kỷ luật"), _art(48, _KN), _KN_FROM, 15, "days",
        law_row=9, note=Text("thời gian trở ngại khách quan không tính vào thời hiệu")),
    DeadlineRule(
        "discipline-second-limitation",
        Label("Thời hiệu khiếu nại lần hai quyết định kỷ luật cán bộ, công chức"),
        Label("ngày nhận được quyết định giải quyết khiếu nại lần đầu"), _art(48, _KN), _KN_FROM,
        10, "days", law_row=9,
        note=Text("kỷ luật buộc thôi việc: dùng quy tắc discipline-second-limitation-dismissal "
                  "(30 ngày)")),
    DeadlineRule(
        "discipline-second-limitation-dismissal",
        Label("Thời hiệu khiếu nại lần hai quyết định kỷ luật buộc thôi việc"),
        Label("ngày nhận được quyết định giải quyết khiếu nại lần đầu"), _art(48, _KN), _KN_FROM,
        30, "days", law_row=9),
    DeadlineRule(
        # The law says "10 ngày"; the implementing circular counts working days (LAW.md §7 #10).
        "complaint-acceptance",
        Label("Thụ lý khiếu nại lần đầu và thông báo bằng văn bản (hoặc nêu lý do không thụ lý)"),
        Label("ngày nhận được khiếu nại"),
        Joined((_art(27, _KN), _art(5, _TT07_2013_AMENDED))),
        _KN_FROM, 10, "working_days", law_row=10),
    DeadlineRule(
        "complaint-first", Label("Giải quyết khiếu nại lần đầu"), Label("ngày thụ lý"),
        _art(28, _KN), _KN_FROM, 30, "days", complex_limit=45, remote_limit=45,
        remote_complex_limit=60, law_row=11),
    DeadlineRule(
        "complaint-decision-send",
        Label("Gửi quyết định giải quyết khiếu nại lần đầu cho người khiếu nại và người có liên "
              "quan"),
        Label("ngày ban hành quyết định"), _art(32, _KN), _KN_FROM, 3, "working_days",
        law_row=12),
    DeadlineRule(
        "complaint-second-window", Label("Thời hạn khiếu nại lần hai hoặc khởi kiện"),
        Label("ngày nhận được quyết định giải quyết lần đầu hoặc ngày hết hạn giải quyết lần "
              "đầu"),
        _art(33, _KN), _KN_FROM, 30, "days", remote_limit=45, law_row=13),
    DeadlineRule(
        "complaint-effective",
        Label("Quyết định giải quyết lần đầu có hiệu lực pháp luật nếu không bị khiếu nại lần hai "
              "hoặc khởi kiện"),
        Label("ngày ban hành quyết định giải quyết lần đầu"), _art(44, _KN), _KN_FROM,
        30, "days", remote_limit=45, law_row=14),
    DeadlineRule(
        "complaint-second-acceptance",
        Label("Thụ lý khiếu nại lần hai và thông báo bằng văn bản"),
        Label("ngày nhận được khiếu nại lần hai"),
        Joined((_art(36, _KN), _TT07_2013_AMENDED)),
        _KN_FROM, 10, "working_days", law_row=15),
    DeadlineRule(
        "complaint-second", Label("Giải quyết khiếu nại lần hai"), Label("ngày thụ lý"),
        _art(37, _KN), _KN_FROM, 45, "days", complex_limit=60, remote_limit=60,
        remote_complex_limit=70, law_row=16),
    DeadlineRule(
        "suspension-resume",
        Label("Người khiếu nại đề nghị tiếp tục giải quyết sau khi có thông báo tạm đình chỉ "
              "(quá hạn thì khiếu nại không được thụ lý lại)"),
        Label("ngày có văn bản thông báo tạm đình chỉ"), _art(11, _KN, clause=8), _KN_FROM,
        30, "days", law_row=17),
    DeadlineRule(
        # TT 07/2013/TT-TTCP: dated 31/10/2013, in force 16/12/2013 [M].
        "verification-documents",
        Label("Cung cấp thông tin, tài liệu, bằng chứng theo yêu cầu xác minh"),
        Label("ngày nhận được yêu cầu"), _art(11, Label("Thông tư 07/2013/TT-TTCP")),
        dt.date(2013, 12, 16), 7, "working_days", law_row=18),
    DeadlineRule(
        "denunciation-initial",
        Label("Vào sổ, phân loại, kiểm tra danh tính người tố cáo và điều kiện thụ lý tố cáo"),
        Label("ngày nhận được tố cáo"), _art(24, _TC, clause=1), _TC_FROM, 7, "working_days",
        complex_limit=10,
        complex_label=Label("phải kiểm tra, xác minh ở nhiều nơi hoặc ủy quyền"),
        law_row=19),
    DeadlineRule(
        "denunciation-transfer",
        Label("Chuyển tố cáo không thuộc thẩm quyền và thông báo cho người tố cáo"),
        Label("ngày nhận được tố cáo"), _art(24, _TC, clause=2), _TC_FROM, 5, "working_days",
        law_row=20),
    DeadlineRule(
        "denunciation-notify",
        Label("Thông báo việc thụ lý cho người tố cáo và nội dung tố cáo cho người bị tố cáo"),
        Label("ngày ra quyết định thụ lý"),
        Joined((_art(29, _TC, clause=3), _art(9, Label("Nghị định 31/2019/NĐ-CP")))),
        _TC_FROM, 5, "working_days", law_row=21),
    DeadlineRule(
        "denunciation-resolution", Label("Giải quyết tố cáo"), Label("ngày thụ lý tố cáo"),
        Joined((_art(30, _TC), _art(3, Label("Nghị định 31/2019/NĐ-CP")))), _TC_FROM, 30, "days",
        extension=Extension(days=30, max_count=2, especially_complex_from=2), law_row=22,
        note=Text("mỗi lần gia hạn bằng quyết định riêng, thông báo cho người tố cáo và người "
                  "bị tố cáo")),
    DeadlineRule(
        "forwarded-report",
        Label("Báo cáo kết quả xử lý tố cáo cho cơ quan báo chí, cơ quan có thẩm quyền đã chuyển "
              "đến"),
        Label("ngày nhận được tố cáo do cơ quan, tổ chức chuyển đến"), _art(26, _TC, clause=2),
        _TC_FROM, 20, "days", law_row=23),
    DeadlineRule(
        "redenunciation-review",
        Label("Cấp trên xem xét tố cáo tiếp và quyết định có giải quyết lại hay không"),
        Label("ngày nhận được tố cáo tiếp"), _art(37, _TC, clause=2), _TC_FROM, 20, "days",
        law_row=24),
    DeadlineRule(
        # TT 07/2014/TT-TTCP: in force 15/12/2014 [M]; TT 05/2021 may keep it (LAW.md §15.4).
        "filed-retention", Label("Lưu đơn không xử lý trước khi người đứng đầu quyết định hủy"),
        Label("ngày lưu đơn"), _art(28, Label("Thông tư 07/2014/TT-TTCP")),
        dt.date(2014, 12, 15), 1, "years", law_row=25, tag="C (văn bản cũ)"),
)


def rule_ids(rules: Sequence[DeadlineRule] = RULES) -> list[str]:
    seen: dict[str, None] = {}
    for r in rules:
        seen.setdefault(r.rule_id, None)
    return list(seen)


def rule_on(rule_id: str, day: dt.date, rules: Sequence[DeadlineRule] = RULES) -> DeadlineRule:
    """The version of `rule_id` in force on `day` (the latest effective_from not after it).

    An event before the first version is judged by the first version, the only one known.
    """
    versions = [r for r in rules if r.rule_id == rule_id]
    if not versions:
        raise DeadlineRefused("deadline_unknown_rule", rule=rule_id)
    in_force = [r for r in versions if r.effective_from <= day]
    pool = in_force or versions
    pick = max if in_force else min
    return pick(pool, key=lambda r: r.effective_from)


def current_rules(day: dt.date, rules: Sequence[DeadlineRule] = RULES) -> list[DeadlineRule]:
    """Every rule id once, in the version in force on `day`, in the order of LAW.md §7."""
    return [rule_on(rid, day, rules) for rid in rule_ids(rules)]


# ----------------------------------------------------------------------------- computing


def _add_years(day: dt.date, years: int) -> dt.date:
    """Same day and month `years` later; 29 Feb → 28 Feb (no corresponding day)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _variant(rule: DeadlineRule, complex_case: bool, remote: bool) -> tuple[Variant, int]:
    if remote and complex_case and rule.remote_complex_limit is not None:
        return "remote_complex", rule.remote_complex_limit
    if remote and rule.remote_limit is not None:
        return "remote", rule.remote_limit
    if complex_case and rule.complex_limit is not None:
        return "complex", rule.complex_limit
    return "base", rule.limit


def compute_rule(rule: DeadlineRule, start: dt.date, calendar: WorkCalendar, *,
                 complex: bool = False, extensions: int = 0, remote: bool = False,
                 especially_complex: bool = False) -> Deadline:
    """The due date of `rule` for an event on `start` (see `compute`)."""
    params = {"rule": rule.rule_id, "title": rule.title}
    complex_case = complex or especially_complex or extensions > 0
    if (complex or especially_complex) and not rule.has_complex():
        raise DeadlineRefused("deadline_no_complex", **params)
    if remote and not rule.has_remote():
        raise DeadlineRefused("deadline_no_remote", **params)
    if extensions < 0:
        raise DeadlineRefused("deadline_bad_extensions", count=extensions)
    ext = rule.extension
    if extensions and ext is None:
        raise DeadlineRefused("deadline_no_extension", **params)
    if ext is not None and extensions > ext.max_count:
        raise DeadlineRefused("deadline_too_many_extensions", max=ext.max_count,
                              count=extensions, **params)
    if ext is not None and extensions >= ext.especially_complex_from and not especially_complex:
        raise DeadlineRefused("deadline_needs_especially_complex",
                              nth=ext.especially_complex_from, basis=rule.basis, **params)

    variant, limit = _variant(rule, complex_case, remote)
    total = limit + (ext.days * extensions if ext is not None else 0)
    skipped: list[SkippedDay]
    if rule.unit == "working_days":
        if rule.direction == "after":
            due = calendar.add_working_days(start, total)
            skipped = [SkippedDay(d, why) for d, why in calendar.days_off_between(start, due)]
        else:
            due = calendar.subtract_working_days(start, total)
            skipped = [SkippedDay(d, why) for d, why in calendar.days_off_between(due, start)
                       if d < start]
        nominal = due
    else:
        sign = 1 if rule.direction == "after" else -1
        if rule.unit == "days":
            nominal = start + dt.timedelta(days=sign * total)
        else:
            nominal = _add_years(start, sign * total)
        if rule.direction == "after":
            due = calendar.next_working_day_on_or_after(nominal)
            span = (nominal - dt.timedelta(days=1), due)
        else:
            due = calendar.previous_working_day_on_or_before(nominal)
            span = (due, nominal)
        skipped = [SkippedDay(d, why) for d, why in calendar.days_off_between(*span)]
    first, last = sorted((start, due))
    uncovered = tuple(y for y in range(first.year, last.year + 1) if y not in calendar.years)
    return Deadline(rule, start, due, variant, extensions, total, nominal, tuple(skipped),
                    uncovered)


def compute(rule_id: str, start: dt.date, calendar: WorkCalendar, *, complex: bool = False,
            extensions: int = 0, remote: bool = False, especially_complex: bool = False,
            rules: Sequence[DeadlineRule] = RULES) -> Deadline:
    """The due date of rule `rule_id` for an event on `start`, under `calendar`.

    `complex`: the rule's longer period for complex cases (for denunciation-initial: checks
    at several places or by delegation). `remote`: the remote-area period. `extensions`: how
    many extensions were decided (denunciation-resolution: 1, or 2 when `especially_complex`).
    Impossible options raise DeadlineRefused, with a Vietnamese message.
    """
    rule = rule_on(rule_id, start, rules)
    return compute_rule(rule, start, calendar, complex=complex, extensions=extensions,
                        remote=remote, especially_complex=especially_complex)


# ----------------------------------------------------------------------------- explaining


# Lower-case weekday names, as they read inside an explanation ("(thứ hai)").
WEEKDAYS_IN_TEXT: Final[tuple[Label, ...]] = tuple(labels({
    0: "thứ hai", 1: "thứ ba", 2: "thứ tư", 3: "thứ năm", 4: "thứ sáu", 5: "thứ bảy", 6: "chủ nhật",
}).values())
WEEKEND: Final = ("Thứ Bảy", "Chủ nhật")


def amount(n: int, unit: Unit) -> Counted:
    """«10 ngày làm việc», «30 ngày», «1 năm» (counted: «1 year», «2 years»)."""
    if unit == "working_days":
        return Counted("{n} ngày làm việc", n=n)
    if unit == "days":
        return Counted("{n} ngày", n=n)
    return Counted("{n} năm", n=n)


def _ranges(days: Sequence[SkippedDay]) -> str:
    """14/02/2026–22/02/2026, 10/01/2026: consecutive days folded into ranges."""
    parts: list[str] = []
    i = 0
    while i < len(days):
        j = i
        while j + 1 < len(days) and days[j + 1].date - days[j].date == dt.timedelta(days=1):
            j += 1
        parts.append(fmt(days[i].date) if i == j else f"{fmt(days[i].date)}–{fmt(days[j].date)}")
        i = j + 1
    return ", ".join(parts)


def _reasons(days: Sequence[SkippedDay]) -> Joined:
    """«2 ngày thứ Bảy, Chủ nhật; Tết Nguyên đán (mùng 4 tháng Giêng)» (a holiday's name is the
    calendar's own words)."""
    weekend = sum(1 for d in days if d.reason in WEEKEND)
    named: dict[str, None] = {}
    for d in days:
        if d.reason not in WEEKEND:
            named.setdefault(d.reason, None)
    parts: list[str] = [Counted("{n} ngày thứ Bảy, Chủ nhật", n=weekend)] if weekend else []
    parts.extend(named)
    return Joined(parts, "; ")


def explain(deadline: Deadline) -> Text:
    """One Vietnamese line: which rule, from when, under which basis, and why this date (a
    Text: the petition detail shows it in the interface language)."""
    r = deadline.rule
    period, start = amount(deadline.total, r.unit), fmt(deadline.start)
    text: Text = (Text("Hạn {period} trước {event} {start}", period=period, event=r.event,
                       start=start) if r.direction == "before" else
                  Text("Hạn {period} kể từ {event} {start}", period=period, event=r.event,
                       start=start))
    details: list[str] = []
    if deadline.variant != "base":
        label = r.complex_label if deadline.variant == "complex" else VARIANT_LABELS[deadline.variant]
        details.append(label)
    if deadline.extensions and r.extension is not None:
        base = deadline.total - r.extension.days * deadline.extensions
        details.append(Counted("{base} và {n} lần gia hạn, mỗi lần {each}",
                               base=amount(base, r.unit), n=deadline.extensions,
                               each=amount(r.extension.days, r.unit)))
    if details:
        text = Text("{text} ({details})", text=text, details=Joined(details, "; "))
    text = Text("{text} theo {basis}: {due} ({weekday})", text=text, basis=r.basis,
                due=fmt(deadline.due), weekday=WEEKDAYS_IN_TEXT[deadline.due.weekday()])
    notes: list[str] = []
    if r.unit == "working_days" and deadline.skipped:
        notes.append(Counted("không tính {n} ngày nghỉ ({days}: {reasons})",
                             n=len(deadline.skipped), days=_ranges(deadline.skipped),
                             reasons=_reasons(deadline.skipped)))
    elif deadline.skipped:
        values = {"end": fmt(deadline.nominal_end), "days": _ranges(deadline.skipped),
                  "reasons": _reasons(deadline.skipped)}
        notes.append(Text("ngày cuối cùng {end} rơi vào ngày nghỉ ({days}: {reasons}) nên hạn "
                          "chuyển sang ngày làm việc tiếp theo", **values)
                     if r.direction == "after" else
                     Text("ngày cuối cùng {end} rơi vào ngày nghỉ ({days}: {reasons}) nên hạn "
                          "lùi về ngày làm việc liền trước", **values))
    if deadline.uncovered_years:
        years = ", ".join(str(y) for y in deadline.uncovered_years)
        notes.append(Text("lưu ý: chưa có lịch ngày lễ năm {years}, chỉ trừ thứ Bảy, Chủ nhật",
                          years=years))
    if r.note:
        notes.append(r.note)
    return Text("{explanation}.", explanation=Joined([text, *notes], "; "))


def rule_json(rule: DeadlineRule) -> dict[str, object]:
    ext = rule.extension
    return {
        "rule": rule.rule_id, "title": rule.title, "event": rule.event, "basis": rule.basis,
        "effective_from": rule.effective_from.isoformat(), "limit": rule.limit,
        "unit": rule.unit, "direction": rule.direction, "complex_limit": rule.complex_limit,
        "remote_limit": rule.remote_limit, "remote_complex_limit": rule.remote_complex_limit,
        "extension": None if ext is None else {
            "days": ext.days, "max_count": ext.max_count,
            "especially_complex_from": ext.especially_complex_from},
        "note": rule.note, "law_row": rule.law_row, "tag": rule.tag,
    }


def deadline_json(deadline: Deadline) -> dict[str, object]:
    out = rule_json(deadline.rule)
    out.update({
        "start": deadline.start.isoformat(), "due": deadline.due.isoformat(),
        "variant": deadline.variant, "extensions": deadline.extensions,
        "total": deadline.total, "nominal_end": deadline.nominal_end.isoformat(),
        "skipped": [{"date": s.date.isoformat(), "reason": s.reason} for s in deadline.skipped],
        "uncovered_years": list(deadline.uncovered_years),
        "explanation": explain(deadline),
    })
    return out

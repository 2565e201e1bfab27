"""The deadline table (LAW.md §7) against examples worked out by hand on the 2026/2027 calendar.

Every expected date below was counted on paper from the rule and the calendar, not taken from
the code: the comment beside it shows the count. Day counting per LAW.md §8: the event day is
not counted; calendar-day periods ending on a non-working day end on the next working day;
working days skip weekends and holidays and include make-up Saturdays.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.errors import InputError
from app.law.calendar import WorkCalendar, parse_entries
from app.law.deadlines import (
    RULES,
    DeadlineRefused,
    compute,
    current_rules,
    deadline_json,
    explain,
    rule_ids,
    rule_on,
)

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "calendar"


@pytest.fixture(scope="module")
def vn() -> WorkCalendar:
    entries = []
    for year in (2026, 2027):
        entries += parse_entries(json.loads((SHIPPED / f"vn-{year}.json").read_text("utf-8")))
    return WorkCalendar(entries)


D = date

# (rule, start, options, due) — the count by hand in the comment.
EXAMPLES: list[tuple[str, date, dict[str, Any], date]] = [
    # 5 wd BEFORE Thu 15/01/2026: Wed 14, Tue 13, Mon 12, Sat 10 (make-up day), Fri 9.
    ("schedule-posting", D(2026, 1, 15), {}, D(2026, 1, 9)),
    # 5 wd before Thu 26/02/2026: Wed 25, Tue 24, Mon 23, [14–22 Tết + weekends], Fri 13, Thu 12.
    ("schedule-posting", D(2026, 2, 26), {}, D(2026, 2, 12)),
    # 10 wd from Thu 12/02/2026: Fri 13 (1), [14–22], 23–27 (2–6), 2–5 Mar (7–10).
    ("reception-notice", D(2026, 2, 12), {}, D(2026, 3, 5)),
    # 10 wd from Thu 17/12/2026: 18, 21–25, 28–31 Dec.
    ("party-reception-notice", D(2026, 12, 17), {}, D(2026, 12, 31)),
    # 7 wd from Fri 24/04/2026: [25, 26 Giỗ Tổ, 27 nghỉ bù], 28, 29, [30/4, 1/5, 2, 3], 4–8 May.
    ("forwarder-inform", D(2026, 4, 24), {}, D(2026, 5, 8)),
    # 90 d from Mon 05/01/2026 → Sun 05/04/2026 (weekend end) → Mon 06/04.
    ("complaint-limitation", D(2026, 1, 5), {}, D(2026, 4, 6)),
    # 15 d from Wed 15/04/2026 → Thu 30/04 (holiday end) → [1/5, 2, 3] → Mon 04/05.
    ("discipline-complaint-limitation", D(2026, 4, 15), {}, D(2026, 5, 4)),
    # 10 d from Fri 06/02/2026 → Mon 16/02 (Tết) → Mon 23/02.
    ("discipline-second-limitation", D(2026, 2, 6), {}, D(2026, 2, 23)),
    # 30 d from Fri 06/02/2026 → Sun 08/03 → Mon 09/03.
    ("discipline-second-limitation-dismissal", D(2026, 2, 6), {}, D(2026, 3, 9)),
    # 10 wd from Mon 20/04/2026: 21–24 (1–4), [25–27], 28, 29 (5, 6), [30/4–3/5], 4–7 May (7–10).
    ("complaint-acceptance", D(2026, 4, 20), {}, D(2026, 5, 7)),
    # 30 d from Tue 31/03/2026 → Thu 30/04 (holiday) → Mon 04/05.
    ("complaint-first", D(2026, 3, 31), {}, D(2026, 5, 4)),
    # complex 45 d from Fri 02/01/2026 → Mon 16/02 (Tết) → Mon 23/02.
    ("complaint-first", D(2026, 1, 2), {"complex": True}, D(2026, 2, 23)),
    # remote 45 d: the same count.
    ("complaint-first", D(2026, 1, 2), {"remote": True}, D(2026, 2, 23)),
    # remote + complex 60 d from 02/01/2026 → Tue 03/03/2026.
    ("complaint-first", D(2026, 1, 2), {"remote": True, "complex": True}, D(2026, 3, 3)),
    # 3 wd from Wed 30/12/2026: Thu 31 (1), [1/1/2027 holiday, 2, 3], Mon 4 (2), Tue 5 (3).
    ("complaint-decision-send", D(2026, 12, 30), {}, D(2027, 1, 5)),
    # 30 d from Sat 01/08/2026 → Mon 31/08 (swapped day off) → [1/9, 2/9 holidays] → Thu 03/09.
    ("complaint-second-window", D(2026, 8, 1), {}, D(2026, 9, 3)),
    # remote 45 d from 01/08/2026 → Tue 15/09/2026.
    ("complaint-second-window", D(2026, 8, 1), {"remote": True}, D(2026, 9, 15)),
    # 30 d from Tue 05/01/2027 → Thu 04/02/2027 (Tết 2027) → [5–10 Feb] → Thu 11/02/2027.
    ("complaint-effective", D(2027, 1, 5), {}, D(2027, 2, 11)),
    # remote 45 d from 05/01/2027 → Fri 19/02/2027.
    ("complaint-effective", D(2027, 1, 5), {"remote": True}, D(2027, 2, 19)),
    # 10 wd from Fri 28/08/2026: [29/8–2/9], 3, 4 (1, 2), 7–11 (3–7), 14–16 (8–10).
    ("complaint-second-acceptance", D(2026, 8, 28), {}, D(2026, 9, 16)),
    # 45 d from Fri 17/07/2026 → Mon 31/08 (day off) → Thu 03/09.
    ("complaint-second", D(2026, 7, 17), {}, D(2026, 9, 3)),
    # complex 60 d → Tue 15/09/2026; remote 60 d: the same; remote complex 70 d → Fri 25/09.
    ("complaint-second", D(2026, 7, 17), {"complex": True}, D(2026, 9, 15)),
    ("complaint-second", D(2026, 7, 17), {"remote": True}, D(2026, 9, 15)),
    ("complaint-second", D(2026, 7, 17), {"remote": True, "complex": True}, D(2026, 9, 25)),
    # 30 d from Wed 02/12/2026 → Fri 01/01/2027 (holiday) → [2, 3] → Mon 04/01/2027.
    ("suspension-resume", D(2026, 12, 2), {}, D(2027, 1, 4)),
    # 7 wd from Tue 27/04/2027: 28, 29 (1, 2), [30/4, 1/5, 2, 3/5 nghỉ bù], 4–7 (3–6), Mon 10 (7).
    ("verification-documents", D(2027, 4, 27), {}, D(2027, 5, 10)),
    # 7 wd from Mon 01/02/2027: 2, 3 (1, 2), [4–10 Tết 2027 + weekend], 11, 12, 15, 16, 17 (3–7).
    ("denunciation-initial", D(2027, 2, 1), {}, D(2027, 2, 17)),
    # extended 10 wd: 18, 19, 22 (8–10).
    ("denunciation-initial", D(2027, 2, 1), {"complex": True}, D(2027, 2, 22)),
    # 5 wd from Wed 07/01/2026: Thu 8, Fri 9, Sat 10 (make-up day), Mon 12, Tue 13.
    ("denunciation-transfer", D(2026, 1, 7), {}, D(2026, 1, 13)),
    # 5 wd from Wed 19/08/2026: Thu 20, Fri 21, Sat 22 (make-up day), Mon 24, Tue 25.
    ("denunciation-notify", D(2026, 8, 19), {}, D(2026, 8, 25)),
    # 5 wd from Thu 27/08/2026: Fri 28 (1), [29/8–2/9], 3, 4 (2, 3), 7, 8 (4, 5).
    ("denunciation-notify", D(2026, 8, 27), {}, D(2026, 9, 8)),
    # 30 d from Mon 05/01/2026 → Wed 04/02/2026.
    ("denunciation-resolution", D(2026, 1, 5), {}, D(2026, 2, 4)),
    # + 1 extension (complex): 60 d → Fri 06/03/2026.
    ("denunciation-resolution", D(2026, 1, 5), {"extensions": 1}, D(2026, 3, 6)),
    # + 2 extensions (especially complex): 90 d → Sun 05/04/2026 → Mon 06/04.
    ("denunciation-resolution", D(2026, 1, 5), {"extensions": 2, "especially_complex": True},
     D(2026, 4, 6)),
    # 30 d from Tue 20/01/2026 → Thu 19/02 (Tết) → Mon 23/02.
    ("denunciation-resolution", D(2026, 1, 20), {}, D(2026, 2, 23)),
    # 20 d from Tue 27/01/2026 → Mon 16/02 (Tết) → Mon 23/02.
    ("forwarded-report", D(2026, 1, 27), {}, D(2026, 2, 23)),
    # 20 d from Thu 21/01/2027 → Wed 10/02/2027 (Tết 2027 day off) → Thu 11/02.
    ("redenunciation-review", D(2027, 1, 21), {}, D(2027, 2, 11)),
    # 1 year from Fri 06/02/2026 → Sat 06/02/2027 (Tết 2027) → [7–10] → Thu 11/02/2027.
    ("filed-retention", D(2026, 2, 6), {}, D(2027, 2, 11)),
]


@pytest.mark.parametrize(("rule_id", "start", "options", "due"), EXAMPLES,
                         ids=[f"{r}-{s}-{'-'.join(o) or 'base'}" for r, s, o, _ in EXAMPLES])
def test_worked_example(vn: WorkCalendar, rule_id: str, start: date, options: dict[str, Any],
                        due: date) -> None:
    result = compute(rule_id, start, vn, **options)
    assert result.due == due
    assert vn.is_working_day(result.due)
    assert result.rule.rule_id == rule_id and result.start == start


def test_every_rule_has_a_worked_example() -> None:
    assert set(rule_ids()) == {r for r, *_ in EXAMPLES}


def test_the_ids_the_issue_names_exist() -> None:
    required = {
        "reception-notice": (10, "working_days"), "complaint-limitation": (90, "days"),
        "complaint-acceptance": (10, "working_days"), "complaint-first": (30, "days"),
        "complaint-second": (45, "days"), "complaint-effective": (30, "days"),
        "denunciation-initial": (7, "working_days"), "denunciation-transfer": (5, "working_days"),
        "denunciation-notify": (5, "working_days"), "denunciation-resolution": (30, "days"),
        "forwarded-report": (20, "days"), "schedule-posting": (5, "working_days"),
        "forwarder-inform": (7, "working_days"), "complaint-decision-send": (3, "working_days"),
        "complaint-second-window": (30, "days"), "suspension-resume": (30, "days"),
        "verification-documents": (7, "working_days"), "redenunciation-review": (20, "days"),
        "filed-retention": (1, "years"),
    }
    today = date(2026, 12, 1)
    for rid, (limit, unit) in required.items():
        rule = rule_on(rid, today)
        assert (rule.limit, rule.unit) == (limit, unit), rid
        assert rule.basis and rule.title and rule.event and rule.effective_from <= today
    assert rule_on("schedule-posting", today).direction == "before"
    first = rule_on("complaint-first", today)
    assert (first.complex_limit, first.remote_limit, first.remote_complex_limit) == (45, 45, 60)
    second = rule_on("complaint-second", today)
    assert (second.complex_limit, second.remote_limit, second.remote_complex_limit) == (60, 60, 70)
    assert rule_on("complaint-effective", today).remote_limit == 45
    assert rule_on("denunciation-initial", today).complex_limit == 10
    ext = rule_on("denunciation-resolution", today).extension
    assert ext is not None and (ext.days, ext.max_count, ext.especially_complex_from) == (30, 2, 2)


def test_rows_follow_law_md() -> None:
    rows = [r.law_row for r in current_rules(date(2026, 12, 1))]
    assert rows == sorted(rows)
    assert set(rows) == set(range(4, 26))  # rows 4–25 (row 9 split in three rules)


# ----------------------------------------------------------------------------- explaining


def test_skipped_days_say_why(vn: WorkCalendar) -> None:
    result = compute("reception-notice", D(2026, 2, 12), vn)
    skipped = {s.date: s.reason for s in result.skipped}
    assert len(skipped) == 11  # 14–22 Feb, 28 Feb, 1 Mar
    assert skipped[D(2026, 2, 14)] == "Thứ Bảy"
    assert skipped[D(2026, 2, 17)] == "Tết Nguyên đán (mùng 1 tháng Giêng năm Bính Ngọ)"
    assert skipped[D(2026, 3, 1)] == "Chủ nhật"
    assert result.nominal_end == result.due and result.total == 10
    assert result.uncovered_years == ()


def test_calendar_day_periods_list_only_the_days_they_moved(vn: WorkCalendar) -> None:
    result = compute("complaint-limitation", D(2026, 1, 5), vn)
    assert result.nominal_end == D(2026, 4, 5)
    assert [(s.date, s.reason) for s in result.skipped] == [(D(2026, 4, 5), "Chủ nhật")]
    plain = compute("denunciation-resolution", D(2026, 1, 5), vn)
    assert plain.skipped == () and plain.nominal_end == plain.due


def test_explain_reads_like_the_officer_would_say_it(vn: WorkCalendar) -> None:
    text = explain(compute("denunciation-resolution", D(2026, 1, 5), vn))
    assert text.startswith("Hạn 30 ngày kể từ ngày thụ lý tố cáo 05/01/2026 theo Điều 30 "
                           "Luật Tố cáo 2018")
    assert ": 04/02/2026 (thứ tư)" in text
    text = explain(compute("denunciation-resolution", D(2026, 1, 5), vn, extensions=2,
                           especially_complex=True))
    assert "Hạn 90 ngày" in text and "30 ngày và 2 lần gia hạn, mỗi lần 30 ngày" in text
    assert "ngày cuối cùng 05/04/2026 rơi vào ngày nghỉ" in text and "06/04/2026" in text
    text = explain(compute("reception-notice", D(2026, 2, 12), vn))
    assert "không tính 11 ngày nghỉ" in text and "Tết Nguyên đán (mùng 1" in text
    text = explain(compute("schedule-posting", D(2026, 1, 15), vn))
    assert text.startswith("Hạn 5 ngày làm việc trước ngày tiếp công dân 15/01/2026")
    text = explain(compute("denunciation-initial", D(2027, 2, 1), vn, complex=True))
    assert "(phải kiểm tra, xác minh ở nhiều nơi hoặc ủy quyền)" in text
    text = explain(compute("complaint-first", D(2026, 1, 2), vn, remote=True, complex=True))
    assert "(vùng sâu, vùng xa, vụ việc phức tạp)" in text


def test_years_without_calendar_are_flagged(vn: WorkCalendar) -> None:
    result = compute("complaint-limitation", D(2027, 11, 20), vn)
    assert result.uncovered_years == (2028,)
    assert "chưa có lịch ngày lễ năm 2028" in explain(result)


def test_29_february_plus_one_year() -> None:
    result = compute("filed-retention", D(2028, 2, 29), WorkCalendar([]))
    assert result.nominal_end == D(2029, 2, 28) and result.due == D(2029, 2, 28)  # a Wednesday


def test_json_has_what_the_cli_promises(vn: WorkCalendar) -> None:
    out = deadline_json(compute("reception-notice", D(2026, 2, 12), vn))
    for key in ("rule", "basis", "unit", "limit", "start", "due", "skipped", "effective_from",
                "title", "variant", "explanation"):
        assert key in out
    assert out["due"] == "2026-03-05" and out["unit"] == "working_days"
    assert out["skipped"][0] == {"date": "2026-02-14", "reason": "Thứ Bảy"}  # type: ignore[index]
    json.dumps(out, ensure_ascii=False)


# ----------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(("rule_id", "options", "code", "words"), [
    ("no-such-rule", {}, "deadline_unknown_rule", "tiepdan deadline --list"),
    ("reception-notice", {"complex": True}, "deadline_no_complex", "phức tạp"),
    ("complaint-effective", {"complex": True}, "deadline_no_complex", "phức tạp"),
    ("complaint-first", {"especially_complex": True, "extensions": 1}, "deadline_no_extension",
     "không cho phép gia hạn"),
    ("denunciation-resolution", {"remote": True}, "deadline_no_remote", "vùng sâu"),
    ("complaint-first", {"extensions": 1}, "deadline_no_extension", "không cho phép gia hạn"),
    ("denunciation-resolution", {"extensions": 3, "especially_complex": True},
     "deadline_too_many_extensions", "tối đa 2 lần"),
    ("denunciation-resolution", {"extensions": 2}, "deadline_needs_especially_complex",
     "đặc biệt phức tạp"),
    ("denunciation-resolution", {"extensions": 2, "complex": True},
     "deadline_needs_especially_complex", "lần thứ 2"),
    ("denunciation-resolution", {"extensions": -1}, "deadline_bad_extensions", "không âm"),
])
def test_impossible_requests_are_refused_in_vietnamese(
        vn: WorkCalendar, rule_id: str, options: dict[str, Any], code: str, words: str) -> None:
    with pytest.raises(DeadlineRefused) as caught:
        compute(rule_id, D(2026, 3, 2), vn, **options)
    assert isinstance(caught.value, InputError) and caught.value.exit_code == 2
    assert caught.value.code == code
    assert words in caught.value.message()
    assert "{" not in caught.value.message()


def test_especially_complex_alone_is_a_complex_case(vn: WorkCalendar) -> None:
    assert compute("complaint-first", D(2026, 1, 2), vn, especially_complex=True).variant == "complex"
    assert compute("denunciation-resolution", D(2026, 1, 5), vn, complex=True).due == D(2026, 2, 4)


# ----------------------------------------------------------------------------- versions


def test_the_version_in_force_on_the_start_day(vn: WorkCalendar) -> None:
    """Decision 1: a later version applies to events from its effective date only."""
    old = rule_on("denunciation-resolution", D(2026, 1, 1))
    new = replace(old, effective_from=D(2026, 7, 1), limit=20, basis="Luật 136/2025/QH15 (giả định)")
    table = (*RULES, new)
    assert rule_on("denunciation-resolution", D(2026, 6, 30), table) is old
    assert rule_on("denunciation-resolution", D(2026, 7, 1), table) is new
    assert rule_on("denunciation-resolution", D(2010, 1, 1), table) is old  # before any: first
    # 30 d from Tue 30/06/2026 → Thu 30/07; 20 d from Wed 01/07/2026 → Tue 21/07.
    assert compute("denunciation-resolution", D(2026, 6, 30), vn, rules=table).due == D(2026, 7, 30)
    later = compute("denunciation-resolution", D(2026, 7, 1), vn, rules=table)
    assert later.due == D(2026, 7, 21) and later.rule.basis.startswith("Luật 136")
    assert [r.limit for r in current_rules(D(2026, 8, 1), table)
            if r.rule_id == "denunciation-resolution"] == [20]


def test_every_rule_states_its_basis_and_date() -> None:
    for rule in RULES:
        assert rule.basis and rule.effective_from.year >= 2012
        assert rule.unit in ("working_days", "days", "years")
        assert rule.direction in ("after", "before")
        assert rule.limit > 0
    assert len(rule_ids()) == len({(r.rule_id, r.effective_from) for r in RULES})

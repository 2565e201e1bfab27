"""Realistic demo petitions: each registered and taken through the procedure by the services.

Paths follow LAW.md §6.2–§6.4 and stop at random points, so a demo store has petitions in every
state, some overdue, some due this week, duplicates, later rounds, forwarded and anonymous ones.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from app.errors import ValidationFailed
from app.law.calendar import WorkCalendar
from app.services import petitions
from app.services.calendar import office_calendar
from app.services.demo import CONTENTS, Generator
from app.services.office import list_officers
from app.services.petitions import DocumentInput, PetitionInput, StepInput
from app.services.visits import PersonInput
from app.storage.store import Store

DOCS = [("Đơn đề nghị", "original"), ("Quyết định bị khiếu nại", "copy"),
        ("Giấy chứng nhận quyền sử dụng đất", "certified_copy"), ("Ảnh chụp hiện trường", "copy"),
        ("Biên bản hòa giải ở cơ sở", "copy")]
FORWARDERS = [("press", "Báo Hà Nội Mới"), ("na_deputy", "Đoàn đại biểu Quốc hội thành phố Hà Nội"),
              ("front", "Ủy ban MTTQ Việt Nam phường"), ("agency", "Thanh tra thành phố Hà Nội")]
RECIPIENTS = ["Công an phường", "UBND thành phố Hà Nội", "Sở Xây dựng Hà Nội",
              "Chi nhánh Văn phòng đăng ký đất đai"]
REASONS = ["Đơn không ghi rõ họ tên, địa chỉ người gửi", "Đơn không có chữ ký hoặc điểm chỉ",
           "Nội dung đã được giải quyết bằng quyết định có hiệu lực pháp luật"]


class _Walker:
    """Takes one petition through its procedure, a few working days per step."""

    def __init__(self, store: Store, rec: petitions.PetitionRecord, cal: WorkCalendar,
                 today: date, rng: random.Random, officer: object) -> None:
        self.store, self.rec, self.cal, self.today, self.rng = store, rec, cal, today, rng
        self.day = rec.received_date
        self.officer = officer

    def step(self, name: str, gap: tuple[int, int] = (1, 4), **kw: object) -> bool:
        day = self.cal.add_working_days(self.day, self.rng.randint(*gap))
        if day > self.today:
            return False
        try:
            self.rec = petitions.act(self.store, self.rec.id, StepInput(
                step=name, on_date=day, officer_id=self.officer, **kw),  # type: ignore[arg-type]
                today=self.today)
        except ValidationFailed:  # e.g. a repeat of a matter already guided or transferred
            return False
        self.day = day
        return True


def _walk(w: _Walker, ct: str, rng: random.Random) -> None:
    depth = rng.random()
    if (w.today - w.day).days > 60 and rng.random() < 0.9:
        depth = 0.8 + 0.2 * depth  # most older petitions have been dealt with
    processable = rng.random() > 0.12
    competent = rng.random() > (0.45 if ct == "TC" else 0.3)
    if depth < 0.08 or not w.step(
            "classify", content_type=ct, processable=processable,
            competent=competent if processable else None,
            reasons=[] if processable else [rng.choice(REASONS)],
            extended_checks=ct == "TC" and rng.random() < 0.2):
        return
    if not processable:
        w.step("file")
        return
    if not competent:
        if ct in ("KN", "MULTI"):
            w.step("guide", recipient=rng.choice(RECIPIENTS)) or w.step("file")
        elif w.step("transfer", doc_number=f"{rng.randint(1, 300)}/PC-UBND",
                    recipient=rng.choice(RECIPIENTS)):
            if depth > 0.5:
                w.step("reply", gap=(5, 20))
        else:
            w.step("file")
        return
    if ct == "MULTI":
        w.step("guide", note="Hướng dẫn tách đơn theo từng nội dung")
        return
    if depth < 0.2 or not w.step("propose"):
        return
    if rng.random() < 0.08:
        w.step("reject", note="Không đủ điều kiện thụ lý")
        return
    complexity = "complex" if rng.random() < 0.25 else "normal"
    if depth < 0.3 or not w.step("accept", doc_number=f"{rng.randint(1, 400)}/QĐ-UBND",
                                 complexity=complexity):
        return
    if ct == "TC" and not w.step("notify", gap=(1, 4)):
        return
    if depth < 0.45 or not w.step("verify", gap=(2, 6)):
        return
    if ct == "KN" and rng.random() < 0.6 and not w.step("dialogue", gap=(5, 10)):
        return
    if ct == "TC" and rng.random() < 0.3 and not w.step(
            "extend", gap=(10, 18), doc_number=f"{rng.randint(1, 400)}/QĐ-GH"):
        return
    if depth < 0.6:
        return
    result = {"KN": rng.choice(["right", "wrong", "partly"]), "TC": "Tố cáo đúng một phần",
              "KNPA": "Đã xem xét, trả lời"}[ct]
    qty = {"money_returned": rng.choice([0, 5_000_000, 12_500_000])} if ct == "KN" else {}
    if not w.step("decide", gap=(5, 15), doc_number=f"{rng.randint(1, 400)}/QĐ-UBND",
                  result=result, quantities=qty):
        return
    if ct == "KN" and w.step("effective", gap=(22, 25)) and depth > 0.8:
        w.step("enforce", gap=(2, 5))
    elif depth > 0.75:
        w.step("close", gap=(2, 5))


def fill_petitions(store: Store, n: int, *, seed: int = 2026, today: date,
                   days: int = 365) -> int:
    rng = random.Random(seed + 1)
    gen = Generator(seed + 1)
    cal = office_calendar(store)
    officers: list[uuid.UUID | None] = [o.id for o in list_officers(store) if not o.is_head]
    officers = officers or [None]
    start = today - timedelta(days=days)
    made: list[petitions.PetitionRecord] = []
    received = sorted(start + timedelta(days=rng.randrange(days)) for _ in range(n))
    for day in received:
        day = cal.next_working_day_on_or_after(day)
        if day > today:
            day = today
        ct = rng.choices(["KNPA", "KN", "TC", "MULTI"], [50, 28, 17, 5])[0]
        field_code, content = rng.choice(CONTENTS["KNPA" if ct == "MULTI" else ct])
        channel = rng.choices(["desk", "post", "mailbox", "forwarded", "online"],
                              [45, 25, 5, 15, 10])[0]
        anonymous = ct == "TC" and channel in ("mailbox", "post") and rng.random() < 0.3
        kind, name = rng.choice(FORWARDERS) if channel == "forwarded" else (None, "")
        senders = [] if anonymous else [gen.person_input(gen.person())]
        officer = rng.choice(officers)
        data = PetitionInput(
            received_date=day, content=content, content_type=ct, senders=senders,
            channel=channel, forwarder_kind=kind, forwarder_name=name,
            forwarder_ref=f"{rng.randint(1, 900)}/CV" if kind else "",
            petition_date=day - timedelta(days=rng.randint(0, 5)), field_code=field_code,
            respondent="UBND phường" if ct == "KN" else "",
            learned_date=day - timedelta(days=rng.randint(5, 120)) if ct == "KN" else None,
            anonymous=anonymous, officer_id=officer,
            documents=[DocumentInput(*rng.choice(DOCS), pages=rng.randint(1, 6))
                       for _ in range(rng.randint(0, 3))],
        )
        if made and rng.random() < 0.1:  # the same person writes again on the same matter
            earlier = rng.choice(made)
            if earlier.senders and not earlier.identity_hidden and earlier.received_date <= day:
                who = earlier.senders[0]
                data.senders = [PersonInput(full_name=who.full_name, cccd=who.cccd,
                                            address=who.address, phone=who.phone,
                                            citizen_id=who.citizen_id)]
                data.anonymous = False
                data.content, data.content_type = earlier.content, earlier.content_type
                data.field_code = earlier.field_code
                if rng.random() < 0.5:
                    data.duplicate_of_id = earlier.id
                else:
                    data.same_matter_as_id = earlier.id
        rec = petitions.register(store, data, today=today)
        _walk(_Walker(store, rec, cal, today, rng, officer), data.content_type, rng)
        if rng.random() < 0.04:
            petitions.set_watch(store, rec.id, True, "Vụ việc kéo dài, nhiều lần gửi đơn")
        made.append(rec)
    return len(made)

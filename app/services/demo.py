"""Realistic synthetic Vietnamese data for demos and benchmarks (deterministic by seed)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.clock import VN_TZ
from app.services import office as office_service
from app.services.visits import PersonInput, VisitInput, log_visit
from app.storage.store import Store
from app.vn.cccd import PROVINCE_CODES, Gender, cccd_digits_for

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đào", "Mai", "Tạ", "Lương"]
FAMILY_WEIGHTS = [38, 11, 9, 7, 5, 2, 4, 4, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Thành", "Ngọc", "Đình"]
MIDDLE_F = ["Thị", "Thu", "Ngọc", "Thanh", "Minh", "Kim", "Hồng", "Phương", "Bích", "Thùy"]
GIVEN_M = ["Đức", "Hùng", "Dũng", "Tuấn", "Nam", "Long", "Hải", "Sơn", "Thắng", "Cường", "Quân",
           "Trung", "Hiếu", "Phúc", "Khánh", "Đạt", "Tùng", "Bình", "Tâm", "Vinh", "Hoàng", "Đăng"]
GIVEN_F = ["Lan", "Hương", "Mai", "Hoa", "Linh", "Trang", "Thảo", "Hằng", "Ngọc", "Yến", "Tuyết",
           "Nga", "Hạnh", "Thủy", "Dung", "Vân", "Ánh", "Hà", "Oanh", "Nhung", "Giang", "Ân"]
STREETS = ["phố Láng Thượng", "đường Láng", "phố Chùa Láng", "phố Nguyên Hồng", "phố Huỳnh Thúc Kháng",
           "phố Nguyễn Chí Thanh", "phố Pháo Đài Láng", "ngõ 1194 đường Láng", "phố Đặng Văn Ngữ",
           "phố Tây Sơn", "phố Thái Thịnh", "phố Chùa Bộc", "phố Đông Các", "phố Hoàng Cầu"]
WARD = "phường Láng, Hà Nội"
OLD_WARDS = ["phường Láng Thượng, quận Đống Đa", "phường Láng Hạ, quận Đống Đa",
             "phường Ngọc Khánh, quận Ba Đình", "phường Trung Liệt, quận Đống Đa"]

CONTENTS: dict[str, list[tuple[str, str]]] = {
    "KNPA": [
        ("DAT", "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất cho thửa đất gia đình sử dụng ổn định từ năm 1992"),
        ("MT", "Phản ánh tình trạng đổ phế thải xây dựng trái phép tại ngõ, gây ô nhiễm môi trường"),
        ("XD", "Phản ánh công trình nhà liền kề xây dựng sai phép, lấn chiếm lối đi chung"),
        ("CSXH", "Đề nghị xem xét chế độ trợ cấp cho người có công với cách mạng"),
        ("HT", "Kiến nghị giải quyết chậm trễ thủ tục đăng ký thường trú"),
        ("MT", "Phản ánh tiếng ồn từ cơ sở kinh doanh karaoke hoạt động quá giờ quy định"),
        ("XD", "Phản ánh việc lấn chiếm vỉa hè để kinh doanh, gây mất trật tự đô thị"),
    ],
    "KN": [
        ("GPMB", "Khiếu nại quyết định thu hồi đất và phương án bồi thường, hỗ trợ giải phóng mặt bằng"),
        ("DAT", "Khiếu nại việc UBND phường không xác nhận nguồn gốc đất"),
        ("CSXH", "Khiếu nại quyết định cắt trợ cấp xã hội hằng tháng"),
        ("XD", "Khiếu nại quyết định xử phạt vi phạm hành chính trong lĩnh vực xây dựng"),
    ],
    "TC": [
        ("CBCC", "Tố cáo cán bộ địa chính phường có hành vi nhũng nhiễu khi giải quyết hồ sơ"),
        ("XD", "Tố cáo tổ trưởng tổ dân phố bao che công trình xây dựng trái phép"),
        ("KT", "Tố cáo sai phạm trong việc thu, chi quỹ của tổ dân phố"),
    ],
    "OTHER": [
        ("HT", "Hỏi thủ tục tách thửa và chuyển nhượng quyền sử dụng đất"),
        ("CSXH", "Hỏi chính sách hỗ trợ hộ cận nghèo năm 2026"),
    ],
}
CROWD_CONTENT = ("GPMB", "Tập thể hộ dân đề nghị xem xét lại đơn giá bồi thường khi giải phóng mặt bằng dự án mở rộng đường Láng")
REQUESTS = ["Đề nghị UBND phường xem xét, giải quyết dứt điểm", "Đề nghị kiểm tra, xử lý nghiêm",
            "Đề nghị trả lời bằng văn bản", "Đề nghị được gặp Chủ tịch UBND phường"]
PRIOR = ["", "", "", "Đã gửi đơn đến UBND phường tháng trước, chưa được trả lời",
         "Tổ dân phố đã hòa giải nhưng không thành"]


@dataclass(slots=True)
class Person:
    full_name: str
    gender: str
    born: date
    cccd: str | None
    address: str
    card_address: str
    phone: str


class Generator:
    def __init__(self, seed: int = 2026) -> None:
        self.rng = random.Random(seed)
        self._cccd_used: set[str] = set()

    def person(self) -> Person:
        r = self.rng
        gender = r.choice(["male", "female"])
        family = r.choices(FAMILY, FAMILY_WEIGHTS)[0]
        middle = r.choice(MIDDLE_M if gender == "male" else MIDDLE_F)
        given = r.choice(GIVEN_M if gender == "male" else GIVEN_F)
        born = date(r.randint(1940, 2004), r.randint(1, 12), r.randint(1, 28))
        cccd = None
        if r.random() < 0.8:
            province = "001" if r.random() < 0.7 else r.choice(list(PROVINCE_CODES))
            while cccd is None or cccd in self._cccd_used:
                cccd = cccd_digits_for(province, born.year, Gender(gender)) + f"{r.randrange(10**6):06d}"
            self._cccd_used.add(cccd)
        house = f"Số {r.randint(1, 250)}"
        if r.random() < 0.5:
            house += f" ngách {r.randint(1, 60)}"
        street = r.choice(STREETS)
        address = f"{house} {street}, {WARD}"
        card = f"{house} {street}, {r.choice(OLD_WARDS)}, Hà Nội"
        phone = "0" + r.choice(["9", "8", "3", "7"]) + f"{r.randrange(10**8):08d}"
        return Person(f"{family} {middle} {given}", gender, born, cccd, address, card, phone)

    @staticmethod
    def person_input(p: Person, *, representative: bool = False) -> PersonInput:
        return PersonInput(
            full_name=p.full_name, cccd=p.cccd, date_of_birth=p.born, gender=p.gender,
            address=p.address, card_address=p.card_address if p.cccd else None, phone=p.phone,
            role="representative" if representative else "petitioner",
            is_representative=representative,
        )

    def visits(self, n: int, officers: list[tuple[uuid.UUID, bool]], end: datetime,
               days: int = 540) -> Iterator[VisitInput]:
        """`officers`: (id, is_head); `end` is Hà Nội time. Returning citizens come back about one time in five."""
        r = self.rng
        pool: list[Person] = []
        start = end - timedelta(days=days)
        moments = sorted(start + timedelta(seconds=r.randrange(days * 86400)) for _ in range(n))
        for when in moments:
            when = when.replace(hour=r.randint(7, 16), minute=r.randrange(0, 60, 5), second=0,
                                microsecond=0)
            if when.weekday() >= 5:
                when -= timedelta(days=when.weekday() - 4)
            when = min(when, end)
            category = r.choices(["KNPA", "KN", "TC", "OTHER"], [55, 20, 8, 17])[0]
            field_code, content = r.choice(CONTENTS[category])
            officer_id, is_head = r.choice(officers)
            crowd = category in ("KN", "KNPA") and r.random() < 0.03
            repeat = "first"
            if crowd:
                field_code, content = CROWD_CONTENT
                size = r.randint(5, 25)
                reps = r.randint(1, 2 if size <= 10 else 5)
                persons = [self.person_input(self.person(), representative=True) for _ in range(reps)]
            else:
                size = 1
                if pool and r.random() < 0.2:
                    persons = [self.person_input(r.choice(pool))]
                    repeat = "repeat"
                else:
                    p = self.person()
                    pool.append(p)
                    persons = [self.person_input(p)]
            outcome = r.choices(
                ["answered", "petition_received", "guided", "transferred", "appointment"],
                [40, 30, 15, 10, 5])[0]
            yield VisitInput(
                visited_at=when, reception_type=r.choices(
                    ["regular", "scheduled", "adhoc"], [80, 17, 3])[0],
                persons=persons, content=content, category=category,
                received_by="head" if is_head else "officer", officer_id=officer_id,
                person_count=size, is_crowd=crowd, field_code=field_code,
                prior_handling=r.choice(PRIOR), requests=r.choice(REQUESTS), repeat=repeat,
                outcome=outcome,
            )


DEMO_OFFICE = ("00000-DEMO", "UBND phường Láng (dữ liệu mẫu)", "Ban Tiếp công dân thành phố Hà Nội")
DEMO_OFFICERS = (("Nguyễn Thị Lan", "Công chức tiếp công dân", False),
                 ("Trần Văn Bình", "Công chức tư pháp - hộ tịch", False),
                 ("Lê Văn Hùng", "Chủ tịch UBND phường", True))


def fill_demo(store: Store, visits: int = 300, seed: int = 2026,
              now: datetime | None = None, petitions: int = 100) -> int:
    """Initialise the store as the demo ward if needed, log `visits` visits and register
    `petitions` petitions (taken through their procedure) through the services."""
    if not office_service.is_initialised(store):
        office_service.init_office(store, *DEMO_OFFICE)
    officers = office_service.list_officers(store)
    if not officers:
        for name, title, head in DEMO_OFFICERS:
            office_service.add_officer(store, name, title, is_head=head)
        officers = office_service.list_officers(store)
    now = now or datetime.now(VN_TZ).replace(microsecond=0)
    pairs = [(o.id, o.is_head) for o in officers]
    count = 0
    for v in Generator(seed).visits(visits, pairs, now - timedelta(hours=1)):
        log_visit(store, v, now=now)
        count += 1
    if petitions:
        from app.services.demo_petitions import fill_petitions

        fill_petitions(store, petitions, seed=seed, today=now.date())
    return count

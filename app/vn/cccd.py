"""The 12-digit personal identification number (CCCD / thẻ căn cước), LAW.md §12.

Layout: 3-digit birth-registration province (or country) code, 1 digit for century and gender,
2 digits of the birth year, 6 random digits. There is no check digit, so nothing is rejected on
checksum grounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

# The 63 province codes of TT 07/2016/TT-BCA (pre-2025; numbers are permanent, LAW.md §12).
PROVINCE_CODES: dict[str, str] = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn",
    "008": "Tuyên Quang", "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu",
    "014": "Sơn La", "015": "Yên Bái", "017": "Hòa Bình", "019": "Thái Nguyên",
    "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang", "025": "Phú Thọ",
    "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định",
    "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh",
    "044": "Quảng Bình", "045": "Quảng Trị", "046": "Thừa Thiên Huế", "048": "Đà Nẵng",
    "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định", "054": "Phú Yên",
    "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng",
    "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu", "079": "Hồ Chí Minh", "080": "Long An", "082": "Tiền Giang",
    "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long", "087": "Đồng Tháp",
    "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ", "093": "Hậu Giang",
    "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class CccdProblem(StrEnum):
    FORMAT = "format"  # not exactly 12 digits
    PROVINCE = "province"  # unknown province code
    BIRTH = "birth"  # century/year do not match the date of birth
    GENDER = "gender"  # gender digit does not match the stated gender


@dataclass(frozen=True, slots=True)
class CccdInfo:
    number: str
    province_code: str
    province_name: str | None
    birth_century_start: int  # 1900, 2000, ...
    birth_year: int
    gender: Gender


# Birth registered abroad uses country codes outside the province table; they are not listed
# in what we could read, so any code outside 001–096 is treated as "unknown" and refused.
_MIN_CENTURY = 1900


def normalise_number(raw: str) -> str:
    """Strip spaces, dots and dashes people type inside the number."""
    return "".join(ch for ch in raw if ch not in " .-\t")


def parse_cccd(number: str) -> CccdInfo | None:
    """Decode the number's structure; None if it is not 12 digits or has an unknown province."""
    if len(number) != 12 or not number.isascii() or not number.isdigit():
        return None
    province = number[:3]
    if province not in PROVINCE_CODES:
        return None
    digit = int(number[3])
    century = _MIN_CENTURY + 100 * (digit // 2)
    gender = Gender.MALE if digit % 2 == 0 else Gender.FEMALE
    return CccdInfo(
        number=number,
        province_code=province,
        province_name=PROVINCE_CODES[province],
        birth_century_start=century,
        birth_year=century + int(number[4:6]),
        gender=gender,
    )


def check_cccd(
    number: str, date_of_birth: date | None = None, gender: Gender | None = None
) -> list[CccdProblem]:
    """Every problem with the number, empty when it is acceptable."""
    if len(number) != 12 or not number.isascii() or not number.isdigit():
        return [CccdProblem.FORMAT]
    info = parse_cccd(number)
    if info is None:
        return [CccdProblem.PROVINCE]
    problems: list[CccdProblem] = []
    if date_of_birth is not None and date_of_birth.year != info.birth_year:
        problems.append(CccdProblem.BIRTH)
    if gender is not None and gender != info.gender:
        problems.append(CccdProblem.GENDER)
    return problems


def cccd_digits_for(province_code: str, birth_year: int, gender: Gender) -> str:
    """The first six digits a number must have for this person (used by generators and tests)."""
    century_index = (birth_year - _MIN_CENTURY) // 100
    digit = century_index * 2 + (0 if gender == Gender.MALE else 1)
    return f"{province_code}{digit}{birth_year % 100:02d}"

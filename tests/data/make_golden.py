"""Make tests/data/golden-0001.sqlite3: a small store written by schema revision 0001.

Run once from the repository root and commit the file it writes:

    .venv/bin/python tests/data/make_golden.py

The file is the proof that a ward's data made by this version still opens in later ones
(tests/storage/test_golden.py). Never regenerate it after a schema change; a later revision adds its
own golden file next to this one instead.

Everything is deterministic (explicit inputs, a fixed `now`, the demo generator with a fixed seed),
except the UUIDs and created_at stamps, which the test does not depend on.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = Path(__file__).with_name("golden-0001.sqlite3")
REVISION = "0001"
VN = timezone(timedelta(hours=7))
NOW = datetime(2026, 11, 20, 17, 0, tzinfo=VN)


def build(target: Path) -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from app.services import office, visits
    from app.services.demo import Generator
    from app.services.visits import PersonInput, VisitInput
    from app.storage import migrate
    from app.storage.store import open_store

    if migrate.HEAD != REVISION:
        raise SystemExit(f"This build is at revision {migrate.HEAD}; the golden file must be "
                         f"made by revision {REVISION}. Keep the committed file.")

    def at(day: str, hour: int, minute: int = 0) -> datetime:
        d = date.fromisoformat(day)
        return datetime(d.year, d.month, d.day, hour, minute, tzinfo=VN)

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp))
        office.init_office(store, "00163", "UBND phường Láng", "Ban Tiếp công dân thành phố Hà Nội")
        lan = office.add_officer(store, "Nguyễn Thị Lan", "Công chức tiếp công dân")
        hung = office.add_officer(store, "Lê Văn Hùng", "Chủ tịch UBND phường", is_head=True)

        def log(v: VisitInput) -> str:
            return visits.log_visit(store, v, now=NOW).number

        duc = dict(full_name="Nguyễn Văn Đức", cccd="001090012345", date_of_birth=date(1990, 1, 1),
                   gender="male", address="Số 1 ngõ 2 phố Láng Thượng", phone="0912345678")
        numbers = [
            log(VisitInput(  # 0001/2025: last year's book
                visited_at=at("2025-12-30", 9), reception_type="regular",
                persons=[PersonInput(full_name="Phạm Thị Mai", address="Số 12 phố Chùa Láng")],
                content="Hỏi thủ tục tách thửa và chuyển nhượng quyền sử dụng đất",
                category="OTHER", officer_id=lan.id, field_code="HT")),
            log(VisitInput(  # 0001/2026
                visited_at=at("2026-01-12", 8, 30), reception_type="regular",
                persons=[PersonInput(**duc)],  # type: ignore[arg-type]
                content="Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất",
                category="KNPA", officer_id=lan.id, field_code="DAT",
                requests="Đề nghị trả lời bằng văn bản", outcome="petition_received")),
            log(VisitInput(  # 0002/2026
                visited_at=at("2026-02-03", 10), reception_type="scheduled",
                persons=[PersonInput(full_name="Đỗ Minh Đăng", address="Số 8 phố Nguyên Hồng",
                                     phone="0987000111")],
                content="Khiếu nại quyết định xử phạt vi phạm hành chính trong lĩnh vực xây dựng",
                category="KN", received_by="head", officer_id=hung.id, field_code="XD",
                outcome="appointment")),
            log(VisitInput(  # 0003/2026: a denunciation, confidential
                visited_at=at("2026-03-09", 14, 15), reception_type="regular",
                persons=[PersonInput(full_name="Hoàng Minh Tuấn", cccd="079201000777",
                                     date_of_birth=date(2001, 7, 7), gender="male",
                                     address="Số 77 ngách 12 phố Pháo Đài Láng",
                                     phone="0987654321")],
                content="Tố cáo cán bộ địa chính phường nhũng nhiễu khi giải quyết hồ sơ",
                category="TC", officer_id=lan.id, field_code="CBCC",
                outcome="petition_received")),
            log(VisitInput(  # 0004/2026: a crowd of 12 with 3 representatives
                visited_at=at("2026-04-21", 9), reception_type="adhoc",
                persons=[PersonInput(full_name=name, address=address, role="representative",
                                     is_representative=True)
                         for name, address in (("Trần Văn Nam", "Số 3 ngõ 1194 đường Láng"),
                                               ("Lê Thị Hoa", "Số 5 ngõ 1194 đường Láng"),
                                               ("Vũ Đức Thắng", "Số 9 ngõ 1194 đường Láng"))],
                person_count=12, is_crowd=True,
                content="Tập thể hộ dân đề nghị xem xét lại đơn giá bồi thường khi giải phóng "
                        "mặt bằng dự án mở rộng đường Láng",
                category="KN", received_by="head", officer_id=hung.id, field_code="GPMB",
                outcome="appointment")),
            log(VisitInput(  # 0005/2026: Đức comes back (found by CCCD)
                visited_at=at("2026-05-06", 15), reception_type="regular",
                persons=[PersonInput(**duc)],  # type: ignore[arg-type]
                content="Hỏi kết quả giải quyết đề nghị cấp giấy chứng nhận quyền sử dụng đất",
                category="KNPA", officer_id=lan.id, field_code="DAT", repeat="repeat")),
        ]
        # 0006/2026 – 0009/2026: ordinary synthetic visits.
        officers = [(lan.id, False), (hung.id, True)]
        for v in Generator(seed=1).visits(4, officers, at("2026-11-13", 11), days=150):
            v.category = "OTHER" if v.category == "TC" else v.category
            v.is_crowd, v.person_count = False, 1
            numbers.append(log(v))
        assert numbers[:2] == ["0001/2025", "0001/2026"] and numbers[-1] == "0009/2026", numbers
        store.close()

        db = Path(tmp) / "tiepdan.sqlite3"
        conn = sqlite3.connect(db, isolation_level=None)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal needed
        conn.execute("PRAGMA page_size=1024")
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.close()
        shutil.copyfile(db, target)


if __name__ == "__main__":
    build(TARGET)
    print(f"{TARGET} ({TARGET.stat().st_size // 1024} KB)")

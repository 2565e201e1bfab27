"""`tiepdan --self-test`: a quick end-to-end check on a temporary store (extended by later issues)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TextIO

from app.clock import VN_TZ


def self_test(out: TextIO) -> int:
    from app.services import office, search, visits
    from app.storage.store import open_store

    steps: list[tuple[str, Callable[[], object]]] = []
    with tempfile.TemporaryDirectory(prefix="tiepdan-selftest-") as tmp:
        state: dict[str, object] = {}

        def migrate() -> None:
            state["store"] = open_store(Path(tmp))

        def init() -> None:
            office.init_office(state["store"], "SELFTEST", "UBND phường Kiểm Thử")  # type: ignore[arg-type]

        def save() -> None:
            state["visit"] = visits.log_visit(state["store"], visits.VisitInput(  # type: ignore[arg-type]
                visited_at=datetime.now(VN_TZ) - timedelta(minutes=1), reception_type="regular",
                persons=[visits.PersonInput(full_name="Nguyễn Văn Đức", address="Số 1 phố Láng")],
                content="Kiểm tra ghi sổ tiếp công dân", category="KNPA")).id

        def find() -> None:
            hits = search.search(state["store"], "nguyen van duc")  # type: ignore[arg-type]
            assert any(h.kind == "citizen" for h in hits), "không tìm thấy công dân vừa ghi"

        def deadline() -> None:
            from datetime import date

            from app.services import calendar

            # Tết 2026 from the shipped calendar (resources/calendar): 10 working days from
            # Friday 13 February end on Friday 6 March, not 27 February.
            due = calendar.deadline(state["store"], "reception-notice", date(2026, 2, 13))  # type: ignore[arg-type]
            assert due.due == date(2026, 3, 6), f"hạn tính sai: {due.due} (thiếu lịch nghỉ Tết?)"

        def petition() -> None:
            from app.services import petitions

            rec = petitions.register(state["store"], petitions.PetitionInput(  # type: ignore[arg-type]
                received_date=datetime.now(VN_TZ).date(), content="Kiểm tra vào sổ đơn",
                content_type="KNPA", senders=[visits.PersonInput(
                    full_name="Nguyễn Văn Đức", address="Số 1 phố Láng")]))
            assert rec.number.startswith("0001/") and rec.deadlines, "đơn không có thời hạn"

        def receipt() -> None:
            from app.services import printing, reference

            # The fonts come from resources/fonts (so they are bundled) and are embedded.
            store = state["store"]
            done = printing.render_form(store, "receipt", state["visit"], log=False)  # type: ignore[arg-type]
            assert done.pdf.startswith(b"%PDF") and b"/FontFile2" in done.pdf, "PDF thiếu phông chữ"
            assert reference.verify_reference(store, done.reference).genuine, (  # type: ignore[arg-type]
                "mã tra cứu không kiểm tra được")

        steps = [("Mở và nâng cấp kho dữ liệu tạm", migrate), ("Khởi tạo cơ quan", init),
                 ("Ghi một lượt tiếp", save), ("Tìm kiếm không dấu", find),
                 ("Tính thời hạn qua Tết theo lịch kèm theo", deadline),
                 ("Vào sổ một đơn", petition), ("In giấy biên nhận (PDF, phông chữ tiếng Việt)", receipt)]
        failed = 0
        for label, step in steps:
            try:
                step()
                out.write(f"[ĐẠT]  {label}\n")
            except Exception as exc:
                failed += 1
                out.write(f"[LỖI]  {label}: {exc}\n")
        store = state.get("store")
        if store is not None:
            store.close()  # type: ignore[attr-defined]
    out.write("Tự kiểm tra: " + ("tất cả đều đạt.\n" if not failed else f"{failed} bước lỗi.\n"))
    return 0 if not failed else 1

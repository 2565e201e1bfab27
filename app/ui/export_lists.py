"""Ctrl+E 'Xuất Excel…' on the main window: the list of the current page, as filtered.

The logbook and the register go through their own list queries (app/services/excel_export);
on the "Theo dõi" page the list that has the focus (overdue by default) is written as shown.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.clock import VN_TZ


def export_current(window: Any) -> Any:
    from app.services import excel_export
    from app.ui.export_excel import export

    store, viewer = window.store, window.viewer()
    stamp = datetime.now(VN_TZ).strftime("%Y%m%d")
    index = window.tabs.currentIndex()
    done = window.statusBar().showMessage
    if index == 0:
        q = window.logbook.current_query()
        return export(window, f"so-tiep-cong-dan-{stamp}.xlsx", lambda p: excel_export.logbook(
            store, q, p, viewer=viewer), done)
    if index == 1:
        page = window.petitions_page()
        q = page.current_query()
        return export(window, f"so-theo-doi-don-{stamp}.xlsx",
                      lambda p: excel_export.petitions(store, q, p, viewer=viewer), done)
    if index == 2:
        page = window.dashboard_page()
        data = getattr(page, "data", None)
        if data is None:
            return None
        focus = window.focusWidget()
        if focus is page.officers:
            loads = list(data.by_officer)
            return export(window, f"don-theo-can-bo-{stamp}.xlsx",
                          lambda p: excel_export.officer_loads(store, loads, p), done)
        if focus is page.hot:
            spots = list(data.hot_spots)
            return export(window, f"diem-nong-{stamp}.xlsx",
                          lambda p: excel_export.hot_spots(store, spots, p), done)
        if focus is page.watched:
            rows, title, name = data.watched, "VỤ VIỆC PHỨC TẠP, KÉO DÀI ĐANG THEO DÕI", "theo-doi"
        elif focus is page.due_week:
            rows, title, name = data.due_this_week, "ĐƠN ĐẾN HẠN TRONG TUẦN", "den-han"
        else:
            rows, title, name = data.overdue, "ĐƠN QUÁ HẠN", "qua-han"
        chosen = list(rows)
        return export(window, f"{name}-{stamp}.xlsx",
                      lambda p: excel_export.petition_rows(store, chosen, title, p), done)
    return None

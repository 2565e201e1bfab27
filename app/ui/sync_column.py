"""The lists' «Đồng bộ» column and its filter, shared by the logbook and the petition register."""

from __future__ import annotations

from typing import Any

from app.ui.paged_model import StatesFetch

SYNC_WIDTH = 84  # px: the column's short words at 1366 px wide leave the content column room


def show_sync_states(page: Any, fetch: StatesFetch | None) -> None:
    """Show the column (a ward that sends to an upstream) or hide it, and read its states again.
    `page` has `model` (a PagedTableModel), `table`, `sync_filter` and `apply_filters`."""
    had = page.model.columnCount()
    page.model.show_sync_states(fetch)
    if page.model.columnCount() > had:
        page.table.horizontalHeader().resizeSection(had, SYNC_WIDTH)
    unsent = bool(page.sync_filter.currentData())
    page.sync_filter.setVisible(fetch is not None)
    if fetch is None and unsent:
        page.sync_filter.setCurrentIndex(0)  # applies the filters
    elif unsent:
        page.apply_filters()  # exported or acknowledged: the list itself changes

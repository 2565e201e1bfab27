"""One search box over citizens, visits and petitions: accents, case and đ ignored; words match
as prefixes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.clock import fmt_date
from app.services import citizens, visits
from app.services.common import ANONYMOUS, Viewer
from app.storage.store import Store
from app.vn.text import tokens

MAX_TITLE = 90


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "citizen" | "visit" | "petition"
    id: uuid.UUID
    title: str  # what a user sees, with the name
    detail: str


def _short(s: str, n: int = MAX_TITLE) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def search(store: Store, typed: str, limit: int = 20, viewer: Viewer = ANONYMOUS) -> list[SearchHit]:
    if not tokens(typed):
        return []
    hits: list[SearchHit] = []
    for c in citizens.suggest(store, typed, limit, viewer):
        born = str(c.birth_year) if c.birth_year else "không rõ năm sinh"
        hits.append(SearchHit(
            "citizen", c.id, f"{c.full_name} ({born})",
            _short(" · ".join(x for x in (c.cccd or "", c.address,
                                            f"{c.visit_count} lượt tiếp") if x)),
        ))
    for row in visits.search_visits(store, typed, limit, viewer):
        hits.append(SearchHit(
            "visit", row.id,
            _short(f"Lượt tiếp {row.number} – {row.persons_label}: {row.content}"),
            f"{fmt_date(row.visited_at.date())} · {row.category}",
        ))
    from app.services.petition_list import search_petitions

    for p in search_petitions(store, typed, limit, viewer):
        hits.append(SearchHit(
            "petition", p.id, _short(f"Đơn {p.number} – {p.senders_label}: {p.content}"),
            f"{fmt_date(p.received_date)} · {p.content_type} · {p.state_label}",
        ))
    return hits

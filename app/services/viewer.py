"""Who is looking, and what a protected identity looks like. No database code: the GUI's
first paint uses this before SQLAlchemy is imported."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.text import Text


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who is looking. Until sign-in exists (a later issue) this is the officer at the desk."""

    officer_id: uuid.UUID | None = None
    is_head: bool = False  # the head may see denouncers' identities (LAW.md §11)

    def sees_identity_of(self, owner_officer_id: uuid.UUID | None) -> bool:
        return self.is_head or (self.officer_id is not None and self.officer_id == owner_officer_id)


ANONYMOUS = Viewer()


def pseudonym(record_id: uuid.UUID) -> str:
    """Stable label shown instead of a protected identity (LAW.md §11)."""
    return Text("Người tố cáo (bảo mật) #{code}", code=record_id.hex[:6].upper())

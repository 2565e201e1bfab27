"""Who did something, for the audit log (app/storage/audit.py). No imports beyond the stdlib:
the GUI's first paint and the storage layer both use it.

Until sign-in exists this is the officer at the desk (the GUI's officer box, the CLI's
--as-officer / --officer) or the system itself. A signed-in user will be kind "user" with the
user's id: the audit columns (kind, id, name) take it without a schema change.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

OFFICER = "officer"
USER = "user"  # the signed-in user (app/services/users.py)
SYSTEM_KIND = "system"


@dataclass(frozen=True, slots=True)
class Actor:
    kind: str  # officer | user | system
    id: str = ""  # the officer's or user's id (hex); "" for the system
    name: str = ""  # a label as it was when the entry was written; filled in from the id if empty
    role: str = ""  # kind "user": the role at sign-in (app/law/permissions.py); not audited

    @classmethod
    def officer(cls, officer_id: uuid.UUID | None) -> Actor:
        """The officer at the desk, or the system when nobody is chosen."""
        return SYSTEM if officer_id is None else cls(OFFICER, officer_id.hex)

    @classmethod
    def user(cls, user_id: uuid.UUID, name: str, role: str) -> Actor:
        """A signed-in user (the audit log takes kind, id and name; the role is checked)."""
        return cls(USER, user_id.hex, name, role)

    @property
    def officer_id(self) -> uuid.UUID | None:
        return uuid.UUID(hex=self.id) if self.kind == OFFICER and self.id else None


SYSTEM = Actor(SYSTEM_KIND, "", "Hệ thống")

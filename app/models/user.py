from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, NfcString, new_uuid, utc_now


class UserAccount(Base):
    """Someone who signs in to this store (app/services/users.py). Local to the store: not
    synced. Officers and heads are linked to their officer row; the other roles need not be.

    `key_salt` is per user and unused for now: the at-rest encryption will derive from the
    password (with this salt) the key that wraps the store key for this user.
    """

    __tablename__ = "user_account"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_uuid)
    username: Mapped[str] = mapped_column(String(64), unique=True)  # lower case
    full_name: Mapped[str] = mapped_column(NfcString(120))
    role: Mapped[str] = mapped_column(String(16))  # app/services/permissions.py ROLES
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"), default=None)
    password_hash: Mapped[str] = mapped_column(String(255))  # Argon2id, PHC string
    key_salt: Mapped[str] = mapped_column(String(64))  # hex; for per-user key wrapping later
    failed_count: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)  # naive UTC
    disabled: Mapped[bool] = mapped_column(default=False)
    must_change_password: Mapped[bool] = mapped_column(default=True)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

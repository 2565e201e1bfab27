"""The permission check every audited write goes through (UnitOfWork.audit), in the write's
own transaction: the role is read from the user's row there, so a user disabled or given another
role since signing in is refused at once. The table itself: app/law/permissions.py."""

from __future__ import annotations

import uuid

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.actor import SYSTEM_KIND, USER, Actor
from app.errors import PermissionDenied
from app.law.permissions import ACTION_LABELS, ROLES, SYSTEM_ACTIONS, allowed, roles_for
from app.text import Joined, Label


def has_users(session: Session) -> bool:
    """False in "desk mode": a store where nobody has an account yet, where nothing is checked."""
    from app.models import UserAccount

    return bool(session.execute(select(exists().where(UserAccount.id.is_not(None)))).scalar())


def action_label(action: str) -> str:
    """The action in words ("ghi lượt tiếp"); every action of the table has them."""
    return ACTION_LABELS.get(action, action)


def denied(action: str, user: str, role: str) -> PermissionDenied:
    return PermissionDenied("permission_denied", action=action_label(action),
                            roles=Joined(ROLES[r] for r in roles_for(action)) if roles_for(action)
                            else Label("không ai"),
                            user=user, role=ROLES.get(role, role))


def check(session: Session, actor: Actor, action: str) -> None:
    """Raise PermissionDenied unless `actor` may do `action` in this store now."""
    if actor.kind == USER:
        from app.models import UserAccount

        row = session.execute(select(UserAccount.username, UserAccount.role, UserAccount.disabled)
                              .where(UserAccount.id == uuid.UUID(hex=actor.id))).first()
        if row is None or row.disabled:
            raise PermissionDenied("auth_disabled", user=row.username if row else actor.name)
        if not allowed(row.role, action):
            raise denied(action, row.username, row.role)
        return
    if not has_users(session):
        return  # desk mode: as before sign-in existed
    if actor.kind == SYSTEM_KIND and action in SYSTEM_ACTIONS:
        return
    raise PermissionDenied("sign_in_required", action=action_label(action))

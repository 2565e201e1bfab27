"""SQLAlchemy models: the tables and nothing else."""

from app.models.audit import AuditEntry
from app.models.base import Base
from app.models.calendar import CalendarDay
from app.models.citizen import Citizen
from app.models.codelist import FieldOfLaw
from app.models.daycount import DayCount
from app.models.meta import StoreMeta
from app.models.office import Office, Officer
from app.models.petition import Petition, PetitionEvent, PetitionSender
from app.models.printlog import PrintLog
from app.models.sync import (
    AppliedChange,
    ChangeLog,
    SyncBatch,
    SyncBulletin,
    SyncBulletinIn,
    SyncInbound,
    SyncPeer,
)
from app.models.user import UserAccount
from app.models.visit import Visit, VisitPerson

__all__ = [
    "AppliedChange",
    "AuditEntry",
    "Base",
    "CalendarDay",
    "ChangeLog",
    "Citizen",
    "DayCount",
    "FieldOfLaw",
    "Office",
    "Officer",
    "Petition",
    "PetitionEvent",
    "PetitionSender",
    "PrintLog",
    "StoreMeta",
    "SyncBatch",
    "SyncBulletin",
    "SyncBulletinIn",
    "SyncInbound",
    "SyncPeer",
    "UserAccount",
    "Visit",
    "VisitPerson",
]

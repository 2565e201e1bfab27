from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, NfcString


class FieldOfLaw(Base):
    """Lĩnh vực: an editable code list (đất đai, xây dựng, chính sách xã hội...)."""

    __tablename__ = "field_of_law"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(NfcString(120))
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)

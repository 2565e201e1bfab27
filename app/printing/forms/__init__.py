"""One module per form over the layout kit; `BODIES` maps each form id to its body."""

from __future__ import annotations

from typing import Final

from app.printing.forms import (
    appointment,
    guidance,
    notices,
    oral_record,
    proposal,
    receipt,
    refusal,
    transfer,
)
from app.printing.forms.common import Body, compose

BODIES: Final[dict[str, Body]] = {
    "receipt": receipt.body,
    "appointment": appointment.body,
    "guidance-kn": guidance.body,
    "guidance-tc": guidance.body,
    "refusal": refusal.body,
    "oral-record": oral_record.body,
    "proposal": proposal.body,
    "transfer-tc": transfer.body,
    "transfer-tc-redacted": transfer.body,
    "transfer-knpa": transfer.body,
    "acceptance": notices.body,
    "non-acceptance": notices.body,
}

__all__ = ["BODIES", "Body", "compose"]

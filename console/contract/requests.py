"""Request bodies of contract v1 (strict: unknown fields and wrong types are rejected)."""

from pydantic import Field

from console.contract.base import Request
from console.contract.enums import FlagKind, OutcomeCode, Presence
from console.contract.limits import MESSAGE_MAX_CHARS, NOTE_MAX_CHARS

__all__ = [
    "MESSAGE_MAX_CHARS",
    "NOTE_MAX_CHARS",
    "FlagRequest",
    "MessageRequest",
    "PresenceRequest",
    "TransferRequest",
    "WrapUpRequest",
]


class PresenceRequest(Request):
    presence: Presence


class MessageRequest(Request):
    client_message_id: str = Field(
        min_length=1,
        max_length=64,
        pattern=r"^[A-Za-z0-9_.:-]+$",
        description="Chosen by the client; a repeat with this id never makes a second message",
    )
    text: str = Field(
        min_length=1,
        max_length=MESSAGE_MAX_CHARS,
        description=f"Plain text, 1 to {MESSAGE_MAX_CHARS} characters (limits.message_max_chars)",
    )


class FlagRequest(Request):
    kind: FlagKind


class TransferRequest(Request):
    target_id: str = Field(min_length=1, max_length=64)
    caller_municipality: str | None = Field(
        default=None, pattern=r"^[0-9]{4}$", description="Kommunenummer, when known"
    )
    note: str | None = Field(
        default=None,
        max_length=NOTE_MAX_CHARS,
        description="Handover note for the receiving side (a chat handover, or any re-route "
        "to a queue or organisation)",
    )


class WrapUpRequest(Request):
    outcome_code: OutcomeCode
    note: str | None = Field(default=None, max_length=NOTE_MAX_CHARS)

"""Request bodies of contract v1 (strict: unknown fields and wrong types are rejected)."""

from pydantic import Field, model_validator

from console.contract.base import Request
from console.contract.enums import (
    ConsentAnswer,
    FlagKind,
    OutcomeCode,
    Presence,
    RiskLevel,
    WithoutConsentReason,
)
from console.contract.limits import MESSAGE_MAX_CHARS, NOTE_MAX_CHARS

__all__ = [
    "MESSAGE_MAX_CHARS",
    "NOTE_MAX_CHARS",
    "ConsentRequest",
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
    level: RiskLevel | None = Field(
        default=None,
        description="With kind `risk`: the result of the volunteer's risk assessment (the level "
        "only, never its answers). `high` and `acute` flag the contact as high risk and alert "
        "the supervisors at once; `low` and `moderate` record the level without an alert",
    )

    @model_validator(mode="after")
    def _level_only_with_risk(self) -> "FlagRequest":
        if self.level is not None and self.kind is not FlagKind.RISK:
            raise ValueError("level is only given with kind risk")
        return self


class ConsentRequest(Request):
    """The caller's consent to lift anonymity, asked before anything identifying is passed on."""

    answer: ConsentAnswer
    without_consent_reason: WithoutConsentReason | None = Field(
        default=None,
        description="When the answer is not `yes` and an emergency transfer goes ahead anyway: "
        "why (a code, never free text). Lives first: the backend never refuses a transfer for "
        "want of consent",
    )


class TransferRequest(Request):
    target_id: str = Field(min_length=1, max_length=64)
    caller_municipality: str | None = Field(
        default=None, pattern=r"^[0-9]{4}$", description="Kommunenummer, when known"
    )
    note: str | None = Field(
        default=None,
        max_length=NOTE_MAX_CHARS,
        description="Handover note for the receiving side (chat handover only)",
    )


class WrapUpRequest(Request):
    outcome_code: OutcomeCode
    note: str | None = Field(default=None, max_length=NOTE_MAX_CHARS)

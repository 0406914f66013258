"""Request bodies of contract v1 (strict: unknown fields and wrong types are rejected)."""

from typing import Annotated, Any, Self

from pydantic import ConfigDict, Field, field_validator, model_validator

from console.contract.base import Request
from console.contract.enums import (
    ConsentAnswer,
    FlagKind,
    OutcomeCode,
    Presence,
    RiskLevel,
    WithoutConsentReason,
)
from console.contract.forms import (
    RECORD_MAX_CHOICES,
    RECORD_MAX_FIELDS,
    RECORD_VALUE_MAX_CHARS,
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
    # The schema says what the validator below does, so a client (or schemathesis) reading
    # the document knows a level comes only with kind `risk`.
    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                {"properties": {"kind": {"const": "risk"}}},
                {"properties": {"level": {"type": "null"}}},
            ]
        }
    )

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
        description="Handover note for the receiving side (a chat handover, or any re-route "
        "to a queue or organisation)",
    )


OptionIds = Annotated[
    list[Annotated[str, Field(max_length=80)]], Field(max_length=RECORD_MAX_CHOICES)
]
FieldValue = Annotated[
    Annotated[str, Field(max_length=RECORD_VALUE_MAX_CHARS)] | OptionIds,
    Field(description="An option id, a list of option ids, or free text"),
]


_RECORD_FIELDS = ("outcome_code", "form_version", "record")


def _wrap_up_schema(schema: dict[str, Any]) -> None:
    """The document says what the validators enforce: no nulls; a record, or an outcome alone."""
    properties = schema["properties"]
    for name in _RECORD_FIELDS:
        prop = properties[name]
        prop.update(next(o for o in prop.pop("anyOf") if o.get("type") != "null"))
        prop.pop("default", None)
    schema["anyOf"] = [
        {"required": ["form_version", "record"]},
        {
            "required": ["outcome_code"],
            "not": {"anyOf": [{"required": ["form_version"]}, {"required": ["record"]}]},
        },
    ]


class WrapUpRequest(Request):
    """Closes a contact with its record (`form_version` + `record`) or, from a console older
    than contact forms, with an `outcome_code` alone. The record is checked against the form
    version it names; a problem names the field."""

    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra=_wrap_up_schema)

    outcome_code: OutcomeCode | None = Field(
        default=None, description="Older consoles; derived from the record when one is sent"
    )
    note: str | None = Field(default=None, max_length=NOTE_MAX_CHARS)
    form_version: str | None = Field(
        default=None,
        min_length=1,
        max_length=80,
        description="The `version` of GET /v1/contact-forms/current the record was filled in",
    )
    record: dict[str, FieldValue] | None = Field(
        default=None,
        max_length=RECORD_MAX_FIELDS,
        description=f"Field id to value (text at most {RECORD_VALUE_MAX_CHARS} characters)",
    )

    @field_validator("outcome_code", "form_version", "record", mode="before")
    @classmethod
    def _absent_not_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("leave the field out rather than send null")
        return value

    @model_validator(mode="after")
    def _record_or_outcome(self) -> Self:
        if (self.form_version is None) != (self.record is None):
            raise ValueError("form_version and record go together")
        if self.record is None and self.outcome_code is None:
            raise ValueError("send form_version and record (or outcome_code)")
        return self

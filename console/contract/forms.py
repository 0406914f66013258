"""Contact-record forms of contract v1: the definition (data, never code) and the record check.

A form is a list of fields; each field is a single choice, a multiple choice (optionally two
levels: a group and its sub-options, chosen as "group.option") or free text. Options may apply
to one target group only (age bands differ for children/youth and adults). The backend and the
console run the same `record_problems` check, so the volunteer is told before sending what the
backend would refuse. The shape follows Aselo's form definitions (techmatters/flex-plugins,
hrm-form-definitions: forms are JSON per helpline and version), see
../shared/reference/helpline-practice.md.

Free text (`kind: text`) stays in the record: no statistic or export ever reads it.
"""

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from console.contract.base import Resource
from console.contract.enums import AgeGroup

FORM_LANGUAGES = ("en", "nb", "nn", "se", "smj", "sma")
REQUIRED_LABEL_LANGUAGES = ("en", "nb", "nn", "se")
"""Every label has these; Lule and South Sámi fall back to bokmål until translated."""
LABEL_FALLBACK = {"smj": "nb", "sma": "nb", "nn": "nb", "se": "nb", "nb": "en"}

CALL_TYPE_FIELD = "call_type"
RECORD_MAX_FIELDS = 40
RECORD_MAX_CHOICES = 40
RECORD_VALUE_MAX_CHARS = 500
OPTION_ID = r"^[a-z][a-z0-9_]{0,39}$"

RecordValue = str | list[str]
ContactRecordData = dict[str, RecordValue]


class FieldKind(StrEnum):
    SINGLE = "single"
    MULTI = "multi"
    TEXT = "text"


class Labels(Resource):
    """A label per language; `text(lang)` falls back as LABEL_FALLBACK says."""

    en: str = Field(min_length=1, max_length=120)
    nb: str = Field(min_length=1, max_length=120)
    nn: str = Field(min_length=1, max_length=120)
    se: str = Field(min_length=1, max_length=120)
    smj: str | None = Field(default=None, max_length=120)
    sma: str | None = Field(default=None, max_length=120)

    def text(self, language: str) -> str:
        lang: str | None = language
        while lang is not None:
            value = getattr(self, lang, None) if lang in FORM_LANGUAGES else None
            if isinstance(value, str) and value:
                return value
            lang = LABEL_FALLBACK.get(lang)
        return self.en


class FormOption(Resource):
    id: str = Field(pattern=OPTION_ID)
    labels: Labels
    target_groups: list[AgeGroup] = Field(
        default_factory=list,
        description="Target groups this option applies to; empty: all",
    )
    closes_record: bool = Field(
        default=False,
        description="Choosing it files the record at once (silent, hang-up, wrong number)",
    )
    transfer_target: str | None = Field(
        default=None, description="A completed transfer to this target pre-selects the option"
    )
    options: list["FormOption"] = Field(
        default_factory=list, description="Sub-options (two-level taxonomy): chosen as 'a.b'"
    )

    def applies_to(self, age_group: AgeGroup) -> bool:
        return (
            not self.target_groups
            or age_group is AgeGroup.UNKNOWN
            or age_group in self.target_groups
        )


class FormField(Resource):
    id: str = Field(pattern=OPTION_ID)
    kind: FieldKind
    labels: Labels
    required: bool = Field(default=False, description="Always required")
    required_for: list[str] = Field(
        default_factory=list, description="Call types for which the field must be filled"
    )
    options: list[FormOption] = Field(default_factory=list)
    max_length: int | None = Field(default=None, ge=1, le=RECORD_VALUE_MAX_CHARS)
    statistics: bool = Field(
        default=True, description="Counted in statistics (never true for free text)"
    )

    def choices(self, age_group: AgeGroup) -> list[str]:
        """Every value this field accepts for a target group ('group.option' when two-level)."""
        values: list[str] = []
        for option in self.options:
            if not option.applies_to(age_group):
                continue
            if option.options:
                values += [
                    f"{option.id}.{sub.id}" for sub in option.options if sub.applies_to(age_group)
                ]
            else:
                values.append(option.id)
        return values


class ContactForm(Resource):
    """GET /v1/contact-forms/current: the national core plus the organisation's own fields."""

    version: str = Field(description="Sent back as the wrap-up's form_version")
    org_id: str
    fields: list[FormField]
    label_review: dict[str, str] = Field(
        default_factory=dict,
        description="Languages whose labels are drafts awaiting native review, and why",
    )

    def field(self, field_id: str) -> FormField | None:
        return next((f for f in self.fields if f.id == field_id), None)


# ------------------------------------------------------------- definition files


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FormFile(_Strict):
    """A form definition file under resources/forms/ (schema: form-definition.schema.json)."""

    schema_ref: str | None = Field(default=None, alias="$schema")
    kind: str = Field(pattern=r"^(core|organisation)$")
    org_id: str | None = Field(default=None, pattern=r"^[a-z0-9-]{1,40}$")
    version: int = Field(ge=1)
    core_version: int | None = Field(default=None, ge=1, description="organisation files")
    source: str = Field(description="Where the categories come from")
    label_review: dict[str, str] = Field(default_factory=dict)
    fields: list[FormField] = Field(min_length=1)


# ------------------------------------------------------------------ the check


def _required(field: FormField, call_type: str | None) -> bool:
    return field.required or (call_type is not None and call_type in field.required_for)


def _empty(value: RecordValue | None) -> bool:
    return value is None or value in ("", [])


def closing_call_types(form: ContactForm) -> list[str]:
    call_type = form.field(CALL_TYPE_FIELD)
    return [o.id for o in call_type.options if o.closes_record] if call_type else []


def record_problems(
    form: ContactForm, age_group: AgeGroup, record: ContactRecordData
) -> list[tuple[str, str]]:
    """Every reason the record does not fit the form: (field path, what is wrong).

    Messages name fields and option ids only, never a free-text value.
    """
    problems: list[tuple[str, str]] = []
    known = {f.id for f in form.fields}
    for name in record:
        if name not in known:
            problems.append((f"record.{name}", "not a field of this form version"))
    raw_type = record.get(CALL_TYPE_FIELD)
    call_type = raw_type if isinstance(raw_type, str) else None
    closing = call_type in closing_call_types(form)
    for field in form.fields:
        path = f"record.{field.id}"
        value = record.get(field.id)
        if _empty(value):
            if _required(field, call_type) and not (closing and not field.required):
                problems.append((path, "required"))
            continue
        problems += _value_problems(field, path, value, age_group)
    return problems


def _value_problems(
    field: FormField, path: str, value: RecordValue | None, age_group: AgeGroup
) -> list[tuple[str, str]]:
    if field.kind is FieldKind.TEXT:
        if not isinstance(value, str):
            return [(path, "must be text")]
        limit = field.max_length or RECORD_VALUE_MAX_CHARS
        return [(path, f"longer than {limit} characters")] if len(value) > limit else []
    choices = set(field.choices(age_group))
    if field.kind is FieldKind.SINGLE:
        if not isinstance(value, str):
            return [(path, "must be one option id")]
        return [] if value in choices else [(path, "not an option of this form version")]
    if not isinstance(value, list):
        return [(path, "must be a list of option ids")]
    if len(set(value)) != len(value):
        return [(path, "an option is listed twice")]
    unknown = [v for v in value if v not in choices]
    return [(path, "not an option of this form version")] if unknown else []

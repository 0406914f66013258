"""Risk support into the contact record (#18's wrap-up form): codes only, never free text.

What fits the shipped core form today: its `actions` options `supervisor_involved` (a high or
acute level alerted the supervisors) and `emergency_services` (113 was called from the panel).
An organisation's form that declares the fields below gets the level, the consent and why 113
went ahead without it, recorded as codes (docs/risk-support.md): the hook fills whichever of
them the form has, and leaves the volunteer free to change them before filing.
"""

from console.core.risk_record import RiskAction, RiskSummary
from console.ui.wrap_up_form import WrapUpForm

LEVEL_FIELD = "risk_level"  # single: low, moderate, high, acute
CONSENT_FIELD = "consent"  # single: yes, no, not_possible
REASON_FIELD = "without_consent_reason"  # single: life_in_danger, cannot_answer, other
ACTION_OPTIONS = {
    RiskAction.SUPERVISOR_ALERTED: "supervisor_involved",
    RiskAction.TRANSFER_113: "emergency_services",
}


def prefill_record(form: WrapUpForm, summary: RiskSummary) -> None:
    fields = {field.id for field in form.form.fields}
    singles = {
        LEVEL_FIELD: summary.level,
        CONSENT_FIELD: summary.consent,
        REASON_FIELD: summary.without_consent_reason,
    }
    for field_id, value in singles.items():
        if field_id in fields and value is not None:
            form.choose(field_id, value.value)
    for action in summary.actions:
        option = ACTION_OPTIONS.get(action)
        if option is not None:
            form.check(option)

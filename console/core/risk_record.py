"""What a contact's risk support leaves for the contact record: the level, the consent and the
actions, never the answers or the safety plan's text (those are the caller's words).

Plain data, no Qt: the record form (issue #18) reads it at wrap-up; statistics may count its
codes. Until that form lands, the risk panel keeps one of these per open contact in memory only.
"""

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from console.contract.enums import ConsentAnswer, RiskLevel, WithoutConsentReason


class RiskAction(StrEnum):
    ASSESSED = "assessed"
    SUPERVISOR_ALERTED = "supervisor_alerted"  # a high or acute level went to the supervisors
    CONSENT_RECORDED = "consent_recorded"
    TRANSFER_113 = "transfer_113"
    TRANSFER_WITHOUT_CONSENT = "transfer_without_consent"
    SAFETY_PLAN_SENT = "safety_plan_sent"


@dataclass(frozen=True)
class RiskSummary:
    form: str  # form id and version, e.g. "sample/v1"
    level: RiskLevel | None = None
    assessed_at: datetime | None = None  # the backend's time when it has answered, else local
    consent: ConsentAnswer | None = None
    consent_at: datetime | None = None
    without_consent_reason: WithoutConsentReason | None = None
    actions: tuple[RiskAction, ...] = ()

    def did(self, action: RiskAction) -> "RiskSummary":
        """Each action once, in the order first taken."""
        return self if action in self.actions else replace(self, actions=(*self.actions, action))

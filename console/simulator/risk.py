"""Risk support in the simulator: a risk flag may carry the assessment's level, and a contact
records the caller's consent to lift anonymity.

The backend gets the level only, never the assessment's answers or the safety plan: those stay
with the volunteer (and the plan goes to the chatter as a chat message). High and acute flag the
contact as high risk, which reaches every supervisor's stream at once as `team.agent_changed`
with the level (and no content). Pure functions: the engine applies them under its own lock.
"""

from collections.abc import Iterable
from datetime import datetime

from console.contract.enums import RiskLevel
from console.contract.requests import ConsentRequest
from console.contract.resources import Consent, Interaction, InteractionFlags

ALERTING = frozenset({RiskLevel.HIGH, RiskLevel.ACUTE})
_RANK = {RiskLevel.LOW: 0, RiskLevel.MODERATE: 1, RiskLevel.HIGH: 2, RiskLevel.ACUTE: 3}


def flags_with_level(flags: InteractionFlags, level: RiskLevel, now: datetime) -> InteractionFlags:
    """A reassessment replaces the level; the high-risk flag, once set, stays for the contact."""
    return flags.model_copy(
        update={
            "risk": flags.risk or level in ALERTING,
            "risk_level": level,
            "risk_assessed_at": now,
        }
    )


def consent_of(request: ConsentRequest, now: datetime) -> Consent:
    """The reason only counts without consent: a `yes` never carries one."""
    reason = None if request.answer == "yes" else request.without_consent_reason
    return Consent(answer=request.answer, recorded_at=now, without_consent_reason=reason)


def highest_level(
    open_interactions: Iterable[Interaction],
) -> tuple[RiskLevel | None, datetime | None]:
    """What a supervisor sees of a volunteer: the highest level among open contacts, and when."""
    best: tuple[RiskLevel | None, datetime | None] = (None, None)
    for ix in open_interactions:
        level = ix.flags.risk_level
        if level is None:
            continue
        if best[0] is None or _RANK[level] > _RANK[best[0]]:
            best = (level, ix.flags.risk_assessed_at)
    return best

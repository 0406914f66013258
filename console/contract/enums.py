"""The closed vocabularies of contract v1."""

from enum import StrEnum


class Presence(StrEnum):
    AVAILABLE = "available"
    BUSY = "busy"
    BREAK = "break"
    OFFLINE = "offline"


class RoutingState(StrEnum):
    IDLE = "idle"
    OFFERED = "offered"
    ENGAGED = "engaged"
    WRAP_UP = "wrap_up"
    NOT_RESPONDING = "not_responding"


class Role(StrEnum):
    VOLUNTEER = "volunteer"
    SUPERVISOR = "supervisor"
    COORDINATOR = "coordinator"  # sees anonymous statistics of its organisation


class Channel(StrEnum):
    VOICE = "voice"
    CHAT = "chat"


class AgeGroup(StrEnum):
    CHILD_YOUTH = "child_youth"
    ADULT = "adult"
    UNKNOWN = "unknown"


class OfferState(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"
    RESCINDED = "rescinded"


class OfferEndReason(StrEnum):
    """Why an offer went away without being accepted (the offer's `reason`)."""

    DECLINED = "declined"  # the agent declined it
    EXPIRED = "expired"  # not answered within limits.offer_timeout_s
    CALLER_LEFT = "caller_left"  # the caller hung up, or the chatter left, while it was offered
    AGENT_UNAVAILABLE = "agent_unavailable"  # the agent left `available` (break, busy, offline)
    OTHER = "other"  # the backend withdrew it for another reason (or one this client lacks)


class InteractionState(StrEnum):
    QUEUED = "queued"
    OFFERED = "offered"
    ACTIVE = "active"
    WRAP_UP = "wrap_up"
    CLOSED = "closed"
    ABANDONED = "abandoned"


class Sender(StrEnum):
    AGENT = "agent"
    REMOTE = "remote"
    SYSTEM = "system"


class Delivery(StrEnum):
    SENT = "sent"
    DELIVERED = "delivered"


class FlagKind(StrEnum):
    RISK = "risk"
    HELP_REQUEST = "help_request"


class RiskLevel(StrEnum):
    """A risk assessment's result, by the rules in the organisation's form (resources/risk)."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    ACUTE = "acute"


class ConsentAnswer(StrEnum):
    """The caller's answer to lifting anonymity before anything identifying is passed on."""

    YES = "yes"
    NO = "no"
    NOT_POSSIBLE = "not_possible"  # it was not possible to ask


class WithoutConsentReason(StrEnum):
    """Why an emergency transfer went ahead without the caller's consent (lives first)."""

    LIFE_IN_DANGER = "life_in_danger"
    CANNOT_ANSWER = "cannot_answer"  # unconscious, cut off, cannot speak
    OTHER = "other"


class TransferMode(StrEnum):
    """What a transfer does, fixed by the target and the channel (never chosen as 'cold')."""

    WARM_VOICE = "warm_voice"
    CHAT_HANDOVER = "chat_handover"
    CALL_ON_BEHALF = "call_on_behalf"


class TargetKind(StrEnum):
    """What a transfer target is: a public service outside the shared number, or a queue or a
    member organisation behind it (a re-route: the contact stays on the shared number)."""

    PUBLIC_SERVICE = "public_service"
    QUEUE = "queue"
    ORGANISATION = "organisation"


class TransferState(StrEnum):
    INITIATING = "initiating"
    RINGING = "ringing"
    CONSULTING = "consulting"
    COMPLETED = "completed"
    CANCELED = "canceled"
    FAILED = "failed"
    ABANDONED = "abandoned"


class TransferFailure(StrEnum):
    BUSY = "busy"
    NO_ANSWER = "no_answer"
    TIMEOUT = "timeout"
    REJECTED = "rejected"


class OutcomeCode(StrEnum):
    SUPPORTED = "supported"
    REFERRED = "referred"
    TRANSFERRED = "transferred"
    SILENT = "silent"
    ABANDONED = "abandoned"
    MISUSE = "misuse"
    OTHER = "other"


class RegionLevel(StrEnum):
    NATIONAL = "national"
    COUNTY = "county"
    MUNICIPALITY = "municipality"


SAMI_LANGUAGES = frozenset({"se", "smj", "sma"})

TRANSFER_ACTIVE_STATES = frozenset(
    {TransferState.INITIATING, TransferState.RINGING, TransferState.CONSULTING}
)
INTERACTION_OPEN_STATES = frozenset({InteractionState.ACTIVE, InteractionState.WRAP_UP})

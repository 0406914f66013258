"""RFC 9457 problem details and the stable problem types of contract v1.

Clients branch on `type`, never on `title` or `detail` (those are for humans and may change).
"""

from enum import StrEnum

from pydantic import Field

from console.contract.base import Resource

PROBLEM_MEDIA_TYPE = "application/problem+json"
_PREFIX = "/problems/"


class ProblemType(StrEnum):
    MALFORMED_REQUEST = _PREFIX + "malformed-request"
    VALIDATION_FAILED = _PREFIX + "validation-failed"
    BODY_TOO_LARGE = _PREFIX + "body-too-large"
    UNSUPPORTED_MEDIA_TYPE = _PREFIX + "unsupported-media-type"
    NOT_FOUND = _PREFIX + "not-found"
    METHOD_NOT_ALLOWED = _PREFIX + "method-not-allowed"
    UNAUTHORIZED = _PREFIX + "unauthorized"
    TOKEN_EXPIRED = _PREFIX + "token-expired"
    FORBIDDEN = _PREFIX + "forbidden"
    IDEMPOTENCY_KEY_REQUIRED = _PREFIX + "idempotency-key-required"
    IDEMPOTENCY_KEY_REUSED = _PREFIX + "idempotency-key-reused"
    OFFER_NOT_PENDING = _PREFIX + "offer-not-pending"
    ILLEGAL_TRANSITION = _PREFIX + "illegal-transition"
    PRESENCE_REFUSED = _PREFIX + "presence-refused"
    NOT_SUPPORTED_ON_CHANNEL = _PREFIX + "not-supported-on-channel"
    CHAT_LIMIT_REACHED = _PREFIX + "chat-limit-reached"
    TRANSFER_IN_PROGRESS = _PREFIX + "transfer-in-progress"
    TARGET_UNAVAILABLE = _PREFIX + "target-unavailable"
    UNKNOWN_MUNICIPALITY = _PREFIX + "unknown-municipality"
    SERVICE_UNAVAILABLE = _PREFIX + "service-unavailable"
    INTERNAL = _PREFIX + "internal"


class Problem(Resource):
    type: str = Field(default="about:blank", description="Stable identifier of the problem")
    title: str
    status: int = Field(ge=400, le=599)
    detail: str | None = None
    instance: str | None = None


def known_problem_type(value: str) -> ProblemType | None:
    try:
        return ProblemType(value)
    except ValueError:
        return None

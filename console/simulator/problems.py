"""The simulator's typed API errors, rendered as RFC 9457 problem+json."""

from console.contract.problems import ProblemType

_TITLES: dict[ProblemType, str] = {
    ProblemType.MALFORMED_REQUEST: "The request body is not valid JSON",
    ProblemType.VALIDATION_FAILED: "The request does not match the contract",
    ProblemType.BODY_TOO_LARGE: "The request body is too large",
    ProblemType.UNSUPPORTED_MEDIA_TYPE: "Unsupported media type",
    ProblemType.NOT_FOUND: "Not found",
    ProblemType.METHOD_NOT_ALLOWED: "Method not allowed",
    ProblemType.UNAUTHORIZED: "Sign-in required",
    ProblemType.TOKEN_EXPIRED: "The access token has expired",
    ProblemType.FORBIDDEN: "Not allowed for this user",
    ProblemType.IDEMPOTENCY_KEY_REQUIRED: "Idempotency-Key header required",
    ProblemType.IDEMPOTENCY_KEY_REUSED: "Idempotency-Key reused for a different request",
    ProblemType.OFFER_NOT_PENDING: "The offer is no longer pending",
    ProblemType.ILLEGAL_TRANSITION: "Not possible in the current state",
    ProblemType.PRESENCE_REFUSED: "Presence change refused",
    ProblemType.NOT_SUPPORTED_ON_CHANNEL: "Not supported on this channel",
    ProblemType.CHAT_LIMIT_REACHED: "Chat limit reached",
    ProblemType.TRANSFER_IN_PROGRESS: "A transfer is already in progress",
    ProblemType.TARGET_UNAVAILABLE: "The transfer target is not available now",
    ProblemType.UNKNOWN_MUNICIPALITY: "Unknown municipality number",
    ProblemType.SERVICE_UNAVAILABLE: "Service unavailable",
    ProblemType.INTERNAL: "Internal error",
}

STATUS: dict[ProblemType, int] = {
    ProblemType.MALFORMED_REQUEST: 400,
    ProblemType.VALIDATION_FAILED: 422,
    ProblemType.BODY_TOO_LARGE: 413,
    ProblemType.UNSUPPORTED_MEDIA_TYPE: 415,
    ProblemType.NOT_FOUND: 404,
    ProblemType.METHOD_NOT_ALLOWED: 405,
    ProblemType.UNAUTHORIZED: 401,
    ProblemType.TOKEN_EXPIRED: 401,
    ProblemType.FORBIDDEN: 403,
    ProblemType.IDEMPOTENCY_KEY_REQUIRED: 400,
    ProblemType.IDEMPOTENCY_KEY_REUSED: 422,
    ProblemType.OFFER_NOT_PENDING: 409,
    ProblemType.ILLEGAL_TRANSITION: 409,
    ProblemType.PRESENCE_REFUSED: 409,
    ProblemType.NOT_SUPPORTED_ON_CHANNEL: 409,
    ProblemType.CHAT_LIMIT_REACHED: 409,
    ProblemType.TRANSFER_IN_PROGRESS: 409,
    ProblemType.TARGET_UNAVAILABLE: 409,
    ProblemType.UNKNOWN_MUNICIPALITY: 422,
    ProblemType.SERVICE_UNAVAILABLE: 503,
    ProblemType.INTERNAL: 500,
}


class ApiProblem(Exception):
    def __init__(self, problem_type: ProblemType, detail: str | None = None) -> None:
        super().__init__(detail or problem_type.value)
        self.problem_type = problem_type
        self.detail = detail

    @property
    def status(self) -> int:
        return STATUS[self.problem_type]

    def body(self, instance: str | None = None) -> dict[str, object]:
        body: dict[str, object] = {
            "type": self.problem_type.value,
            "title": _TITLES[self.problem_type],
            "status": self.status,
        }
        if self.detail:
            body["detail"] = self.detail
        if instance:
            body["instance"] = instance
        return body

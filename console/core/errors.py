"""Typed errors of the client core.

Each error carries a stable `kind` that the UI turns into a short, translated message (the core
has no Qt and no translations). Messages here are for logs: they name what failed, never any
caller content.
"""

from enum import StrEnum

from console.contract.problems import ProblemType, known_problem_type


class ErrorKind(StrEnum):
    OFFLINE = "offline"  # no connection to the backend
    TIMEOUT = "timeout"
    UNAVAILABLE = "unavailable"  # 502/503/504 after retries
    SIGN_IN_REQUIRED = "sign_in_required"  # the session ended: sign in again
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"  # the state machine said no (details in problem_type)
    INVALID = "invalid"  # the backend refused the request as invalid
    SERVER = "server"  # an unexpected answer from the backend
    INSECURE_BACKEND = "insecure_backend"  # http:// to a non-loopback host
    UNTRUSTED_CERTIFICATE = "untrusted_certificate"  # expired, self-signed, wrong host
    KEYRING_REFUSED = "keyring_refused"  # no safe keychain: cannot remember the sign-in
    SIGN_IN_FAILED = "sign_in_failed"
    # OpenID Connect (core/oidc.py, core/auth.py): each says who to tell.
    PROVIDER_UNREACHABLE = "provider_unreachable"  # the identity provider cannot be reached
    PROVIDER_MISCONFIGURED = "provider_misconfigured"  # discovery unusable or inconsistent
    PROVIDER_NOT_ALLOWED = "provider_not_allowed"  # machine policy pins another issuer/client
    ID_TOKEN_INVALID = "id_token_invalid"  # signature, issuer, audience, expiry or nonce
    SIGN_IN_TAMPERED = "sign_in_tampered"  # state (or iss) in the redirect is not ours


class CoreError(Exception):
    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        status: int | None = None,
        problem_type: ProblemType | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status
        self.problem_type = problem_type

    def __repr__(self) -> str:
        return f"CoreError({self.kind.value}, status={self.status}, type={self.problem_type})"


class MessageTooLong(CoreError):
    """A chat line over the contract's limit, refused before it is sent. It carries the
    lengths only: the text never reaches the error, its traceback or a log."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(ErrorKind.INVALID, f"chat message of {length} characters (limit {limit})")
        self.length = length
        self.limit = limit


_BY_STATUS = {
    401: ErrorKind.SIGN_IN_REQUIRED,
    403: ErrorKind.FORBIDDEN,
    404: ErrorKind.NOT_FOUND,
    409: ErrorKind.CONFLICT,
    502: ErrorKind.UNAVAILABLE,
    503: ErrorKind.UNAVAILABLE,
    504: ErrorKind.UNAVAILABLE,
}


def error_from_problem(status: int, body: object, what: str) -> CoreError:
    """Map an RFC 9457 answer (or any error answer) to a typed error."""
    problem_type = None
    if isinstance(body, dict) and isinstance(body.get("type"), str):
        problem_type = known_problem_type(body["type"])
    kind = _BY_STATUS.get(status)
    if kind is None:
        kind = ErrorKind.INVALID if 400 <= status < 500 else ErrorKind.SERVER
    return CoreError(kind, f"{what} answered {status}", status=status, problem_type=problem_type)

"""Who may drive the simulator: the admin API (/_sim) and login-hint sign-in.

On loopback only this machine can reach the simulator, so both are open, as tests and the demo
need. A simulator that listens beyond loopback (a training room) is reachable by everyone on the
network: there both are refused unless an admin token is configured, and then every admin call
and every login-hint sign-in must carry `Authorization: Bearer <admin token>`. A configured token
is required wherever the simulator listens, so one rule holds. The sign-in page (a person picks
a fictional demo user in their browser) stays open: that is how trainees sign in.
"""

import hmac
from enum import Enum

from fastapi import Request

from console.contract.problems import ProblemType
from console.simulator.config import SimConfig
from console.simulator.problems import ApiProblem

ADMIN_TOKEN_ENV = "HELPLINE_SIM_ADMIN_TOKEN"
ADMIN_TOKEN_MIN_CHARS = 16


class AdminAccess(Enum):
    ALLOWED = "allowed"
    TOKEN_REQUIRED = "token_required"  # a token is configured: absent or wrong in this request
    REFUSED = "refused"  # beyond loopback with no token configured: nobody may


def _bearer(authorization: str | None) -> str | None:
    scheme, _, token = (authorization or "").partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def admin_access(config: SimConfig, authorization: str | None) -> AdminAccess:
    """The decision for one request, from the simulator's config and its Authorization header."""
    if config.admin_token:
        presented = _bearer(authorization)
        if presented is not None and hmac.compare_digest(
            presented.encode("utf-8"), config.admin_token.encode("utf-8")
        ):
            return AdminAccess.ALLOWED
        return AdminAccess.TOKEN_REQUIRED
    return AdminAccess.REFUSED if config.beyond_loopback else AdminAccess.ALLOWED


def login_hint_approves(config: SimConfig, authorization: str | None) -> bool:
    """Whether `login_hint` may sign someone in without the sign-in page."""
    return config.auto_approve_login_hint and (
        admin_access(config, authorization) is AdminAccess.ALLOWED
    )


async def require_admin(request: Request) -> None:
    """FastAPI dependency guarding every /_sim route."""
    config: SimConfig = request.app.state.sim.config
    access = admin_access(config, request.headers.get("authorization"))
    if access is AdminAccess.TOKEN_REQUIRED:
        raise ApiProblem(ProblemType.UNAUTHORIZED, "the admin API needs the admin token")
    if access is AdminAccess.REFUSED:
        raise ApiProblem(
            ProblemType.FORBIDDEN,
            "the admin API is off: the simulator listens beyond loopback without an admin token",
        )

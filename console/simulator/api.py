"""The public routing API v1 (what the console talks to)."""

from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from fastapi.responses import StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from console.contract import API_VERSION
from console.contract.enums import OutcomeCode
from console.contract.limits import MESSAGE_MAX_CHARS, NOTE_MAX_CHARS
from console.contract.problems import ProblemType
from console.contract.requests import (
    ConsentRequest,
    FlagRequest,
    MessageRequest,
    PresenceRequest,
    TransferRequest,
    WrapUpRequest,
)
from console.contract.resources import (
    Agent,
    AuthInfo,
    Interaction,
    Limits,
    Message,
    MessagePage,
    Meta,
    MunicipalityList,
    Offer,
    ResourceDirectory,
    Snapshot,
    TeamMember,
    TeamStatus,
    Transfer,
    TransferTargetList,
)
from console.simulator.directory import MUNICIPALITY_SOURCE, ORGANISATIONS, municipalities
from console.simulator.external import ExternalIssuer, ProviderUnavailable
from console.simulator.identity import CLIENT_ID, SCOPES
from console.simulator.problems import ApiProblem
from console.simulator.runtime import Simulator

FEATURES = [
    "warm_transfer",
    "chat_handover",
    "call_on_behalf",
    "help_request",
    "supervision",
    "reroute",
    "resource_directory",
]

_bearer = HTTPBearer(auto_error=False, description="Access token from /oauth/token")
IdPath = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]
IdempotencyKey = Annotated[
    str,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=255,
        pattern=r"^[\x21-\x7e]+$",
        description="Unique per logical command; a repeat replays the first answer for 24 h",
    ),
]

# One SSE event as read by a client; its `data` is a JSON envelope (components.schemas.Event).
SSE_FRAME_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "id": {"type": "string", "description": "Cursor for Last-Event-ID"},
        "event": {"type": "string", "description": "The event type"},
        "data": {
            "type": "string",
            "contentMediaType": "application/json",
            "contentSchema": {"$ref": "#/components/schemas/Event"},
        },
        "retry": {"type": "integer"},
    },
    "required": ["data"],
}

READ_ERRORS = (401, 422, 503)
WRITE_ERRORS = (400, 401, 413, 422, 503)


def errors(*codes: int, write: bool = False) -> dict[int | str, dict[str, Any]]:
    """Document the problem responses of a route (the schema is set in the OpenAPI hook)."""
    base = WRITE_ERRORS if write else READ_ERRORS
    return {code: {"description": "Problem details (RFC 9457)"} for code in sorted({*base, *codes})}


async def get_sim(request: Request) -> Simulator:
    sim: Simulator = request.app.state.sim
    return sim


Sim = Annotated[Simulator, Depends(get_sim)]


async def current_agent(
    sim: Sim,
    request: Request,
    _documented: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() not in ("bearer", "dpop") or not token:
        raise ApiProblem(ProblemType.UNAUTHORIZED, "send Authorization: Bearer <access token>")
    external = sim.identity.external
    if external is not None and token.count(".") == 2:
        answer = await external.authenticate(
            scheme,
            token,
            request.headers.get("dpop"),
            request.method,
            str(request.url),
            sim.clock.now().timestamp(),
        )
        if answer.expired:
            raise ApiProblem(ProblemType.TOKEN_EXPIRED, "refresh the access token")
        if answer.agent_id is None:
            raise ApiProblem(ProblemType.UNAUTHORIZED, answer.reason)
        sim.engine.sign_in(answer.agent_id)
        return answer.agent_id
    if scheme.lower() != "bearer":
        raise ApiProblem(ProblemType.UNAUTHORIZED, "send Authorization: Bearer <access token>")
    agent_id, expired = sim.identity.authenticate(token)
    if expired:
        raise ApiProblem(ProblemType.TOKEN_EXPIRED, "refresh the access token")
    if agent_id is None:
        raise ApiProblem(ProblemType.UNAUTHORIZED, "unknown or revoked access token")
    return agent_id


AgentId = Annotated[str, Depends(current_agent)]


async def supervisor(sim: Sim, agent_id: AgentId) -> str:
    if not sim.engine.is_supervisor(agent_id):
        raise ApiProblem(ProblemType.FORBIDDEN, "supervision data is for supervisors only")
    return agent_id


SupervisorId = Annotated[str, Depends(supervisor)]


async def external_auth_info(external: ExternalIssuer) -> AuthInfo:
    """Meta names the external issuer; its endpoints too, for clients that predate discovery."""
    try:
        document = await external.document()
    except ProviderUnavailable:
        raise ApiProblem(
            ProblemType.SERVICE_UNAVAILABLE, "the identity provider cannot be reached"
        ) from None
    token_endpoint = str(document.get("token_endpoint", ""))
    return AuthInfo(
        issuer=external.issuer,
        client_id=external.client_id,
        authorization_endpoint=str(document.get("authorization_endpoint", "")),
        token_endpoint=token_endpoint,
        revocation_endpoint=str(document.get("revocation_endpoint", token_endpoint)),
        scopes=external.scopes,
    )


router = APIRouter(prefix="/v1")
F = TypeVar("F", bound=Callable[..., Any])


@router.get("/meta", response_model=Meta, responses=errors(), tags=["meta"])
async def get_meta(sim: Sim, request: Request) -> Meta:
    """What this backend is and how to sign in to it (no authentication needed)."""
    base = str(request.base_url).rstrip("/")
    config = sim.config
    auth = AuthInfo(
        issuer=base,
        client_id=CLIENT_ID,
        authorization_endpoint=f"{base}/oauth/authorize",
        token_endpoint=f"{base}/oauth/token",
        revocation_endpoint=f"{base}/oauth/revoke",
        scopes=SCOPES,
    )
    if sim.identity.external is not None:
        auth = await external_auth_info(sim.identity.external)
    return Meta(
        api_version=API_VERSION,
        min_client_version="0.1.0",
        server_time=sim.clock.now(),
        auth=auth,
        features=FEATURES,
        limits=Limits(
            max_chats=config.max_chats,
            message_max_chars=MESSAGE_MAX_CHARS,
            offer_timeout_s=config.offer_timeout_s,
            note_max_chars=NOTE_MAX_CHARS,
        ),
        outcome_codes=list(OutcomeCode),
        organisations=list(ORGANISATIONS.values()),
    )


@router.get("/me", response_model=Agent, responses=errors(), tags=["agent"])
async def get_me(sim: Sim, agent_id: AgentId) -> Agent:
    return sim.engine.agent(agent_id)


@router.put("/me/presence", response_model=Agent, responses=errors(409, write=True), tags=["agent"])
async def put_presence(
    sim: Sim, agent_id: AgentId, body: PresenceRequest, key: IdempotencyKey
) -> Agent:
    """Choose a presence. Offline is refused while an interaction is open."""
    return sim.engine.set_presence(agent_id, body.presence)


@router.get("/snapshot", response_model=Snapshot, responses=errors(), tags=["agent"])
async def get_snapshot(sim: Sim, agent_id: AgentId) -> Snapshot:
    """Everything the agent needs after (re)connecting, as of stream cursor `as_of`."""
    return sim.engine.snapshot(agent_id)


@router.post(
    "/offers/{offer_id}/accept",
    response_model=Interaction,
    responses=errors(404, 409, write=True),
    tags=["offers"],
)
async def accept_offer(
    sim: Sim, agent_id: AgentId, offer_id: IdPath, key: IdempotencyKey
) -> Interaction:
    return sim.engine.accept(agent_id, offer_id)


@router.post(
    "/offers/{offer_id}/decline",
    response_model=Offer,
    responses=errors(404, 409, write=True),
    tags=["offers"],
)
async def decline_offer(
    sim: Sim, agent_id: AgentId, offer_id: IdPath, key: IdempotencyKey
) -> Offer:
    return sim.engine.decline(agent_id, offer_id)


@router.get(
    "/interactions/{interaction_id}",
    response_model=Interaction,
    responses=errors(404),
    tags=["interactions"],
)
async def get_interaction(sim: Sim, agent_id: AgentId, interaction_id: IdPath) -> Interaction:
    return sim.engine.own_interaction(agent_id, interaction_id)


def _interaction_command(name: str, summary: str) -> Callable[[F], F]:
    def decorate(func: F) -> F:
        return router.post(
            f"/interactions/{{interaction_id}}/{name}",
            response_model=Interaction,
            responses=errors(404, 409, write=True),
            tags=["interactions"],
            summary=summary,
        )(func)

    return decorate


@_interaction_command("hold", "Hold a call")
async def hold_call(
    sim: Sim, agent_id: AgentId, interaction_id: IdPath, key: IdempotencyKey
) -> Interaction:
    return sim.engine.hold(agent_id, interaction_id, on_hold=True)


@_interaction_command("resume", "Resume a held call")
async def resume_call(
    sim: Sim, agent_id: AgentId, interaction_id: IdPath, key: IdempotencyKey
) -> Interaction:
    return sim.engine.hold(agent_id, interaction_id, on_hold=False)


@_interaction_command("end", "End the contact and start wrap-up")
async def end_interaction(
    sim: Sim, agent_id: AgentId, interaction_id: IdPath, key: IdempotencyKey
) -> Interaction:
    return sim.engine.end(agent_id, interaction_id)


@_interaction_command("flags", "Flag risk or ask a supervisor for help")
async def flag_interaction(
    sim: Sim, agent_id: AgentId, interaction_id: IdPath, body: FlagRequest, key: IdempotencyKey
) -> Interaction:
    return sim.engine.flag(agent_id, interaction_id, body)


@_interaction_command("consent", "Record the caller's consent to lift anonymity (with its time)")
async def record_consent(
    sim: Sim, agent_id: AgentId, interaction_id: IdPath, body: ConsentRequest, key: IdempotencyKey
) -> Interaction:
    return sim.engine.record_consent(agent_id, interaction_id, body)


@_interaction_command("wrap-up", "Record the outcome and close the contact")
async def wrap_up_interaction(
    sim: Sim, agent_id: AgentId, interaction_id: IdPath, body: WrapUpRequest, key: IdempotencyKey
) -> Interaction:
    return sim.engine.wrap_up(agent_id, interaction_id, body)


@router.get(
    "/interactions/{interaction_id}/messages",
    response_model=MessagePage,
    responses=errors(404),
    tags=["messages"],
)
async def list_messages(
    sim: Sim,
    agent_id: AgentId,
    interaction_id: IdPath,
    after: Annotated[int, Query(ge=0, le=2**31, description="Only messages with seq > after")] = 0,
) -> MessagePage:
    return MessagePage(messages=sim.engine.list_messages(agent_id, interaction_id, after))


@router.post(
    "/interactions/{interaction_id}/messages",
    response_model=Message,
    status_code=201,
    responses={
        200: {"description": "A repeat of a known client_message_id", "model": Message},
        **errors(404, 409, write=True),
    },
    tags=["messages"],
)
async def post_message(
    sim: Sim,
    agent_id: AgentId,
    interaction_id: IdPath,
    body: MessageRequest,
    key: IdempotencyKey,
    response: Response,
) -> Message:
    message, created = sim.engine.post_message(agent_id, interaction_id, body)
    if not created:
        response.status_code = 200
    return message


@router.get(
    "/transfer-targets", response_model=TransferTargetList, responses=errors(), tags=["transfers"]
)
async def list_transfer_targets(sim: Sim, agent_id: AgentId) -> TransferTargetList:
    return TransferTargetList(targets=list(sim.engine.targets.values()))


@router.get("/resources", response_model=ResourceDirectory, responses=errors(), tags=["resources"])
async def list_resources(sim: Sim, agent_id: AgentId) -> ResourceDirectory:
    """The vetted resource directory; clients cache it by `version` for offline use."""
    return sim.directory


@router.get(
    "/municipalities", response_model=MunicipalityList, responses=errors(), tags=["transfers"]
)
async def list_municipalities(agent_id: AgentId) -> MunicipalityList:
    return MunicipalityList(
        source=MUNICIPALITY_SOURCE, municipalities=list(municipalities().values())
    )


@router.post(
    "/interactions/{interaction_id}/transfers",
    response_model=Transfer,
    status_code=201,
    responses=errors(404, 409, write=True),
    tags=["transfers"],
)
async def start_transfer(
    sim: Sim,
    agent_id: AgentId,
    interaction_id: IdPath,
    body: TransferRequest,
    key: IdempotencyKey,
) -> Transfer:
    """Start a warm transfer; what it does depends on the target and channel (see the guide)."""
    return sim.engine.start_transfer(agent_id, interaction_id, body)


@router.get(
    "/transfers/{transfer_id}", response_model=Transfer, responses=errors(404), tags=["transfers"]
)
async def get_transfer(sim: Sim, agent_id: AgentId, transfer_id: IdPath) -> Transfer:
    return sim.engine.get_transfer(agent_id, transfer_id)


@router.post(
    "/transfers/{transfer_id}/complete",
    response_model=Transfer,
    responses=errors(404, 409, write=True),
    tags=["transfers"],
)
async def complete_transfer(
    sim: Sim, agent_id: AgentId, transfer_id: IdPath, key: IdempotencyKey
) -> Transfer:
    return sim.engine.complete_transfer(agent_id, transfer_id)


@router.post(
    "/transfers/{transfer_id}/cancel",
    response_model=Transfer,
    responses=errors(404, 409, write=True),
    tags=["transfers"],
)
async def cancel_transfer(
    sim: Sim, agent_id: AgentId, transfer_id: IdPath, key: IdempotencyKey
) -> Transfer:
    return sim.engine.cancel_transfer(agent_id, transfer_id)


@router.get(
    "/supervision/team", response_model=TeamStatus, responses=errors(403), tags=["supervision"]
)
async def get_team_status(sim: Sim, agent_id: SupervisorId) -> TeamStatus:
    return sim.engine.team_status()


@router.post(
    "/supervision/help-requests/{interaction_id}/acknowledge",
    response_model=Interaction,
    responses=errors(403, 404, 409, write=True),
    tags=["supervision"],
)
async def acknowledge_help(
    sim: Sim, agent_id: SupervisorId, interaction_id: IdPath, key: IdempotencyKey
) -> Interaction:
    return sim.engine.acknowledge_help(agent_id, interaction_id)


@router.post(
    "/me/debrief-request",
    response_model=Agent,
    responses=errors(write=True),
    tags=["agent"],
)
async def request_debrief(sim: Sim, agent_id: AgentId, key: IdempotencyKey) -> Agent:
    """Ask a supervisor to talk a heavy contact through afterwards (no content is sent)."""
    return sim.engine.request_debrief(agent_id)


@router.post(
    "/supervision/debrief-requests/{volunteer_id}/acknowledge",
    response_model=TeamMember,
    responses=errors(403, 404, 409, write=True),
    tags=["supervision"],
)
async def acknowledge_debrief(
    sim: Sim, agent_id: SupervisorId, volunteer_id: IdPath, key: IdempotencyKey
) -> TeamMember:
    return sim.engine.acknowledge_debrief(agent_id, volunteer_id)


@router.post(
    "/sessions/current/logout",
    status_code=204,
    responses=errors(409, write=True),
    tags=["agent"],
)
async def logout(
    sim: Sim,
    agent_id: AgentId,
    key: IdempotencyKey,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Response:
    """Go offline and revoke this session's tokens (refused while an interaction is open)."""
    sim.engine.sign_out(agent_id)
    if credentials is not None:
        sim.identity.revoke_agent(agent_id, credentials.credentials)
    return Response(status_code=204)


@router.get(
    "/events",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "Server-sent events; `id:` is the cursor, `event:` the type, `data:` "
            "one JSON envelope (schema: components.schemas.Event)",
            "content": {"text/event-stream": {"schema": SSE_FRAME_SCHEMA}},
        },
        **errors(),
    },
    tags=["events"],
)
async def stream_events(
    sim: Sim,
    agent_id: AgentId,
    last_event_id: Annotated[
        str | None, Header(alias="Last-Event-ID", max_length=20, description="Resume cursor")
    ] = None,
) -> StreamingResponse:
    cursor: int | None = None
    if last_event_id is not None and last_event_id.strip():
        try:
            cursor = int(last_event_id.strip())
        except ValueError:
            cursor = -1  # not ours: answered with stream.resync_required
    frames: AsyncIterator[str] = sim.engine.hub.subscribe(
        agent_id, cursor, sim.config.ping_interval_s, sim.config.retry_ms
    )
    return StreamingResponse(
        frames,
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )

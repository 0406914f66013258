"""Contract v1 voice routes: the voice mode, and the WHIP-shaped softphone media session."""

from typing import Annotated, Any

from fastapi import APIRouter, Header, Request, Response

from console.contract.problems import ProblemType
from console.contract.resources import Agent
from console.contract.voice import SDP_MAX_BYTES, SDP_MEDIA_TYPE, VoiceRequest
from console.simulator.api import AgentId, IdempotencyKey, IdPath, Sim, errors
from console.simulator.media.server import MediaServer
from console.simulator.problems import ApiProblem

router = APIRouter(prefix="/v1")

_SDP_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "The console's SDP offer: one Opus audio m-line, sendrecv, complete ICE "
        "candidates (RFC 9725 shapes; no trickle needed)",
        "content": {SDP_MEDIA_TYPE: {"schema": {"type": "string", "maxLength": SDP_MAX_BYTES}}},
    }
}
_SDP_ANSWER: dict[int | str, dict[str, Any]] = {
    201: {
        "description": "The SDP answer; Location names the session (DELETE it to end it)",
        "content": {SDP_MEDIA_TYPE: {"schema": {"type": "string"}}},
        "headers": {
            "Location": {"schema": {"type": "string"}, "description": "/v1/me/media-session/{id}"}
        },
    },
    **errors(409, 415, write=True),
}


def media_of(request: Request) -> MediaServer:
    media: MediaServer = request.app.state.media
    return media


@router.put("/me/voice", response_model=Agent, responses=errors(409, write=True), tags=["voice"])
async def put_voice(
    sim: Sim,
    agent_id: AgentId,
    body: VoiceRequest,
    key: IdempotencyKey,
) -> Agent:
    """Choose where call audio goes: `softphone`, `phone` (E.164 number) or `none` (chat only).

    Refused (409) while a call is open. Phone mode: each accepted call rings that number
    (`agent_leg`), and a volunteer whose event stream has been gone for 60 s is logged off."""
    return sim.engine.set_voice(agent_id, body)


@router.post(
    "/me/media-session",
    status_code=201,
    response_class=Response,
    responses=_SDP_ANSWER,
    openapi_extra=_SDP_BODY,
    tags=["voice"],
)
async def open_media_session(
    agent_id: AgentId,
    request: Request,
    key: Annotated[
        str | None,
        Header(
            alias="Idempotency-Key",
            min_length=1,
            max_length=255,
            pattern=r"^[\x21-\x7e]+$",
            description="Optional here (WHIP clients send none); a repeat replays the answer",
        ),
    ] = None,
) -> Response:
    """Open the shift's persistent softphone session (WHIP-style). A new one replaces the old:
    one per volunteer. Accepted calls are bridged into it, so accepting costs no set-up."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != SDP_MEDIA_TYPE:
        raise ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the offer as application/sdp")
    raw = await request.body()
    if len(raw) > SDP_MAX_BYTES:
        raise ApiProblem(ProblemType.VALIDATION_FAILED, "the offer is longer than 16 KiB")
    try:
        offer = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiProblem(ProblemType.VALIDATION_FAILED, "the offer is not UTF-8 text") from None
    session_id, answer = await media_of(request).open(agent_id, offer)
    return Response(
        answer,
        status_code=201,
        media_type=SDP_MEDIA_TYPE,
        headers={"Location": f"/v1/me/media-session/{session_id}"},
    )


@router.delete(
    "/me/media-session/{session_id}",
    status_code=204,
    response_class=Response,
    responses=errors(404, write=True),
    tags=["voice"],
)
async def close_media_session(agent_id: AgentId, session_id: IdPath, request: Request) -> Response:
    """End the softphone session (sign-out and a clean quit do this)."""
    if not await media_of(request).close(agent_id, session_id):
        raise ApiProblem(ProblemType.NOT_FOUND, "no such media session")
    return Response(status_code=204)

"""Voice delivery in contract v1: where a call's audio goes (softphone, own phone or none).

Additive to v1: `Agent.voice` and `Interaction.agent_leg` have defaults, so a client that
predates them reads every resource as before. Softphone signalling is WHIP-shaped (RFC 9725):
`POST /v1/me/media-session` with an SDP offer (`application/sdp`) answers 201 with the SDP
answer and a `Location` to DELETE. See docs/contract-guide.md, "Voice".
"""

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, TypeAdapter

from console.contract.base import Request, Resource

SDP_MEDIA_TYPE = "application/sdp"
# E.164: a plus, a country code that does not start with 0, at most 15 digits in all.
E164_PATTERN = r"^\+[1-9][0-9]{6,14}$"
SDP_MAX_BYTES = 16 * 1024


class VoiceMode(StrEnum):
    SOFTPHONE = "softphone"  # WebRTC audio inside the console
    PHONE = "phone"  # the backend rings the volunteer's own phone for each call
    NONE = "none"  # chat only: no calls are routed to this volunteer


class MediaSessionState(StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    FAILED = "failed"
    CLOSED = "closed"


class AgentLeg(StrEnum):
    """The volunteer's own leg of a call (phone mode: their phone; softphone: the session)."""

    RINGING = "ringing"
    CONNECTED = "connected"
    FAILED = "failed"


class MediaSessionRef(Resource):
    id: str
    state: MediaSessionState


class VoiceSettings(Resource):
    mode: VoiceMode = VoiceMode.SOFTPHONE
    phone_number: str | None = Field(
        default=None, description="E.164 number rung in phone mode; null otherwise"
    )
    media_session: MediaSessionRef | None = Field(
        default=None, description="The shift's persistent softphone session, if one is open"
    )


class PhoneVoiceRequest(Request):
    """Phone mode: the backend rings this E.164 number for each accepted call."""

    mode: Literal[VoiceMode.PHONE]
    phone_number: str = Field(pattern=E164_PATTERN, description="E.164, e.g. +4791234567")


class SoftphoneVoiceRequest(Request):
    """Softphone: call audio inside the console (WebRTC); no number goes with it."""

    mode: Literal[VoiceMode.SOFTPHONE]


class ChatOnlyVoiceRequest(Request):
    """None: chat only, no calls are routed to this volunteer; no number goes with it."""

    mode: Literal[VoiceMode.NONE]


# `PUT /v1/me/voice`: the shape follows the mode, so a number without phone mode (or phone mode
# without a number) is refused as not matching the contract (422). One schema per mode: the
# document's discriminator then maps each value to its own schema, which generic tools read
# right (a schema named by two values was misread by schemathesis as taking only one).
AnyVoiceRequest = PhoneVoiceRequest | SoftphoneVoiceRequest | ChatOnlyVoiceRequest
VoiceRequest = Annotated[AnyVoiceRequest, Field(discriminator="mode")]
VOICE_REQUEST: TypeAdapter[AnyVoiceRequest] = TypeAdapter(VoiceRequest)


def voice_request(mode: VoiceMode, phone_number: str | None = None) -> AnyVoiceRequest:
    """The request body for a mode (a phone number only in phone mode)."""
    if mode is VoiceMode.PHONE:
        return PhoneVoiceRequest(mode=mode, phone_number=phone_number or "")
    if mode is VoiceMode.SOFTPHONE:
        return SoftphoneVoiceRequest(mode=mode)
    return ChatOnlyVoiceRequest(mode=mode)


def number_of(request: AnyVoiceRequest) -> str | None:
    return request.phone_number if isinstance(request, PhoneVoiceRequest) else None

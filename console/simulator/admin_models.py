"""Request bodies of the simulator-only admin API (not part of contract v1)."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from console.contract.enums import AgeGroup, Channel, Presence
from console.contract.limits import MESSAGE_MAX_CHARS


class AdminRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")


class InjectInteractionRequest(AdminRequest):
    """Put a call or chat into the routing queues."""

    channel: Channel = Channel.CHAT
    age_group: AgeGroup = AgeGroup.UNKNOWN
    language: str = Field(default="nb", pattern=r"^[a-z]{2,3}$")
    org_id: str | None = None
    patience_s: float | None = Field(
        default=None, gt=0, description="Seconds before the caller gives up; null waits forever"
    )
    caller_tone_hz: float | None = Field(
        default=None, ge=50, le=3500, description="The caller 'speaks' this sine tone (voice)"
    )


class RemoteMessageRequest(AdminRequest):
    """The chatter writes: held to the contract's limit, as a real backend's chat would be."""

    text: str = Field(min_length=1, max_length=MESSAGE_MAX_CHARS)


class RawEventRequest(AdminRequest):
    """An arbitrary payload for one agent's stream; `payload` is sent verbatim as SSE data."""

    agent_id: str
    event_type: str = Field(default="raw", max_length=200)
    payload: str = Field(max_length=2_000_000)
    stamp_id: bool = False  # payload is a JSON object: set its "id" to the event's SSE id


class FaultsRequest(AdminRequest):
    fail_next: int = Field(default=0, ge=0, le=10_000)
    status: int = Field(default=503, ge=400, le=599)
    latency_s: float = Field(default=0.0, ge=0, le=120)


class ClockAdvanceRequest(AdminRequest):
    seconds: float = Field(gt=0, le=7 * 24 * 3600)


class TargetBehaviourRequest(AdminRequest):
    outcome: Literal["answer", "busy", "no_answer", "reject"] = "answer"
    answer_delay_s: float | None = Field(default=None, ge=0, le=600)
    available_now: bool = True


class AgentPresenceRequest(AdminRequest):
    presence: Presence


class SimSettingsRequest(AdminRequest):
    ping_interval_s: float | None = Field(default=None, gt=0, le=600)
    offer_timeout_s: float | None = Field(default=None, gt=0, le=3600)
    transfer_ring_timeout_s: float | None = Field(default=None, gt=0, le=600)
    arrivals_per_minute: float | None = Field(default=None, ge=0, le=10_000)
    # Voice: what transfer targets "speak", how a phone-mode volunteer's phone behaves, and
    # how long a phone-mode volunteer's stream may be gone before the logoff.
    target_tone_hz: float | None = Field(default=None, ge=50, le=3500)
    agent_phone_answers_after_s: float | None = Field(default=None, ge=0, le=600)
    agent_phone_fails: bool | None = None
    agent_phone_ring_timeout_s: float | None = Field(default=None, gt=0, le=600)
    stream_gone_logoff_s: float | None = Field(default=None, gt=0, le=3600)


class LoadRequest(AdminRequest):
    """Synthetic team and queue updates for benchmarks: bounded in rate, count and time."""

    agent_id: str
    events_per_s: float = Field(gt=0, le=10_000)
    seconds: float = Field(gt=0, le=600)
    team_size: int = Field(default=500, ge=1, le=5000)
    queues: int = Field(default=24, ge=0, le=100)

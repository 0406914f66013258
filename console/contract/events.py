"""Events of contract v1: one envelope, one discriminated union on `type`.

Each event carries the whole resource with its version, so a duplicate or an out-of-order event
is harmless: a client applies it only if the version is higher than what it holds. Parsing is
lenient: an unknown type becomes `UnknownEvent` (to be counted and ignored), unknown fields are
dropped. Only a known type whose data does not fit is an error (`MalformedEvent`).
"""

from typing import Annotated, Any, Literal, get_args

from pydantic import Field, TypeAdapter, ValidationError

from console.contract.base import Resource, UtcDateTime
from console.contract.resources import (
    Agent,
    Interaction,
    Message,
    Offer,
    QueueStats,
    TeamMember,
    Transfer,
)

ENVELOPE_VERSION = 1


class EventBase(Resource):
    id: int = Field(ge=0, description="Stream cursor; strictly increasing per stream")
    time: UtcDateTime
    subject: str = Field(description="The resource the event is about, e.g. interactions/ix_1")
    v: int = ENVELOPE_VERSION


AgentEventType = Literal[
    "agent.presence_changed",
    "agent.routing_state_changed",
    "agent.debrief_changed",
    "agent.voice_changed",
]
OfferEventType = Literal[
    "offer.created", "offer.accepted", "offer.declined", "offer.expired", "offer.rescinded"
]
InteractionEventType = Literal[
    "interaction.connected",
    "interaction.held",
    "interaction.resumed",
    "interaction.remote_ended",
    "interaction.wrap_up_started",
    "interaction.closed",
    "interaction.abandoned",
    "interaction.flagged",
    "interaction.updated",
    "interaction.agent_leg_changed",
]
MessageEventType = Literal["message.created", "message.updated"]
TransferEventType = Literal[
    "transfer.created",
    "transfer.ringing",
    "transfer.answered",
    "transfer.completed",
    "transfer.canceled",
    "transfer.failed",
    "transfer.abandoned",
]


class AgentEvent(EventBase):
    type: AgentEventType
    data: Agent


class OfferEvent(EventBase):
    type: OfferEventType
    data: Offer


class InteractionEvent(EventBase):
    type: InteractionEventType
    data: Interaction


class MessageEvent(EventBase):
    type: MessageEventType
    data: Message


class TransferEvent(EventBase):
    type: TransferEventType
    data: Transfer


class TeamEvent(EventBase):
    type: Literal["team.agent_changed"]
    data: TeamMember


class QueueEvent(EventBase):
    type: Literal["queue.stats_changed"]
    data: QueueStats


class ResyncData(Resource):
    reason: str


class ResyncEvent(EventBase):
    """The cursor is older than the replay log: fetch /v1/snapshot and continue from it."""

    type: Literal["stream.resync_required"]
    data: ResyncData


Event = Annotated[
    AgentEvent
    | OfferEvent
    | InteractionEvent
    | MessageEvent
    | TransferEvent
    | TeamEvent
    | QueueEvent
    | ResyncEvent,
    Field(discriminator="type"),
]

EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)


class UnknownEvent(Resource):
    """An event type this client does not know: counted, logged by type and id, ignored."""

    id: int | None = None
    type: str


class MalformedEvent(ValueError):
    """A known event type whose envelope or data does not fit the contract.

    The message names the type and id only, never the payload (it may hold caller content).
    """

    def __init__(self, event_type: str | None, event_id: object) -> None:
        super().__init__(f"malformed event type={event_type!r} id={event_id!r}")
        self.event_type = event_type
        self.event_id = event_id


def known_event_types() -> frozenset[str]:
    types: set[str] = set()
    for model in (
        AgentEvent,
        OfferEvent,
        InteractionEvent,
        MessageEvent,
        TransferEvent,
        TeamEvent,
        QueueEvent,
        ResyncEvent,
    ):
        types.update(get_args(model.model_fields["type"].annotation))
    return frozenset(types)


KNOWN_EVENT_TYPES = known_event_types()


def parse_event(raw: Any) -> Event | UnknownEvent:
    """Parse a decoded JSON value into an event; see the module doc for the leniency rules."""
    if not isinstance(raw, dict):
        raise MalformedEvent(None, None)
    event_type = raw.get("type")
    event_id = raw.get("id")
    if not isinstance(event_type, str):
        raise MalformedEvent(None, event_id if isinstance(event_id, int) else None)
    if event_type not in KNOWN_EVENT_TYPES:
        safe_id = event_id if isinstance(event_id, int) and not isinstance(event_id, bool) else None
        return UnknownEvent(id=safe_id, type=event_type[:100])
    try:
        return EVENT_ADAPTER.validate_python(raw)
    except ValidationError:
        raise MalformedEvent(event_type, event_id if isinstance(event_id, int) else None) from None

"""Resources of contract v1, as the backend sends them.

No resource ever carries a caller's phone number or any other caller identifier: the
contract has no field for it, so no client can show or store one.
"""

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field

from console.contract.base import Resource, UtcDateTime, Versioned
from console.contract.enums import (
    AgeGroup,
    Channel,
    ConsentAnswer,
    Delivery,
    InteractionState,
    OfferEndReason,
    OfferState,
    OutcomeCode,
    Presence,
    RegionLevel,
    RiskLevel,
    Role,
    RoutingState,
    Sender,
    TargetKind,
    TransferFailure,
    TransferMode,
    TransferState,
    WithoutConsentReason,
)
from console.contract.limits import MESSAGE_MAX_CHARS
from console.contract.voice import AgentLeg, VoiceSettings


class Organisation(Resource):
    id: str
    name: str


class Skills(Resource):
    channels: list[Channel] = Field(default_factory=list)
    age_groups: list[AgeGroup] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list, description="Language codes, e.g. se, nb")


class Agent(Versioned):
    display_name: str
    org: Organisation
    roles: list[Role]
    skills: Skills
    presence: Presence
    presence_since: UtcDateTime
    routing_state: RoutingState
    routing_state_since: UtcDateTime
    max_chats: int = Field(ge=1, description="How many chats this agent may hold at once")
    debrief: Literal["none", "requested", "acknowledged"] = Field(
        default="none",
        description="The volunteer asked a supervisor to talk a heavy contact through "
        "(no content is carried), and whether a supervisor has answered",
    )
    voice: VoiceSettings = Field(
        default_factory=VoiceSettings,
        description="Where this volunteer's call audio goes (PUT /v1/me/voice)",
    )


def _known_end_reason(value: object) -> object:
    """A reason added in a later v1 reads as `other`: the offer event still applies."""
    if isinstance(value, str) and value not in OfferEndReason.__members__.values():
        return OfferEndReason.OTHER
    return value


class Offer(Versioned):
    """An interaction offered to one agent; routing facts are copied so the offer stands alone."""

    interaction_id: str
    agent_id: str
    state: OfferState
    channel: Channel
    age_group: AgeGroup
    language: str
    org: Organisation
    queue_id: str
    enqueued_at: UtcDateTime
    created_at: UtcDateTime
    expires_at: UtcDateTime
    reason: Annotated[OfferEndReason | None, BeforeValidator(_known_end_reason)] = Field(
        default=None,
        description="Why the offer went away unaccepted (declined, expired, rescinded); null "
        "while pending or once accepted. Clients read a value they do not know as `other`",
    )


def _known_level(value: object) -> object:
    """A level added in a later v1 reads as unknown (None): the event still applies, and
    `risk` (the alert) does not depend on it."""
    if isinstance(value, str) and value not in RiskLevel.__members__.values():
        return None
    return value


def _known_consent(value: object) -> object:
    """A consent record with an answer or reason this client lacks is left out, not fatal."""
    if isinstance(value, dict):
        answer, reason = value.get("answer"), value.get("without_consent_reason")
        if isinstance(answer, str) and answer not in ConsentAnswer.__members__.values():
            return None
        if isinstance(reason, str) and reason not in WithoutConsentReason.__members__.values():
            return {**value, "without_consent_reason": WithoutConsentReason.OTHER}
    return value


KnownLevel = Annotated[RiskLevel | None, BeforeValidator(_known_level)]


class InteractionFlags(Resource):
    risk: bool = False
    help_requested: bool = False
    help_acknowledged: bool = False
    risk_level: KnownLevel = Field(
        default=None, description="The latest risk assessment's level (never its answers)"
    )
    risk_assessed_at: UtcDateTime | None = Field(
        default=None, description="When the latest risk assessment's level was recorded"
    )


class Consent(Resource):
    """The caller's answer to lifting anonymity, with the backend's time of recording."""

    answer: ConsentAnswer
    recorded_at: UtcDateTime
    without_consent_reason: WithoutConsentReason | None = None


class Handover(Resource):
    """What a re-routed contact brings to the receiving volunteer (only they see it)."""

    transfer_id: str = Field(description="The re-route that brought the contact here")
    from_org: Organisation = Field(description="Where the contact was answered first")
    from_queue_id: str
    note: str | None = Field(default=None, description="The first volunteer's note to you")
    consulting: bool = Field(
        default=False,
        description="True while the first volunteer still holds the caller and talks to you "
        "(a warm re-route of a call); the caller joins you when they complete",
    )


class Interaction(Versioned):
    channel: Channel
    age_group: AgeGroup
    language: str
    org: Organisation
    queue_id: str
    state: InteractionState
    agent_id: str | None = None
    on_hold: bool = False
    remote_ended: bool = False
    transfer_id: str | None = None
    flags: InteractionFlags = Field(default_factory=InteractionFlags)
    consent: Annotated[Consent | None, BeforeValidator(_known_consent)] = Field(
        default=None, description="The latest consent recorded on this contact, if any"
    )
    enqueued_at: UtcDateTime
    connected_at: UtcDateTime | None = None
    wrap_up_started_at: UtcDateTime | None = None
    closed_at: UtcDateTime | None = None
    outcome_code: OutcomeCode | None = None
    handover: Handover | None = Field(
        default=None,
        description="Set on a contact re-routed to this volunteer: note and where it came from; "
        "a chat's transcript so far comes with it as its messages",
    )
    agent_leg: AgentLeg | None = Field(
        default=None,
        description="Calls: the volunteer's own leg (phone mode: their phone ringing, answered "
        "or not answering); null for chats and before accept",
    )


class Message(Versioned):
    interaction_id: str
    seq: int = Field(ge=1, description="Position in the interaction's transcript")
    sender: Sender
    client_message_id: str | None = None
    # The backend never sends more (maxLength in the document); a client still takes a longer
    # text rather than lose a contact's words, so the limit is documented, not enforced here.
    text: str = Field(
        json_schema_extra={"maxLength": MESSAGE_MAX_CHARS},
        description=f"Plain text, never markup; at most {MESSAGE_MAX_CHARS} characters "
        "(limits.message_max_chars)",
    )
    sent_at: UtcDateTime
    delivery: Delivery
    before_handover: bool = Field(
        default=False,
        description="Copied from before a re-route: an agent line here is the first "
        "volunteer's, not this volunteer's",
    )


class MessagePage(Resource):
    messages: list[Message]


class ChannelModes(Resource):
    """What a transfer to a target does on each channel; a missing channel is not supported."""

    voice: TransferMode | None = None
    chat: TransferMode | None = None


class TransferTarget(Resource):
    id: str
    name: str
    number: str = Field(
        description="The number to dial by hand if a transfer fails; empty for a queue behind "
        "the shared number, which has none"
    )
    kind: TargetKind = Field(
        default=TargetKind.PUBLIC_SERVICE,
        description="public_service: a service outside the shared number; queue or "
        "organisation: a re-route behind the shared number (the contact stays on it)",
    )
    org: Organisation | None = Field(
        default=None, description="kind organisation: the member organisation it routes to"
    )
    age_group: AgeGroup | None = Field(
        default=None, description="kind queue: the target group it routes to"
    )
    modes: ChannelModes
    requires_municipality: bool = Field(
        description="The target routes by the calling line's location: ask for the municipality"
    )
    asks_location: bool = Field(description="The target will ask where the caller is")
    opening_hours: str | None = Field(
        default=None, description="Human-readable opening hours; null means always open"
    )
    available_now: bool


class TransferTargetList(Resource):
    targets: list[TransferTarget]


class Municipality(Resource):
    number: str = Field(description="Kommunenummer, four digits")
    name: str = Field(description="Official name, with Sámi and Kven parallel names")
    county_code: str


class MunicipalityList(Resource):
    source: str
    municipalities: list[Municipality]


class Transfer(Versioned):
    interaction_id: str
    target_id: str
    mode: TransferMode
    state: TransferState
    failure_reason: TransferFailure | None = None
    dialled_number: str = Field(description="The number the backend dialled for this transfer")
    fallback_number: str = Field(description="What the volunteer dials by hand if this fails")
    municipality_number: str | None = None
    municipality_resolved: bool = Field(
        description="False when the legevakt number is the national one, reaching the legevakt "
        "near the helpline rather than near the caller"
    )
    created_at: UtcDateTime
    updated_at: UtcDateTime


class QueueStats(Versioned):
    age_group: AgeGroup
    channel: Channel
    waiting: int = Field(ge=0)
    oldest_enqueued_at: UtcDateTime | None = None
    agents_available: int = Field(ge=0)
    rerouted: int = Field(
        default=0, ge=0, description="How many of the waiting contacts were re-routed here"
    )


class TeamMember(Versioned):
    """What a supervisor sees of a volunteer: states and tags, never content or caller data."""

    display_name: str
    org: Organisation
    presence: Presence
    presence_since: UtcDateTime
    routing_state: RoutingState
    routing_state_since: UtcDateTime
    current_channel: Channel | None = None
    current_age_group: AgeGroup | None = None
    languages: list[str] = Field(default_factory=list)
    help_requested: bool = False
    help_acknowledged: bool = False
    help_interaction_id: str | None = Field(
        default=None, description="The contact a help request is about (for acknowledging it)"
    )
    risk_flagged: bool = False
    risk_level: KnownLevel = Field(
        default=None,
        description="The highest assessed level among the volunteer's open contacts (the level "
        "only: a supervisor never sees the answers)",
    )
    risk_assessed_at: UtcDateTime | None = Field(
        default=None, description="When that level was assessed (for time since the assessment)"
    )
    open_interactions: int = Field(default=0, ge=0)
    debrief: Literal["none", "requested", "acknowledged"] = "none"


class TeamStatus(Resource):
    agents: list[TeamMember]
    queues: list[QueueStats]


class LocalText(Resource):
    """One text in the directory's languages; a client falls back to nb, then en."""

    nb: str
    nn: str | None = None
    se: str | None = None
    en: str | None = None


class Region(Resource):
    level: RegionLevel
    code: str | None = Field(
        default=None, description="County code or kommunenummer; null when national"
    )


class PrivateFields(Resource):
    """For the volunteer's eyes only: never shared with the person in the contact."""

    note: LocalText | None = None
    direct_phone: str | None = Field(default=None, description="A line for professionals only")


class DirectoryEntry(Resource):
    id: str
    name: LocalText
    description: LocalText
    opening_hours: LocalText | None = Field(default=None, description="Null: not stated")
    phone: str | None = None
    web: str | None = None
    target_groups: list[AgeGroup] = Field(description="Whom the service is for")
    age_floor: int | None = Field(
        default=None, ge=0, le=120, description="Youngest age the service is for, e.g. 13 or 16"
    )
    region: Region
    source: str = Field(description="The public source the entry was checked against")
    verified: bool = Field(description="False: not yet checked against its source")
    private: PrivateFields | None = Field(
        default=None, description="For the volunteer only; a client never puts it into a chat"
    )


class ResourceDirectory(Resource):
    version: str = Field(description="Changes whenever an entry changes; clients cache by it")
    sample: bool = Field(description="True: sample data, to be maintained by the coordinator")
    entries: list[DirectoryEntry]


class AuthInfo(Resource):
    issuer: str
    client_id: str
    authorization_endpoint: str
    token_endpoint: str
    revocation_endpoint: str
    scopes: list[str]


class Limits(Resource):
    max_chats: int
    message_max_chars: int
    offer_timeout_s: float
    note_max_chars: int


class Meta(Resource):
    api_version: str
    min_client_version: str
    server_time: UtcDateTime
    auth: AuthInfo
    features: list[str]
    limits: Limits
    outcome_codes: list[OutcomeCode]
    organisations: list[Organisation]


class Snapshot(Resource):
    """Everything a client needs after (re)connecting; `as_of` is the stream cursor it covers."""

    as_of: int = Field(ge=0)
    me: Agent
    offers: list[Offer]
    interactions: list[Interaction]
    messages: list[Message]
    transfers: list[Transfer]
    team: list[TeamMember] | None = None
    queues: list[QueueStats] | None = None


class TokenResponse(Resource):
    access_token: str
    token_type: str
    expires_in: int
    refresh_token: str | None = None
    scope: str | None = None

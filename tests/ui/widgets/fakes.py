"""Small stand-ins for the widgets' narrow dependencies, and contract resources to feed them.

No simulator and no core here: each widget is tested alone. All of it runs on the GUI thread.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Signal

from console.contract.enums import (
    AgeGroup,
    Channel,
    OfferState,
    Presence,
    RoutingState,
    TransferMode,
    TransferState,
)
from console.contract.resources import (
    ChannelModes,
    Municipality,
    Offer,
    Organisation,
    TeamMember,
    Transfer,
    TransferTarget,
)

ORG = Organisation(id="mental-helse", name="Mental Helse")


def offer(
    offer_id: str,
    waited_s: float = 30,
    left_s: float = 20,
    channel: Channel = Channel.VOICE,
    age_group: AgeGroup = AgeGroup.ADULT,
    language: str = "nb",
) -> Offer:
    now = datetime.now(UTC)
    return Offer(
        id=offer_id,
        version=1,
        interaction_id=f"interaction-{offer_id}",
        agent_id="demo-volunteer",
        state=OfferState.PENDING,
        channel=channel,
        age_group=age_group,
        language=language,
        org=ORG,
        queue_id="adult-voice",
        enqueued_at=now - timedelta(seconds=waited_s),
        created_at=now,
        expires_at=now + timedelta(seconds=left_s),
    )


LEGEVAKT = TransferTarget(
    id="legevakt",
    name="Legevakt",
    number="116117",
    modes=ChannelModes(voice=TransferMode.WARM_VOICE, chat=TransferMode.CALL_ON_BEHALF),
    requires_municipality=True,
    asks_location=False,
    available_now=True,
)
AMK = TransferTarget(
    id="amk",
    name="AMK",
    number="113",
    modes=ChannelModes(voice=TransferMode.WARM_VOICE, chat=TransferMode.CALL_ON_BEHALF),
    requires_municipality=False,
    asks_location=True,
    available_now=True,
)
CHILD_LINE = TransferTarget(
    id="alarmtelefonen",
    name="Alarmtelefonen",
    number="116111",
    modes=ChannelModes(voice=TransferMode.WARM_VOICE, chat=TransferMode.CHAT_HANDOVER),
    requires_municipality=False,
    asks_location=False,
    opening_hours="15-22",
    available_now=False,
)
MUNICIPALITIES = [
    Municipality(number="5601", name="Alta", county_code="56"),
    Municipality(number="5626", name="Kárášjohka - Karasjok", county_code="56"),
]


def transfer(
    target: TransferTarget,
    state: TransferState,
    transfer_id: str = "transfer-1",
    resolved: bool = True,
) -> Transfer:
    now = datetime.now(UTC)
    return Transfer(
        id=transfer_id,
        version=1,
        interaction_id="interaction-1",
        target_id=target.id,
        mode=TransferMode.WARM_VOICE,
        state=state,
        dialled_number=target.number,
        fallback_number=target.number,
        municipality_resolved=resolved,
        created_at=now,
        updated_at=now,
    )


def member(
    member_id: str,
    name: str,
    presence: Presence = Presence.AVAILABLE,
    routing_state: RoutingState = RoutingState.IDLE,
    since_s: float = 60,
    **changes: object,
) -> TeamMember:
    since = datetime.now(UTC) - timedelta(seconds=since_s)
    fields: dict[str, object] = {
        "id": member_id,
        "version": 1,
        "display_name": name,
        "org": ORG,
        "presence": presence,
        "presence_since": since,
        "routing_state": routing_state,
        "routing_state_since": since,
        "languages": ["nb"],
    }
    return TeamMember.model_validate(fields | changes)


class FakeOperation(QObject):
    """What the bridge hands back for a command: the widget listens to `failed`."""

    failed = Signal(object)


@dataclass
class FakeTransferCommands:
    """The TransferCommands protocol, recording each call (GUI thread only)."""

    calls: list[tuple[str, ...]] = field(default_factory=list)
    operations: list[FakeOperation] = field(default_factory=list)

    def start_transfer(
        self,
        interaction_id: str,
        target_id: str,
        municipality: str | None = None,
        note: str | None = None,
    ) -> FakeOperation:
        self.calls.append(("start", interaction_id, target_id, str(municipality), str(note)))
        operation = FakeOperation()
        self.operations.append(operation)
        return operation

    def complete_transfer(self, transfer_id: str) -> None:
        self.calls.append(("complete", transfer_id))

    def cancel_transfer(self, transfer_id: str) -> None:
        self.calls.append(("cancel", transfer_id))

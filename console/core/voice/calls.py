"""Whether a call is bridged into the softphone now, from what the backend said (the store).

The softphone carries audio only then (contract v1, "Voice": each accepted call is bridged
into the persistent session; between calls it carries nothing worth sending). A voice call of
this volunteer that is active with its agent leg connected is bridged, on hold or in a consult
included (the volunteer may talk to the transfer target, and a resumed caller must be heard at
once). Wrap-up, ended, abandoned and a phone-mode leg that is still ringing are not.
"""

from collections.abc import Iterable

from console.contract.enums import Channel, InteractionState
from console.contract.resources import Interaction
from console.contract.voice import AgentLeg
from console.core.store import Change, Kind, StateStore
from console.core.voice.softphone import Softphone


def call_bridged(interactions: Iterable[Interaction]) -> bool:
    return any(
        ix.channel is Channel.VOICE
        and ix.state is InteractionState.ACTIVE
        and ix.agent_leg is AgentLeg.CONNECTED
        for ix in interactions
    )


class CallFollower:
    """Tells the softphone when a call is bridged into it; core thread only (the store calls
    it there with each batch of changes)."""

    def __init__(self, store: StateStore, phone: Softphone) -> None:
        self._store = store
        self._phone = phone
        store.subscribe(self._changed)
        self.follow()

    def follow(self) -> None:
        self._phone.set_in_call(call_bridged(self._store.interactions()))

    def _changed(self, changes: list[Change]) -> None:
        if any(change.kind is Kind.INTERACTION for change in changes):
            self.follow()

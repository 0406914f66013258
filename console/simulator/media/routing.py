"""Who hears whom, from a call's state (the audio semantics of contract v1, "Voice").

active: caller and volunteer hear each other; on hold: the caller hears the hold tone and
never the volunteer; consulting: volunteer and target hear each other, the caller the hold
tone; completed: caller and target are bridged, the volunteer's leg is dropped; ended: nothing.
"""

from dataclasses import dataclass
from enum import StrEnum

from console.contract.enums import InteractionState, TransferMode, TransferState
from console.contract.resources import Interaction, Transfer
from console.contract.voice import AgentLeg


class Source(StrEnum):
    VOLUNTEER = "volunteer"
    CALLER = "caller"
    TARGET = "target"
    HOLD = "hold"


@dataclass(frozen=True)
class Paths:
    volunteer_hears: Source | None = None
    caller_hears: Source | None = None
    target_hears: Source | None = None


SILENT = Paths()


def paths(interaction: Interaction, transfers: list[Transfer]) -> Paths:
    """`transfers`: this interaction's transfers (any state)."""
    completed = any(
        t.state is TransferState.COMPLETED and t.mode is TransferMode.WARM_VOICE for t in transfers
    )
    if completed and interaction.state is not InteractionState.ABANDONED:
        return Paths(caller_hears=Source.TARGET, target_hears=Source.CALLER)
    if interaction.state is not InteractionState.ACTIVE:
        return SILENT
    if interaction.agent_leg is not AgentLeg.CONNECTED:
        return SILENT
    running = next(
        (
            t
            for t in transfers
            if t.id == interaction.transfer_id and t.mode is TransferMode.WARM_VOICE
        ),
        None,
    )
    if running is not None and running.state is TransferState.CONSULTING:
        return Paths(
            volunteer_hears=Source.TARGET,
            caller_hears=Source.HOLD,
            target_hears=Source.VOLUNTEER,
        )
    if interaction.on_hold:
        return Paths(caller_hears=Source.HOLD)
    return Paths(volunteer_hears=Source.CALLER, caller_hears=Source.VOLUNTEER)

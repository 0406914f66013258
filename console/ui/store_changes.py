"""Each change from the store, handed to the one part of the window it concerns: one handler
per kind of change, looked up in a map (a new kind without a handler fails loudly in tests)."""

from collections.abc import Callable
from typing import Protocol

from console.contract.resources import (
    Agent,
    Interaction,
    Message,
    Offer,
    QueueStats,
    TeamMember,
    Transfer,
)
from console.core.store import Change
from console.core.store import Kind as ChangeKind


class ShiftView(Protocol):
    """The shift page as store changes see it; called on the GUI thread only."""

    def set_me(self, me: Agent) -> None: ...
    def offer_changed(self, offer: Offer, removed: bool) -> None: ...
    def interaction_changed(self, interaction: Interaction, removed: bool) -> None: ...
    def transfer_changed(self, transfer: Transfer) -> None: ...
    def message_added(self, message: Message) -> None: ...


class TeamView(Protocol):
    """The team view as store changes see it; called on the GUI thread only."""

    def upsert_member(self, member: TeamMember) -> None: ...
    def set_queue(self, stats: QueueStats) -> None: ...


class StoreChanges:
    """Routes store changes. GUI thread only: the window calls `apply` from the bridge's
    resourceChanged signal (queued onto the GUI thread)."""

    def __init__(
        self,
        shift: ShiftView,
        team: Callable[[], TeamView | None],
        me_changed: Callable[[], None],
    ) -> None:
        self._shift = shift
        self._team = team  # only supervisors have a team view, made when `me` says so
        self._me_changed = me_changed
        self.handlers: dict[ChangeKind, Callable[[Change], None]] = {
            ChangeKind.ME: self._me,
            ChangeKind.TEAM: self._team_member,
            ChangeKind.QUEUE: self._queue,
            ChangeKind.OFFER: self._offer,
            ChangeKind.INTERACTION: self._interaction,
            ChangeKind.TRANSFER: self._transfer,
            ChangeKind.MESSAGE: self._message,
        }

    def apply(self, change: Change) -> None:
        self.handlers[change.kind](change)

    def _me(self, change: Change) -> None:
        self._shift.set_me(change.value)
        self._me_changed()

    def _team_member(self, change: Change) -> None:
        team = self._team()
        if team is not None:
            team.upsert_member(change.value)

    def _queue(self, change: Change) -> None:
        team = self._team()
        if team is not None:
            team.set_queue(change.value)

    def _offer(self, change: Change) -> None:
        self._shift.offer_changed(change.value, change.removed)

    def _interaction(self, change: Change) -> None:
        self._shift.interaction_changed(change.value, change.removed)

    def _transfer(self, change: Change) -> None:
        if not change.removed:
            self._shift.transfer_changed(change.value)

    def _message(self, change: Change) -> None:
        if not change.removed:
            self._shift.message_added(change.value)

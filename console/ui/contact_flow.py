"""Where the focus goes after each step of a contact, and the commands that tell the page.

Focus is a safety feature: after accept, flag, ask-supervisor, complete or cancel a transfer,
end and wrap-up, the focus goes where the volunteer acts next (the reply box in a chat, Hold in
a call, the outcome in wrap-up), never to a button that declines, transfers or ends.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from console.contract.enums import Channel, FlagKind, InteractionState, OutcomeCode
from console.ui.contact_panel import ContactPanel
from console.ui.end_undo import EndUndo


def next_step(panel: ContactPanel) -> QWidget:
    """The control in `panel` where the volunteer acts next; never a destructive one."""
    ix = panel.interaction
    if ix.state is InteractionState.WRAP_UP:
        return wrap_up_start(panel)
    if ix.channel is not Channel.VOICE and panel.chat_input.isEnabled():
        return panel.chat_input
    if panel.hold_button.isVisibleTo(panel) and panel.hold_button.isEnabled():
        return panel.hold_button
    return panel  # the call panel itself: nothing on it is pressed by a stray key


def wrap_up_start(panel: ContactPanel) -> QWidget:
    """Where wrap-up begins: the record form's first call type (never a one-click closer),
    or the outcome list where there is no form (training, an older backend)."""
    form = panel.record_form
    if form is not None:
        first = next(iter(form.call_type_buttons.values()), None)
        return first if first is not None else form
    return panel.outcome


class FlowCommands:
    """The session's contact commands as a contact panel sees them, with two differences:
    an end waits in the undo bar, and each step tells the page so it can move the focus.
    GUI thread only (the panels call it from their slots)."""

    def __init__(self, commands: Any, undo: EndUndo, asked: Callable[[str, str], None]) -> None:
        self._commands = commands
        self._undo = undo
        self._asked = asked

    def end(self, interaction_id: str) -> object:
        self._undo.request(interaction_id)
        self._asked("end", interaction_id)
        return None

    def flag(self, interaction_id: str, kind: FlagKind) -> object:
        result = self._commands.flag(interaction_id, kind)
        self._asked("flag", interaction_id)
        return result

    def wrap_up(self, interaction_id: str, outcome: OutcomeCode, note: str | None) -> object:
        result = self._commands.wrap_up(interaction_id, outcome, note)
        self._asked("wrap_up", interaction_id)
        return result

    def complete_transfer(self, transfer_id: str) -> object:
        result = self._commands.complete_transfer(transfer_id)
        self._asked("complete_transfer", transfer_id)
        return result

    def cancel_transfer(self, transfer_id: str) -> object:
        result = self._commands.cancel_transfer(transfer_id)
        self._asked("cancel_transfer", transfer_id)
        return result

    def __getattr__(self, name: str) -> Any:
        # Everything else (hold, send, transfers...) goes to the session unchanged.
        return getattr(self._commands, name)

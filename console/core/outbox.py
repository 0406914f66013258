"""Chat messages on their way out (pure data, shared with the UI)."""

from dataclasses import dataclass, field
from enum import StrEnum

from console.core.commands import Command


class OutboxState(StrEnum):
    SENDING = "sending"
    UNSENT = "unsent"  # could not be sent; retried when the connection is back
    SENT = "sent"


@dataclass(frozen=True)
class OutgoingMessage:
    """A chat message the volunteer wrote; its command (and so its ids) never changes."""

    interaction_id: str
    client_message_id: str
    text: str
    state: OutboxState
    command: Command = field(repr=False)

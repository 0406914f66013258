"""The observable state of the connection to the backend (pure data, no I/O)."""

from dataclasses import dataclass
from enum import StrEnum

from console.core.errors import ErrorKind


class Phase(StrEnum):
    CONNECTING = "connecting"
    LIVE = "live"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"  # gave up: signed out, or access refused


@dataclass(frozen=True)
class ConnectionState:
    phase: Phase
    next_attempt_at: float | None = None  # wall-clock seconds, for a countdown
    attempt: int = 0
    error: ErrorKind | None = None
    # The stream task failed in a way nobody foresaw and was restarted: the UI says so plainly.
    stopped_unexpectedly: bool = False

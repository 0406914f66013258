"""A logical command to the backend (pure data: what to send, and the key that makes it once)."""

import uuid
from dataclasses import dataclass, field

from pydantic import BaseModel


@dataclass(frozen=True)
class Command:
    """One logical command: its key survives retries (automatic or by the user)."""

    method: str
    path: str
    body: BaseModel | None = None
    retry: bool = True
    key: str = field(default_factory=lambda: str(uuid.uuid4()))

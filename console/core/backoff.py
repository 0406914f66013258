"""Reconnect delays: exponential backoff with full jitter, never below the server's floor."""

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """Reconnect delays with jitter; used by the event stream on the core thread only."""

    base_s: float = 0.5
    cap_s: float = 30.0
    floor_s: float = 0.0  # from the server's `retry:` field
    attempt: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self) -> float:
        ceiling = min(self.cap_s, self.base_s * (2**self.attempt))
        self.attempt += 1
        # The floor comes from the server: capped too, so no `retry:` can mean a day's wait.
        return max(min(self.floor_s, self.cap_s), self.rng.uniform(0.0, ceiling))

    def reset(self) -> None:
        self.attempt = 0

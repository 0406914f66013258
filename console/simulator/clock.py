"""The simulator's clock and timer scheduler.

Time can be advanced through the admin API so tests of expiry, token lifetime and long shifts
run in seconds. All deadlines use this clock, never the wall clock directly.
"""

import asyncio
import contextlib
import heapq
import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

log = logging.getLogger(__name__)


class SimClock:
    def __init__(self) -> None:
        self._offset = 0.0

    def monotonic(self) -> float:
        return time.monotonic() + self._offset

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(seconds=self._offset)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        self._offset += seconds


@dataclass(order=True)
class _Timer:
    due: float
    seq: int
    callback: Callable[[], object] = field(compare=False)
    cancelled: bool = field(default=False, compare=False)


class TimerHandle:
    def __init__(self, timer: _Timer) -> None:
        self._timer = timer

    def cancel(self) -> None:
        self._timer.cancelled = True


class Scheduler:
    """Runs callbacks at simulator-clock deadlines on the server's event loop."""

    def __init__(self, clock: SimClock, raise_errors: bool = False) -> None:
        self._clock = clock
        self._raise_errors = raise_errors
        self._heap: list[_Timer] = []
        self._seq = itertools.count()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def call_later(self, delay_s: float, callback: Callable[[], object]) -> TimerHandle:
        timer = _Timer(self._clock.monotonic() + max(0.0, delay_s), next(self._seq), callback)
        heapq.heappush(self._heap, timer)
        self._wake.set()
        return TimerHandle(timer)

    def start(self) -> None:
        # A fresh event: after a restart the server runs on a new event loop.
        self._wake = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(self._run(), name="sim-scheduler")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def pending(self) -> int:
        return sum(1 for t in self._heap if not t.cancelled)

    def run_due(self) -> None:
        now = self._clock.monotonic()
        while self._heap and (self._heap[0].cancelled or self._heap[0].due <= now):
            timer = heapq.heappop(self._heap)
            if not timer.cancelled:
                try:
                    timer.callback()
                except Exception:
                    if self._raise_errors:
                        raise
                    # One faulty timer must not stop the simulated world.
                    log.exception("simulator timer failed")

    async def _run(self) -> None:
        while True:
            self.run_due()
            timeout = self._heap[0].due - self._clock.monotonic() if self._heap else 1.0
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=max(0.0, min(timeout, 1.0)))

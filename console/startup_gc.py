"""Python's cycle collector waits while the console starts, then scans the start once.

Starting creates some 110,000 objects that live as long as the process: Qt's wrappers, httpx,
the contract's pydantic models. The cycle collector, run every 700 allocations, walks them
again and again while they are being made: about 40 ms of CPU in a start that `make bench`
measures as `cold_start_s` (design-core.md, "Cold start"). Reference counting frees objects as
usual while it waits; only the search for reference cycles is postponed.

Once the shift is live (or the start failed, or the sign-in page is showing), one collection
runs and whatever survived it is frozen (`gc.freeze`): the start's modules and classes are
never scanned again, which also shortens every later full collection on the GUI thread during
the shift.

Only `python -m console` (and the benchmark that measures its start) holds collection: a test
process building many consoles never does.

Threads: `DeferredCollection` is made and released on the GUI thread (or before Qt exists).
"""

import gc
import logging
import time

log = logging.getLogger(__name__)


class DeferredCollection:
    """Holds cycle collection from construction until `release` (idempotent)."""

    def __init__(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.held = True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        started = time.perf_counter()
        gc.collect()
        gc.freeze()
        if self._was_enabled:
            gc.enable()
        log.debug(
            "start-up collection: %.0f ms, %d objects frozen",
            (time.perf_counter() - started) * 1000,
            gc.get_freeze_count(),
        )

"""Once the shift is live, what the start built is set aside from Python's cycle collector.

The start leaves some 110,000 objects that live as long as the process: modules, classes, Qt's
wrappers, the contract's pydantic models. Python's full collection walks every one of them each
time it runs, and a burst of events can set one off in the middle of the burst: the 5,000 offers
of `make bench` stalled the window 54-72 ms with the walk, 28-34 ms without it. `gc.freeze()`
moves everything alive into a generation that no collection scans, so later full collections
walk only what the shift itself made.

First the young generations are collected (a few thousand objects, about a millisecond), so
that what the sign-in left for collection is not frozen with the rest. A full collection at this
point was tried and dropped: it stalls the window 70-85 ms just as the first offers arrive
(docs/design-core.md, "Cold start").

Only `python -m console` freezes: a test process builds many consoles, and its leak checks must
still find every object.

GUI thread (from the bridge's `started` signal).
"""

import gc


def freeze_the_start() -> int:
    """Collect the young generations, freeze every survivor; how many are frozen now."""
    gc.collect(1)
    gc.freeze()
    return gc.get_freeze_count()

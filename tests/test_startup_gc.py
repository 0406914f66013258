"""Cycle collection waits during the start and resumes, scanning the start once, when released."""

import gc
import weakref
from collections.abc import Iterator

import pytest

from console.startup_gc import DeferredCollection


class Node:
    """An object in a reference cycle: only the cycle collector can free it."""

    def __init__(self) -> None:
        self.me: Node | None = self


@pytest.fixture
def restored_collector() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.unfreeze()  # the frozen objects go back to the oldest generation
    if enabled:
        gc.enable()


@pytest.mark.usefixtures("restored_collector")
def test_cycles_wait_for_the_release_then_are_freed_and_survivors_frozen() -> None:
    collection = DeferredCollection()
    assert not gc.isenabled()
    garbage = Node()
    gone = weakref.ref(garbage)
    del garbage
    for _ in range(10_000):  # allocations that would have set off the collector many times
        Node().me = None
    assert gone() is not None, "a cycle was collected while collection was held"
    kept = Node()
    collection.release()
    assert gone() is None
    assert gc.isenabled()
    assert not collection.held
    assert gc.get_freeze_count() > 0
    # Still tracked, but in the permanent generation that no collection scans.
    assert gc.is_tracked(kept)
    assert not any(obj is kept for obj in gc.get_objects())
    frozen = gc.get_freeze_count()
    collection.release()  # a second release (the time limit after the shift went live)
    assert gc.get_freeze_count() == frozen


@pytest.mark.usefixtures("restored_collector")
def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    collection = DeferredCollection()
    collection.release()
    assert not gc.isenabled()

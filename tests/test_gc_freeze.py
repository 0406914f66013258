"""What the start built is frozen out of the cycle collector's scans; young garbage is not."""

import gc
import weakref
from collections.abc import Iterator

import pytest

from console.gc_freeze import freeze_the_start


class Node:
    """An object in a reference cycle: only the cycle collector can free it."""

    def __init__(self) -> None:
        self.me: Node | None = self


@pytest.fixture
def unfrozen_after() -> Iterator[None]:
    yield
    gc.unfreeze()  # back into the oldest generation: the rest of the run scans them as before


@pytest.mark.usefixtures("unfrozen_after")
def test_survivors_are_frozen_and_young_garbage_is_collected_first() -> None:
    gc.collect()
    kept = Node()
    garbage = Node()
    gone = weakref.ref(garbage)
    del garbage
    frozen = freeze_the_start()
    assert gone() is None, "young garbage was frozen with the start"
    assert frozen == gc.get_freeze_count() > 0
    # Still alive and tracked, but in the generation no collection scans.
    assert gc.is_tracked(kept)
    assert not any(obj is kept for obj in gc.get_objects())

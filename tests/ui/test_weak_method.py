"""weak_method: a child's link to its parent's method that keeps no parent alive."""

import gc
import weakref

import pytest

from console.ui.weak_method import weak_method


class Parent:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def add(self, text: str, suffix: str = "") -> int:
        self.calls.append(text + suffix)
        return len(self.calls)

    def fail(self) -> None:
        raise ValueError("refused")


def test_calls_answers_and_raises_as_the_method_does() -> None:
    parent = Parent()
    add = weak_method(parent.add)
    assert add("a") == 1
    assert add("b", suffix="!") == 2
    assert parent.calls == ["a", "b!"]
    with pytest.raises(ValueError, match="refused"):
        weak_method(parent.fail)()


def test_holds_no_reference_and_does_nothing_once_the_object_is_gone() -> None:
    parent = Parent()
    alive = weakref.ref(parent)
    add = weak_method(parent.add)
    gc.disable()  # freed by reference counting alone: no cycle
    try:
        del parent
        assert alive() is None
    finally:
        gc.enable()
    assert add("late") is None

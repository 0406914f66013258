"""A child widget's callback into its parent, held weakly.

A widget that keeps a parent's bound method (`self._insert = insert`) closes a reference cycle:
parent -> child -> bound method -> parent. When the contact closes, Qt deletes the C++ widgets
at once, but the Python side of such a cycle (the panel, its forms, its transcript's messages)
stays in memory until Python's next full garbage collection, which in a console with a large
heap can be many contacts away: memory grows, and a caller's words linger after the contact.
A signal connection makes no such cycle (Qt holds it, and drops it with the widget), so a
child that only tells its parent something emits a signal; one that needs the parent's answer
or exceptions synchronously (sending a message, starting a transfer) holds this weak link.
"""

import weakref
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def weak_method(method: Callable[P, R]) -> Callable[P, R | None]:
    """Call `method` (a bound method) for as long as its object lives; after that, do nothing
    and return None. Calls, answers and exceptions are otherwise the method's own."""
    ref = weakref.WeakMethod(method)

    def call(*args: P.args, **kwargs: P.kwargs) -> R | None:
        bound = ref()
        if bound is None:
            return None
        result: R = bound(*args, **kwargs)
        return result

    return call

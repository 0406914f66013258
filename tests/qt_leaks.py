"""Leak checks for Qt tests: windows left open and timers left running fail the test.

Imports Qt, so only tests/conftest.py's guarded fixture imports it, and only for tests that use
`qapp` (the core and contract tests run with PySide6 blocked).

Everything here runs on the GUI thread, in a test's setup and teardown.

Why these methods:
- Windows: QApplication.topLevelWidgets() is Qt's own list of every window, shown or hidden,
  parentless or a dialog with a parent. Compared before/after by wrapper identity: the "before"
  wrappers are kept for the test's length, so PySide hands back the same objects for them.
- Timers: a QTimer made from Python always has a Python wrapper (a parented one is kept alive by
  its parent), and only gc.get_objects() finds the wrappers of timers whose owner is a parentless
  QObject (a bridge never shut down); a walk of Qt's object tree cannot reach those. It needs
  no patching of product classes and costs about 15 ms per scan on a console test's heap.
  Timers with no wrapper are not seen: Qt's own (not ours to judge) and the callable form of
  QTimer.singleShot (console/app.py has one, for a timed screenshot; no test arms it).
- Deferred deletes first: qtbot closes its widgets with deleteLater(), which processEvents()
  alone does not run outside an event loop; sendPostedEvents(None, DeferredDelete) does.
  Only when something looks leaked is a full gc.collect() run (slow on a big heap), to free
  Python-owned objects caught in reference cycles before declaring them leaked.
"""

import gc
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

T = TypeVar("T", bound=QObject)


def flush_deletes() -> None:
    """Run pending deleteLater()s (twice: a deletion can schedule another)."""
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def live(obj: QObject) -> bool:
    return Shiboken.isValid(obj)


def top_level_widgets() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if live(w)]


def timer_classes() -> set[type[QTimer]]:
    """QTimer and every subclass loaded so far (asked each time: subclasses appear on import)."""
    found: set[type[QTimer]] = {QTimer}
    pending: list[type[QTimer]] = [QTimer]
    while pending:
        subclasses: list[type[QTimer]] = pending.pop().__subclasses__()
        for sub in subclasses:
            if sub not in found:
                found.add(sub)
                pending.append(sub)
    return found


def active_timers() -> list[QTimer]:
    """Every running QTimer that Python made (see the module docstring for why gc).

    `type(obj) in kinds` rather than isinstance(): isinstance goes through Shiboken's metatype
    for each of the ~150,000 objects of a console test and is four times slower.
    """
    kinds = timer_classes()
    timers = [obj for obj in gc.get_objects() if type(obj) in kinds]
    return [timer for timer in timers if live(timer) and timer.isActive()]


def describe_widget(widget: QWidget) -> str:
    shown = "shown" if widget.isVisible() else "hidden"
    name = widget.objectName() or "-"
    return f"{type(widget).__name__}(objectName={name!r}, {shown})"


def describe_timer(timer: QTimer) -> str:
    owner = timer.parent()
    owner_text = "no parent" if owner is None else f"owned by {type(owner).__name__}"
    kind = "single-shot" if timer.isSingleShot() else "repeating"
    return f"QTimer({kind}, {timer.interval()} ms, {owner_text})"


def _new(after: list[T], before: list[T]) -> list[T]:
    known = {id(obj) for obj in before}
    return [obj for obj in after if id(obj) not in known]


@dataclass
class QtLeakCheck:
    """What existed before a test; `leaks()` says what the test left behind."""

    widgets_before: list[QWidget] = field(default_factory=list)
    timers_before: list[QTimer] = field(default_factory=list)

    @classmethod
    def start(cls) -> "QtLeakCheck":
        flush_deletes()
        return cls(top_level_widgets(), active_timers())

    def _found(self) -> tuple[list[QWidget], list[QTimer]]:
        flush_deletes()
        return (
            _new(top_level_widgets(), self.widgets_before),
            _new(active_timers(), self.timers_before),
        )

    def leaks(self) -> list[str]:
        """What the test left behind, described; each leak is then cleared for the next test."""
        widgets, timers = self._found()
        if widgets or timers:
            del widgets, timers
            gc.collect()  # Python-owned objects in cycles: free them before judging
            widgets, timers = self._found()
        found = [f"window left open: {describe_widget(w)}" for w in widgets]
        found += [f"timer left running: {describe_timer(t)}" for t in timers]
        for timer in timers:
            timer.stop()
        for widget in widgets:
            widget.close()
            widget.deleteLater()
        flush_deletes()
        return found

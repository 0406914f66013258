"""What a closed contact leaves outside its own panel, let go once the panel is deleted.

Style pixmaps: Qt's styles draw scroll bars, spin boxes and combo box frames once into
QPixmapCache and reuse the picture, keyed by the widget's palette among other things. Under our
style sheet every new widget gets a palette of its own, so the pictures of a closed contact's
widgets can never be used again; the cache lets them go only at its limit (10 MB by default), so
until then each contact left about 25 kB behind. Clearing the cache when a contact's panel is
gone drops them; the widgets still shown draw their few pictures again on their next paint.

Freed heap: then the memory the contact's panel freed goes back to the operating system where
the C library allows it (console/heap.py says why).

GUI thread only (the panel's `destroyed` signal and the single-shot timer run there).
"""

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPixmapCache

from console.heap import return_free_heap


def release_when_deleted(panel: QObject) -> None:
    """Once `panel` (a closed contact's) is deleted, release what it left outside itself. Called
    when the contact closes; the release waits for the deletion to have finished."""
    panel.destroyed.connect(_release_soon)


def _release_soon() -> None:
    # `destroyed` is emitted while the panel is being deleted: release after it is done.
    QTimer.singleShot(0, release_after_contact)


def release_after_contact() -> None:
    QPixmapCache.clear()
    return_free_heap()  # last: the pictures' memory too

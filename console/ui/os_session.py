"""When the operating system locks the screen, the console locks too (shared PCs).

Linux desktops announce a locked screen on the session bus: `ActiveChanged(true)` from the
freedesktop screensaver (KDE, Xfce, Cinnamon, ...) or from GNOME's. Windows and macOS are not
watched yet (docs/reliability.md): there the idle lock is the safeguard.
"""

from typing import cast

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

# PySide6 wants the slot signature as text here (its type stubs say bytes, which fails).
HANDLER = cast(bytes, SLOT("screensaver_changed(bool)"))
SCREENSAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class OsSessionWatcher(QObject):
    """Created and called on the GUI thread, where its session-bus signals arrive."""

    locked = Signal()

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self.watching = False
        if not self._bus.isConnected():
            return  # no session bus (a server, a test without one): nothing to watch
        for path, interface in SCREENSAVERS:
            connected = self._bus.connect(
                "",
                path,
                interface,
                "ActiveChanged",
                self,
                HANDLER,
            )
            self.watching = self.watching or connected

    @Slot(bool)
    def screensaver_changed(self, active: bool) -> None:
        if active:
            self.locked.emit()

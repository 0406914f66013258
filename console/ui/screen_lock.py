"""Locking the console (idle, or the OS session locked): every caller panel is hidden and no
new contact comes; a call in progress stays up. Unlocking needs the same volunteer to sign in."""

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QStackedWidget, QWidget

from console.bridge.operations import Operation
from console.contract.enums import Presence
from console.contract.resources import Agent
from console.core.errors import CoreError, ErrorKind
from console.ui.idle_lock import LockPage
from console.ui.labels import error_message
from console.ui.page import Page


class LockCommands(Protocol):
    """What locking may ask of the session (narrow on purpose).

    Called on the GUI thread only; the bridge that implements it hands the work to the core thread.
    """

    def set_presence(self, presence: Presence) -> object: ...
    def reauthenticate(self) -> Operation: ...


class ScreenLock(QObject):
    """Locks and unlocks the window's pages. GUI thread only: watchers' signals and the lock
    page's button call in; the outcome of re-authentication arrives through the bridge."""

    def __init__(
        self,
        pages: QStackedWidget,
        views: QWidget,
        lock_page: LockPage,
        me: Callable[[], Agent | None],
        commands: LockCommands,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pages = pages
        self._views = views
        self._page = lock_page
        self._me = me
        self._commands = commands
        self.locked = False
        lock_page.unlockRequested.connect(self._unlock_requested)

    @Slot()
    def lock(self) -> None:
        """Hide every caller panel and stop new contacts; a call in progress stays up."""
        if self.locked or self._pages.currentIndex() != Page.SHIFT:
            return  # not signed in yet: there is nothing to hide
        self.locked = True
        self._views.setEnabled(False)  # no shortcut reaches a hidden contact
        self._pages.setCurrentIndex(Page.LOCKED)
        self._page.error.setText("")
        me = self._me()
        if me is not None and me.presence is Presence.AVAILABLE:
            self._commands.set_presence(Presence.BUSY)

    @Slot()
    def _unlock_requested(self) -> None:
        self._page.unlock_button.setEnabled(False)
        operation = self._commands.reauthenticate()
        operation.succeeded.connect(self._unlocked)
        operation.failed.connect(self._unlock_failed)

    @Slot(object)
    def _unlocked(self, _result: object) -> None:
        self.locked = False
        self._views.setEnabled(True)
        self._pages.setCurrentIndex(Page.SHIFT)
        self._page.unlock_button.setEnabled(True)

    @Slot(object)
    def _unlock_failed(self, error: object) -> None:
        self._page.unlock_button.setEnabled(True)
        if isinstance(error, CoreError) and error.kind is ErrorKind.FORBIDDEN:
            self._page.error.setText(
                QCoreApplication.translate(
                    "IdleLock",
                    "Someone else signed in. The console stays locked: the volunteer on this "
                    "shift must sign in.",
                )
            )
        else:
            self._page.error.setText(error_message(error))

"""The volunteer's window: composes the pages, menus, lock and notifications, and hands each
change from the bridge to the part of the window it concerns."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from console.bridge.session_bridge import SessionBridge
from console.config.shortcuts import DEFAULTS as DEFAULT_KEYS
from console.contract.resources import Agent, Municipality
from console.core.connection import ConnectionState, Phase
from console.core.store import Change
from console.i18n import mark_partial_languages
from console.ui import accessibility, actions, shortcut_sheet, window_memory
from console.ui.actions import ActionName
from console.ui.idle_lock import IdleWatcher, LockPage
from console.ui.labels import error_message
from console.ui.language_menu import LANGUAGES, LanguagePolicy, add_languages
from console.ui.notifications import Notifier, RingRepeater
from console.ui.os_session import OsSessionWatcher
from console.ui.page import Page
from console.ui.ring import RingPlayer
from console.ui.role_views import RoleViews
from console.ui.screen_lock import ScreenLock
from console.ui.shift_page import ShiftPage
from console.ui.sign_in_page import SignInPage
from console.ui.store_changes import StoreChanges
from console.ui.style import Appearance
from console.ui.supervisor_view import SupervisorView
from console.ui.training import TrainingPanel
from console.ui.training_frame import TrainingFrame
from console.ui.tray import Tray
from console.ui.view_menu import ViewMenu

__all__ = ["LANGUAGES", "LanguagePolicy", "MainWindow"]


class MainWindow(QMainWindow):
    """The composition of the volunteer's window. GUI thread only: the bridge's signals arrive
    queued on the GUI thread (never from the core thread), as do menus, keys and timers."""

    def __init__(
        self,
        bridge: SessionBridge,
        switch_language: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
        language_policy: LanguagePolicy | None = None,
        show_installation: Callable[[QWidget], None] | None = None,
        start_training: Callable[[], None] | None = None,
        appearance: Appearance | None = None,
        ring: RingPlayer | None = None,
        window_memory: Path | None = None,
        shortcuts: dict[str, str] | None = None,
        remember_choice: Callable[[str, Any], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        accessibility.install_names()
        self._bridge = bridge
        self._switch_language = switch_language
        self._language_policy = language_policy or LanguagePolicy()
        self._show_installation = show_installation
        self._start_training = start_training
        self.keys = shortcuts or DEFAULT_KEYS
        self._remember = remember_choice
        self.ring_player = ring or RingPlayer()
        self._window_memory = window_memory
        self.training_panel: TrainingPanel | None = None
        self.tray = Tray(self, self._bridge.set_presence, self)
        self._notifier = Notifier(self, self.tray)
        self.notifications = self._notifier.shown
        self._ringing = RingRepeater(lambda: self.ring_player, self)

        self.shortcut_sheet: shortcut_sheet.ShortcutSheet | None = None
        self.setCentralWidget(self._build_pages())
        self._changes = StoreChanges(
            self.shift_page, lambda: self.supervisor, lambda: self.role_views.ensure(self.me)
        )
        self._build_menus(appearance)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

        queued = Qt.ConnectionType.QueuedConnection
        bridge.resourceChanged.connect(self.apply_change, queued)
        page = self.shift_page
        bridge.connectionChanged.connect(page.set_connection, queued)
        bridge.outboxChanged.connect(page.outbox_changed, queued)
        bridge.commandFailed.connect(page.command_failed, queued)
        bridge.signedOut.connect(page.signed_out, queued)
        bridge.started.connect(self.shift_started, queued)
        bridge.startFailed.connect(self.start_failed, queued)
        self.retranslate()
        page.set_connection(ConnectionState(Phase.CONNECTING))
        self.resize(1100, 700)

    # ------------------------------------------------------------ building

    def _build_pages(self) -> TrainingFrame:
        """Sign-in, shift (with the team view for supervisors) and lock pages, in the frame
        training mode marks."""
        self.views = QTabWidget(self)
        self.views.setObjectName("views")
        self.shift_page = ShiftPage(
            self._bridge,
            self.keys,
            self.tray,
            self._notifier.offer,
            self._ringing.offers_open,
            self,
        )
        self.views.addTab(self.shift_page, "")
        self.role_views = RoleViews(self.views, self._bridge, self._notifier.alert)
        # The shift page's parts most often reached for, by their old names.
        page = self.shift_page
        self.banner, self.offers, self.contacts = page.banner, page.offers, page.contacts
        self.presence, self.become_available = page.presence, page.become_available
        self.error_label, self.wellbeing = page.error_label, page.wellbeing
        self.splitter = page.splitter
        self.pages = QStackedWidget(self)
        self.sign_in_page = SignInPage(self)
        self.sign_in_page.button.clicked.connect(self._sign_in)
        self.sign_in_button, self.sign_in_error = self.sign_in_page.button, self.sign_in_page.error
        self.lock_page = LockPage(self)
        for index, widget in (
            (Page.SIGN_IN, self.sign_in_page),
            (Page.SHIFT, self.views),
            (Page.LOCKED, self.lock_page),
        ):
            self.pages.insertWidget(index, widget)
        self._screen_lock = ScreenLock(
            self.pages, self.views, self.lock_page, lambda: self.me, self._bridge, self
        )
        self.central_area = TrainingFrame(self.pages, self)
        self.training_banner = self.central_area.banner
        return self.central_area

    def _build_menus(self, appearance: Appearance | None) -> None:
        def action(name: ActionName) -> QAction:
            self._actions[name] = actions.create_action(name, self, self.keys, self)
            return self._actions[name]

        self._actions: dict[ActionName, QAction] = {}
        self.shift_menu = self.menuBar().addMenu("")
        self.sign_out_action = action(ActionName.SIGN_OUT)
        self.shift_menu.addAction(self.sign_out_action)
        self.practise_action = action(ActionName.PRACTISE)
        self.practise_action.setVisible(self._start_training is not None)
        self.shift_menu.addAction(self.practise_action)
        self.shift_menu.addAction(action(ActionName.QUIT))
        self.contact_menu = self.menuBar().addMenu("")
        self.contact_menu.setObjectName("contactMenu")
        for name in actions.CONTACT_MENU:
            self.contact_menu.addAction(action(name))
        self.language_menu = self.menuBar().addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.setToolTipsVisible(True)
        policy = self._language_policy
        add_languages(self.language_menu, policy, self).triggered.connect(self._language_chosen)
        self.language_locked_note = action(ActionName.LANGUAGE_LOCKED)
        self.language_locked_note.setVisible(policy.locked)
        self.language_menu.addSeparator().setVisible(policy.locked)
        self.language_menu.addAction(self.language_locked_note)
        self.view_menu = ViewMenu(
            self, self.menuBar(), appearance, lambda: self.ring_player, self.remember
        )
        self.theme_actions = self.view_menu.theme_actions
        self.zoom_actions = self.view_menu.zoom_actions
        self.ring_sound_actions = self.view_menu.ring_sound_actions
        self.ring_volume_actions = self.view_menu.ring_volume_actions
        self.test_ring_action = self.view_menu.test_ring_action
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(action(ActionName.SHORTCUTS))
        installation = action(ActionName.INSTALLATION)
        installation.setVisible(self._show_installation is not None)
        self.help_menu.addAction(installation)

    def enable_training(self, panel: TrainingPanel) -> None:
        """Training mode: the TRAINING banner and frame, the scenario panel and its menu."""
        self.training_panel = panel
        self.central_area.enable(panel, self, self.language_menu.menuAction())
        self.practise_action.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        title = QCoreApplication.translate("MainWindow", "Helpline Console")
        if self.training_panel is not None:
            title = QCoreApplication.translate("MainWindow", "TRAINING: %1").replace("%1", title)
        self.setWindowTitle(title)
        self.central_area.retranslate()
        actions.retranslate(self._actions)
        self.shift_menu.setTitle(QCoreApplication.translate("MainWindow", "&Shift"))
        self.contact_menu.setTitle(QCoreApplication.translate("MainWindow", "&Contact"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        mark_partial_languages(self.language_menu.actions())
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.views.setAccessibleName(title)
        self.sign_in_page.retranslate()
        if self.shortcut_sheet is not None:
            shortcut_sheet.retranslate_sheet(self.shortcut_sheet, self.keys, self._target_names())
        self.view_menu.retranslate()
        self.tray.retranslate()
        self.lock_page.retranslate()
        self.role_views.retranslate()
        self.shift_page.retranslate()
        self.shift_page.render_me()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ state in

    @property
    def supervisor(self) -> SupervisorView | None:
        return self.role_views.supervisor

    @property
    def statistics(self) -> QWidget | None:
        return self.role_views.statistics

    @property
    def me(self) -> Agent | None:
        """The volunteer as the backend last described them (immutable), or None before."""
        return self.shift_page.me

    @property
    def locked(self) -> bool:
        return self._screen_lock.locked

    def municipalities(self) -> list[Municipality]:
        return self.shift_page.municipalities()

    @Slot(object)
    def apply_change(self, change: Change) -> None:
        self._changes.apply(change)

    @Slot(object)
    def shift_started(self, _meta: object) -> None:
        self.pages.setCurrentIndex(Page.SHIFT)
        self.shift_page.focus_after_contact()  # the first real control, never a hidden bar
        self.wellbeing.start()
        if self.training_panel is None:
            # The wrap-up becomes the organisation's contact record. Training keeps the
            # outcome list: its scenarios grade the outcome a trainee chooses.
            form = self._bridge.records.contact_form()
            form.succeeded.connect(self.shift_page.contact_form_loaded)
        # Loaded once, in the background, so a legevakt transfer never waits for it.
        operation = self._bridge.load_municipalities()
        operation.succeeded.connect(self.shift_page.municipalities_loaded)
        self._bridge.load_resources()  # the resource panels read it from the bridge

    @Slot(object)
    def start_failed(self, error: object) -> None:
        self.sign_in_error.setText(error_message(error))
        self.show_sign_in()

    def show_sign_in(self) -> None:
        """The sign-in page, with the focus on its button: the one thing to do next."""
        self.pages.setCurrentIndex(Page.SIGN_IN)
        self.sign_in_button.setEnabled(True)
        self.sign_in_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_shift(self) -> None:
        self.pages.setCurrentIndex(Page.SHIFT)

    def show_error(self, text: str) -> None:
        self.shift_page.show_error(text)

    @Slot()
    def _tick(self) -> None:
        self.shift_page.tick()
        self.role_views.tick()

    # -------------------------------------------------------------- actions

    @Slot()
    def _sign_in(self) -> None:
        self.sign_in_button.setEnabled(False)
        self.sign_in_error.setText("")
        self._bridge.start()

    @Slot()
    def accept_offer(self) -> None:
        self.offers.accept_selected()

    @Slot()
    def decline_offer(self) -> None:
        self.offers.decline_selected()

    @Slot()
    def end_contact(self) -> None:
        self.shift_page.end_current()

    @Slot()
    def undo_end(self) -> None:
        self.shift_page.undo_end()

    @Slot()
    def complete_transfer(self) -> None:
        self.shift_page.complete_current_transfer()

    @Slot()
    def cancel_transfer(self) -> None:
        self.shift_page.cancel_current_transfer()

    @Slot()
    def sign_out(self) -> None:
        self._bridge.sign_out()

    @Slot()
    def practise(self) -> None:
        if self._start_training is not None:
            self._start_training()

    @Slot()
    def show_installation(self) -> None:
        if self._show_installation is not None:
            self._show_installation(self)

    @Slot(QAction)
    def _language_chosen(self, action: QAction) -> None:
        if self._switch_language is not None:
            self._switch_language(str(action.data()))
            self.remember("language", str(action.data()))

    def remember(self, key: str, value: Any) -> None:
        """Keep a menu choice for the next start (the composition root skips locked keys)."""
        if self._remember is not None:
            self._remember(key, value)

    def lock_choices(self, locked: set[str]) -> None:
        """Choices machine policy has made are shown, but cannot be changed."""
        self.view_menu.lock_choices(locked)

    @Slot()
    def show_shortcuts(self) -> None:
        if self.shortcut_sheet is None:
            self.shortcut_sheet = shortcut_sheet.create_sheet(self)
        shortcut_sheet.retranslate_sheet(self.shortcut_sheet, self.keys, self._target_names())
        self.shortcut_sheet.show()  # modeless: the keys it lists keep working
        self.shortcut_sheet.raise_()

    def _target_names(self) -> list[str]:
        return [target.name for target in self._bridge.transfer_targets()]

    def enable_idle_lock(self, watcher: IdleWatcher) -> None:
        watcher.idle.connect(self.lock)

    def lock_with_os_session(self, watcher: OsSessionWatcher) -> None:
        watcher.locked.connect(self.lock)

    @Slot()
    def lock(self) -> None:
        """Hide every caller panel and stop new contacts; a call in progress stays up."""
        self._screen_lock.lock()

    def restore_geometry(self) -> None:
        """Where the volunteer left the window last time (its place and size, nothing else)."""
        if self._window_memory is not None:
            window_memory.restore(self._window_memory, self, self.splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._window_memory is not None:
            window_memory.keep(self._window_memory, self, self.splitter)
        self.shift_page.end_undo.send_now()  # an end the volunteer asked for is not lost
        self._clock.stop()
        self._ringing.stop()
        self.ring_player.forget()
        super().closeEvent(event)

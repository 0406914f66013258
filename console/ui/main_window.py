"""The volunteer's window: presence, connection, offers and contacts, in one calm view."""

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.bridge.session_bridge import SessionBridge
from console.config.shortcuts import DEFAULTS as DEFAULT_KEYS
from console.contract.enums import InteractionState, Presence, Role, RoutingState
from console.contract.resources import (
    Agent,
    Interaction,
    Message,
    Municipality,
    MunicipalityList,
    Offer,
    Transfer,
)
from console.core.connection import ConnectionState, Phase
from console.core.errors import CoreError, ErrorKind
from console.core.outbox import OutgoingMessage
from console.core.store import Change, Kind
from console.ui.accessibility import announce
from console.ui.connection_banner import ConnectionBanner
from console.ui.contact_panel import ContactPanel
from console.ui.formatting import format_duration
from console.ui.idle_lock import IdleWatcher, LockPage
from console.ui.labels import (
    age_group_icon,
    channel_label,
    connection_label,
    error_message,
    offline_reason,
    presence_label,
    routing_label,
)
from console.ui.offers_panel import OffersPanel
from console.ui.os_session import OsSessionWatcher
from console.ui.ring import SOUNDS, SYSTEM, RingPlayer
from console.ui.style import Appearance, Theme
from console.ui.supervisor_view import SupervisorView
from console.ui.training import TrainingBanner, TrainingPanel
from console.ui.tray import Tray
from console.ui.wellbeing import Wellbeing

CHOOSABLE = (Presence.AVAILABLE, Presence.BUSY, Presence.BREAK)
RING_INTERVAL_MS = 2000

# Language picker: each language by its own name (autonym), with its catalogue code.
LANGUAGES = (
    ("se_NO", "Davvisámegiella"),
    ("smj_NO", "Julevsámegiella"),
    ("sma_NO", "Åarjelsaemien gïele"),
    ("nb_NO", "Norsk bokmål"),
    ("nn_NO", "Norsk nynorsk"),
    ("en", "English"),
)


@dataclass(frozen=True)
class LanguagePolicy:
    """What machine policy allows: the languages offered, and whether the choice is locked."""

    current: str = "en"
    allowed: tuple[str, ...] = tuple(code for code, _ in LANGUAGES)
    locked: bool = False


class MainWindow(QMainWindow):
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
        self._bridge = bridge
        self._switch_language = switch_language
        self._language_policy = language_policy or LanguagePolicy()
        self._show_installation = show_installation
        self._start_training = start_training
        self._appearance = appearance
        self.keys = shortcuts or DEFAULT_KEYS
        self._remember = remember_choice
        self.ring_player = ring or RingPlayer()
        self._window_memory = window_memory
        self.training_panel: TrainingPanel | None = None
        self._me: Agent | None = None
        self._online = False
        self._panels: dict[str, ContactPanel] = {}
        self._municipalities: list[Municipality] = []
        self.tray = Tray(self, self._bridge.set_presence, self)
        # The last notifications shown (bounded: a shift shows hundreds).
        self.notifications: deque[tuple[str, str]] = deque(maxlen=20)

        self.supervisor: SupervisorView | None = None
        self.shortcut_sheet: QMessageBox | None = None
        self.views = QTabWidget(self)
        self.views.setObjectName("views")
        self.views.addTab(self._build_shift_page(), "")
        self.views.tabBar().hide()  # a second tab appears only for supervisors
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_sign_in_page())
        self.pages.addWidget(self.views)
        self.setCentralWidget(self._build_central_area())
        self._build_menus()
        self._build_shortcuts()
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._ring = QTimer(self)
        self._ring.setInterval(RING_INTERVAL_MS)
        self._ring.timeout.connect(self._ring_once)

        queued = Qt.ConnectionType.QueuedConnection
        bridge.resourceChanged.connect(self.apply_change, queued)
        bridge.connectionChanged.connect(self.set_connection, queued)
        bridge.outboxChanged.connect(self.outbox_changed, queued)
        bridge.commandFailed.connect(self.command_failed, queued)
        bridge.signedOut.connect(self.signed_out, queued)
        bridge.started.connect(self.shift_started, queued)
        bridge.startFailed.connect(self.start_failed, queued)
        self.retranslate()
        self.set_connection(ConnectionState(Phase.CONNECTING))
        self.resize(1100, 700)

    # ------------------------------------------------------------ building

    def _build_central_area(self) -> QFrame:
        """The pages (and the idle lock's), and in training mode the TRAINING banner and frame."""
        self.lock_page = LockPage(self)
        self.lock_page.unlockRequested.connect(self._unlock_requested)
        self.pages.addWidget(self.lock_page)
        self.locked = False
        self.training_banner = TrainingBanner(self)
        self.training_banner.hide()
        self.central_area = QFrame(self)
        self.central_area.setObjectName("centralArea")
        central_layout = QVBoxLayout(self.central_area)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.training_banner)
        central_layout.addWidget(self.pages, 1)
        return self.central_area

    def _build_top(self) -> QHBoxLayout:
        self.presence = QComboBox(self)
        self.presence.setObjectName("presenceSelector")
        self.presence.activated.connect(self._presence_chosen)
        self._presence_time = QLabel(self)
        self._presence_time.setObjectName("presenceTime")
        self._routing = QLabel(self)
        self._routing.setObjectName("routingState")
        self._routing.setWordWrap(True)
        self.become_available = QPushButton(self)
        self.become_available.setObjectName("becomeAvailableButton")
        self.become_available.clicked.connect(self._become_available)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.wellbeing = Wellbeing(parent=self)
        self.wellbeing.takeBreak.connect(self._take_break)
        self.wellbeing.debriefRequested.connect(self._request_debrief)
        top = QHBoxLayout()
        self._presence_caption = QLabel(self)
        top.addWidget(self._presence_caption)
        top.addWidget(self.presence)
        top.addWidget(self._presence_time)
        top.addWidget(self._routing, 1)
        top.addWidget(self.become_available)
        top.addWidget(self.wellbeing.shift_label)
        return top

    def _build_shift_page(self) -> QWidget:
        self.banner = ConnectionBanner(self)
        self.banner.retryRequested.connect(self._retry_connection)
        top = self._build_top()
        self.offers = OffersPanel(self, self.keys)
        self.offers.acceptRequested.connect(self._accept)
        self.offers.declineRequested.connect(self._decline)
        self.contacts = QTabWidget(self)
        self.contacts.setObjectName("contactTabs")
        self._empty = QLabel(self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setObjectName("noContactsLabel")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._empty)
        right_layout.addWidget(self.contacts, 1)
        self.contacts.hide()
        splitter = QSplitter(self)
        splitter.setObjectName("shiftSplitter")
        self.splitter = splitter
        splitter.addWidget(self.offers)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 820])

        shift_page = QWidget(self)
        layout = QVBoxLayout(shift_page)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.wellbeing)
        layout.addWidget(splitter, 1)
        return shift_page

    def _build_menus(self) -> None:
        self.shift_menu = self.menuBar().addMenu("")
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self._sign_out)
        self.shift_menu.addAction(self.sign_out_action)
        self.practise_action = QAction(self)
        self.practise_action.setObjectName("practiseAction")
        self.practise_action.triggered.connect(self._practise)
        self.practise_action.setVisible(self._start_training is not None)
        self.shift_menu.addAction(self.practise_action)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        self.shift_menu.addAction(self.quit_action)
        self.language_menu = self.menuBar().addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.setToolTipsVisible(True)
        policy = self._language_policy
        group = QActionGroup(self)
        for code, autonym in LANGUAGES:
            if code not in policy.allowed:
                continue  # machine policy does not offer it on this PC
            action = QAction(autonym, self)  # autonyms are never translated
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == policy.current)
            action.setEnabled(not policy.locked or code == policy.current)
            group.addAction(action)
            self.language_menu.addAction(action)
        group.triggered.connect(self._language_chosen)
        self.language_locked_note = QAction(self)
        self.language_locked_note.setEnabled(False)
        self.language_locked_note.setVisible(policy.locked)
        self.language_menu.addSeparator().setVisible(policy.locked)
        self.language_menu.addAction(self.language_locked_note)
        self._build_view_menu()
        self.help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence(self.keys["shortcuts"]))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)
        self.installation_action = QAction(self)
        self.installation_action.triggered.connect(self._installation_requested)
        self.installation_action.setVisible(self._show_installation is not None)
        self.help_menu.addAction(self.installation_action)

    def _build_view_menu(self) -> None:
        """Theme (follow the OS, light, dark, high contrast) and zoom, for long night shifts."""
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.theme_actions: dict[Theme, QAction] = {}
        group = QActionGroup(self)
        current = self._appearance.theme if self._appearance else Theme.SYSTEM
        for theme in Theme:
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(theme is current)
            action.setData(theme.value)
            group.addAction(action)
            self.view_menu.addAction(action)
            self.theme_actions[theme] = action
        group.triggered.connect(self._theme_chosen)
        self.view_menu.addSeparator()
        self.zoom_actions: dict[int, QAction] = {}
        for step, keys in (
            (10, QKeySequence.StandardKey.ZoomIn),
            (-10, QKeySequence.StandardKey.ZoomOut),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.setData(step)
            action.triggered.connect(self._zoom_chosen)
            self.view_menu.addAction(action)
            self.zoom_actions[step] = action
        self._build_ring_menu()
        reset = QAction(self)
        reset.setShortcut(QKeySequence("Ctrl+0"))
        reset.setData(0)
        reset.triggered.connect(self._zoom_chosen)
        self.view_menu.addAction(reset)
        self.zoom_actions[0] = reset
        self.view_menu.menuAction().setVisible(self._appearance is not None)

    def _build_ring_menu(self) -> None:
        """Ring sound and volume, and a way to hear it before a caller does."""
        self.ring_menu = QMenu(self)
        self.ring_menu.setObjectName("ringMenu")
        self.ring_sound_actions: dict[str, QAction] = {}
        sounds = QActionGroup(self)
        for sound in (*SOUNDS, SYSTEM):
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(sound == self.ring_player.sound)
            action.setData(sound)
            sounds.addAction(action)
            self.ring_menu.addAction(action)
            self.ring_sound_actions[sound] = action
        sounds.triggered.connect(self._ring_sound_chosen)
        self.ring_menu.addSeparator()
        self.ring_volume_actions: dict[int, QAction] = {}
        volumes = QActionGroup(self)
        for volume in (25, 50, 70, 100):
            action = QAction(f"{volume} %", self)
            action.setCheckable(True)
            action.setChecked(volume == self.ring_player.volume)
            action.setData(volume)
            volumes.addAction(action)
            self.ring_menu.addAction(action)
            self.ring_volume_actions[volume] = action
        volumes.triggered.connect(self._ring_volume_chosen)
        self.ring_menu.addSeparator()
        self.test_ring_action = self.ring_menu.addAction("")
        self.test_ring_action.triggered.connect(self._ring_once)
        self.view_menu.addMenu(self.ring_menu)

    @Slot(QAction)
    def _ring_sound_chosen(self, action: QAction) -> None:
        self.ring_player.set(sound=str(action.data()))
        self.ring_player.play()  # hear the choice at once
        self.remember("ring_sound", str(action.data()))

    @Slot(QAction)
    def _ring_volume_chosen(self, action: QAction) -> None:
        self.ring_player.set(volume=int(action.data()))
        self.ring_player.play()
        self.remember("ring_volume", int(action.data()))

    def _retranslate_view_menu(self) -> None:
        self.ring_menu.setTitle(QCoreApplication.translate("MainWindow", "Ring sound"))
        sound_names = {
            "chime": QCoreApplication.translate("MainWindow", "Chime"),
            "bell": QCoreApplication.translate("MainWindow", "Bell"),
            "soft": QCoreApplication.translate("MainWindow", "Soft"),
            SYSTEM: QCoreApplication.translate("MainWindow", "System beep"),
        }
        for sound, action in self.ring_sound_actions.items():
            action.setText(sound_names[sound])
        self.test_ring_action.setText(QCoreApplication.translate("MainWindow", "Test the ring"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        names = {
            Theme.SYSTEM: QCoreApplication.translate(
                "MainWindow", "Follow the system (light or dark)"
            ),
            Theme.LIGHT: QCoreApplication.translate("MainWindow", "Light"),
            Theme.DARK: QCoreApplication.translate("MainWindow", "Dark"),
            Theme.HIGH_CONTRAST: QCoreApplication.translate("MainWindow", "High contrast"),
        }
        for theme, action in self.theme_actions.items():
            action.setText(names[theme])
        self.zoom_actions[10].setText(QCoreApplication.translate("MainWindow", "Larger text"))
        self.zoom_actions[-10].setText(QCoreApplication.translate("MainWindow", "Smaller text"))
        self.zoom_actions[0].setText(QCoreApplication.translate("MainWindow", "Normal text size"))

    def remember(self, key: str, value: Any) -> None:
        """Keep a menu choice for the next start (the composition root skips locked keys)."""
        if self._remember is not None:
            self._remember(key, value)

    def lock_choices(self, locked: set[str]) -> None:
        """Choices machine policy has made are shown, but cannot be changed."""
        for action in self.theme_actions.values():
            action.setEnabled("theme" not in locked)
        for action in self.zoom_actions.values():
            action.setEnabled("zoom_percent" not in locked)
        for action in self.ring_sound_actions.values():
            action.setEnabled("ring_sound" not in locked)
        for action in self.ring_volume_actions.values():
            action.setEnabled("ring_volume" not in locked)

    @Slot(QAction)
    def _theme_chosen(self, action: QAction) -> None:
        if self._appearance is not None:
            self._appearance.set_theme(str(action.data()))
            self.remember("theme", str(action.data()))

    @Slot()
    def _zoom_chosen(self) -> None:
        action = self.sender()
        if self._appearance is None or not isinstance(action, QAction):
            return
        step = int(action.data())
        self._appearance.set_zoom(self._appearance.zoom_percent + step if step else 100)
        self.remember("zoom_percent", self._appearance.zoom_percent)

    def _build_sign_in_page(self) -> QWidget:
        page = QWidget(self)
        self._sign_in_text = QLabel(page)
        self._sign_in_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._sign_in_text.setWordWrap(True)
        self.sign_in_button = QPushButton(page)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.clicked.connect(self._sign_in)
        self.sign_in_error = QLabel(page)
        self.sign_in_error.setObjectName("signInError")
        self.sign_in_error.setTextFormat(Qt.TextFormat.PlainText)
        self.sign_in_error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self._sign_in_text)
        layout.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.sign_in_error)
        layout.addStretch(1)
        return page

    def _build_shortcuts(self) -> None:
        QShortcut(QKeySequence(self.keys["accept"]), self, self.offers._accept)
        QShortcut(QKeySequence(self.keys["decline"]), self, self.offers._decline)
        QShortcut(QKeySequence(self.keys["end"]), self, self._end_current)

    def retranslate(self) -> None:
        title = QCoreApplication.translate("MainWindow", "Helpline Console")
        if self.training_panel is not None:
            title = QCoreApplication.translate("MainWindow", "TRAINING: %1").replace("%1", title)
        self.setWindowTitle(title)
        self.practise_action.setText(
            QCoreApplication.translate("MainWindow", "Practise in training mode…")
        )
        self.training_banner.retranslate()
        if self.training_panel is not None:
            self.training_menu.setTitle(QCoreApplication.translate("MainWindow", "&Training"))
            self.training_dock.setWindowTitle(
                QCoreApplication.translate("MainWindow", "Training scenario")
            )
            self.choose_scenario_action.setText(
                QCoreApplication.translate("MainWindow", "Choose a scenario…")
            )
            self.debrief_action.setText(QCoreApplication.translate("MainWindow", "Show debrief"))
        self.shift_menu.setTitle(QCoreApplication.translate("MainWindow", "&Shift"))
        self.sign_out_action.setText(QCoreApplication.translate("MainWindow", "Sign out"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "Quit"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.shortcuts_action.setText(
            QCoreApplication.translate("MainWindow", "Keyboard shortcuts")
        )
        self.installation_action.setText(
            QCoreApplication.translate("MainWindow", "Installation and settings…")
        )
        self.language_locked_note.setText(
            QCoreApplication.translate("MainWindow", "Locked: set by your organisation's IT")
        )
        self._presence_caption.setText(QCoreApplication.translate("MainWindow", "Status:"))
        self.presence.setAccessibleName(QCoreApplication.translate("MainWindow", "Your presence"))
        self.contacts.setAccessibleName(QCoreApplication.translate("MainWindow", "Open contacts"))
        self.views.setAccessibleName(title)
        self._sign_in_text.setText(
            QCoreApplication.translate(
                "MainWindow", "Sign in with your organisation to start your shift."
            )
        )
        self.sign_in_button.setText(
            QCoreApplication.translate("MainWindow", "Sign in with your organisation")
        )
        self.become_available.setText(
            QCoreApplication.translate("MainWindow", "Become available again")
        )
        self._empty.setText(
            QCoreApplication.translate(
                "MainWindow", "No active contacts. Offers appear on the left."
            )
        )
        self.presence.clear()
        for presence in CHOOSABLE:
            self.presence.addItem(presence_label(presence), presence)
        self.presence.setPlaceholderText(QCoreApplication.translate("MainWindow", "Not connected"))
        self._retranslate_shortcut_sheet()
        self._retranslate_view_menu()
        self.tray.retranslate()
        self.wellbeing.retranslate()
        self.lock_page.retranslate()
        self.banner.retranslate()
        self.offers.retranslate()
        self._retranslate_views()
        for index in range(self.contacts.count()):
            panel = self.contacts.widget(index)
            if isinstance(panel, ContactPanel):
                panel.retranslate()
                self.contacts.setTabText(index, self._tab_title(panel.interaction))
        self._render_me()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ state in

    @Slot(object)
    def apply_change(self, change: Change) -> None:
        if change.kind is Kind.ME:
            self._me = change.value
            self._ensure_supervisor_view()
            self._render_me()
        elif change.kind is Kind.TEAM and self.supervisor is not None:
            self.supervisor.upsert_member(change.value)
        elif change.kind is Kind.QUEUE and self.supervisor is not None:
            self.supervisor.set_queue(change.value)
        elif change.kind is Kind.OFFER:
            self._offer_changed(change.value, change.removed)
        elif change.kind is Kind.INTERACTION:
            self._interaction_changed(change.value, change.removed)
        elif change.kind is Kind.TRANSFER and not change.removed:
            transfer: Transfer = change.value
            owner = self._panels.get(transfer.interaction_id)
            if owner is not None:
                owner.set_transfer(transfer)
        elif change.kind is Kind.MESSAGE and not change.removed:
            message: Message = change.value
            panel = self._panels.get(message.interaction_id)
            if panel is not None:
                panel.add_message(message)

    def _ensure_supervisor_view(self) -> None:
        """Only a supervisor gets the team view (the backend refuses the data to others too)."""
        if self.supervisor is not None or self._me is None or Role.SUPERVISOR not in self._me.roles:
            return
        self.supervisor = SupervisorView(
            self._bridge.acknowledge_help,
            parent=self.views,
            acknowledge_debrief=self._bridge.acknowledge_debrief,
            notify=self.notify_alert,
        )
        self.views.addTab(self.supervisor, "")
        self.views.tabBar().show()
        self._retranslate_views()

    def _retranslate_views(self) -> None:
        self.views.setTabText(0, QCoreApplication.translate("MainWindow", "My shift"))
        if self.supervisor is not None:
            self.views.setTabText(1, QCoreApplication.translate("MainWindow", "Team"))
            self.supervisor.retranslate()

    def _offer_changed(self, offer: Offer, removed: bool) -> None:
        if removed:
            self.offers.remove(offer.id)
            if offer.state == "expired":
                self.show_error(
                    QCoreApplication.translate(
                        "MainWindow", "You missed an offer. It has gone to a colleague."
                    )
                )
        else:
            is_new = offer.id not in {o.id for o in self.offers.offers()}
            self.offers.upsert(offer)
            if is_new:
                QApplication.alert(self)
                self.notify_offer()
        self._update_ringing()

    def _interaction_changed(self, interaction: Interaction, removed: bool) -> None:
        panel = self._panels.get(interaction.id)
        if removed or interaction.state not in (InteractionState.ACTIVE, InteractionState.WRAP_UP):
            if panel is not None:
                self.contacts.removeTab(self.contacts.indexOf(panel))
                del self._panels[interaction.id]
                panel.deleteLater()
                if interaction.flags.risk:
                    self.wellbeing.heavy_contact_ended()
        elif panel is None:
            panel = ContactPanel(
                interaction,
                self._bridge,
                self._bridge.transfer_targets(),
                self.municipalities,
                self.contacts,
                self.keys,
            )
            panel.set_online(self._online)
            self._panels[interaction.id] = panel
            index = self.contacts.addTab(
                panel, age_group_icon(interaction.age_group), self._tab_title(interaction)
            )
            self.contacts.setCurrentIndex(index)
        else:
            panel.set_interaction(interaction)
            self.contacts.setTabText(self.contacts.indexOf(panel), self._tab_title(interaction))
        self._empty.setVisible(not self._panels)
        self.contacts.setVisible(bool(self._panels))

    def notify_offer(self) -> None:
        """An OS notification that says only that someone is waiting: never who, never what
        (Windows keeps notification text in a database)."""
        title = QCoreApplication.translate("MainWindow", "Helpline Console")
        text = QCoreApplication.translate("MainWindow", "A contact is waiting for you.")
        self.notifications.append((title, text))
        announce(self, text)
        self.tray.notify(title, text)

    def notify_alert(self) -> None:
        """A supervisor alert as an OS notification: that someone needs them, never who or why
        (Windows keeps notification text in a database)."""
        title = QCoreApplication.translate("MainWindow", "Helpline Console")
        text = QCoreApplication.translate("MainWindow", "A volunteer needs you.")
        self.notifications.append((title, text))
        announce(self, text)
        self.tray.notify(title, text)

    def _tab_title(self, interaction: Interaction) -> str:
        return channel_label(interaction.channel)

    @Slot(object)
    def outbox_changed(self, message: OutgoingMessage) -> None:
        panel = self._panels.get(message.interaction_id)
        if panel is not None:
            panel.set_outgoing(message)

    @Slot(object)
    def set_connection(self, state: ConnectionState) -> None:
        if state.phase is not self.banner.state.phase:
            announce(self, connection_label(state.phase))
        self.banner.set_state(state)
        self._online = state.phase is Phase.LIVE
        reason = "" if self._online else offline_reason()
        self.presence.setEnabled(self._online)
        self.presence.setToolTip(reason)
        self.offers.set_online(self._online)
        for panel in self._panels.values():
            panel.set_online(self._online)
        self._render_me()

    @Slot(str, object)
    def command_failed(self, action: str, error: object) -> None:
        if action == "reauthenticate":
            return  # said on the lock page
        if (
            action == "sign_out"
            and isinstance(error, CoreError)
            and (error.kind is ErrorKind.CONFLICT)
        ):
            self.show_error(
                QCoreApplication.translate(
                    "MainWindow", "You cannot sign out while a contact is open. End it first."
                )
            )
            return
        self.show_error(error_message(error))
        if action == "accept":
            self.offers.accept_failed()
        if action == "presence":
            self._render_me()

    @Slot()
    def signed_out(self) -> None:
        self.show_error(error_message(CoreError(ErrorKind.SIGN_IN_REQUIRED, "signed out")))

    @Slot(object)
    def shift_started(self, _meta: object) -> None:
        self.pages.setCurrentIndex(1)
        self.wellbeing.start()
        # Loaded once, in the background, so a legevakt transfer never waits for it.
        operation = self._bridge.load_municipalities()
        operation.succeeded.connect(self._municipalities_loaded)

    @Slot(object)
    def _municipalities_loaded(self, result: object) -> None:
        if isinstance(result, MunicipalityList):
            self._municipalities = list(result.municipalities)

    def municipalities(self) -> list[Municipality]:
        return self._municipalities

    @Slot(object)
    def start_failed(self, error: object) -> None:
        self.pages.setCurrentIndex(0)
        self.sign_in_button.setEnabled(True)
        self.sign_in_error.setText(error_message(error))

    def show_sign_in(self) -> None:
        self.pages.setCurrentIndex(0)

    @Slot()
    def _sign_in(self) -> None:
        self.sign_in_button.setEnabled(False)
        self.sign_in_error.setText("")
        self._bridge.start()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # ------------------------------------------------------------ rendering

    def _render_me(self) -> None:
        me = self._me
        if me is None:
            self._routing.setText("")
            self.become_available.hide()
            return
        # Without a connection nobody can reach the volunteer: never show them as available.
        self.presence.setCurrentIndex(self.presence.findData(me.presence) if self._online else -1)
        self.tray.set_presence(me.presence if self._online else None)
        self.wellbeing.presence(me.presence)
        self.wellbeing.set_debrief(me.debrief)
        not_responding = me.routing_state is RoutingState.NOT_RESPONDING
        if me.presence is not Presence.AVAILABLE and me.routing_state is RoutingState.IDLE:
            routing = QCoreApplication.translate(
                "MainWindow", "No new contacts come to you until you are available."
            )
        else:
            routing = routing_label(me.routing_state)
        self._routing.setText(routing)
        self._routing.setProperty("alert", not_responding)
        self._routing.style().unpolish(self._routing)
        self._routing.style().polish(self._routing)
        self.become_available.setVisible(not_responding)
        self.become_available.setEnabled(self._online)
        self._tick()

    @Slot()
    def _tick(self) -> None:
        if self._me is not None:
            since = (datetime.now(UTC) - self._me.presence_since).total_seconds()
            self._presence_time.setText(format_duration(since))
        self.offers.tick()
        self.wellbeing.tick()
        for panel in self._panels.values():
            panel.tick()
        if self.supervisor is not None:
            self.supervisor.tick()

    def _update_ringing(self) -> None:
        if self.offers.offers():
            if not self._ring.isActive():
                self._ring_once()
                self._ring.start()
        else:
            self._ring.stop()

    @Slot()
    def _ring_once(self) -> None:
        self.ring_player.play()

    # -------------------------------------------------------------- actions

    @Slot(int)
    def _presence_chosen(self, index: int) -> None:
        presence = self.presence.itemData(index)
        if presence is not None:
            self._bridge.set_presence(Presence(presence))

    @Slot()
    def _become_available(self) -> None:
        self._bridge.set_presence(Presence.AVAILABLE)

    @Slot(str)
    def _accept(self, offer_id: str) -> None:
        self.show_error("")
        self._bridge.accept(offer_id)

    @Slot(str)
    def _decline(self, offer_id: str) -> None:
        self._bridge.decline(offer_id)

    @Slot()
    def _end_current(self) -> None:
        panel = self.contacts.currentWidget()
        if isinstance(panel, ContactPanel) and panel.end_button.isEnabled():
            panel.end_button.click()

    @Slot()
    def _retry_connection(self) -> None:
        self._bridge.reconnect_now()

    @Slot()
    def _sign_out(self) -> None:
        self._bridge.sign_out()

    def enable_training(self, panel: TrainingPanel) -> None:
        """Training mode: the TRAINING banner and frame, the scenario panel and its menu."""
        self.training_panel = panel
        self.training_banner.show()
        self.central_area.setProperty("training", True)
        self.central_area.style().unpolish(self.central_area)
        self.central_area.style().polish(self.central_area)
        self.training_dock = QDockWidget(self)
        self.training_dock.setObjectName("trainingDock")
        self.training_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.training_dock.setWidget(panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.training_dock)
        self.training_menu = QMenu(self)
        self.menuBar().insertMenu(self.language_menu.menuAction(), self.training_menu)
        self.choose_scenario_action = self.training_menu.addAction("")
        self.choose_scenario_action.triggered.connect(panel.choose)
        self.debrief_action = self.training_menu.addAction("")
        self.debrief_action.triggered.connect(panel.show_debrief)
        self.practise_action.setVisible(False)
        self.retranslate()

    def enable_idle_lock(self, watcher: IdleWatcher) -> None:
        watcher.idle.connect(self.lock)

    def lock_with_os_session(self, watcher: OsSessionWatcher) -> None:
        watcher.locked.connect(self.lock)

    @Slot()
    def lock(self) -> None:
        """Hide every caller panel and stop new contacts; a call in progress stays up."""
        if self.locked or self.pages.currentIndex() != 1:
            return  # not signed in yet: there is nothing to hide
        self.locked = True
        self.views.setEnabled(False)  # no shortcut reaches a hidden contact
        self.pages.setCurrentIndex(2)
        self.lock_page.error.setText("")
        if self._me is not None and self._me.presence is Presence.AVAILABLE:
            self._bridge.set_presence(Presence.BUSY)

    @Slot()
    def _unlock_requested(self) -> None:
        self.lock_page.unlock_button.setEnabled(False)
        operation = self._bridge.reauthenticate()
        operation.succeeded.connect(self._unlocked)
        operation.failed.connect(self._unlock_failed)

    @Slot(object)
    def _unlocked(self, _result: object) -> None:
        self.locked = False
        self.views.setEnabled(True)
        self.pages.setCurrentIndex(1)
        self.lock_page.unlock_button.setEnabled(True)

    @Slot(object)
    def _unlock_failed(self, error: object) -> None:
        self.lock_page.unlock_button.setEnabled(True)
        if isinstance(error, CoreError) and error.kind is ErrorKind.FORBIDDEN:
            self.lock_page.error.setText(
                QCoreApplication.translate(
                    "IdleLock",
                    "Someone else signed in. The console stays locked: the volunteer on this "
                    "shift must sign in.",
                )
            )
        else:
            self.lock_page.error.setText(error_message(error))

    @Slot()
    def _take_break(self) -> None:
        self._bridge.set_presence(Presence.BREAK)

    @Slot()
    def _request_debrief(self) -> None:
        self._bridge.request_debrief()

    @Slot()
    def _practise(self) -> None:
        if self._start_training is not None:
            self._start_training()

    @Slot()
    def _installation_requested(self) -> None:
        if self._show_installation is not None:
            self._show_installation(self)

    @Slot(QAction)
    def _language_chosen(self, action: QAction) -> None:
        if self._switch_language is not None:
            self._switch_language(str(action.data()))
            self.remember("language", str(action.data()))

    def _shortcut_sheet_text(self) -> str:
        keys = self.keys
        rows = [
            (keys["accept"], QCoreApplication.translate("MainWindow", "Accept the selected offer")),
            (
                keys["decline"],
                QCoreApplication.translate("MainWindow", "Decline the selected offer"),
            ),
            (keys["hold"], QCoreApplication.translate("MainWindow", "Hold or resume the call")),
            (keys["end"], QCoreApplication.translate("MainWindow", "End the current contact")),
            ("Enter", QCoreApplication.translate("MainWindow", "Send the chat message")),
            (keys["shortcuts"], QCoreApplication.translate("MainWindow", "This list")),
        ]
        return "\n".join(f"{keys}\t{what}" for keys, what in rows)

    def _retranslate_shortcut_sheet(self) -> None:
        if self.shortcut_sheet is not None:
            self.shortcut_sheet.setWindowTitle(
                QCoreApplication.translate("MainWindow", "Keyboard shortcuts")
            )
            self.shortcut_sheet.setText(self._shortcut_sheet_text())

    @Slot()
    def show_shortcuts(self) -> None:
        if self.shortcut_sheet is None:
            self.shortcut_sheet = QMessageBox(self)
            self.shortcut_sheet.setObjectName("shortcutSheet")
            self.shortcut_sheet.setTextFormat(Qt.TextFormat.PlainText)
        self._retranslate_shortcut_sheet()
        self.shortcut_sheet.open()

    def restore_geometry(self) -> None:
        """Where the volunteer left the window last time (its place and size, nothing else)."""
        if self._window_memory is not None:
            memory = self._memory()
            stored = memory.value("geometry")
            if isinstance(stored, QByteArray):
                self.restoreGeometry(stored)
            split = memory.value("layout")
            if isinstance(split, QByteArray):
                self.splitter.restoreState(split)

    def _memory(self) -> QSettings:
        assert self._window_memory is not None
        return QSettings(str(self._window_memory), QSettings.Format.IniFormat)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._window_memory is not None:
            memory = self._memory()
            memory.setValue("geometry", self.saveGeometry())
            memory.setValue("layout", self.splitter.saveState())
        self._clock.stop()
        self._ring.stop()
        self.ring_player.forget()
        super().closeEvent(event)

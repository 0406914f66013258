"""Composition root: settings -> language -> runtime -> session -> bridge -> window.

This is the only place that knows every layer. `build_console` is the public factory that tests
and scripts use to get a main window for a backend URL and a sign-in.
"""

import contextlib
import logging
import sys
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from console.bridge.session_bridge import SessionBridge
from console.bridge.training_bridge import TrainingBridge
from console.bridge.voice_bridge import VoiceBridge
from console.build_info import summary
from console.config import EffectiveSettings, SettingsError, Source
from console.config.shortcuts import effective_shortcuts
from console.config.user_file import remember
from console.contract.enums import Presence
from console.core.auth import IdentityPolicy
from console.core.backoff import Backoff
from console.core.errors import CoreError
from console.core.ready_replies import load_replies
from console.core.runtime import CoreRuntime
from console.core.session import SessionOptions, ShiftSession
from console.core.tokens import MemoryTokenStore, TokenStore
from console.core.training import TrainingClient
from console.core.voice.devices import AudioDevices
from console.core.voice.portaudio import PortAudioDevices, play_on
from console.datafile import DataFileError
from console.gc_freeze import freeze_the_start
from console.i18n import SUPPORTED, LanguageManager, pick_language
from console.ui.idle_lock import IdleWatcher
from console.ui.installation_dialog import InstallationDialog
from console.ui.labels import error_message
from console.ui.language_menu import LanguagePolicy
from console.ui.main_window import MainWindow
from console.ui.os_session import OsSessionWatcher
from console.ui.ring import RingPlayer
from console.ui.style import Appearance, Theme
from console.ui.training import TrainingPanel
from console.ui.training_launch import TrainingLauncher
from console.ui.voice_controls import VoiceControls

log = logging.getLogger(__name__)


@dataclass
class Console:
    """A running console: everything that must be shut down together."""

    runtime: CoreRuntime
    session: ShiftSession
    bridge: SessionBridge
    window: MainWindow
    languages: LanguageManager
    on_shutdown: list[Callable[[], None]] = field(default_factory=list)
    training: TrainingBridge | None = None
    training_client: TrainingClient | None = None
    voice: VoiceBridge | None = None
    practice: TrainingLauncher | None = None

    def shutdown(self) -> None:
        for watcher in self.window.findChildren(IdleWatcher):
            watcher.stop()
        self.window.close()
        if self.training is not None and self.training_client is not None:
            self.training.shutdown()
            if self.runtime.running:
                with contextlib.suppress(Exception):  # closing is best effort
                    self.runtime.submit(self.training_client.close()).result(timeout=5)
        if self.voice is not None:
            self.voice.shutdown()
        if self.practice is not None:
            self.practice.stop()  # practice never outlives the console (nor keeps its port)
        self.bridge.shutdown()
        self.runtime.stop()
        for callback in self.on_shutdown:
            callback()
        self.languages.remove()
        self.window.deleteLater()


def token_store(remember: bool) -> tuple[TokenStore, CoreError | None]:
    """The keychain when asked to remember and it is safe; otherwise memory, and why."""
    if not remember:
        return MemoryTokenStore(), None
    # Imported here: keyring looks up its backends when imported, a cost for remembering only.
    from console.core.keychain import KeyringTokenStore  # noqa: PLC0415

    try:
        return KeyringTokenStore(), None
    except CoreError as error:
        # Sign-in still works, it just will not be remembered.
        log.warning("not remembering the sign-in: %s", error)
        return MemoryTokenStore(), error


def ring_on(device: str | None) -> Callable[[bytes], bool] | None:
    """The ring on its own device (voice settings), or the usual way when none is chosen."""
    return partial(play_on, device) if device else None


def build_console(
    app: QApplication,
    backend_url: str,
    login_hint: str | None = None,
    remember: bool = False,
    language: str | None = None,
    heartbeat_timeout_s: float = 45.0,
    backoff: Backoff | None = None,
    settings: EffectiveSettings | None = None,
    training_url: str | None = None,
    offer_practice: bool = False,
    idle_lock_minutes: float | None = None,
    window_memory: Path | None = None,
    user_file: Path | None = None,
    resource_cache: Path | None = None,
    audio_devices: Callable[[], AudioDevices] = PortAudioDevices,
) -> Console:
    """Build (and start signing in) a console window against `backend_url`.

    With `login_hint` the sign-in runs without a browser (the backend must auto-approve it,
    as the embedded simulator does); otherwise the system browser opens.
    """
    values = settings.values if settings else None
    appearance = Appearance(
        app,
        Theme(values.theme) if values else Theme.SYSTEM,
        values.zoom_percent if values else 100,
    )
    allowed = tuple(settings.values.allowed_languages) if settings else SUPPORTED
    chosen = pick_language(language, QLocale.system().uiLanguages(), allowed)
    languages = LanguageManager(app)
    languages.switch(chosen)
    language_policy = LanguagePolicy(
        current=chosen,
        allowed=allowed,
        locked=settings is not None and "language" in settings.locked,
    )
    runtime = CoreRuntime().start()
    store, refused = token_store(remember)
    options = SessionOptions(
        backend_url=backend_url,
        token_store=store,
        login_hint=login_hint,
        open_browser=None if login_hint else webbrowser.open,
        heartbeat_timeout_s=heartbeat_timeout_s,
        backoff=backoff or Backoff(),
        # Machine policy pins the real sign-in; the embedded simulator (login hint) is exempt.
        identity_policy=IdentityPolicy(
            issuer=values.oidc_issuer,
            client_id=values.oidc_client_id,
            require_par=values.oidc_require_par,
            require_dpop=values.oidc_require_dpop,
        )
        if values and not login_hint
        else IdentityPolicy(),
        resource_cache=resource_cache,
    )
    session = ShiftSession(options)
    bridge = SessionBridge(runtime, session)
    voice = VoiceBridge(
        runtime,
        bridge,
        audio_devices,
        values.voice_mode if values else "softphone",
        values.voice_phone_number if values else None,
        input_id=(values.voice_input_device or None) if values else None,
        output_id=(values.voice_output_device or None) if values else None,
    )
    # From a live shift, practice opens a separate training console (its own process).
    practice = TrainingLauncher(partial(practice_command, languages)) if offer_practice else None
    window = MainWindow(
        bridge,
        switch_language=languages.switch,
        language_policy=language_policy,
        show_installation=partial(show_installation, settings) if settings else None,
        start_training=practice.start if practice is not None else None,
        appearance=appearance,
        ring=RingPlayer(values.ring_sound, values.ring_volume, ring_on(values.voice_ring_device))
        if values
        else None,
        window_memory=window_memory,
        shortcuts=effective_shortcuts(values.shortcuts) if values else None,
        remember_choice=(
            partial(remember_choice, settings, user_file) if settings and user_file else None
        ),
    )
    if settings is not None:
        window.lock_choices(set(settings.locked))
    VoiceControls(
        window,
        bridge,
        voice,
        window.show_error,
        locked=settings.locked if settings else frozenset(),
        remember=partial(remember_choice, settings, user_file) if settings and user_file else None,
        # At shift start the volunteer chooses, unless IT or an earlier choice settled it.
        ring_device=(values.voice_ring_device or None) if values else None,
        set_ring_device=lambda name: setattr(window.ring_player, "on_device", ring_on(name)),
        ask_at_start=settings is not None
        and settings.sources.get("voice_mode") is Source.BUILT_IN
        and user_file is not None,
        mute_key=window.keys["mute"],
    )
    window.restore_geometry()
    appearance.setParent(window)
    if practice is not None:
        practice.setParent(window)
        practice.attach(window, busy=lambda: window.contacts.count() > 0)
    if idle_lock_minutes is not None:
        window.enable_idle_lock(IdleWatcher(idle_lock_minutes * 60, parent=window))
        window.lock_with_os_session(OsSessionWatcher(parent=window))
    training: TrainingBridge | None = None
    training_client: TrainingClient | None = None
    if training_url is not None:
        training_client = TrainingClient(training_url)
        training = TrainingBridge(bridge.runner, training_client, window)
        window.enable_training(
            TrainingPanel(
                training,
                partial(current_language, languages),
                # The practice contact is routed like a real one: only to someone available.
                make_available=partial(bridge.set_presence, Presence.AVAILABLE),
            )
        )
    if refused is not None:
        window.show_error(error_message(refused))
    replies_problem = load_ready_replies(bridge, values.ready_replies_folder if values else None)
    if replies_problem is not None:
        window.show_error(replies_problem)
    if login_hint:
        window.show_shift()
        bridge.start()
    else:
        window.show_sign_in()
    return Console(
        runtime,
        session,
        bridge,
        window,
        languages,
        training=training,
        training_client=training_client,
        voice=voice,
        practice=practice,
        # The text size and theme belong to this console: the application gets its own back.
        on_shutdown=[appearance.restore],
    )


def freeze_start_when_live(console: Console) -> None:
    """Once the shift is live, set the start's objects aside from the cycle collector
    (console/gc_freeze.py). For `python -m console` only, never in a test process."""
    console.bridge.started.connect(
        lambda _meta: freeze_the_start(), Qt.ConnectionType.SingleShotConnection
    )


def load_ready_replies(bridge: SessionBridge, folder: str | None) -> str | None:
    """The ready replies for this PC (policy may name the folder); a bad file is named to the
    volunteer (and the coordinator) and the console runs on without replies."""
    try:
        bridge.replies = load_replies(Path(folder) if folder else None)
    except DataFileError as error:
        return QCoreApplication.translate(
            "ReadyReplies", "Ready replies could not be read: %1"
        ).replace("%1", str(error))
    return None


def remember_choice(settings: EffectiveSettings, user_file: Path, key: str, value: Any) -> None:
    """Keep a menu choice in the user's file, unless machine policy has locked it."""
    if key in settings.locked:
        return
    try:
        remember(user_file, key, value)
    except (SettingsError, OSError) as error:
        # The choice still holds for this shift; the file keeps what the person wrote.
        log.warning("choice not remembered: %s", type(error).__name__)


def current_language(languages: LanguageManager) -> str:
    return languages.current


def training_command(language: str) -> list[str]:
    """How to start this console in training mode as a separate process (a frozen build is
    its own interpreter), so practice never shares a window or a session with a live shift."""
    tail = ["--training", "--language", language, "--parent-pipe"]
    if getattr(sys, "frozen", False):
        return [sys.executable, *tail]
    return [sys.executable, "-m", "console", *tail]


def practice_command(languages: LanguageManager) -> list[str]:
    return training_command(languages.current)


def show_installation(settings: EffectiveSettings, parent: QWidget) -> None:
    dialog = InstallationDialog(settings, summary(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def schedule_screenshot(console: Console, path: str, after_s: float) -> None:
    """Render the window to a PNG after a delay and quit (documentation, headless checks)."""

    def shoot() -> None:
        console.window.grab().save(path)
        QCoreApplication.quit()

    QTimer.singleShot(int(after_s * 1000), shoot)

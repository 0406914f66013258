"""The View menu: theme, text size and the ring sound, for long night shifts.

Each choice takes effect at once and is remembered for the next start; choices machine policy
has made are shown but cannot be changed.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from console.ui import actions
from console.ui.actions import ActionName
from console.ui.ring import SOUNDS, SYSTEM, RingPlayer
from console.ui.style import Appearance, Theme

ZOOM_STEP = 10
RING_VOLUMES = (25, 50, 70, 100)


class ViewMenu(QObject):
    """Builds and runs the View menu. GUI thread only (menu actions and the composer).
    `ring_player` is asked each time: the window's player can be replaced (tests do)."""

    def __init__(
        self,
        window: QWidget,
        menu_bar: QMenuBar,
        appearance: Appearance | None,
        ring_player: Callable[[], RingPlayer],
        remember: Callable[[str, Any], None],
    ) -> None:
        super().__init__(window)
        self._appearance = appearance
        self._ring_player = ring_player
        self._remember = remember
        self.menu = menu_bar.addMenu("")
        self.menu.setObjectName("viewMenu")
        self.theme_actions: dict[Theme, QAction] = {}
        group = QActionGroup(window)
        current = appearance.theme if appearance else Theme.SYSTEM
        for theme in Theme:
            action = QAction(window)
            action.setCheckable(True)
            action.setChecked(theme is current)
            action.setData(theme.value)
            group.addAction(action)
            self.menu.addAction(action)
            self.theme_actions[theme] = action
        group.triggered.connect(self._theme_chosen)
        self.menu.addSeparator()
        self._actions: dict[ActionName, QAction] = {}
        for name in (ActionName.ZOOM_IN, ActionName.ZOOM_OUT):
            self._actions[name] = actions.create_action(name, self, {}, window)
            self.menu.addAction(self._actions[name])
        self._build_ring_menu(window)
        reset = actions.create_action(ActionName.ZOOM_RESET, self, {}, window)
        self._actions[ActionName.ZOOM_RESET] = reset
        self.menu.addAction(reset)
        self.zoom_actions: dict[int, QAction] = {
            ZOOM_STEP: self._actions[ActionName.ZOOM_IN],
            -ZOOM_STEP: self._actions[ActionName.ZOOM_OUT],
            0: reset,
        }
        self.menu.menuAction().setVisible(appearance is not None)

    def _build_ring_menu(self, window: QWidget) -> None:
        """Ring sound and volume, and a way to hear it before a caller does."""
        self.ring_menu = QMenu(window)
        self.ring_menu.setObjectName("ringMenu")
        self.ring_sound_actions: dict[str, QAction] = {}
        sounds = QActionGroup(window)
        for sound in (*SOUNDS, SYSTEM):
            action = QAction(window)
            action.setCheckable(True)
            action.setChecked(sound == self._ring_player().sound)
            action.setData(sound)
            sounds.addAction(action)
            self.ring_menu.addAction(action)
            self.ring_sound_actions[sound] = action
        sounds.triggered.connect(self._ring_sound_chosen)
        self.ring_menu.addSeparator()
        self.ring_volume_actions: dict[int, QAction] = {}
        volumes = QActionGroup(window)
        for volume in RING_VOLUMES:
            action = QAction(f"{volume} %", window)
            action.setCheckable(True)
            action.setChecked(volume == self._ring_player().volume)
            action.setData(volume)
            volumes.addAction(action)
            self.ring_menu.addAction(action)
            self.ring_volume_actions[volume] = action
        volumes.triggered.connect(self._ring_volume_chosen)
        self.ring_menu.addSeparator()
        self.test_ring_action = actions.create_action(
            ActionName.TEST_RING, self, {}, self.ring_menu
        )
        self._actions[ActionName.TEST_RING] = self.test_ring_action
        self.ring_menu.addAction(self.test_ring_action)
        self.menu.addMenu(self.ring_menu)

    def retranslate(self) -> None:
        self.ring_menu.setTitle(QCoreApplication.translate("MainWindow", "Ring sound"))
        sound_names = {
            "chime": QCoreApplication.translate("MainWindow", "Chime"),
            "bell": QCoreApplication.translate("MainWindow", "Bell"),
            "soft": QCoreApplication.translate("MainWindow", "Soft"),
            SYSTEM: QCoreApplication.translate("MainWindow", "System beep"),
        }
        for sound, action in self.ring_sound_actions.items():
            action.setText(sound_names[sound])
        self.menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
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
        actions.retranslate(self._actions)

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

    @Slot()
    def ring_once(self) -> None:
        self._ring_player().play()

    @Slot(QAction)
    def _ring_sound_chosen(self, action: QAction) -> None:
        self._ring_player().set(sound=str(action.data()))
        self._ring_player().play()  # hear the choice at once
        self._remember("ring_sound", str(action.data()))

    @Slot(QAction)
    def _ring_volume_chosen(self, action: QAction) -> None:
        self._ring_player().set(volume=int(action.data()))
        self._ring_player().play()
        self._remember("ring_volume", int(action.data()))

    @Slot(QAction)
    def _theme_chosen(self, action: QAction) -> None:
        if self._appearance is not None:
            self._appearance.set_theme(str(action.data()))
            self._remember("theme", str(action.data()))

    @Slot()
    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._zoom(-ZOOM_STEP)

    @Slot()
    def zoom_reset(self) -> None:
        self._zoom(0)

    def _zoom(self, step: int) -> None:
        if self._appearance is None:
            return
        self._appearance.set_zoom(self._appearance.zoom_percent + step if step else 100)
        self._remember("zoom_percent", self._appearance.zoom_percent)

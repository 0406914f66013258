"""Training mode made unmistakable: a TRAINING banner and frame around the pages, the scenario
panel docked at the side, and a Training menu."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QMenu, QVBoxLayout, QWidget

from console.ui import actions
from console.ui.actions import ActionName
from console.ui.training import TrainingBanner, TrainingPanel


class TrainingFrame(QFrame):
    """The window's central area; framed only in training mode. GUI thread only."""

    def __init__(self, pages: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centralArea")
        self.banner = TrainingBanner(self)
        self.banner.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(pages, 1)
        self.panel: TrainingPanel | None = None
        self._actions: dict[ActionName, QAction] = {}

    def enable(self, panel: TrainingPanel, window: QMainWindow, before: QAction) -> None:
        """Show the banner and frame, dock `panel` and add its menu before the `before` menu."""
        self.panel = panel
        self.banner.show()
        self.setProperty("training", True)
        self.style().unpolish(self)
        self.style().polish(self)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("trainingDock")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.dock.setWidget(panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.menu = QMenu(window)
        window.menuBar().insertMenu(before, self.menu)
        for name in (ActionName.CHOOSE_SCENARIO, ActionName.SHOW_DEBRIEF):
            self._actions[name] = actions.create_action(name, panel, {}, self.menu)
            self.menu.addAction(self._actions[name])

    def retranslate(self) -> None:
        self.banner.retranslate()
        if self.panel is not None:
            self.menu.setTitle(QCoreApplication.translate("MainWindow", "&Training"))
            self.dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Training scenario"))
            actions.retranslate(self._actions)

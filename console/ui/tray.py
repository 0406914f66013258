"""The tray: presence at a glance (a shape and words, not colour alone) and quick actions,
for a volunteer whose window is behind another. It never shows caller content."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from console.contract.enums import Presence
from console.ui.labels import presence_label

QUICK = (Presence.AVAILABLE, Presence.BUSY, Presence.BREAK)


def presence_icon(presence: Presence | None) -> QIcon:
    """A filled disc when available, a ring when busy, two bars on a break, a cross offline."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if presence is Presence.AVAILABLE:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1d6b35"))
        painter.drawEllipse(QRectF(3, 3, 26, 26))
    elif presence is Presence.BUSY:
        painter.setPen(QColor("#8a3b00"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = painter.pen()
        pen.setWidth(5)
        painter.setPen(pen)
        painter.drawEllipse(QRectF(5, 5, 22, 22))
    elif presence is Presence.BREAK:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1f5f8b"))
        painter.drawRect(QRectF(7, 5, 6, 22))
        painter.drawRect(QRectF(19, 5, 6, 22))
    else:
        pen = painter.pen()
        pen.setColor(QColor("#5c5c5c"))
        pen.setWidth(5)
        painter.setPen(pen)
        painter.drawLine(QPointF(7, 7), QPointF(25, 25))
        painter.drawLine(QPointF(25, 7), QPointF(7, 25))
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    """The tray menu exists even where the desktop has no tray, so it is always testable.

    Created and called on the GUI thread only.
    """

    def __init__(
        self,
        window: QWidget,
        choose_presence: Callable[[Presence], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._choose = choose_presence
        self.presence: Presence | None = None
        self.menu = QMenu(window)
        self.menu.setObjectName("trayMenu")
        self.status = self.menu.addAction("")
        self.status.setEnabled(False)
        self.menu.addSeparator()
        self.presence_actions: dict[Presence, QAction] = {}
        for presence in QUICK:
            action = self.menu.addAction("")
            action.setData(presence.value)
            action.triggered.connect(self._presence_chosen)
            self.presence_actions[presence] = action
        self.menu.addSeparator()
        self.show_action = self.menu.addAction("")
        self.show_action.triggered.connect(self._show_window)
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(presence_icon(None), self)
            self.icon.setContextMenu(self.menu)
            self.icon.show()
        self.retranslate()

    def tooltip(self) -> str:
        title = QCoreApplication.translate("MainWindow", "Helpline Console")
        if self.presence is None:
            return f"{title}: {QCoreApplication.translate('MainWindow', 'Not connected')}"
        return f"{title}: {presence_label(self.presence)}"

    def set_presence(self, presence: Presence | None) -> None:
        self.presence = presence
        self.retranslate()

    def retranslate(self) -> None:
        self.status.setText(self.tooltip())
        for presence, action in self.presence_actions.items():
            action.setText(presence_label(presence))
            action.setEnabled(self.presence is not None and presence is not self.presence)
        self.show_action.setText(QCoreApplication.translate("Tray", "Show the console"))
        if self.icon is not None:
            self.icon.setIcon(presence_icon(self.presence))
            self.icon.setToolTip(self.tooltip())

    def notify(self, title: str, text: str) -> None:
        if self.icon is not None:
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)

    @Slot()
    def _presence_chosen(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self._choose(Presence(str(action.data())))

    @Slot()
    def _show_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

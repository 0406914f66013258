"""Queue tiles: who is waiting, per target group and channel, and the trend over the last hour."""

import time
from collections import deque
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.contract.enums import AgeGroup, Channel
from console.contract.resources import QueueStats
from console.ui.formatting import format_duration
from console.ui.labels import age_group_icon, age_group_label, channel_label

HISTORY_S = 3600.0
TILE_EMS = 24  # a tile's comfortable width, in average characters


class Sparkline(QWidget):
    """Waiting count over the last hour, drawn by the app (no chart library).

    Created and called on the GUI thread only.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.samples: deque[tuple[float, int]] = deque()
        self.setMinimumHeight(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def add(self, value: int, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        self.samples.append((now, value))
        while self.samples and now - self.samples[0][0] > HISTORY_S:
            self.samples.popleft()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if len(self.samples) < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width() - 2, self.height() - 2
        end = self.samples[-1][0]
        top = max(1, *(v for _, v in self.samples))
        points = QPolygonF(
            [
                QPointF(1 + width * (1 - (end - t) / HISTORY_S), 1 + height * (1 - v / top))
                for t, v in self.samples
            ]
        )
        painter.setPen(QPen(QColor("#1f5f8b"), 1.5))
        painter.drawPolyline(points)
        painter.end()


class QueueTile(QFrame):
    """One queue's tile with its trend; created and called on the GUI thread only."""

    def __init__(
        self, age_group: AgeGroup, channel: Channel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"queueTile_{age_group.value}_{channel.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.age_group = age_group
        self.channel = channel
        self.queue_label = ""
        self.stats: QueueStats | None = None
        self._title = QLabel(self)
        self._title.setObjectName("queueTileTitle")
        self.waiting = QLabel(self)
        self.waiting.setObjectName("queueWaiting")
        self.longest = QLabel(self)
        self.longest.setObjectName("queueLongestWait")
        self.available = QLabel(self)
        self.available.setObjectName("queueAvailable")
        self.trend = Sparkline(self)
        icon = QLabel(self)
        icon.setPixmap(age_group_icon(age_group).pixmap(18, 18))
        layout = QVBoxLayout(self)
        header = QHBoxLayout()  # a box, not a grid: a wrapped title gets its full height
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._title, 1)
        layout.addLayout(header)
        layout.addWidget(self.waiting)
        layout.addWidget(self.longest)
        layout.addWidget(self.available)
        layout.addWidget(self.trend)
        for label in (self._title, self.waiting, self.longest, self.available):
            # The title can carry a backend's queue id: never markup, never a file image.
            label.setTextFormat(Qt.TextFormat.PlainText)
            # Wrapping, not a fixed width: at 150 % text the tiles give the team table room.
            label.setWordWrap(True)
        self.refresh()

    def set_stats(self, stats: QueueStats) -> None:
        self.stats = stats
        self.trend.add(stats.waiting)
        self.refresh()

    def longest_wait_s(self) -> float:
        if self.stats is None or self.stats.oldest_enqueued_at is None:
            return 0.0
        return max(0.0, (datetime.now(UTC) - self.stats.oldest_enqueued_at).total_seconds())

    def refresh(self) -> None:
        title = f"{age_group_label(self.age_group)} · {channel_label(self.channel)}"
        self._title.setText(f"{title} ({self.queue_label})" if self.queue_label else title)
        stats = self.stats
        waiting = stats.waiting if stats else 0
        rerouted = stats.rerouted if stats else 0
        self.waiting.setText(
            QCoreApplication.translate("QueueTiles", "Waiting: %1 (re-routed here: %2)")
            .replace("%1", str(waiting))
            .replace("%2", str(rerouted))
            if rerouted
            else QCoreApplication.translate("QueueTiles", "Waiting: %1").replace("%1", str(waiting))
        )
        self.longest.setText(
            QCoreApplication.translate("QueueTiles", "Longest wait: %1").replace(
                "%1", format_duration(self.longest_wait_s()) if waiting else "–"
            )
        )
        self.available.setText(
            QCoreApplication.translate("QueueTiles", "Available to answer: %1").replace(
                "%1", str(stats.agents_available if stats else 0)
            )
        )
        self.setProperty("busy", waiting > 0)


class QueueTiles(QWidget):
    """One tile per target group and channel; created and called on the GUI thread only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueTiles")
        self.tiles: dict[str, QueueTile] = {}
        self._columns = 3
        self._grid = QGridLayout(self)
        for channel in Channel:
            for age in AgeGroup:
                self._add_tile(f"{age.value}.{channel.value}", age, channel)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)

    def _add_tile(self, queue_id: str, age: AgeGroup, channel: Channel) -> QueueTile:
        tile = QueueTile(age, channel, self)
        index = len(self.tiles)
        self.tiles[queue_id] = tile
        self._grid.addWidget(tile, index // self._columns, index % self._columns)
        return tile

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Three tiles a row where they fit, else two or one (large text, narrow panel):
        laid out again only when the count changes, never per update."""
        super().resizeEvent(event)
        wanted = max(1, min(3, self.width() // (self.fontMetrics().averageCharWidth() * TILE_EMS)))
        if wanted == self._columns:
            return
        self._columns = wanted
        for index, tile in enumerate(self.tiles.values()):
            self._grid.removeWidget(tile)
            self._grid.addWidget(tile, index // wanted, index % wanted)

    def set_stats(self, stats: QueueStats) -> None:
        tile = self.tiles.get(stats.id)
        if tile is None:
            # A backend may split queues further (per organisation, say): one tile each.
            tile = self._add_tile(stats.id, stats.age_group, stats.channel)
            tile.queue_label = stats.id
        tile.set_stats(stats)

    def tick(self) -> None:
        now = time.monotonic()
        for tile in self.tiles.values():
            samples = tile.trend.samples
            if tile.stats is not None and (not samples or now - samples[-1][0] >= 30):
                tile.trend.add(tile.stats.waiting, now)  # a flat hour is a line too
            tile.refresh()

    def longest_wait_s(self) -> float:
        return max((tile.longest_wait_s() for tile in self.tiles.values()), default=0.0)

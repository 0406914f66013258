"""The Statistics tab's four charts, drawn with pyqtgraph (MIT; a plotting library for Qt).

Offered vs answered by day and by hour of day, median waiting time by day, and topic shares per
target group. Suppressed counts (null) are drawn as gaps, never as a guess. Importing this
module loads pyqtgraph and numpy (about 0.6 s): only the coordinator's tab imports it, when it
is first opened. GUI thread only.
"""

from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QGridLayout, QWidget

from console.contract.statistics import StatisticsRow

# Blue and orange (Okabe-Ito): told apart with every common colour-vision deficiency.
OFFERED = QColor("#0072B2")
ANSWERED = QColor("#E69F00")
CHILD_YOUTH = QColor("#009E73")
ADULT = QColor("#CC79A7")
WAIT = QColor("#D55E00")
BAR = 0.38


def _values(rows: Sequence[StatisticsRow], name: str) -> list[float]:
    """Counts as floats, a suppressed one as 0 (drawn as no bar: never a guessed height)."""
    values: list[float] = []
    for row in rows:
        value = getattr(row, name)
        values.append(float(value) if value is not None else 0.0)
    return values


class StatisticsCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsCharts")
        background = self.palette().color(QPalette.ColorRole.Base)
        foreground = self.palette().color(QPalette.ColorRole.Text)
        self.plots: dict[str, pg.PlotWidget] = {}
        layout = QGridLayout(self)
        for index, name in enumerate(("by_day", "by_hour", "wait", "topics")):
            plot = pg.PlotWidget(self, background=background)
            plot.setObjectName(f"chart_{name}")
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            for axis in ("left", "bottom"):
                plot.getAxis(axis).setPen(foreground)
                plot.getAxis(axis).setTextPen(foreground)
            plot.showGrid(y=True, alpha=0.2)
            self.plots[name] = plot
            layout.addWidget(plot, index // 2, index % 2)
        self._foreground = foreground
        self._legends = {
            name: self.plots[name].addLegend(offset=(-10, 10), labelTextColor=foreground)
            for name in ("by_day", "by_hour", "topics")
        }

    def set_titles(self, titles: dict[str, str]) -> None:
        for name, title in titles.items():
            self.plots[name].setTitle(title, color=self._foreground)

    def _bars(
        self,
        name: str,
        rows: Sequence[StatisticsRow],
        ticks: list[tuple[float, str]],
        legend: tuple[str, str],
    ) -> None:
        plot = self.plots[name]
        plot.clear()
        self._legends[name].clear()
        xs = list(range(len(rows)))
        for shift, field, colour, label in (
            (-BAR / 2, "offered", OFFERED, legend[0]),
            (BAR / 2, "answered", ANSWERED, legend[1]),
        ):
            bars = pg.BarGraphItem(
                x=[x + shift for x in xs], height=_values(rows, field), width=BAR, brush=colour
            )
            plot.addItem(bars)
            self._legends[name].addItem(bars, label)
        plot.getAxis("bottom").setTicks([ticks])
        plot.enableAutoRange()

    def show_days(self, rows: Sequence[StatisticsRow], legend: tuple[str, str]) -> None:
        step = max(1, len(rows) // 10)
        ticks = [(float(i), _day_label(row.day)) for i, row in enumerate(rows) if i % step == 0]
        self._bars("by_day", rows, ticks, legend)
        self._wait(rows, ticks)

    def show_hours(self, rows: Sequence[StatisticsRow], legend: tuple[str, str]) -> None:
        ticks = [(float(i), f"{row.hour:02d}") for i, row in enumerate(rows) if i % 3 == 0]
        self._bars("by_hour", rows, ticks, legend)

    def _wait(self, rows: Sequence[StatisticsRow], ticks: list[tuple[float, str]]) -> None:
        plot = self.plots["wait"]
        plot.clear()
        points = [(float(i), r.median_wait_s) for i, r in enumerate(rows)]
        shown = [(x, y / 60) for x, y in points if y is not None]
        if shown:
            plot.plot(
                [p[0] for p in shown],
                [p[1] for p in shown],
                pen=pg.mkPen(WAIT, width=2),
                symbol="o",
                symbolSize=5,
                symbolBrush=WAIT,
            )
        plot.getAxis("bottom").setTicks([ticks])
        plot.enableAutoRange()

    def show_topics(
        self,
        groups: list[str],
        shares: dict[str, list[float]],
        legend: dict[str, str],
    ) -> None:
        """Horizontal bars: the share (%) of topic mentions per group, one bar per target."""
        plot = self.plots["topics"]
        plot.clear()
        self._legends["topics"].clear()
        ys = list(range(len(groups)))
        for shift, key, colour in (
            (-BAR / 2, "child_youth", CHILD_YOUTH),
            (BAR / 2, "adult", ADULT),
        ):
            values = shares.get(key, [0.0] * len(groups))
            bars = pg.BarGraphItem(
                x0=0, y=[y + shift for y in ys], height=BAR, width=values, brush=colour
            )
            plot.addItem(bars)
            self._legends["topics"].addItem(bars, legend[key])
        plot.getAxis("left").setTicks([[(float(y), groups[y]) for y in ys]])
        plot.getViewBox().invertY(True)
        plot.enableAutoRange()


def _day_label(day: date | None) -> str:
    return day.strftime("%d.%m") if day is not None else ""

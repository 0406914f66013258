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
    """Every plot item is made once; new figures only update them (no item is re-created, so
    drawing a year of days stays well inside one frame budget)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsCharts")
        background = self.palette().color(QPalette.ColorRole.Base)
        foreground = self.palette().color(QPalette.ColorRole.Text)
        self._foreground = foreground
        self.plots: dict[str, pg.PlotWidget] = {}
        layout = QGridLayout(self)
        for index, name in enumerate(("by_day", "by_hour", "wait", "topics")):
            plot = pg.PlotWidget(self, background=background)
            plot.setObjectName(f"chart_{name}")
            plot.setMenuEnabled(False)
            # pyqtgraph's own options menu (English only, never shown here) has no parent:
            # give it one, so it goes when the charts go instead of lingering as a window.
            options = plot.getPlotItem().ctrlMenu
            options.setParent(self, options.windowFlags())
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.disableAutoRange()
            for axis in ("left", "bottom"):
                plot.getAxis(axis).setPen(foreground)
                plot.getAxis(axis).setTextPen(foreground)
            plot.showGrid(y=True, alpha=0.2)
            self.plots[name] = plot
            layout.addWidget(plot, index // 2, index % 2)
        self.bars: dict[str, tuple[pg.BarGraphItem, pg.BarGraphItem]] = {}
        self._legends: dict[str, pg.LegendItem] = {}
        for name, colours in (
            ("by_day", (OFFERED, ANSWERED)),
            ("by_hour", (OFFERED, ANSWERED)),
            ("topics", (CHILD_YOUTH, ADULT)),
        ):
            horizontal = name == "topics"
            pair = tuple(self._bar_item(c, horizontal) for c in colours)
            self.bars[name] = (pair[0], pair[1])
            for item in pair:
                self.plots[name].addItem(item)
            # A legend over the bars stays readable: the plot's own colour, mostly opaque.
            veil = QColor(background)
            veil.setAlpha(220)
            self._legends[name] = self.plots[name].addLegend(
                offset=(-10, 10), labelTextColor=foreground, brush=veil
            )
        self.plots["topics"].getViewBox().invertY(True)
        self.wait_curve = self.plots["wait"].plot([], [], pen=pg.mkPen(WAIT, width=2))

    @staticmethod
    def _bar_item(colour: QColor, horizontal: bool) -> pg.BarGraphItem:
        if horizontal:
            return pg.BarGraphItem(x0=0, y=[], height=BAR, width=[], brush=colour, pen=None)
        return pg.BarGraphItem(x=[], height=[], width=BAR, brush=colour, pen=None)

    def set_titles(self, titles: dict[str, str]) -> None:
        for name, title in titles.items():
            self.plots[name].setTitle(title, color=self._foreground)

    def set_legend(self, name: str, labels: tuple[str, str]) -> None:
        legend = self._legends[name]
        legend.clear()
        for item, label in zip(self.bars[name], labels, strict=True):
            legend.addItem(item, label)

    def _bars(
        self,
        name: str,
        rows: Sequence[StatisticsRow],
        ticks: list[tuple[float, str]],
    ) -> None:
        plot = self.plots[name]
        xs = list(range(len(rows)))
        top = 1.0
        for (shift, field), bars in zip(
            ((-BAR / 2, "offered"), (BAR / 2, "answered")), self.bars[name], strict=True
        ):
            heights = _values(rows, field)
            top = max([top, *heights])
            bars.setOpts(x=[x + shift for x in xs], height=heights, width=BAR)
        plot.getAxis("bottom").setTicks([ticks])
        plot.setRange(xRange=(-0.6, max(len(rows), 1) - 0.4), yRange=(0, top * 1.1), padding=0)

    def show_days(self, rows: Sequence[StatisticsRow]) -> None:
        step = max(1, len(rows) // 10)
        ticks = [(float(i), _day_label(row.day)) for i, row in enumerate(rows) if i % step == 0]
        self._bars("by_day", rows, ticks)
        self._wait(rows, ticks)

    def show_hours(self, rows: Sequence[StatisticsRow]) -> None:
        ticks = [(float(i), f"{row.hour:02d}") for i, row in enumerate(rows) if i % 3 == 0]
        self._bars("by_hour", rows, ticks)

    def _wait(self, rows: Sequence[StatisticsRow], ticks: list[tuple[float, str]]) -> None:
        shown = [(float(i), r.median_wait_s / 60) for i, r in enumerate(rows) if r.median_wait_s]
        self.wait_curve.setData([p[0] for p in shown], [p[1] for p in shown])
        top = max([1.0, *(p[1] for p in shown)])
        plot = self.plots["wait"]
        plot.getAxis("bottom").setTicks([ticks])
        plot.setRange(xRange=(-0.6, max(len(rows), 1) - 0.4), yRange=(0, top * 1.1), padding=0)

    def show_topics(self, groups: list[str], shares: dict[str, list[float]]) -> None:
        """Horizontal bars: the share (%) of topic mentions per group, one bar per target."""
        ys = list(range(len(groups)))
        top = 1.0
        for (shift, key), bars in zip(
            ((-BAR / 2, "child_youth"), (BAR / 2, "adult")), self.bars["topics"], strict=True
        ):
            values = shares.get(key, [0.0] * len(groups))
            top = max([top, *values])
            bars.setOpts(x0=0, y=[y + shift for y in ys], height=BAR, width=values)
        plot = self.plots["topics"]
        plot.getAxis("left").setTicks([[(float(y), groups[y]) for y in ys]])
        plot.setRange(xRange=(0, top * 1.1), yRange=(-0.6, max(len(groups), 1) - 0.4), padding=0)


def _day_label(day: date | None) -> str:
    return day.strftime("%d.%m") if day is not None else ""

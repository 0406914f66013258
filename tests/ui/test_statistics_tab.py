"""The Statistics tab against the real simulator: charts, progress, and exports that hide small
counts and never carry a note."""

import csv
import re
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from console.app import Console
from console.bridge.records_bridge import RecordsBridge
from console.core.statistics_export import SUPPRESSED_MARK
from console.simulator.history import NOTE_MARK
from console.simulator.server import SimulatorServer
from console.ui.statistics_tab import StatisticsTab
from tests.ui.helpers import open_console

pytestmark = pytest.mark.qt
WAIT_MS = 15_000
FIRST, LAST = date(2026, 10, 1), date(2026, 10, 31)
COUNT_COLUMNS = ("Offered", "Answered", "Abandoned", "Silent")


@pytest.fixture
def coordinator(qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer) -> Iterator[Console]:
    body = {"contacts": 6000, "seed": 5, "from": FIRST.isoformat(), "to": LAST.isoformat()}
    assert httpx.post(f"{simulator.url}/_sim/history", json=body, timeout=30).status_code == 200
    built = open_console(qtbot, qapp, simulator.url, login_hint="demo-coordinator")
    yield built
    built.shutdown()


def _tab(qtbot: QtBot, console: Console, out: Path) -> StatisticsTab:
    bridge = RecordsBridge(console.bridge.runner, lambda: console.session.api, console.window)

    def choose(_parent: QWidget, suggested: str, _filter: str) -> Path:
        return out / suggested

    tab = StatisticsTab(bridge, "en", today=lambda: LAST, choose_path=choose)
    tab.first.setDate(QDate(FIRST.year, FIRST.month, FIRST.day))
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    return tab


def _shown(qtbot: QtBot, tab: StatisticsTab) -> None:
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    assert tab.progress.isVisible()  # the query runs on the core thread: progress meanwhile
    qtbot.waitUntil(lambda: len(tab.reports) == 3 and not tab.progress.isVisible(), timeout=WAIT_MS)


def test_charts_show_the_period_and_small_counts_stay_hidden_in_exports(
    qtbot: QtBot, coordinator: Console, tmp_path: Path
) -> None:
    tab = _tab(qtbot, coordinator, tmp_path)
    _shown(qtbot, tab)
    assert len(tab.reports["day"].rows) == 31
    assert len(tab.reports["hour"].rows) == 24
    charts = tab.charts
    offered, answered = charts.bars["by_day"]
    assert len(offered.opts["height"]) == 31
    assert sum(answered.opts["height"]) < sum(offered.opts["height"])  # not all are answered
    assert len(charts.bars["by_hour"][0].opts["height"]) == 24
    assert len(charts.wait_curve.getData()[0]) == 31
    child, adult = charts.bars["topics"]
    assert sum(child.opts["width"]) == pytest.approx(100) == sum(adult.opts["width"])
    assert "Offered" in tab.status.text()

    qtbot.mouseClick(tab.csv_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.xlsx_button, Qt.MouseButton.LeftButton)
    csv_path = tmp_path / "statistics-2026-10-01-2026-10-31.csv"
    xlsx_path = tmp_path / "statistics-2026-10-01-2026-10-31.xlsx"
    assert "Saved" in tab.status.text()

    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    assert len(body) == 31
    counted = [i for i, name in enumerate(header) if name not in ("Day", "Median wait (s)")]
    marks = 0
    for line in body:
        for index in counted:
            cell = line[index]
            marks += cell == SUPPRESSED_MARK
            assert cell == SUPPRESSED_MARK or int(cell) == 0 or int(cell) >= 5, (
                header[index],
                cell,
            )
    assert marks > 0, "a month of one organisation's topics must have something suppressed"
    assert set(COUNT_COLUMNS) <= set(header)
    assert NOTE_MARK not in csv_path.read_text(encoding="utf-8-sig")

    with zipfile.ZipFile(xlsx_path) as workbook:
        sheet = workbook.read("xl/worksheets/sheet1.xml").decode("utf-8")
        strings = workbook.read("xl/sharedStrings.xml").decode("utf-8")
    cells = re.findall(r'<c r="([A-Z]+)(\d+)"([^>]*)><v>([^<]*)</v></c>', sheet)
    numeric = 0
    for column, row, attributes, value in cells:
        if 't="s"' in attributes or row == "1" or _column_index(column) not in counted:
            continue  # text (a label, a day or the suppression mark) or not a count
        numeric += 1
        assert float(value) == 0 or float(value) >= 5, (column, row, value)
    assert numeric > 100
    assert f"<t>{SUPPRESSED_MARK}</t>".replace("<5", "&lt;5") in strings
    assert NOTE_MARK not in strings and NOTE_MARK not in sheet


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + (ord(letter) - ord("A") + 1)
    return index - 1


def test_filters_narrow_the_query_and_a_backwards_period_is_refused_here(
    qtbot: QtBot, coordinator: Console, tmp_path: Path
) -> None:
    tab = _tab(qtbot, coordinator, tmp_path)
    tab.channel.setCurrentIndex(tab.channel.findData("chat"))
    query = tab.query(())
    assert (query.channel, query.first, query.last) == ("chat", FIRST, LAST)
    _shown(qtbot, tab)
    assert all(r.hour is not None for r in tab.reports["hour"].rows)
    tab.first.setDate(tab.last.date().addDays(1))
    tab.refresh()
    assert not tab.progress.isVisible()
    assert "at most" in tab.status.text()

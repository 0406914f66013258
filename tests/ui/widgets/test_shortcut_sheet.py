"""The F1 sheet alone: every shortcut in a table, readable at the window's text size."""

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from console.config.shortcuts import DEFAULTS, effective_shortcuts
from console.ui.shortcut_sheet import ShortcutSheet

pytestmark = pytest.mark.qt


@pytest.fixture
def sheet(qtbot: QtBot, qapp: QApplication) -> Iterator[ShortcutSheet]:
    normal = QFont(qapp.font())
    font = QFont(normal)
    font.setPointSizeF(font.pointSizeF() * 1.5)  # the console at 150 % (Appearance's zoom)
    qapp.setFont(font)
    parent = QWidget()
    qtbot.addWidget(parent)
    widget = ShortcutSheet(parent)
    widget.fill(DEFAULTS, ["Legevakt", "AMK 113", "Alarmtelefonen"])
    widget.show()
    qtbot.waitExposed(widget)
    yield widget  # the parent lives as long as the test
    widget.close()
    qapp.setFont(normal)


def cells(sheet: ShortcutSheet) -> list[tuple[str, str]]:
    return sheet.rows()


def test_every_configurable_shortcut_is_listed(sheet: ShortcutSheet) -> None:
    listed = {key for key, _ in cells(sheet)}
    assert set(DEFAULTS.values()) <= listed
    assert ("Ctrl+Shift+2", "Start a transfer to AMK 113") in cells(sheet)
    assert all(what.strip() for _, what in cells(sheet))


def test_a_changed_key_is_what_the_sheet_shows(sheet: ShortcutSheet) -> None:
    keys = effective_shortcuts({"complete_transfer": "F7"})
    sheet.fill(keys)
    assert ("F7", "Complete the transfer") in cells(sheet)
    assert "F7\tComplete the transfer" in sheet.text()


def test_the_table_uses_the_window_text_size_and_shows_whole_rows(sheet: ShortcutSheet) -> None:
    parent = sheet.parentWidget()
    assert parent is not None
    assert sheet.table.font().pointSizeF() == pytest.approx(parent.font().pointSizeF())
    metrics = sheet.table.fontMetrics()
    for row, (key, _what) in enumerate(cells(sheet)):
        assert sheet.table.columnWidth(0) >= metrics.horizontalAdvance(key)
        assert metrics.height() <= sheet.table.rowHeight(row) <= 3 * metrics.height()
    assert sheet.table.columnWidth(1) >= max(metrics.horizontalAdvance(w) for _, w in cells(sheet))

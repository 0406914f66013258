"""The Qt binding must not corrupt reference counts (PySide6 6.12.0 did, on Python 3.11)."""

import sys

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

CALLS = 2000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and bools are immortal from 3.12")
def test_calls_returning_none_or_bools_keep_their_references(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(CALLS):
        label.setText("x")
        label.setVisible(False)
        QWidget.isVisible(label)
    # Other threads may hold a few more or fewer; a leak per call would show thousands.
    assert abs(sys.getrefcount(None) - none_before) < CALLS // 10
    assert abs(sys.getrefcount(True) - true_before) < CALLS // 10

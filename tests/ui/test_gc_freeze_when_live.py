"""`python -m console` freezes the start once the shift is live, not before (console/gc_freeze)."""

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import build_console, freeze_start_when_live
from console.simulator.server import SimulatorServer

pytestmark = pytest.mark.qt


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # before the leak checks, which look through gc.get_objects()


@pytest.mark.usefixtures("unfrozen")
def test_the_start_is_frozen_when_the_shift_goes_live(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer
) -> None:
    built = build_console(qapp, simulator.url, login_hint="demo-volunteer", language="en")
    qtbot.addWidget(built.window)
    try:
        freeze_start_when_live(built)
        assert gc.get_freeze_count() == 0, "frozen before the shift was live"
        with qtbot.waitSignal(built.bridge.started, timeout=10_000):
            built.window.show()
        assert gc.get_freeze_count() > 0
        assert not any(obj is built.window for obj in gc.get_objects())
    finally:
        built.shutdown()

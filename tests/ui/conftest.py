"""GUI tests: the real window, the real core, the real simulator on loopback."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console
from console.simulator.server import SimulatorServer
from tests.ui.helpers import open_console

pytestmark = pytest.mark.qt


@pytest.fixture
def console(qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer) -> Iterator[Console]:
    built = open_console(qtbot, qapp, simulator.url)
    yield built
    built.shutdown()

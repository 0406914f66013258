"""GUI tests: the real window, the real core, the real simulator on loopback."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console, build_console
from console.core.backoff import Backoff
from console.simulator.server import SimulatorServer

pytestmark = pytest.mark.qt


@pytest.fixture
def console(qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer) -> Iterator[Console]:
    built = build_console(
        qapp,
        simulator.url,
        login_hint="demo-volunteer",
        language="en",
        backoff=Backoff(base_s=0.05, cap_s=0.3),
    )
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitUntil(lambda: built.window.pages.currentIndex() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not built.window.banner.isVisible(), timeout=10_000)
    yield built
    built.shutdown()

"""The console's start holds cycle collection until the shift is live, then releases it."""

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console import app as composition
from console.app import build_console, collect_when_live
from console.simulator.server import SimulatorServer
from console.startup_gc import DeferredCollection
from console.ui.page import Page


@pytest.fixture
def collection() -> Iterator[DeferredCollection]:
    held = DeferredCollection()
    yield held
    held.release()
    gc.unfreeze()  # the rest of the test run scans these objects as before


def test_collection_resumes_only_after_the_shift_is_live(
    qtbot: QtBot,
    qapp: QApplication,
    simulator: SimulatorServer,
    collection: DeferredCollection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No grace after going live: a release armed before the start would come first.
    monkeypatch.setattr(composition, "COLLECT_AFTER_LIVE_MS", 0)
    built = build_console(qapp, simulator.url, login_hint="demo-volunteer", language="en")
    qtbot.addWidget(built.window)
    try:
        collect_when_live(built, collection)
        with qtbot.waitSignal(built.bridge.started, timeout=10_000):
            built.window.show()
        assert collection.held, "released before the first live paint"
        qtbot.waitUntil(lambda: not collection.held, timeout=5_000)
        assert gc.isenabled()
        assert built.window.me is not None
        assert built.window.pages.currentIndex() == Page.SHIFT
    finally:
        built.shutdown()


def test_collection_resumes_once_the_sign_in_page_shows(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer, collection: DeferredCollection
) -> None:
    built = build_console(qapp, simulator.url, language="en")
    qtbot.addWidget(built.window)
    try:
        collect_when_live(built, collection)
        built.window.show()
        qtbot.waitUntil(lambda: not collection.held, timeout=5_000)
        assert gc.isenabled()
        assert built.window.pages.currentIndex() == Page.SIGN_IN
    finally:
        built.shutdown()

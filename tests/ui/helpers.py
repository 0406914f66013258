"""Helpers shared by the GUI tests (and the fault and soak tests that drive the window)."""

from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console, build_console
from console.core.backoff import Backoff
from console.ui.page import Page


def open_console(
    qtbot: QtBot, qapp: QApplication, url: str, login_hint: str = "demo-volunteer", **options: Any
) -> Console:
    """A console signed in, live and shown, as a volunteer sees it; the caller shuts it down."""
    options.setdefault("language", "en")
    options.setdefault("backoff", Backoff(base_s=0.05, cap_s=0.3))
    built = build_console(qapp, url, login_hint=login_hint, **options)
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitUntil(lambda: built.window.pages.currentIndex() == Page.SHIFT, timeout=10_000)
    qtbot.waitUntil(lambda: not built.window.banner.isVisible(), timeout=10_000)
    return built

"""Helpers shared by the GUI tests (and the fault and soak tests that drive the window)."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console, build_console
from console.core.backoff import Backoff
from console.ui.contact_panel import ContactPanel
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


def wait_for_contact_form(qtbot: QtBot, console: Console) -> None:
    """The wrap-up form loads in the background after sign-in: contacts opened after it use it."""
    page = console.window.shift_page
    qtbot.waitUntil(lambda: page.contact_form is not None, timeout=10_000)


def file_conversation(qtbot: QtBot, panel: ContactPanel, topic: str) -> None:
    """Fill in the wrap-up as a conversation about `topic` with the mouse and keyboard, and
    finish it."""
    form = panel.record_form
    assert form is not None, "this contact was opened before the wrap-up form arrived"
    qtbot.mouseClick(form.call_type_buttons["conversation"], Qt.MouseButton.LeftButton)
    form.check(topic)
    for field in ("age_band", "gender"):
        editor = form.editors[field]
        editor.setFocus()
        qtbot.keyClick(editor, Qt.Key.Key_End)  # the last choice: unknown / not asked
    qtbot.mouseClick(form.finish_button, Qt.MouseButton.LeftButton)

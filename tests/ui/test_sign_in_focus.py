"""The sign-in page keeps the keyboard on its one button: at start and after a refusal."""

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import build_console
from console.core.errors import CoreError, ErrorKind
from console.simulator.server import SimulatorServer
from console.ui.page import Page


def test_the_sign_in_button_has_the_focus_at_start_and_after_a_refusal(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer
) -> None:
    built = build_console(qapp, simulator.url, language="en")
    qtbot.addWidget(built.window)
    window = built.window
    try:
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: window.pages.currentIndex() == Page.SIGN_IN)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sign_in_button)
        window.sign_in_button.setEnabled(False)  # as while the browser step runs
        window.setFocus()  # the focus is elsewhere when the refusal comes
        window.start_failed(CoreError(ErrorKind.PROVIDER_UNREACHABLE, "down"))
        assert window.sign_in_button.isEnabled()
        assert QApplication.focusWidget() is window.sign_in_button
        assert "cannot be reached" in window.sign_in_error.text()
    finally:
        built.shutdown()

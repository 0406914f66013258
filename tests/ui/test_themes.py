"""Themes for long night shifts: light, dark, high contrast, or the OS's own; readable
contrast in each; text that scales without clipping."""

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from console.app import Console
from console.ui.style import PALETTES, Appearance, Palette, Theme
from tests.ui.test_languages import choose_language, clipped
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", list(PALETTES))
def test_every_palette_is_readable(theme: Theme) -> None:
    palette: Palette = PALETTES[theme]
    needed = 7.0 if theme is Theme.HIGH_CONTRAST else 4.5  # WCAG AAA / AA for body text
    for foreground, background in [
        (palette.text, palette.window),
        (palette.text, palette.base),
        (palette.accept_text, palette.accept),
        (palette.danger, palette.window),
        (palette.selection_text, palette.selection),
    ]:
        assert contrast(foreground, background) >= needed, (theme, foreground, background)


@pytest.mark.parametrize("theme", list(PALETTES))
def test_choosing_a_theme_restyles_the_whole_application(console: Console, theme: Theme) -> None:
    console.window.theme_actions[theme].trigger()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    expected = PALETTES[theme]
    assert expected.window in app.styleSheet()
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(expected.window)
    console.window.theme_actions[Theme.SYSTEM].trigger()


def test_following_the_system_switches_with_the_os(qtbot: QtBot, qapp: QApplication) -> None:
    """The headless platform has no colour scheme of its own: the OS side is faked, and Qt's
    own change signal is what the console reacts to."""
    scheme = [Qt.ColorScheme.Light]
    appearance = Appearance(qapp, Theme.SYSTEM, os_scheme=lambda: scheme[0])
    hints = QGuiApplication.styleHints()
    try:
        assert PALETTES[Theme.LIGHT].window in qapp.styleSheet()
        scheme[0] = Qt.ColorScheme.Dark
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        qtbot.waitUntil(lambda: PALETTES[Theme.DARK].window in qapp.styleSheet(), timeout=WAIT_MS)
        appearance.set_theme("high-contrast")  # a chosen theme stays, whatever the OS does
        scheme[0] = Qt.ColorScheme.Light
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert PALETTES[Theme.HIGH_CONTRAST].window in qapp.styleSheet()
    finally:
        appearance.set_theme("light")
        appearance.deleteLater()


def test_larger_text_still_fits_in_the_longest_languages(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    window.resize(1100, 700)
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "voice", "age_group": "child_youth"})
    accept_first(qtbot, console)
    base = QApplication.font().pointSizeF()
    for _ in range(5):
        window.zoom_actions[10].trigger()  # 150 %
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    problems = {}
    for code in ("en", "se_NO", "nn_NO"):
        choose_language(console, code)
        try:
            qtbot.waitUntil(lambda: not clipped(window), timeout=3000)
        except TimeoutError:
            problems[code] = clipped(window)
    window.zoom_actions[0].trigger()
    choose_language(console, "en")
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert problems == {}

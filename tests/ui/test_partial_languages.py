"""Partial languages (Lule and South Sámi) say so on their language menu entry, in the
current language."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from console.i18n import mark_partial_languages
from console.languages import LANGUAGES


def test_partial_languages_are_marked_and_the_others_are_not(
    qtbot: QtBot, qapp: QApplication
) -> None:
    menu = QMenu()
    qtbot.addWidget(menu)
    for language in LANGUAGES:
        action = QAction(language.native_name, menu)
        action.setData(language.code)
        menu.addAction(action)
    mark_partial_languages(menu.actions())
    notes = {a.data(): a.statusTip() for a in menu.actions()}
    assert notes["smj_NO"] == notes["sma_NO"] != ""
    assert "bokmål" in notes["smj_NO"]
    assert all(note == "" for code, note in notes.items() if code not in ("smj_NO", "sma_NO"))
    assert menu.actions()[1].toolTip() == notes["smj_NO"]
    assert menu.actions()[0].toolTip() == "Davvisámegiella"  # Qt's default: the text itself
    texts = {a.data(): a.text() for a in menu.actions()}
    assert texts["smj_NO"] == "Julevsámegiella (partly translated)"
    assert texts["se_NO"] == "Davvisámegiella"

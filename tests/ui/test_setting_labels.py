"""Every setting has a description (for IT) and a label (for volunteers), and the
installation dialog never shows a raw setting name, in any language."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.config import FIELDS, Settings, load_settings
from console.i18n import LanguageManager
from console.languages import LANGUAGE_CODES
from console.ui.installation_dialog import InstallationDialog, setting_labels


def test_every_setting_has_a_description_and_a_label() -> None:
    labels = setting_labels()
    assert list(labels) == list(FIELDS)  # one label per setting, in the settings' order
    for name, info in Settings.model_fields.items():
        assert info.description, f"{name} has no description"
        assert labels[name] and labels[name] != name, f"{name} has no label"
    assert len(set(labels.values())) == len(labels)


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp)
    yield manager
    manager.switch("en")
    manager.remove()


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_the_installation_dialog_shows_no_raw_setting_name(
    qtbot: QtBot, tmp_path: Path, languages: LanguageManager, code: str
) -> None:
    languages.switch(code)
    settings = load_settings({}, {}, tmp_path / "policy.toml", tmp_path / "user.toml", {})
    dialog = InstallationDialog(settings, {"version": "0.1.0", "commit": "abc"}, None)
    qtbot.addWidget(dialog)
    shown = []
    for row in range(dialog.table.rowCount()):
        item = dialog.table.item(row, 0)
        assert item is not None
        shown.append(item.text())
    assert len(shown) == len(FIELDS)
    raw = [text for text in shown if text in FIELDS or "_" in text or not text.strip()]
    assert raw == []

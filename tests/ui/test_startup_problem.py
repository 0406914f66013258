"""The startup-problem window shows every problem in a bad settings file, open and inert."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTextEdit
from pytestqt.qtbot import QtBot

from console.config import SettingsError, load_settings
from console.ui.startup_problem import settings_problem_box


def test_every_problem_is_shown_open_with_control_characters_escaped(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        'colour = "red"\n"\\u001b[2Jwipe" = 1\nidle_lock_minutes = 0\n', encoding="utf-8"
    )
    with pytest.raises(SettingsError) as caught:
        load_settings({}, {}, policy, tmp_path / "none.toml", {})
    box = settings_problem_box(str(caught.value) + "\n\x1b]0;raw\x07")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    details = [edit for edit in box.findChildren(QTextEdit) if edit.isVisible()]
    assert len(details) == 1  # open without pressing "Show Details"
    shown = details[0].toPlainText().splitlines()
    assert shown == [
        f"{policy}, line 1, key 'colour': is not a known setting",
        f"{policy}, line 2, key '\\x1b[2Jwipe': is not a known setting",
        f"{policy}, line 3, key 'idle_lock_minutes': Input should be greater than or equal to 1",
        "\\x1b]0;raw\\x07",
    ]

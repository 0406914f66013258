"""The wrap-up form widget: one click for a silent call, required fields block completion."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTreeWidget
from pytestqt.qtbot import QtBot

from console.contract.enums import AgeGroup
from console.simulator.forms import FormCatalogue
from console.ui.wrap_up_form import WrapUpForm

pytestmark = pytest.mark.qt
FORM = FormCatalogue.load().current("kirkens-sos")


def _form(qtbot: QtBot, age: AgeGroup = AgeGroup.ADULT, language: str = "en") -> WrapUpForm:
    widget = WrapUpForm(FORM, age, language)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def _filed(widget: WrapUpForm) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []
    widget.filed.connect(lambda version, record: seen.append((version, record)))
    return seen


def test_a_silent_call_is_filed_in_one_click(qtbot: QtBot) -> None:
    widget = _form(qtbot)
    seen = _filed(widget)
    qtbot.mouseClick(widget.closing_buttons["silent"], Qt.MouseButton.LeftButton)
    assert seen == [(FORM.version, {"call_type": "silent"})]
    qtbot.mouseClick(widget.closing_buttons["silent"], Qt.MouseButton.LeftButton)
    assert len(seen) == 1  # a second click right after files nothing more


def test_focus_starts_on_a_call_type_that_files_nothing(qtbot: QtBot) -> None:
    widget = _form(qtbot)
    seen = _filed(widget)
    widget.focus_first()
    qtbot.waitUntil(widget.call_type_buttons["conversation"].hasFocus)
    qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Return)
    assert seen == []  # choosing "conversation" files nothing by itself
    assert widget.call_type() == "conversation"


def test_required_fields_block_completion_and_get_focus(qtbot: QtBot) -> None:
    widget = _form(qtbot)
    seen = _filed(widget)
    qtbot.mouseClick(widget.call_type_buttons["conversation"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.finish_button, Qt.MouseButton.LeftButton)
    assert seen == []
    problem = widget.findChild(type(widget._problem), "wrapUpProblem")
    assert problem is not None
    assert "Topics" in problem.text() and "Age" in problem.text()
    qtbot.waitUntil(widget.editors["topics"].hasFocus)

    widget.check("mental_health.loneliness")
    qtbot.mouseClick(widget.finish_button, Qt.MouseButton.LeftButton)
    assert seen == []
    qtbot.waitUntil(widget.editors["age_band"].hasFocus)
    age = widget.editors["age_band"]
    assert isinstance(age, QComboBox)
    qtbot.keyClick(age, Qt.Key.Key_Down)  # keyboard only: the first band
    gender = widget.editors["gender"]
    assert isinstance(gender, QComboBox)
    gender.setFocus()
    qtbot.keyClick(gender, Qt.Key.Key_End)  # the last choice: "not asked"
    qtbot.mouseClick(widget.finish_button, Qt.MouseButton.LeftButton)
    assert seen == [
        (
            FORM.version,
            {
                "call_type": "conversation",
                "topics": ["mental_health.loneliness"],
                "age_band": "under_30",
                "gender": "not_asked",
            },
        )
    ]


def test_a_transfer_prefills_its_action(qtbot: QtBot) -> None:
    widget = _form(qtbot, AgeGroup.CHILD_YOUTH)
    widget.prefill_transfer("alarmtelefonen")
    record = widget.record()
    assert record["actions"] == ["transferred_alarmtelefonen"]
    assert record["call_type"] == "conversation"


def test_only_the_target_groups_options_are_offered(qtbot: QtBot) -> None:
    child = _form(qtbot, AgeGroup.CHILD_YOUTH)
    adult = _form(qtbot, AgeGroup.ADULT)
    age_child, age_adult = child.editors["age_band"], adult.editors["age_band"]
    assert isinstance(age_child, QComboBox) and isinstance(age_adult, QComboBox)
    child_values = {age_child.itemData(i) for i in range(age_child.count())}
    assert "age_13_15" in child_values and "age_70_plus" not in child_values
    topics = adult.editors["topics"]
    assert isinstance(topics, QTreeWidget)
    items = [topics.topLevelItem(i) for i in range(topics.topLevelItemCount())]
    groups = {item.data(0, Qt.ItemDataRole.UserRole) for item in items if item is not None}
    assert "school" not in groups and "work_economy" in groups


def test_labels_follow_the_language_with_bokmal_for_lule_sami(qtbot: QtBot) -> None:
    widget = _form(qtbot, language="se")
    assert widget.closing_buttons["silent"].text() == "Jaskes ságastallan"
    widget.retranslate("smj")
    assert widget.closing_buttons["silent"].text() == "Stille samtale"
    widget.retranslate("nn")
    assert widget.call_type_buttons["conversation"].text() == "Samtale"

"""Combo boxes read by their names, not their values, through the accessibility API."""

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from console.ui.accessibility import install_names

pytestmark = pytest.mark.qt


def name_of(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return str(face.text(QAccessible.Text.Name))


def value_of(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return str(face.text(QAccessible.Text.Value))


@pytest.fixture
def form(qtbot: QtBot) -> tuple[QWidget, QLabel, QComboBox]:
    install_names()
    root = QWidget()
    label = QLabel("&Status:", root)
    box = QComboBox(root)
    box.addItems(["Busy", "Available"])
    layout = QHBoxLayout(root)
    layout.addWidget(label)
    layout.addWidget(box)
    qtbot.addWidget(root)
    root.show()
    return root, label, box


def test_a_label_buddy_names_the_box(form: tuple[QWidget, QLabel, QComboBox]) -> None:
    _, label, box = form
    label.setBuddy(box)
    assert name_of(box) == "Status"
    assert value_of(box) == "Busy"
    box.setCurrentIndex(1)
    assert name_of(box) == "Status" and value_of(box) == "Available"


def test_an_accessible_name_wins_over_the_label(form: tuple[QWidget, QLabel, QComboBox]) -> None:
    _, label, box = form
    label.setBuddy(box)
    box.setAccessibleName("Your presence")
    assert name_of(box) == "Your presence"
    assert QAccessible.queryAccessibleInterface(box).role() == QAccessible.Role.ComboBox


def test_without_label_or_name_the_value_is_all_there_is(
    form: tuple[QWidget, QLabel, QComboBox],
) -> None:
    _, _, box = form
    assert name_of(box) == "Busy"  # what Qt says; the window's test forbids this case

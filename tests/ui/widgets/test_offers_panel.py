"""The offers panel alone: what it shows, and which offer a click or a key answers."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from console.contract.enums import AgeGroup, Channel
from console.ui.offers_panel import OffersPanel
from tests.ui.widgets.fakes import offer

pytestmark = pytest.mark.qt

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def panel(qtbot: QtBot) -> OffersPanel:
    widget = OffersPanel()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_row(qtbot: QtBot, panel: OffersPanel, row: int) -> None:
    item = panel.list.item(row)
    qtbot.mouseClick(panel.list.viewport(), LEFT, pos=panel.list.visualItemRect(item).center())


def row_ids(panel: OffersPanel) -> list[str]:
    items: list[QListWidgetItem] = [panel.list.item(row) for row in range(panel.list.count())]
    return [item.data(Qt.ItemDataRole.UserRole) for item in items]


def test_with_nothing_waiting_both_answers_are_disabled(panel: OffersPanel) -> None:
    assert panel.list.count() == 0
    assert not panel.accept_button.isEnabled()
    assert not panel.decline_button.isEnabled()


def test_an_offer_says_what_who_and_how_long(panel: OffersPanel) -> None:
    panel.upsert(offer("o1", waited_s=95, left_s=20, channel=Channel.CHAT, language="se"))
    line1, line2 = panel.list.item(0).text().split("\n")
    assert line1 == "Chat · Adult · ★ Northern Sámi"
    assert line2.startswith("Routed to Mental Helse · waiting 1:3")  # 1:35, or 1:36 if slow
    assert line2.endswith(" s")
    left = int(line2.rsplit("answer within ", 1)[1].removesuffix(" s"))
    assert 18 <= left <= 20
    assert panel.accept_button.isEnabled()


def test_the_same_offer_again_updates_its_row(panel: OffersPanel) -> None:
    panel.upsert(offer("o1", age_group=AgeGroup.ADULT))
    panel.upsert(offer("o1", age_group=AgeGroup.CHILD_YOUTH))
    assert panel.list.count() == 1
    assert panel.list.item(0).text().startswith("Call · Child/youth · ")


def test_accept_answers_the_selected_offer_once(qtbot: QtBot, panel: OffersPanel) -> None:
    panel.upsert(offer("o1"))
    panel.upsert(offer("o2"))
    click_row(qtbot, panel, 1)
    with qtbot.waitSignal(panel.acceptRequested) as accepted:
        qtbot.mouseClick(panel.accept_button, LEFT)
    assert accepted.args == ["o2"]
    with qtbot.assertNotEmitted(panel.acceptRequested):
        qtbot.mouseClick(panel.accept_button, LEFT)  # a second click on a slow line: nothing


def test_after_a_failed_accept_the_offer_may_be_accepted_again(
    qtbot: QtBot, panel: OffersPanel
) -> None:
    panel.upsert(offer("o1"))
    with qtbot.waitSignal(panel.acceptRequested):
        qtbot.mouseClick(panel.accept_button, LEFT)
    panel.accept_failed()
    with qtbot.waitSignal(panel.acceptRequested) as accepted:
        qtbot.mouseClick(panel.accept_button, LEFT)
    assert accepted.args == ["o1"]


def test_decline_passes_the_selected_offer_on(qtbot: QtBot, panel: OffersPanel) -> None:
    panel.upsert(offer("o1"))
    panel.upsert(offer("o2"))
    with qtbot.waitSignal(panel.declineRequested) as declined:
        qtbot.mouseClick(panel.decline_button, LEFT)
    assert declined.args == ["o1"]  # the first offer is selected when it arrives


def test_keyboard_only_down_then_enter_accepts_the_second_offer(
    qtbot: QtBot, panel: OffersPanel
) -> None:
    panel.upsert(offer("o1"))
    panel.upsert(offer("o2"))
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.acceptRequested) as accepted:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert accepted.args == ["o2"]


def test_offline_nothing_can_be_answered(qtbot: QtBot, panel: OffersPanel) -> None:
    panel.upsert(offer("o1"))
    panel.set_online(False)
    assert not panel.accept_button.isEnabled()
    assert not panel.decline_button.isEnabled()
    with qtbot.assertNotEmitted(panel.acceptRequested):
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    panel.set_online(True)
    assert panel.accept_button.isEnabled()


def test_a_removed_offer_leaves_the_next_one_selected(qtbot: QtBot, panel: OffersPanel) -> None:
    panel.upsert(offer("o1"))
    panel.upsert(offer("o2"))
    panel.remove("o1")
    assert row_ids(panel) == ["o2"]
    with qtbot.waitSignal(panel.acceptRequested) as accepted:
        qtbot.mouseClick(panel.accept_button, LEFT)
    assert accepted.args == ["o2"]
    panel.remove("o2")
    assert panel.offers() == []
    assert not panel.accept_button.isEnabled()


def test_tooltips_name_the_configured_keys(qtbot: QtBot) -> None:
    keys = {"accept": "F5", "decline": "F6"}
    widget = OffersPanel(keys=keys)
    qtbot.addWidget(widget)
    assert widget.accept_button.toolTip() == "Accept the selected contact (F5)"
    assert widget.decline_button.toolTip() == "Decline: it goes to a colleague (F6)"

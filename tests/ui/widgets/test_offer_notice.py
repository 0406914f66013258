"""The offer notice alone: a calm reason for every offer that leaves without the volunteer's
answer, none for one they declined, said to screen readers, and no button moves for it."""

import pytest
from PySide6.QtWidgets import QListWidget, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from console.contract.enums import Channel, OfferEndReason, OfferState
from console.ui.accessibility import ANNOUNCED
from console.ui.offer_notice import OfferNotice, offer_gone_text
from tests.ui.widgets.fakes import offer

pytestmark = pytest.mark.qt

CASES = [
    (OfferState.EXPIRED, OfferEndReason.EXPIRED, Channel.VOICE, "You missed an offer."),
    (OfferState.RESCINDED, OfferEndReason.CALLER_LEFT, Channel.VOICE, "The caller hung up"),
    (OfferState.RESCINDED, OfferEndReason.CALLER_LEFT, Channel.CHAT, "The chatter left"),
    (OfferState.RESCINDED, OfferEndReason.AGENT_UNAVAILABLE, Channel.VOICE, "status changed"),
    (OfferState.RESCINDED, OfferEndReason.OTHER, Channel.VOICE, "withdrawn"),
    (OfferState.RESCINDED, None, Channel.VOICE, "withdrawn"),  # a backend without `reason`
    (OfferState.EXPIRED, None, Channel.VOICE, "You missed an offer."),
]


@pytest.mark.parametrize(("state", "reason", "channel", "said"), CASES)
def test_every_vanishing_offer_says_why(
    state: OfferState, reason: OfferEndReason | None, channel: Channel, said: str
) -> None:
    gone = offer("o1", channel=channel).model_copy(update={"state": state, "reason": reason})
    text = offer_gone_text(gone)
    assert text is not None and said in text


def test_what_the_volunteer_did_needs_no_notice() -> None:
    declined = offer("o1").model_copy(
        update={"state": OfferState.DECLINED, "reason": OfferEndReason.DECLINED}
    )
    accepted = offer("o2").model_copy(update={"state": OfferState.ACCEPTED})
    assert offer_gone_text(declined) is None and offer_gone_text(accepted) is None


def test_the_notice_is_announced_and_moves_no_button(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    offers = QListWidget(host)
    accept = QPushButton("Accept", host)
    layout = QVBoxLayout(host)
    layout.addWidget(offers, 1)
    layout.addWidget(accept)
    host.resize(320, 400)
    host.show()
    qtbot.waitExposed(host)
    notice = OfferNotice(offers)
    where = accept.geometry()
    gone = offer("o1").model_copy(
        update={"state": OfferState.RESCINDED, "reason": OfferEndReason.CALLER_LEFT}
    )
    notice.offer_gone(gone)
    assert notice.isVisible() and ANNOUNCED[-1] == notice.text()
    assert offers.geometry().contains(notice.geometry().translated(offers.pos()))
    assert offers.viewport().height() < offers.height() - notice.height() + 1
    assert accept.geometry() == where
    notice.offer_arrived()
    assert not notice.isVisible()
    assert accept.geometry() == where

"""Telling the volunteer about offers: one offer is told at once, as before; a burst is told
once it settles, as one notification and one line with a count, never once per offer; what
happened last decides whether the line shows."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QListWidget, QWidget
from pytestqt.qtbot import QtBot

from console.contract.enums import OfferEndReason, OfferState
from console.contract.resources import Offer
from console.ui import offer_notice
from console.ui.offer_news import OfferNews
from console.ui.offer_notice import OfferNotice
from tests.ui.widgets.fakes import offer

pytestmark = pytest.mark.qt
HOLD_MS = 20  # short for the test; what is gathered does not depend on it


def withdrawn(offer_id: str) -> Offer:
    return offer(offer_id).model_copy(
        update={"state": OfferState.RESCINDED, "reason": OfferEndReason.CALLER_LEFT}
    )


class Told:
    """Counts what reached the volunteer: notifications of arrivals, announced lines; and says
    whether offers still wait."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.arrivals = 0
        self.announced: list[str] = []
        self.waiting = True
        monkeypatch.setattr(offer_notice, "announce", lambda _w, text: self.announced.append(text))

    def arrival(self) -> None:
        self.arrivals += 1


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> Told:
    return Told(monkeypatch)


@pytest.fixture
def news(qtbot: QtBot, told: Told) -> Iterator[tuple[OfferNews, OfferNotice]]:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(320, 400)
    notice = OfferNotice(QListWidget(host))
    host.show()
    yield OfferNews(notice, told.arrival, lambda: told.waiting, host, hold_ms=HOLD_MS), notice


def test_each_offer_is_told_at_once(news: tuple[OfferNews, OfferNotice], told: Told) -> None:
    teller, notice = news
    teller.arrived()
    assert told.arrivals == 1 and not notice.isVisible()
    teller.gone(withdrawn("o1"))
    assert notice.isVisible() and told.announced == ["The caller hung up before you answered."]
    teller.arrived()  # a new offer: the line goes at once, and the offer is told at once
    assert not notice.isVisible()


def test_a_burst_is_told_once_with_a_count(
    qtbot: QtBot, news: tuple[OfferNews, OfferNotice], told: Told
) -> None:
    teller, notice = news
    for _ in range(500):
        teller.arrived()
    assert told.arrivals == 1  # the first, at once
    qtbot.waitUntil(lambda: told.arrivals == 2)  # the other 499, once, when the hold is over
    for index in range(500):
        teller.gone(withdrawn(f"o{index}"))
    assert len(told.announced) == 1  # the first, at once
    qtbot.waitUntil(lambda: len(told.announced) == 2)
    assert told.announced[-1] == notice.text()
    assert notice.isVisible() and "499\u00a0offers left your list" in notice.text()
    qtbot.waitUntil(lambda: not teller._timer.isActive())
    assert told.arrivals == 2 and len(told.announced) == 2  # nothing told twice


def test_a_burst_gone_again_is_not_told_as_waiting(
    qtbot: QtBot, news: tuple[OfferNews, OfferNotice], told: Told
) -> None:
    teller, _notice = news
    for _ in range(50):
        teller.arrived()
    told.waiting = False  # all withdrawn before the hold was over
    qtbot.waitUntil(lambda: not teller._timer.isActive())
    assert told.arrivals == 1


def test_an_offer_the_volunteer_declined_is_not_counted(
    qtbot: QtBot, news: tuple[OfferNews, OfferNotice], told: Told
) -> None:
    teller, notice = news
    declined = offer("o2").model_copy(
        update={"state": OfferState.DECLINED, "reason": OfferEndReason.DECLINED}
    )
    teller.gone(withdrawn("o1"))
    teller.gone(declined)
    qtbot.waitUntil(lambda: not teller._timer.isActive())
    assert told.announced == ["The caller hung up before you answered."]
    assert notice.text() == told.announced[0]


def test_departures_gathered_before_a_new_offer_are_not_told_after_it(
    qtbot: QtBot, news: tuple[OfferNews, OfferNotice], told: Told
) -> None:
    teller, notice = news
    teller.gone(withdrawn("o1"))
    assert notice.isVisible()  # told at once
    teller.gone(withdrawn("o2"))  # gathered
    teller.arrived()  # a new offer after it: the line goes, as it would one by one
    assert not notice.isVisible() and told.arrivals == 1
    qtbot.waitUntil(lambda: not teller._timer.isActive())
    assert not notice.isVisible() and len(told.announced) == 1

"""The connection banner alone: what it says in each phase, the countdown, and Retry."""

import re
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from console.core.connection import ConnectionState, Phase
from console.ui.connection_banner import ConnectionBanner

pytestmark = pytest.mark.qt


@pytest.fixture
def banner(qtbot: QtBot) -> Iterator[ConnectionBanner]:
    host = QWidget()  # the banner shows and hides itself, as inside the window
    qtbot.addWidget(host)
    widget = ConnectionBanner(host)
    host.show()
    qtbot.waitExposed(host)
    yield widget  # `host` stays referenced until the test ends


def text(banner: ConnectionBanner) -> str:
    label = banner.findChild(QLabel, "connectionBannerText")
    assert label is not None
    return label.text()


def retry_button(banner: ConnectionBanner) -> QPushButton:
    button = banner.findChild(QPushButton, "retryConnectionButton")
    assert button is not None
    return button


def tick_timer(banner: ConnectionBanner) -> QTimer:
    timer = banner.findChild(QTimer)
    assert timer is not None
    return timer


def seconds_left(banner: ConnectionBanner) -> int:
    found = re.fullmatch(r"Connection lost\. Reconnecting in (\d+)\u00a0seconds…", text(banner))
    assert found is not None, text(banner)
    return int(found.group(1))


def test_connecting_is_said_without_a_retry_button(banner: ConnectionBanner) -> None:
    assert banner.isVisible()
    assert text(banner) == "Connecting…"
    assert banner.accessibleName() == "Connecting…"
    assert not retry_button(banner).isVisible()


def test_live_hides_the_banner(banner: ConnectionBanner) -> None:
    banner.set_state(ConnectionState(Phase.LIVE))
    assert not banner.isVisible()


def test_offline_asks_to_sign_in_again(banner: ConnectionBanner) -> None:
    banner.set_state(ConnectionState(Phase.OFFLINE))
    assert banner.isVisible()
    assert text(banner) == "Offline: please sign in again"
    assert banner.property("phase") == "offline"  # the style sheet colours by phase
    assert not retry_button(banner).isVisible()


def test_reconnecting_counts_down_each_second(qtbot: QtBot, banner: ConnectionBanner) -> None:
    banner.set_state(ConnectionState(Phase.RECONNECTING, next_attempt_at=time.time() + 3.4))
    first = seconds_left(banner)
    assert first == 3
    assert retry_button(banner).isVisible()
    assert tick_timer(banner).isActive()
    qtbot.waitUntil(lambda: seconds_left(banner) < first, timeout=2500)  # the banner's tick


def test_without_an_attempt_time_reconnecting_says_so_plainly(banner: ConnectionBanner) -> None:
    banner.set_state(ConnectionState(Phase.RECONNECTING))
    assert text(banner) == "Connection lost. Reconnecting…"


def test_retry_now_asks_for_a_retry(qtbot: QtBot, banner: ConnectionBanner) -> None:
    banner.set_state(ConnectionState(Phase.RECONNECTING, next_attempt_at=time.time() + 30))
    with qtbot.waitSignal(banner.retryRequested):
        qtbot.mouseClick(retry_button(banner), Qt.MouseButton.LeftButton)
    retry_button(banner).setFocus()
    with qtbot.waitSignal(banner.retryRequested):
        qtbot.keyClick(retry_button(banner), Qt.Key.Key_Space)


def test_going_live_stops_the_countdown(banner: ConnectionBanner) -> None:
    banner.set_state(ConnectionState(Phase.RECONNECTING, next_attempt_at=time.time() + 30))
    banner.set_state(ConnectionState(Phase.LIVE))
    assert not banner.isVisible()
    assert text(banner) == "Connected"
    assert not tick_timer(banner).isActive()  # nothing left ticking behind a hidden banner

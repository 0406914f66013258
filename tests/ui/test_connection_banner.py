"""The connection banner says plainly why the live connection is down."""

import time

import pytest
from pytestqt.qtbot import QtBot

from console.core.connection import ConnectionState, Phase
from console.ui.connection_banner import ConnectionBanner

pytestmark = pytest.mark.qt


def test_the_banner_says_when_the_stream_stopped_unexpectedly(qtbot: QtBot) -> None:
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    banner.show()
    lost = ConnectionState(Phase.RECONNECTING, next_attempt_at=time.time() + 5, attempt=1)
    banner.set_state(lost)
    assert "unexpectedly" not in banner._label.text()
    crashed = ConnectionState(
        Phase.RECONNECTING, next_attempt_at=time.time() + 5, attempt=1, stopped_unexpectedly=True
    )
    banner.set_state(crashed)
    assert banner.isVisible()
    assert banner._label.text() == "The live connection stopped unexpectedly. Reconnecting…"
    assert banner.accessibleName() == banner._label.text()
    assert banner._retry.isVisible()
    banner.set_state(ConnectionState(Phase.LIVE))
    assert not banner.isVisible()

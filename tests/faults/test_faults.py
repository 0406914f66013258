"""The console's worst minutes, on loopback: an outage, a half-open connection, 3 s latency,
503 bursts and a backend restart. What must hold: the volunteer is never shown as available
while disconnected, an offer is never silently gone, chat text written meanwhile is sent
exactly once (or clearly marked unsent), and no command takes effect twice.

The console talks to the simulator through a FaultProxy; the test drives the simulator's
admin API directly (the caller's side is not behind the broken network).
"""

from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console
from console.contract.enums import Presence, Sender
from console.core.backoff import Backoff
from console.simulator.config import SimConfig
from console.simulator.server import SimulatorServer
from console.ui.contact_panel import ContactPanel
from tests.faults.proxy import FaultProxy
from tests.helpers import quiet_config
from tests.ui.helpers import open_console
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available

pytestmark = pytest.mark.qt
HEARTBEAT_S = 1.5


@pytest.fixture
def sim_config() -> SimConfig:
    # Pings often enough that a short heartbeat timeout notices a silent connection quickly.
    return quiet_config(ping_interval_s=0.3, retry_ms=100)


@pytest.fixture
def proxy(simulator: SimulatorServer) -> Iterator[FaultProxy]:
    with FaultProxy(simulator.url) as running:
        yield running


@pytest.fixture
def console(qtbot: QtBot, qapp: QApplication, proxy: FaultProxy) -> Iterator[Console]:
    built = open_console(qtbot, qapp, proxy.url, heartbeat_timeout_s=HEARTBEAT_S)
    yield built
    built.shutdown()


def presence_shown(console: Console) -> str:
    return console.window.presence.currentText()


def disconnected(qtbot: QtBot, console: Console) -> None:
    qtbot.waitUntil(console.window.banner.isVisible, timeout=WAIT_MS)
    assert presence_shown(console) == "", "shown with a presence while disconnected"
    assert console.window.presence.placeholderText() == "Not connected"


def reconnected(qtbot: QtBot, console: Console) -> None:
    qtbot.waitUntil(lambda: not console.window.banner.isVisible(), timeout=WAIT_MS)


def commands(admin: httpx.Client, method: str, suffix: str) -> list[dict[str, object]]:
    """Commands that reached the backend and took effect (not refused, not replayed)."""
    return [
        c
        for c in admin.get("/commands").json()
        if c["method"] == method
        and str(c["path"]).endswith(suffix)
        and not c["injected_fault"]
        and not c["replayed"]
        and int(str(c["status"])) < 300
    ]


def agent_messages(simulator: SimulatorServer, interaction_id: str) -> list[str]:
    engine = simulator.sim.engine
    return [
        m.text
        for m in engine.list_messages("demo-volunteer", interaction_id, 0)
        if m.sender is Sender.AGENT
    ]


def test_a_60_s_outage_never_shows_the_volunteer_available_and_the_missed_offer_is_said(
    qtbot: QtBot,
    console: Console,
    proxy: FaultProxy,
    admin: httpx.Client,
    simulator: SimulatorServer,
) -> None:
    window = console.window
    go_available(qtbot, console)
    assert presence_shown(console) == "Available"
    proxy.cut()
    disconnected(qtbot, console)
    # The backend still believes the volunteer is available and offers them a chat...
    admin.post("/interactions", json={"channel": "chat", "age_group": "child_youth"})
    admin.post("/clock/advance", json={"seconds": 60})  # ...and the outage lasts a minute
    assert presence_shown(console) == ""
    proxy.restore()
    reconnected(qtbot, console)
    # Not silently gone: the offer expired, the volunteer is told, and routing says why.
    notice = window.shift_page.offer_notice
    qtbot.waitUntil(lambda: "You missed an offer" in notice.text(), timeout=WAIT_MS)
    assert notice.isVisible()
    qtbot.waitUntil(window.become_available.isVisible, timeout=WAIT_MS)
    assert window.offers.list.count() == 0
    waiting = list(simulator.sim.engine.interactions.values())
    assert [ix.state for ix in waiting] == ["queued"]  # back in the queue for a colleague


def test_a_ringing_offer_survives_a_short_outage_and_is_accepted_once(
    qtbot: QtBot, console: Console, proxy: FaultProxy, admin: httpx.Client
) -> None:
    window = console.window
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "voice", "age_group": "adult"})
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    proxy.cut()
    disconnected(qtbot, console)
    assert window.offers.list.count() == 1  # still shown: it is still ringing at the backend
    assert not window.offers.accept_button.isEnabled()  # but cannot be answered offline
    proxy.restore()
    reconnected(qtbot, console)
    accept_first(qtbot, console)
    assert len(commands(admin, "POST", "/accept")) == 1


def test_chat_written_during_an_outage_is_sent_exactly_once_after_it(
    qtbot: QtBot,
    console: Console,
    proxy: FaultProxy,
    admin: httpx.Client,
    simulator: SimulatorServer,
) -> None:
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    proxy.cut()
    disconnected(qtbot, console)
    for text in ("Jeg er her fortsatt.", "Du kan skrive når du vil."):
        panel.chat_input.setText(text)
        qtbot.keyClick(panel.chat_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.transcript.toPlainText().count("NOT SENT") == 2, timeout=WAIT_MS)
    # Every text the transcript holds from now on (after each edit) keeps the volunteer's words.
    shown: list[str] = []
    document = panel.transcript.document()
    document.contentsChanged.connect(lambda: shown.append(document.toPlainText()))
    proxy.restore()
    reconnected(qtbot, console)
    qtbot.waitUntil(lambda: "NOT SENT" not in panel.transcript.toPlainText(), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: (
            agent_messages(simulator, panel.interaction.id)
            == ["Jeg er her fortsatt.", "Du kan skrive når du vil."]
        ),
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(
        lambda: panel.transcript.toPlainText().count("(delivered)") == 2, timeout=WAIT_MS
    )
    assert shown and all("Jeg er her fortsatt." in text for text in shown)
    assert panel.transcript.toPlainText().count("Jeg er her fortsatt.") == 1


def test_a_half_open_connection_is_noticed_and_nothing_is_lost(
    qtbot: QtBot, console: Console, proxy: FaultProxy, admin: httpx.Client
) -> None:
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    proxy.stall()  # no data, no FIN: only the heartbeat can tell
    disconnected(qtbot, console)
    admin.post(f"/interactions/{panel.interaction.id}/messages", json={"text": "er du der?"})
    proxy.restore()
    reconnected(qtbot, console)
    qtbot.waitUntil(lambda: "er du der?" in panel.transcript.toPlainText(), timeout=WAIT_MS)
    assert panel.transcript.toPlainText().count("er du der?") == 1


@pytest.fixture
def steady_console(qtbot: QtBot, qapp: QApplication, proxy: FaultProxy) -> Iterator[Console]:
    """A console with the production heartbeat (latency must not look like a dead stream)."""
    built = open_console(qtbot, qapp, proxy.url, backoff=Backoff())
    yield built
    built.shutdown()


def test_with_3_s_latency_the_window_stays_responsive_and_accept_happens_once(
    qtbot: QtBot, steady_console: Console, proxy: FaultProxy, admin: httpx.Client
) -> None:
    console = steady_console
    window = console.window
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "voice", "age_group": "adult"})
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    proxy.slow(3.0)
    stalls: list[int] = []
    clock = QElapsedTimer()
    clock.start()

    def beat() -> None:
        stalls.append(clock.restart())

    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    qtbot.mouseClick(window.offers.accept_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.offers.accept_button, Qt.MouseButton.LeftButton)  # impatient
    qtbot.waitUntil(lambda: window.contacts.count() == 1, timeout=20_000)
    heartbeat.stop()
    assert max(stalls) < 250, f"the GUI froze for {max(stalls)} ms"
    assert isinstance(window.contacts.currentWidget(), ContactPanel)
    assert len(commands(admin, "POST", "/accept")) == 1
    sent = [c for c in admin.get("/commands").json() if str(c["path"]).endswith("/accept")]
    assert len(sent) == 1, "the impatient second click must not send a second accept"


def test_a_503_burst_is_retried_and_the_message_arrives_once(
    qtbot: QtBot, console: Console, admin: httpx.Client, simulator: SimulatorServer
) -> None:
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    admin.post("/faults", json={"fail_next": 2, "status": 503})
    panel.chat_input.setText("Takk for at du skriver.")
    qtbot.keyClick(panel.chat_input, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "Takk for at du skriver. (delivered)" in panel.transcript.toPlainText(),
        timeout=WAIT_MS,
    )
    assert agent_messages(simulator, panel.interaction.id) == ["Takk for at du skriver."]
    sends = [c for c in admin.get("/commands").json() if str(c["path"]).endswith("/messages")]
    assert len({c["idempotency_key"] for c in sends}) == 1  # one logical command, retried


def test_a_backend_restart_with_state_kept_is_survived(
    qtbot: QtBot, console: Console, admin: httpx.Client, simulator: SimulatorServer
) -> None:
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    admin.post(f"/interactions/{panel.interaction.id}/messages", json={"text": "før"})
    qtbot.waitUntil(lambda: "før" in panel.transcript.toPlainText(), timeout=WAIT_MS)
    simulator.restart()
    with httpx.Client(base_url=f"{simulator.url}/_sim", timeout=10) as after:
        after.post(f"/interactions/{panel.interaction.id}/messages", json={"text": "etter"})
    qtbot.waitUntil(lambda: "etter" in panel.transcript.toPlainText(), timeout=WAIT_MS)
    reconnected(qtbot, console)
    text = panel.transcript.toPlainText()
    assert text.count("før") == 1 and text.count("etter") == 1
    assert console.window.presence.currentData() == Presence.AVAILABLE

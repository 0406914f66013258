"""One benchmark measurement in its own process: the real console against a running simulator.

    python benchmarks/probe.py cold|volunteer|supervisor|supervisor2000|huge URL

Prints one JSON object. Run by benchmarks/run.py; not part of the test suite.
"""

import cProfile
import json
import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

STARTED = time.monotonic()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib  # noqa: E402 - after the clock starts

# The package first, as `python -m console` starts: it keeps httpx's command-line client out.
importlib.import_module("console")
import httpx  # noqa: E402 - after the clock starts

importlib.import_module("console.core.session")  # before Qt, as console/__main__.py has it
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402 - after the clock starts
from PySide6.QtWidgets import QApplication  # noqa: E402 - after the clock starts

from console.app import Console, build_console, freeze_start_when_live  # noqa: E402 - after the clock starts
from console.contract.enums import Delivery, OutcomeCode, Presence, Sender  # noqa: E402
from console.contract.resources import Message  # noqa: E402 - after the clock starts
from console.core.store import Change, Kind  # noqa: E402 - after the clock starts
from console.ui.contact_panel import ContactPanel  # noqa: E402 - after the clock starts
from console.ui.page import Page  # noqa: E402 - after the clock starts


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pss_mb() -> float:
    """Proportional set size: as the Chromium baseline is measured (benchmarks/chromium.py)."""
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def spin(until: Callable[[], bool] | None = None, timeout_s: float = 15.0) -> None:
    """Run the Qt loop until a condition holds (or for timeout_s without one)."""
    loop = QEventLoop()
    if until is None:
        # Just let the application run: one real event loop, no polling on the GUI thread.
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        loop.exec()
        return
    # One repeating timer for the whole wait, connected once. Not QTimer.singleShot(1, loop.quit)
    # per poll: PySide 6.11 keeps about 60 bytes for every connection to a bound method, and at
    # one poll a millisecond that was some 10 kB per contact, counted in rss_growth_mb as the
    # console's own (tracemalloc: half of the Python heap's growth over a shift).
    tick = QTimer()
    tick.setInterval(1)
    tick.timeout.connect(loop.quit)
    tick.start()
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            if until():
                return
            loop.exec()
    finally:
        tick.stop()
    raise RuntimeError("benchmark step timed out")


class PaintWatch(QObject):
    """Calls back on every paint of a widget."""

    def __init__(self, on_paint: Callable[[], None]) -> None:
        super().__init__()
        self._on_paint = on_paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._on_paint()
        return False


class Heartbeat(QObject):
    """A 5 ms timer on the GUI thread; the longest gap between beats is the worst stall."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.beat)
        self.last = 0.0
        self.worst = 0.0

    def start(self) -> None:
        self.last = time.monotonic()
        self.worst = 0.0
        self.timer.start()

    def beat(self) -> None:
        now = time.monotonic()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.worst * 1000


class AdminClient(httpx.Client):
    """The simulator's admin API, for the probe's own calls, with each answer untied from its
    stream once read: httpx 0.28 binds the two both ways (encode/httpx#3733, and
    console/core/api.py), so every answer waited for Python's full garbage collection, and the
    probe's four calls a contact counted in rss_growth_mb as the console's memory."""

    def request(self, *args: Any, **kwargs: Any) -> httpx.Response:
        response = super().request(*args, **kwargs)
        response.stream = httpx.ByteStream(b"")
        return response


def admin_client(url: str) -> AdminClient:
    return AdminClient(base_url=f"{url}/_sim", timeout=30)


def start_console(app: QApplication, url: str, user: str) -> Console:
    console = build_console(app, url, login_hint=user, language="en")
    freeze_start_when_live(console)  # as python -m console does
    console.window.resize(1200, 760)
    console.window.show()
    spin(
        lambda: console.window.pages.currentIndex() == Page.SHIFT and console.window.me is not None
    )
    spin(lambda: not console.window.banner.isVisible())
    return console


def cold(app: QApplication, url: str) -> dict[str, Any]:
    console = build_console(app, url, login_hint="demo-volunteer", language="en")
    freeze_start_when_live(console)  # as python -m console does
    window = console.window
    painted: list[float] = []
    # Woken by the paint itself: polling the GUI thread every millisecond would take the GIL
    # from the core thread that is signing in, and slow the very start being measured.
    loop = QEventLoop()

    def on_paint() -> None:
        if not painted and window.me is not None and window.pages.currentIndex() == Page.SHIFT:
            painted.append(time.monotonic())
            loop.quit()

    watch = PaintWatch(on_paint)
    window.presence.installEventFilter(watch)
    window.show()
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    if not painted:
        raise RuntimeError("no live paint within 30 s")
    spin(None, 1.0)  # the start's footprint once the first events are in, not mid-paint
    result = {
        "first_paint_s": painted[0] - STARTED,
        "painted_at": painted[0],
        "rss_mb": rss_mb(),
        "pss_mb": pss_mb(),
    }
    console.shutdown()
    return result


def offer_latencies(
    console: Console, admin: httpx.Client, count: int, load_per_s: float
) -> list[float]:
    window = console.window
    first_paint: dict[str, float] = {}

    def on_paint() -> None:
        now = time.monotonic()
        for offer in window.offers.offers():
            first_paint.setdefault(offer.id, now)

    watch = PaintWatch(on_paint)
    window.offers.list.viewport().installEventFilter(watch)
    if load_per_s:
        admin.post(
            "/load",
            json={
                "agent_id": "demo-volunteer",
                "events_per_s": load_per_s,
                "seconds": count * 0.6 + 10,
                "queues": 0,
            },
        )
    latencies = []
    # The admin call runs on a worker thread: a blocking call on the GUI thread would delay
    # the very paint being measured.
    with ThreadPoolExecutor(1) as worker:
        for _ in range(count):
            before = set(first_paint)
            sent = worker.submit(
                admin.post,
                "/interactions",
                json={"channel": "chat", "age_group": "adult", "patience_s": 1.0},
            )

            def painted(seen: set[str] = before, request: Future[Any] = sent) -> bool:
                return bool(set(first_paint) - seen) and request.done()

            spin(painted)
            latencies.append(_latency(console, admin, first_paint, before))
    window.offers.list.viewport().removeEventFilter(watch)
    return latencies


def _latency(
    console: Console, admin: httpx.Client, first_paint: dict[str, float], before: set[str]
) -> float:
    """Emission (simulator clock) to first paint of the row, then decline to clear the list."""
    window = console.window
    offer_id = next(iter(set(first_paint) - before))
    emitted = admin.get("/emissions", params={"event_type": "offer.created"}).json()
    at = float(next(e["monotonic"] for e in emitted if e["id"] == offer_id))
    console.bridge.decline(offer_id)
    spin(lambda: not window.offers.offers())
    return (first_paint[offer_id] - at) * 1000


def compressed_shift(console: Console, admin: httpx.Client, contacts: int) -> None:
    window = console.window
    for index in range(contacts):
        admin.post("/interactions", json={"channel": "chat", "age_group": "child_youth"})
        spin(lambda: bool(window.offers.offers()))
        console.bridge.accept(window.offers.offers()[0].id)
        spin(lambda: window.contacts.count() == 1)
        panel = window.contacts.currentWidget()
        assert isinstance(panel, ContactPanel)
        for line in range(3):
            admin.post(
                f"/interactions/{panel.interaction.id}/messages",
                json={"text": f"message {index}-{line}"},
            )
            console.bridge.send_message(panel.interaction.id, f"reply {index}-{line}")
        transcript = panel.transcript

        def delivered(view: Any = transcript) -> bool:
            return bool(view.toPlainText().count("(delivered)") == 3)

        spin(delivered)
        console.bridge.end(panel.interaction.id)
        spin(panel.wrap_up.isVisible)
        console.bridge.wrap_up(panel.interaction.id, OutcomeCode.SUPPORTED, None)
        spin(lambda: window.contacts.count() == 0)


def volunteer(app: QApplication, url: str) -> dict[str, Any]:
    console = start_console(app, url, "demo-volunteer")
    rss_start = rss_mb()
    with admin_client(url) as admin:
        console.bridge.set_presence(Presence.AVAILABLE)
        spin(lambda: console.window.me is not None and console.window.me.presence == "available")
        idle = offer_latencies(console, admin, 40, 0)
        loaded = offer_latencies(console, admin, 40, 200)
        spin(None, 0.5)
        heartbeat = Heartbeat()
        heartbeat.start()
        admin.post(
            "/load",
            json={"agent_id": "demo-volunteer", "events_per_s": 5000, "seconds": 1, "queues": 24},
        )
        spin(None, 2.5)
        burst_stall = heartbeat.stop()
        heartbeat.start()
        for language in ("nb_NO", "se_NO", "nn_NO", "en"):
            console.languages.switch(language)
            spin(None, 0.2)
        switch_stall = heartbeat.stop()
        # The first contact pays once for what Qt and the allocator set up on first use (about
        # 7 MB: text layout, glyph caches, arenas): reported on its own, so that the growth
        # over the shift says what each further contact leaves behind.
        before_first = rss_mb()
        compressed_shift(console, admin, 1)
        warm = rss_mb()
        compressed_shift(console, admin, 60)
        grown = rss_mb() - warm
    console.shutdown()
    return {
        "rss_start_mb": rss_start,
        "offer_paint_idle_ms": idle,
        "offer_paint_loaded_ms": loaded,
        "gui_stall_burst_ms": burst_stall,
        "gui_stall_language_ms": switch_stall,
        "rss_growth_mb": grown,
        "rss_first_contact_mb": warm - before_first,
    }


HUGE_LINE_CHARS = 1_000_000
LONG_CHAT_LINES = 1000
OFFER_BURST = 5000


def _deliver_messages(console: Console, messages: list[Message]) -> None:
    """Hand messages to the GUI as the store does: through the bridge's mailbox, from the core
    thread. Built past validation on purpose: the contract refuses a 1 MB line, but the window
    must hold even if a broken backend and client let one through."""
    post = console.bridge.mailbox.postbox.post
    emit = console.bridge._emit_changes
    changes = [[Change(Kind.MESSAGE, m.id, m)] for m in messages]
    console.runtime.loop.call_soon_threadsafe(lambda: [post(emit, c) for c in changes])


def huge_chat(console: Console, admin: httpx.Client) -> dict[str, Any]:
    """A 1 MB line, then a long chat at the contract's longest lines, into one open chat."""
    window = console.window
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    spin(lambda: bool(window.offers.offers()))
    console.bridge.accept(window.offers.offers()[0].id)
    spin(lambda: window.contacts.count() == 1)
    panel = window.contacts.currentWidget()
    assert isinstance(panel, ContactPanel)
    ix = panel.interaction

    def message(seq: int, text: str) -> Message:
        return Message.model_construct(
            id=f"msg_bench_{seq}",
            version=1,
            interaction_id=ix.id,
            seq=10_000 + seq,
            sender=Sender.REMOTE,
            client_message_id=None,
            text=text,
            sent_at=datetime.now(UTC),
            delivery=Delivery.DELIVERED,
        )

    heartbeat = Heartbeat()
    heartbeat.start()
    _deliver_messages(console, [message(0, "å" * HUGE_LINE_CHARS)])
    spin(lambda: "message shortened" in panel.transcript.toPlainText()[-200:], 120)
    spin(None, 0.3)
    long_line_stall = heartbeat.stop()
    lines = [message(i, f"line {i} " + "x" * 4000) for i in range(1, LONG_CHAT_LINES + 1)]
    heartbeat.start()
    _deliver_messages(console, lines)
    spin(lambda: panel.transcript.document().blockCount() >= LONG_CHAT_LINES + 1, 120)
    spin(None, 0.3)
    long_chat_stall = heartbeat.stop()
    shown = panel.transcript.document().blockCount()
    return {
        "long_line_stall_ms": long_line_stall,
        "long_chat_stall_ms": long_chat_stall,
        "transcript_rows": shown,
    }


def offer_burst(console: Console) -> dict[str, Any]:
    """5,000 offers at once, then all withdrawn at once: real envelopes through the real store
    on the core thread (validated, stored, handed over by the mailbox), all in one go, as a
    broken backend could send them. Their ids do not move the stream's cursor."""
    window = console.window
    store = console.session.store
    now = datetime.now(UTC)

    def envelope(index: int, event_type: str, version: int, state: str) -> dict[str, Any]:
        offer = {
            "id": f"of_burst_{index}",
            "version": version,
            "interaction_id": f"ix_burst_{index}",
            "agent_id": "demo-volunteer",
            "state": state,
            "channel": "chat",
            "age_group": "adult",
            "language": "nb",
            "org": {"id": "burst", "name": "Burst"},
            "queue_id": "burst",
            "enqueued_at": now.isoformat(),
            "created_at": now.isoformat(),
            "expires_at": (now + timedelta(minutes=10)).isoformat(),
        }
        return {
            "id": max(1, store.cursor),
            "type": event_type,
            "time": now.isoformat(),
            "subject": f"offers/{offer['id']}",
            "data": offer,
            "v": 1,
        }

    def inject(raws: list[dict[str, Any]]) -> None:
        console.runtime.loop.call_soon_threadsafe(lambda: [store.apply_raw(r) for r in raws])

    # Built before the clock starts: making them is the benchmark's work, not the window's.
    created = [envelope(i, "offer.created", 1, "pending") for i in range(OFFER_BURST)]
    withdrawn = [envelope(i, "offer.rescinded", 2, "rescinded") for i in range(OFFER_BURST)]
    before = len(window.offers.offers())
    heartbeat = Heartbeat()
    heartbeat.start()
    inject(created)
    spin(lambda: window.offers.list.count() == before + OFFER_BURST, 120)
    spin(None, 1.2)  # the countdown ticks once with every offer in the list
    shown = window.offers.list.count()
    inject(withdrawn)
    spin(lambda: window.offers.list.count() == before, 120)
    spin(None, 0.3)
    return {
        "offer_burst_stall_ms": heartbeat.stop(),
        "offers_shown": shown - before,
        "offers_expected": OFFER_BURST,
    }


def huge(app: QApplication, url: str) -> dict[str, Any]:
    console = start_console(app, url, "demo-volunteer")
    with admin_client(url) as admin:
        console.bridge.set_presence(Presence.AVAILABLE)
        spin(lambda: console.window.me is not None and console.window.me.presence == "available")
        result = huge_chat(console, admin) | offer_burst(console)
    console.shutdown()
    return result


def _team_load(admin: httpx.Client, team_size: int, events_per_s: float, seconds: float) -> None:
    """The simulator's load generator: team and queue changes for the demo supervisor."""
    admin.post(
        "/load",
        json={
            "agent_id": "demo-supervisor",
            "events_per_s": events_per_s,
            "seconds": seconds,
            "team_size": team_size,
            "queues": 24,
        },
    )


def _gui_cpu(seconds: float, profile_to: str = "") -> tuple[float, float]:
    """GUI thread CPU and wall time while the application runs for `seconds` (with a cProfile
    of the GUI thread to `profile_to` if named: the figure is then inflated)."""
    profiler = cProfile.Profile() if profile_to else None
    cpu_before, wall_before = time.thread_time(), time.monotonic()
    if profiler is not None:
        profiler.enable()
    spin(None, seconds)
    cpu = time.thread_time() - cpu_before
    wall = time.monotonic() - wall_before
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile_to)
    return cpu, wall


def supervisor(app: QApplication, url: str) -> dict[str, Any]:
    console = start_console(app, url, "demo-supervisor")
    view = console.window.supervisor
    assert view is not None
    console.window.views.setCurrentIndex(1)
    with admin_client(url) as admin:
        _team_load(admin, 500, 1000, 2)
        spin(lambda: view.model.rowCount() >= 500, 20)
        spin(None, 1.0)
        _team_load(admin, 500, 10, 15)
        spin(None, 1.0)
        cpu, wall = _gui_cpu(10.0)
    rows = view.model.rowCount()
    tiles = len(view.queues.tiles)
    console.shutdown()
    return {"supervisor_gui_cpu_pct": 100 * cpu / wall, "rows": rows, "queue_tiles": tiles}


SUPERVISOR_TEAM = 2000
# A volunteer's routing state or presence changes every few minutes over a shift (offered,
# in a contact, wrap-up, idle, a break): with 2,000 volunteers and one change each ~2.5 min
# that is 2000 / 150 s ≈ 13 events/s; 15/s adds the queue updates on top. A harsher rate
# (SUPERVISOR_HARSH_RATE, a change every ~20 s each) shows where it breaks.
SUPERVISOR_2000_RATE = 15.0
SUPERVISOR_HARSH_RATE = float(os.environ.get("SUPERVISOR_HARSH_RATE", "0"))
# The table sorted by this column (the default is by name); "3", time in state, moves a row
# and repaints the whole table on every update: the harshest sort.
SUPERVISOR_SORT_COLUMN = int(os.environ.get("SUPERVISOR_SORT_COLUMN", "0"))
# cProfile of the GUI thread over the measured 10 s (the figure itself is then inflated).
PROFILE_TO = os.environ.get("PROBE_PROFILE", "")


def supervisor2000(app: QApplication, url: str) -> dict[str, Any]:
    """The supervisor view with 2,000 volunteers at a realistic rate: GUI thread CPU over 10 s."""
    rate = SUPERVISOR_HARSH_RATE or SUPERVISOR_2000_RATE
    console = start_console(app, url, "demo-supervisor")
    view = console.window.supervisor
    assert view is not None
    console.window.views.setCurrentIndex(1)
    view.table.sortByColumn(SUPERVISOR_SORT_COLUMN, Qt.SortOrder.AscendingOrder)

    def load_rows() -> int:  # the synthetic team (an earlier run's are in the snapshot already)
        return sum(1 for m in view.model.members() if m.id.startswith("load-"))

    delivered = [0]  # team and queue changes handed to the GUI thread

    def count(change: Change) -> None:
        delivered[0] += change.kind in (Kind.TEAM, Kind.QUEUE)

    console.bridge.resourceChanged.connect(count)
    burst = 3000

    with admin_client(url) as admin:
        # Every volunteer once (the load generator goes through the team in order first; a
        # tenth of its events are queue updates), then the steady rate.
        _team_load(admin, SUPERVISOR_TEAM, 1000, burst / 1000)
        # The whole burst in before the steady rate: its tail must not be counted against it.
        spin(lambda: delivered[0] >= burst and load_rows() == SUPERVISOR_TEAM, 60)
        spin(None, 1.0)
        _team_load(admin, SUPERVISOR_TEAM, rate, 15)
        spin(None, 1.0)
        delivered_before = delivered[0]
        cpu, wall = _gui_cpu(10.0, PROFILE_TO)
        in_window = delivered[0] - delivered_before
    rows = view.model.rowCount()
    shown = view.proxy.rowCount()
    team = load_rows()
    if team != SUPERVISOR_TEAM or shown != rows:
        raise RuntimeError(f"expected {SUPERVISOR_TEAM} load rows: {team}, shown {shown}/{rows}")
    if in_window < rate * wall / 2:  # the load did not reach the window: no figure
        raise RuntimeError(f"only {in_window} events in {wall:.0f} s at {rate}/s")
    console.shutdown()
    return {
        "supervisor_2000_cpu_pct": 100 * cpu / wall,
        "rows": team,
        "team_rows": rows,  # with the demo team
        "events_per_s": rate,
        "events_in_window": in_window,
        "sort_column": SUPERVISOR_SORT_COLUMN,
        "version_regressions": console.session.store.counts["version_regressions"],
    }


def main() -> int:
    mode, url = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    probes = {
        "cold": cold,
        "volunteer": volunteer,
        "supervisor": supervisor,
        "supervisor2000": supervisor2000,
        "huge": huge,
    }
    print(json.dumps(probes[mode](app, url)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Trace offers end to end on ONE clock: where do the milliseconds between emission and paint go?

    python benchmarks/trace_offer.py [COUNT] [EVENTS_PER_S]

The simulator runs in this process (its own thread and event loop), so every stage is stamped
with the same `time.perf_counter_ns()`: emission in the simulator, the SSE frame leaving the
generator, the bytes handed to the server socket, the client socket becoming readable (peeked
before the transport reads it), the parsed and stored event, the mailbox post and wake-up, the
offers panel update, the ring, and the first paint of the row. Prints one line per offer
(milliseconds after emission) and the TCP_NODELAY setting of both ends of the event stream.
A diagnosis tool (docs/design-core.md, "Offer latency"), not a benchmark: the hooks cost time.
"""

import asyncio
import contextlib
import os
import socket
import sys
import threading
import time
from asyncio import selector_events
from collections import defaultdict
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

from console.app import build_console
from console.bridge import mailbox
from console.contract.enums import Presence
from console.core import stream as core_stream
from console.simulator import streams as sim_streams
from console.simulator.config import SimConfig
from console.simulator.server import SimulatorServer
from console.ui import notifications, offers_panel, shift_page
from console.ui.page import Page

OFFER = b"offer.created"
Transport: Any = getattr(selector_events, "_SelectorSocketTransport")  # noqa: B009


def offer_id_in(data: bytes | str) -> str | None:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    at = text.find("offers/")
    if at < 0 or "offer.created" not in text:
        return None
    return text[at + 7 :].split('"', 1)[0]


class Tracer:
    """Stamps per offer. Hooks run on the simulator, core and GUI threads; each stage is
    written once, by one thread."""

    def __init__(self) -> None:
        self.marks: dict[str, dict[str, int]] = defaultdict(dict)
        self.sockets: dict[str, socket.socket] = {}
        self.posts: list[int] = []  # mailbox posts since the last drain
        self.drained: tuple[list[int], int] = ([], 0)
        self.pending_ring: list[str] = []

    def mark(self, offer_id: str | None, stage: str) -> None:
        if offer_id:
            self.marks[offer_id].setdefault(stage, time.perf_counter_ns())

    def install(self) -> None:
        self._simulator()
        self._sockets()
        self._client()
        self._gui()

    def _simulator(self) -> None:
        publish, frame = sim_streams.EventHub.publish, sim_streams._frame

        def traced_publish(hub: Any, agent_id: str, event_type: str, *args: Any) -> int:
            if event_type == "offer.created":
                self.mark(str(getattr(args[1], "id", "")), "1 emit")
            return publish(hub, agent_id, event_type, *args)

        def traced_frame(event: Any) -> str:
            text = frame(event)
            if event.type == "offer.created":
                self.mark(offer_id_in(text), "2 sse frame")
            return text

        setattr(sim_streams.EventHub, "publish", traced_publish)  # noqa: B010
        setattr(sim_streams, "_frame", traced_frame)  # noqa: B010

    def _sockets(self) -> None:
        write, received = Transport.write, Transport._read_ready__data_received

        def traced_write(transport: Any, data: Any) -> None:
            raw = bytes(data)
            if OFFER in raw:
                self.sockets.setdefault("server", transport._sock)
                self.mark(offer_id_in(raw), "3 server write")
            write(transport, data)

        def traced_received(transport: Any) -> None:
            if threading.current_thread().name == "console-core":
                # Peek before the transport reads: when the kernel had the bytes for us.
                with_peek = b""
                with contextlib.suppress(OSError):
                    with_peek = transport._sock.recv(65536, socket.MSG_PEEK)
                if OFFER in with_peek:
                    self.sockets.setdefault("client", transport._sock)
                    self.mark(offer_id_in(with_peek), "4 client readable")
            received(transport)

        setattr(Transport, "write", traced_write)  # noqa: B010
        setattr(Transport, "_read_ready__data_received", traced_received)  # noqa: B010

    def _client(self) -> None:
        handle, post = core_stream.EventStream._handle, mailbox.MailboxSender.post

        async def traced_handle(stream: Any, sse: Any) -> None:
            offer_id = offer_id_in(sse.data) if sse.event == "offer.created" else None
            self.mark(offer_id, "5 sse parsed")
            await handle(stream, sse)
            self.mark(offer_id, "6 stored")

        def traced_post(sender: Any, call: Callable[..., Any], *args: Any) -> None:
            self.posts.append(time.perf_counter_ns())
            post(sender, call, *args)

        setattr(core_stream.EventStream, "_handle", traced_handle)  # noqa: B010
        setattr(mailbox.MailboxSender, "post", traced_post)  # noqa: B010

    def _gui(self) -> None:
        drain, upsert = mailbox.GuiMailbox._drain, offers_panel.OffersPanel.upsert
        page_class, repeater_class = shift_page.ShiftPage, notifications.RingRepeater
        changed, ring = page_class.offer_changed, repeater_class._ring_once

        def traced_drain(box: Any) -> None:
            self.drained = (list(self.posts), time.perf_counter_ns())
            self.posts.clear()
            drain(box)

        def traced_upsert(panel: Any, offer: Any) -> None:
            if "8 panel upsert" not in self.marks[offer.id]:
                posts, woke = self.drained
                if posts:
                    self.marks[offer.id]["7a mailbox post (first of drain)"] = posts[0]
                self.marks[offer.id]["7b mailbox drain"] = woke
            self.mark(offer.id, "8 panel upsert")
            upsert(panel, offer)
            self.pending_ring = [o.id for o in panel.offers()]  # what the next ring is for

        def traced_changed(page: Any, offer: Any, removed: bool) -> None:
            changed(page, offer, removed)
            if not removed:
                self.mark(offer.id, "8c window done")

        def traced_ring(repeater: Any) -> None:
            waiting = list(self.pending_ring)
            for offer_id in waiting:
                self.mark(offer_id, "8a ring start")
            ring(repeater)
            for offer_id in waiting:
                self.mark(offer_id, "8b ring done")

        setattr(mailbox.GuiMailbox, "_drain", traced_drain)  # noqa: B010
        setattr(offers_panel.OffersPanel, "upsert", traced_upsert)  # noqa: B010
        setattr(page_class, "offer_changed", traced_changed)  # noqa: B010
        setattr(repeater_class, "_ring_once", traced_ring)  # noqa: B010

    def nodelay(self, end: str) -> str:
        sock = self.sockets.get(end)
        if sock is None:
            return "not seen"
        return str(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))


class PaintWatch(QObject):
    def __init__(self, on_paint: Callable[[], None]) -> None:
        super().__init__()
        self._on_paint = on_paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._on_paint()
        return False


def spin(until: Callable[[], bool], timeout_s: float = 15.0) -> None:
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if until():
            return
        QTimer.singleShot(1, loop.quit)
        loop.exec()
    raise RuntimeError("timed out")


async def add_interaction(url: str) -> None:
    async with httpx.AsyncClient(base_url=f"{url}/_sim") as client:
        await client.post(
            "/interactions", json={"channel": "chat", "age_group": "adult", "patience_s": 1.0}
        )


def report(tracer: Tracer, traced: list[str]) -> None:
    print(f"TCP_NODELAY server={tracer.nodelay('server')} client={tracer.nodelay('client')}")
    print(f"GIL switch interval {sys.getswitchinterval() * 1000:.1f} ms")
    totals = []
    for offer_id in traced:
        stages = tracer.marks[offer_id]
        start = stages["1 emit"]
        totals.append((stages["9 paint"] - start) / 1e6)
        steps = "  ".join(
            f"{name.split(' ', 1)[0]}={(at - start) / 1e6:5.1f}"
            for name, at in sorted(stages.items())
        )
        print(f"{totals[-1]:6.1f} ms  {steps}")
    totals.sort()
    print(f"median {totals[len(totals) // 2]:.1f} ms, max {totals[-1]:.1f} ms")
    print("stages: " + ", ".join(sorted(tracer.marks[traced[0]])))


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    load = float(sys.argv[2]) if len(sys.argv) > 2 else 200.0
    tracer = Tracer()
    tracer.install()
    app = QApplication(sys.argv[:1])
    with SimulatorServer(SimConfig(scenario="quiet")) as server:
        console = build_console(app, server.url, login_hint="demo-volunteer", language="en")
        window = console.window
        window.resize(1200, 760)
        window.show()
        spin(lambda: window.pages.currentIndex() == Page.SHIFT and window.me is not None)
        console.bridge.set_presence(Presence.AVAILABLE)
        spin(lambda: window.me is not None and window.me.presence == "available")

        def on_paint() -> None:
            for offer in window.offers.offers():
                tracer.mark(offer.id, "9 paint")

        watch = PaintWatch(on_paint)
        window.offers.list.viewport().installEventFilter(watch)
        with httpx.Client(base_url=f"{server.url}/_sim", timeout=30) as admin:
            if load:
                body = {"agent_id": "demo-volunteer", "events_per_s": load, "queues": 0}
                admin.post("/load", json=body | {"seconds": count * 0.6 + 10})
            assert server.loop is not None
            traced: list[str] = []
            for _ in range(count):
                before = set(tracer.marks)

                def painted(seen: set[str] = before) -> bool:
                    return any("9 paint" in tracer.marks[k] for k in set(tracer.marks) - seen)

                # From the simulator's own loop: no extra thread of ours in the measurement.
                asyncio.run_coroutine_threadsafe(add_interaction(server.url), server.loop)
                spin(painted)
                new = set(tracer.marks) - before
                offer_id = next(k for k in new if "9 paint" in tracer.marks[k])
                traced.append(offer_id)
                console.bridge.decline(offer_id)
                spin(lambda: not window.offers.offers())
        report(tracer, traced)
        console.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())

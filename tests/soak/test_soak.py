"""A long shift, compressed: contact after contact on the real console, with the simulator's
clock moved through the hours (tokens expire and refresh on the way). After a warm-up nothing
may grow without a bound: memory, threads, timers, file descriptors, widgets, store size.

    make test      20 contacts spread over a 12-hour simulated shift (about 15 s)
    make soak      120 contacts over the same 12 hours (SOAK_CONTACTS=N for another count)
"""

import os
import threading
from pathlib import Path

import httpx
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console
from console.contract.enums import OutcomeCode
from console.ui.contact_panel import ContactPanel
from tests.ui.test_shift_workflow import WAIT_MS, go_available

CONTACTS = int(os.environ.get("SOAK_CONTACTS", "20"))
WARM_UP = 5
SHIFT_S = 12 * 3600


def rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def measure(console: Console) -> dict[str, float]:
    # A closed contact's panel is deleted later by Qt's event loop: count what is left after
    # those deletions, not a panel that happens to be queued for deletion at this instant.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return {
        "rss_mb": rss_mb(),
        "threads": threading.active_count(),
        "timers": len(console.window.findChildren(QTimer)),
        "fds": open_fds(),
        "widgets": len(QApplication.allWidgets()),
        "store": console.session.store.size(),
    }


def one_contact(qtbot: QtBot, console: Console, admin: httpx.Client, index: int) -> None:
    window = console.window
    admin.post("/interactions", json={"channel": "chat", "age_group": "child_youth"})
    qtbot.waitUntil(lambda: bool(window.offers.offers()), timeout=WAIT_MS)
    console.bridge.accept(window.offers.offers()[0].id)
    qtbot.waitUntil(lambda: window.contacts.count() == 1, timeout=WAIT_MS)
    panel = window.contacts.currentWidget()
    assert isinstance(panel, ContactPanel)
    for line in range(3):
        admin.post(
            f"/interactions/{panel.interaction.id}/messages", json={"text": f"m {index}-{line}"}
        )
        console.bridge.send_message(panel.interaction.id, f"svar {index}-{line}")
    qtbot.waitUntil(
        lambda: panel.transcript.toPlainText().count("(delivered)") == 3, timeout=WAIT_MS
    )
    console.bridge.end(panel.interaction.id)
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
    console.bridge.wrap_up(panel.interaction.id, OutcomeCode.SUPPORTED, None)
    qtbot.waitUntil(lambda: window.contacts.count() == 0, timeout=WAIT_MS)
    # The hours between contacts pass on the simulator's clock.
    admin.post("/clock/advance", json={"seconds": SHIFT_S / max(CONTACTS, 1)})


def test_a_compressed_shift_leaves_nothing_growing(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    go_available(qtbot, console)
    for index in range(WARM_UP):
        one_contact(qtbot, console, admin, index)
    before = measure(console)
    for index in range(WARM_UP, CONTACTS):
        one_contact(qtbot, console, admin, index)
    after = measure(console)
    grown = {name: round(after[name] - before[name], 1) for name in before}
    print(f"soak: {CONTACTS} contacts, {SHIFT_S // 3600} h simulated; growth {grown}")
    assert grown["threads"] == 0
    assert grown["timers"] == 0
    assert grown["fds"] <= 3
    assert grown["widgets"] <= 5
    assert after["store"] <= 5000 + 50  # bounded tombstones, plus what is live
    assert grown["rss_mb"] < 15 + 0.1 * CONTACTS

"""benchmarks/probe.py measures the console, not itself: neither its waiting loop nor its calls
to the simulator keep memory (rss_growth_mb counts every byte the probe's process keeps)."""

import gc
import sys
import tracemalloc
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import probe  # noqa: E402 - the benchmarks folder is not a package

POLLS = 500


def wait_for_polls(count: int) -> None:
    done = [0]

    def until() -> bool:
        done[0] += 1
        return done[0] >= count

    probe.spin(until)


@pytest.mark.qt
def test_waiting_keeps_no_memory_per_poll(qapp: QApplication) -> None:
    wait_for_polls(POLLS)  # whatever the first wait sets up once
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        wait_for_polls(POLLS)
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # A connection made per poll kept about 60 bytes each (30 kB here); one per wait is fine.
    assert kept < POLLS * 10


def test_its_calls_to_the_simulator_are_freed_at_once() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"id": "ix_1"})

    def live_responses() -> int:
        return sum(1 for item in gc.get_objects() if type(item) is httpx.Response)

    simulator = httpx.MockTransport(answer)  # outside the process: its answers stand in
    with probe.AdminClient(base_url="http://sim.test", transport=simulator) as admin:
        gc.collect()
        gc.disable()  # reference counting alone must free them
        try:
            before = live_responses()
            for _ in range(5):
                created = admin.post("/interactions", json={"channel": "chat"})
                assert created.json() == {"id": "ix_1"}
            del created
            assert live_responses() == before
        finally:
            gc.enable()

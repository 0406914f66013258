"""benchmarks/probe.py measures the console, not itself: its waiting loop keeps no memory per
poll (rss_growth_mb counts every byte the probe's process keeps)."""

import gc
import sys
import tracemalloc
from pathlib import Path

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

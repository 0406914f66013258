"""Statistics benchmark: the simulator over 100,000 contacts, and the Statistics tab's charts.

    .venv/bin/python benchmarks/bench_statistics.py [--contacts 100000] [--runs 5]

Starts the simulator in its own process (as a real backend is: its work never shares the
console's interpreter), fills it with a seeded history (POST /_sim/history), then
- times GET /v1/statistics for several groupings through the console's own client (budget 1 s
  each, the median of --runs);
- opens the real console as demo-coordinator, builds the Statistics tab, presses Show and times
  until all charts are drawn (budget 0.5 s) while a 5 ms GUI heartbeat records the worst stall
  (budget 50 ms).
Prints one JSON object with the figures, their budgets and PASS/FAIL. Not part of the tests.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from probe import Heartbeat, spin, start_console  # this folder is on the path when run
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from console.app import Console
from console.bridge.records_bridge import RecordsBridge
from console.contract.statistics import GroupBy, StatisticsQuery

FIRST, LAST = date(2025, 11, 1), date(2026, 10, 31)
BUDGETS = {
    "statistics_response_max_s": 1.0,
    "charts_render_s": 0.5,
    "charts_gui_stall_max_ms": 50.0,
}
GROUPINGS: list[tuple[GroupBy, ...]] = [
    (),
    (GroupBy.DAY,),
    (GroupBy.HOUR,),
    (GroupBy.AGE_GROUP,),
    (GroupBy.DAY, GroupBy.CHANNEL, GroupBy.AGE_GROUP),
]


class Simulator:
    def __enter__(self) -> str:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "console.simulator", "--port", "0", "--scenario", "quiet"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def measure_queries(console: Console, runs: int, figures: dict[str, Any]) -> None:
    api = console.session.api
    per_grouping: dict[str, float] = {}
    for grouping in GROUPINGS:
        query = StatisticsQuery(FIRST, LAST, grouping)
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            report = console.runtime.submit(api.statistics(query)).result(timeout=60)
            times.append(time.perf_counter() - began)
        name = ",".join(g.value for g in grouping) or "total"
        per_grouping[name] = round(statistics.median(times), 3)
        figures[f"rows_{name}"] = len(report.rows)
    figures["statistics_response_s"] = per_grouping
    figures["statistics_response_max_s"] = max(per_grouping.values())


def measure_charts(console: Console, runs: int, figures: dict[str, Any]) -> None:
    began = time.perf_counter()
    from console.ui.statistics_tab import StatisticsTab  # noqa: PLC0415 - its import is timed

    bridge = RecordsBridge(console.bridge.runner, lambda: console.session.api)
    tab = StatisticsTab(bridge, "en", today=lambda: LAST)
    tab.first.setDate(QDate(FIRST.year, FIRST.month, FIRST.day))
    tab.resize(1366, 700)
    tab.show()
    spin(tab.isVisible)
    figures["tab_first_open_s"] = round(time.perf_counter() - began, 3)
    # Opening the tab loads the default period by itself: let that finish before measuring.
    spin(lambda: len(tab.reports) == 3 and not tab.progress.isVisible())
    renders, stalls, idle = [], [], []
    for _ in range(runs):
        heartbeat = Heartbeat()
        heartbeat.start()
        spin(timeout_s=0.6)
        idle.append(heartbeat.stop())
        tab.reports.clear()
        heartbeat.start()
        began = time.perf_counter()
        tab.refresh()
        spin(lambda: len(tab.reports) == 3 and not tab.progress.isVisible())
        tab.repaint()
        renders.append(time.perf_counter() - began)
        spin(timeout_s=0.1)
        stalls.append(heartbeat.stop())
    figures["charts_days"] = len(tab.reports["day"].rows)
    figures["charts_render_s"] = round(statistics.median(renders), 3)
    figures["charts_render_each_s"] = [round(r, 3) for r in renders]
    figures["charts_gui_stall_max_ms"] = round(max(stalls), 1)
    figures["charts_gui_stall_each_ms"] = [round(s, 1) for s in stalls]
    # The same heartbeat with nothing to do: what the machine itself costs the GUI thread.
    figures["idle_gui_stall_each_ms"] = [round(s, 1) for s in idle]
    tab.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    figures: dict[str, Any] = {"contacts": args.contacts}
    app = QApplication([])
    with Simulator() as url:
        started = time.perf_counter()
        body = {"contacts": args.contacts, "seed": 1, "from": str(FIRST), "to": str(LAST)}
        httpx.post(f"{url}/_sim/history", json=body, timeout=300).raise_for_status()
        figures["history_generate_s"] = round(time.perf_counter() - started, 2)
        console = start_console(app, url, "demo-coordinator")
        try:
            measure_queries(console, args.runs, figures)
            measure_charts(console, args.runs, figures)
        finally:
            console.shutdown()
    verdicts = {
        name: "PASS" if figures[name] <= budget else "FAIL" for name, budget in BUDGETS.items()
    }
    print(json.dumps({"figures": figures, "budgets": BUDGETS, "verdicts": verdicts}, indent=1))
    return 0 if all(v == "PASS" for v in verdicts.values()) else 1


if __name__ == "__main__":
    sys.exit(main())

"""The committed benchmark report, its figure names and README's table agree.

`make bench` measures (not in the test suite); this only checks that what is published is
whole and that README says what bench-report.json says, as benchmarks/readme_table.py writes it.
"""

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from figures import BY_NAME, FIGURES  # noqa: E402 - the benchmarks folder is not a package
from readme_table import END, START, render, rewritten  # noqa: E402

# The names issue #23 gave outside readers: each must be in the report under that name.
PUBLISHED = {
    "offer_paint_p99_ms", "offer_paint_idle_p99_ms", "cold_start_s", "rss_start_mb",
    "rss_growth_mb", "gui_stall_max_ms", "supervisor_gui_cpu_pct", "bundle_mb", "archive_mb",
    "chromium_pss_mb", "voice_mouth_to_ear_p99_ms", "voice_media_cpu_pct", "rss_softphone_mb",
    "stats_backend_s", "stats_render_s", "stats_gui_stall_ms", "offers_5000_stall_ms",
    "chat_1mb_stall_ms", "supervisor_2000_cpu_pct",
}  # fmt: skip


def committed_report() -> dict[str, Any]:
    report: dict[str, Any] = json.loads((ROOT / "bench-report.json").read_text(encoding="utf-8"))
    return report


def test_every_published_name_is_declared_once() -> None:
    assert set(BY_NAME) >= PUBLISHED
    assert len(BY_NAME) == len(FIGURES)


def test_the_committed_report_holds_every_figure_with_its_budget() -> None:
    report = committed_report()
    for figure in FIGURES:
        item = report[figure.name]
        assert set(item) >= {"median", "min", "max", "runs", "budget"}, figure.name
        assert item["budget"] == figure.budget, figure.name
        if item["median"] is not None:
            assert item["min"] <= item["median"] <= item["max"], figure.name
            assert len(item["values"]) == item["runs"], figure.name
            if figure.budget is not None:
                assert item["met"] == (item["max"] <= figure.budget), figure.name


def test_readme_shows_the_committed_report() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert rewritten(readme, render(committed_report())) == readme


def report_with(name: str, values: list[float]) -> dict[str, Any]:
    budget = BY_NAME[name].budget
    return {
        "machine": {
            "date": "2026-12-06",
            "cpus": 2,
            "cpu": "Test CPU",
            "memory_gb": 4.0,
            "platform": "Linux",
            "python": "3.11",
            "qt": "6.11",
            "load_average_at_start": 0.1,
            "chromium": None,
        },
        name: {
            "median": sorted(values)[len(values) // 2],
            "min": min(values),
            "max": max(values),
            "runs": len(values),
            "budget": budget,
            "met": None if budget is None else max(values) <= budget,
            "values": values,
        },
    }


@pytest.mark.parametrize(
    ("values", "verdict"), [([10.0, 12.0, 20.0], "yes"), ([10.0, 30.0], "**no**")]
)
def test_a_budget_is_met_only_if_every_run_meets_it(values: list[float], verdict: str) -> None:
    table = render(report_with("offer_paint_p99_ms", values))
    row = next(line for line in table.splitlines() if "`offer_paint_p99_ms`" in line)
    assert row.rstrip(" |").endswith(verdict)
    assert "≤ 25.0 ms" in row


def test_a_figure_not_measured_says_so_and_the_rest_of_readme_is_kept() -> None:
    table = render(report_with("offer_paint_p99_ms", [5.0]))
    row = next(line for line in table.splitlines() if "`chromium_pss_mb`" in line)
    assert "not measured here" in row
    readme = f"before\n{START}\nold table\n{END}\nafter\n"
    assert rewritten(readme, table) == f"before\n{START}\n{table}\n{END}\nafter\n"

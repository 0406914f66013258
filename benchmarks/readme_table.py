"""README's performance table, made from bench-report.json (never by hand).

    python benchmarks/readme_table.py          rewrite the table in README.md
    python benchmarks/readme_table.py --check  exit 1 if README's table is not the report's

The table sits between the two markers below; everything else in README is left alone.
"""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from figures import FIGURES  # this folder is on the path when run

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- bench-table:start -->", "<!-- bench-table:end -->"


def number(value: float) -> str:
    return f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"


def render(report: dict[str, Any]) -> str:
    machine = report["machine"]
    lines = [
        f"Measured {machine['date']} on {machine['cpus']} × {machine['cpu']}, "
        f"{machine['memory_gb']} GB ({machine['platform']}; Python {machine['python']}, "
        f"Qt {machine['qt']}, offscreen; load average {machine['load_average_at_start']} "
        "at the start). Median of the runs, with the lowest and highest; a budget is met only "
        "if every run meets it.",
        "",
        "| figure | name in bench-report.json | median | min – max | runs | budget | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for figure in FIGURES:
        item = report.get(figure.name, {})
        budget = "" if figure.budget is None else f"≤ {number(figure.budget)} {figure.unit}"
        if item.get("median") is None:
            lines.append(
                f"| {figure.what} | `{figure.name}` | not measured here | | 0 | {budget} | |"
            )
            continue
        met = {None: "", True: "yes", False: "**no**"}[item.get("met")]
        spread = f"{number(item['min'])} – {number(item['max'])}" if item["runs"] > 1 else ""
        lines.append(
            f"| {figure.what} | `{figure.name}` | {number(item['median'])} {figure.unit} "
            f"| {spread} | {item['runs']} | {budget} | {met} |"
        )
    if machine.get("chromium"):
        lines += ["", f"Browser baseline: {machine['chromium']}, headless."]
    return "\n".join(lines)


def rewritten(readme: str, table: str) -> str:
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{table}\n{END}{tail}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    report = json.loads((ROOT / "bench-report.json").read_text(encoding="utf-8"))
    readme_path = ROOT / "README.md"
    readme = readme_path.read_text(encoding="utf-8")
    wanted = rewritten(readme, render(report))
    if args.check:
        if wanted != readme:
            print("README's performance table is not bench-report.json's", file=sys.stderr)
            return 1
        return 0
    readme_path.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

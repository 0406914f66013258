"""make bench: start the real simulator and the real console headless, measure, report.

    python benchmarks/run.py             every figure, BENCH_RUNS times (default 3)
    python benchmarks/run.py --baseline  only our start footprint and Chromium's, same run

Writes bench-report.json at the repository root (median, min, max, runs, budget and every
value per figure, under the names in benchmarks/figures.py) and prints a table with PASS/FAIL
per budget; benchmarks/readme_table.py turns the report into README's table. Every probe runs
in its own process against its own simulator on loopback. Not part of the test suite.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import chromium  # this folder is on the path when run
from figures import FIGURES

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "bench-report.json"
PROBE = ROOT / "benchmarks" / "probe.py"
VOICE_PROBE = ROOT / "benchmarks" / "voice_probe.py"
STATISTICS_BENCH = ROOT / "benchmarks" / "bench_statistics.py"
RUNS = int(os.environ.get("BENCH_RUNS", "3"))


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


def probe(mode: str, warm_backend: bool = False) -> tuple[dict[str, Any], float]:
    """One probe in its own process against its own simulator; its JSON and when it started.

    `warm_backend`: the probe runs once unmeasured first, as a real backend has served other
    sign-ins before ours (a fresh simulator answers its first requests slower, and that is
    the simulator's start, not the console's)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with Simulator() as url:
        command = [sys.executable, str(VOICE_PROBE), url]
        if mode != "voice":
            command = [sys.executable, str(PROBE), mode, url]
        for _ in range(2 if warm_backend else 1):
            started = time.monotonic()
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=300, env=env, check=False
            )
            if result.returncode != 0:
                # Say why: the probe's own error, not only its exit status.
                raise RuntimeError(f"probe {mode} failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1]), started


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def footprint() -> dict[str, float]:
    """Cold start, and the start's footprint; Chromium's beside it when it is installed."""
    cold, started = probe("cold", warm_backend=True)
    figures = {
        "cold_start_s": cold["painted_at"] - started,
        "rss_start_mb": cold["rss_mb"],
        "pss_start_mb": cold["pss_mb"],
    }
    program = chromium.binary()
    if program is not None:
        figures["chromium_pss_mb"] = chromium.measure(program)
        figures["console_pss_vs_chromium"] = cold["pss_mb"] / figures["chromium_pss_mb"]
    return figures


def one_run() -> dict[str, float]:
    figures = footprint()
    volunteer, _ = probe("volunteer")
    figures["offer_paint_p50_ms"] = statistics.median(volunteer["offer_paint_loaded_ms"])
    figures["offer_paint_p99_ms"] = percentile(volunteer["offer_paint_loaded_ms"], 0.99)
    figures["offer_paint_idle_p99_ms"] = percentile(volunteer["offer_paint_idle_ms"], 0.99)
    figures["gui_stall_max_ms"] = volunteer["gui_stall_burst_ms"]
    figures["gui_stall_language_switch_ms"] = volunteer["gui_stall_language_ms"]
    figures["rss_growth_mb"] = volunteer["rss_growth_mb"]
    figures["rss_first_contact_mb"] = volunteer["rss_first_contact_mb"]
    figures["supervisor_gui_cpu_pct"] = probe("supervisor")[0]["supervisor_gui_cpu_pct"]
    figures["supervisor_2000_cpu_pct"] = probe("supervisor2000")[0]["supervisor_2000_cpu_pct"]
    huge, _ = probe("huge")
    if huge["offers_shown"] != huge["offers_expected"] or huge["transcript_rows"] < 1001:
        raise RuntimeError(f"huge input not shown in full: {huge}")
    figures["offers_5000_stall_ms"] = huge["offer_burst_stall_ms"]
    figures["chat_1mb_stall_ms"] = huge["long_line_stall_ms"]
    figures["long_chat_stall_ms"] = huge["long_chat_stall_ms"]
    voice, _ = probe("voice")
    figures["voice_mouth_to_ear_p50_ms"] = statistics.median(voice["voice_latency_ms"])
    figures["voice_mouth_to_ear_p99_ms"] = percentile(voice["voice_latency_ms"], 0.99)
    figures["voice_media_cpu_pct"] = voice["voice_call_cpu_pct"]
    figures["voice_idle_cpu_pct"] = voice["voice_idle_cpu_pct"]
    figures["rss_softphone_mb"] = voice["voice_rss_mb"]
    return figures | statistics_figures()


def statistics_figures() -> dict[str, float]:
    """benchmarks/bench_statistics.py in its own process (it starts its own simulator)."""
    done = subprocess.run(
        [sys.executable, str(STATISTICS_BENCH), "--runs", "3"],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if done.returncode not in (0, 1):  # 1: a budget missed, still a measurement
        raise RuntimeError(f"statistics benchmark failed: {done.stderr[-2000:]}")
    figures = json.loads(done.stdout)["figures"]
    return {
        "stats_backend_s": float(figures["statistics_response_max_s"]),
        "stats_render_s": float(figures["charts_render_s"]),
        "stats_gui_stall_ms": float(figures["charts_gui_stall_max_ms"]),
    }


def package_figures() -> dict[str, float]:
    """The bundle and the archive of the last `make package`, if there is one."""
    figures: dict[str, float] = {}
    bundle = ROOT / "dist" / "helpline-console"
    if bundle.is_dir():
        # As packaging/build.py measures it: bytes on disk in MB, each file once (PyInstaller
        # links some libraries under two names; following the links counted them twice).
        files = [f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()]
        figures["bundle_mb"] = sum(f.stat().st_size for f in files) / 1e6
    archives = sorted((ROOT / "dist" / "release").glob("*.tar.gz"))
    if archives:
        figures["archive_mb"] = archives[-1].stat().st_size / 1e6
    return figures


def machine() -> dict[str, Any]:
    import PySide6  # noqa: PLC0415
    from PySide6 import QtCore  # noqa: PLC0415

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory_kb = int(Path("/proc/meminfo").read_text().split()[1])
    program = chromium.binary()
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "memory_gb": round(memory_kb / 1024**2, 1),
        "load_average_at_start": round(os.getloadavg()[0], 2),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": QtCore.qVersion(),
        "chromium": subprocess.run(
            [program, "--version"], capture_output=True, text=True, check=False
        ).stdout.strip()
        if program
        else None,
    }


def entry(name: str, values: list[float], budget: float | None) -> dict[str, Any]:
    if not values:
        return {"runs": 0, "budget": budget, "median": None, "min": None, "max": None}
    median = statistics.median(values)
    return {
        "median": median,
        "min": min(values),
        "max": max(values),
        "runs": len(values),
        "budget": budget,
        # Met in every run, not only by the median.
        "met": None if budget is None else max(values) <= budget,
        "values": values,
    }


def report(runs: list[dict[str, float]], previous: dict[str, Any]) -> dict[str, Any]:
    """Figures measured now replace the previous report's; the others stay as they were."""
    result: dict[str, Any] = {"machine": machine()}
    for figure in FIGURES:
        values = [run[figure.name] for run in runs if figure.name in run]
        if values:
            result[figure.name] = entry(figure.name, values, figure.budget)
        elif figure.name in previous:
            result[figure.name] = previous[figure.name] | {"budget": figure.budget}
        else:
            result[figure.name] = entry(figure.name, [], figure.budget)
    return result


def print_table(result: dict[str, Any]) -> None:
    print(f"machine: {json.dumps(result['machine'])}")
    print(f"{'figure':30} {'median':>9} {'min':>9} {'max':>9} {'budget':>8}  result")
    for figure in FIGURES:
        item = result[figure.name]
        if item["median"] is None:
            print(f"{figure.name:30} {'n/a':>9} {'':>9} {'':>9} {figure.budget or '':>8}")
            continue
        verdict = {None: "", True: "PASS", False: "FAIL"}[item.get("met")]
        print(
            f"{figure.name:30} {item['median']:9.2f} {item['min']:9.2f} {item['max']:9.2f} "
            f"{figure.budget if figure.budget is not None else '':>8}  {verdict}"
        )


def compile_bytecode() -> None:
    """An installed console has its bytecode; a checkout run with PYTHONDONTWRITEBYTECODE
    (as in CI) compiles its 110-odd modules on every start, 0.2 s no volunteer ever waits."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "console")], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="measure only our start footprint and headless Chromium's, in the same run",
    )
    args = parser.parse_args()
    if args.baseline and chromium.binary() is None:
        print("no Chromium: `make bench-baseline` installs it (apt-get, as root)", file=sys.stderr)
        return 2
    compile_bytecode()
    measure = footprint if args.baseline else one_run
    runs = [measure() for _ in range(RUNS)]
    if not args.baseline:
        runs.append(package_figures())
    previous = json.loads(REPORT.read_text()) if REPORT.exists() else {}
    result = report(runs, previous)
    REPORT.write_text(json.dumps(result, indent=2) + "\n")
    print_table(result)
    missed = [f.name for f in FIGURES if result[f.name].get("met") is False]
    if missed:
        print(f"over budget: {', '.join(missed)}", file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

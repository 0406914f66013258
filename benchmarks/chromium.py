"""The browser baseline: headless Chromium showing a one-table page, PSS over all its processes.

A browser-based console is at least a browser showing a table of contacts, so this is the
floor of what volunteers would otherwise run. PSS (proportional set size) shares each library
out between the processes that map it, so Chromium's many processes are not counted twice,
and the console's own figure is taken the same way (`pss_mb`). Run by benchmarks/run.py.
"""

import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

PAGE_ROWS = 20
SETTLE_S = 15.0  # the longest wait for the page to load and memory to stop moving


def one_table_page() -> str:
    """A page like a web console's queue: one table, twenty rows, a little style."""
    rows = "\n".join(
        f"<tr><td>chat</td><td>adult</td><td>nb</td><td>Org {i}</td><td>0:{i:02d}</td></tr>"
        for i in range(PAGE_ROWS)
    )
    return (
        "<!doctype html><html lang=en><meta charset=utf-8><title>Offers</title>"
        "<style>body{font:14px sans-serif}td,th{padding:4px 8px}</style>"
        "<table><thead><tr><th>Channel</th><th>Age group</th><th>Language</th>"
        f"<th>Organisation</th><th>Waiting</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def binary() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def pss_mb(pids: set[int]) -> float:
    total_kb = 0
    for pid in pids:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue  # a helper process that ended meanwhile
        for line in rollup.splitlines():
            if line.startswith("Pss:"):
                total_kb += int(line.split()[1])
    return total_kb / 1024


def process_tree(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    tree, todo = set(), [root]
    while todo:
        pid = todo.pop()
        tree.add(pid)
        todo.extend(children.get(pid, []))
    return tree


def _page_loaded(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2) as answer:
            targets = json.loads(answer.read())
    except OSError:
        return False
    return any(t.get("type") == "page" and t.get("url", "").startswith("file:") for t in targets)


def measure(program: str) -> float:
    """Start Chromium on the page, wait until it is loaded and its memory settles, read PSS."""
    with tempfile.TemporaryDirectory(prefix="bench-chromium-") as folder:
        page = Path(folder) / "offers.html"
        page.write_text(one_table_page(), encoding="utf-8")
        profile = Path(folder) / "profile"
        process = subprocess.Popen(
            [
                program,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                "--remote-debugging-port=0",
                page.as_uri(),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            return _settled_pss(process, profile)
        finally:
            _stop(process)


def _running(pid: int) -> bool:
    """Alive and not a zombie (a child left to init may stay one until it is reaped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop Chromium and every process it started. Its helpers outlive the main process for a
    moment and go on writing to the profile: the folder could not be removed under them."""
    helpers = process_tree(process.pid) - {process.pid}
    process.terminate()
    process.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(_running(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in helpers:
        if _running(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _settled_pss(process: subprocess.Popen[bytes], profile: Path) -> float:
    deadline = time.monotonic() + SETTLE_S
    port_file = profile / "DevToolsActivePort"
    while not port_file.exists() or not _page_loaded(int(port_file.read_text().split()[0])):
        if time.monotonic() > deadline or process.poll() is not None:
            raise RuntimeError("Chromium did not load the page")
        time.sleep(0.1)
    # Loaded; renderer and GPU/utility processes still start and grow for a moment.
    last = pss_mb(process_tree(process.pid))
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = pss_mb(process_tree(process.pid))
        if abs(now - last) < 0.01 * last:
            return now
        last = now
    return last

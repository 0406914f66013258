"""The voice figures in their own process: the real console (softphone on in-memory audio)
against a running simulator over loopback WebRTC.

    python benchmarks/voice_probe.py URL

Prints one JSON object: tone onset to detection at the volunteer's ear (each resume after a
hold: the simulator switches the caller's tone on before it answers the command, so the send
time of the command is an upper bound of the onset), CPU of the console process during a call
against idle, and RSS with an active softphone. Run by benchmarks/run.py.

Beside each CPU figure, the same window split by thread (`voice_idle_threads_pct`,
`voice_call_threads_pct`: % of a core per thread name, from /proc/self/task), so a change is
seen where it happens: the core loop (aiortc, SRTP, our audio), aiortc's decoder thread, the
GUI thread, executor threads.
"""

import json
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from console.app import build_console
from console.contract.enums import Presence
from console.core.voice.devices import MemoryAudio
from console.core.voice.softphone import PhoneState
from console.rtc.dsp import frame_dbfs
from console.ui.page import Page

CYCLES = int(os.environ.get("BENCH_VOICE_CYCLES", "30"))
LOUD_DBFS = -40.0


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def spin(until: Callable[[], bool] | None = None, timeout_s: float = 15.0) -> None:
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if until is not None and until():
            return
        QTimer.singleShot(10, loop.quit)
        loop.exec()
    if until is not None:
        raise RuntimeError("condition not reached")


class OnsetEar(MemoryAudio):
    """Memory audio whose speaker notes when sound starts after silence (core thread)."""

    def __init__(self) -> None:
        super().__init__(tone_hz=1000.0)
        self.onsets: list[float] = []
        self.loud = False
        original = self.ear.hear

        def hear(pcm: bytes, channels: int = 1) -> None:
            loud = frame_dbfs(pcm) > LOUD_DBFS
            if loud and not self.loud:
                self.onsets.append(time.monotonic())
            self.loud = loud
            original(pcm, channels)

        self.ear.hear = hear  # type: ignore[method-assign]


def thread_cpu_s() -> dict[int, tuple[str, float]]:
    """CPU seconds so far of each thread of this process, by id, with its name (Python's name
    for a Python thread, the kernel's otherwise)."""
    names = {t.native_id: t.name for t in threading.enumerate()}
    tick = os.sysconf("SC_CLK_TCK")
    found = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            stat = Path(f"/proc/self/task/{tid}/stat").read_text()
        except OSError:
            continue  # the thread ended meanwhile
        comm = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        cpu = (int(fields[11]) + int(fields[12])) / tick  # utime + stime
        found[int(tid)] = (names.get(int(tid), comm), cpu)
    return found


def cpu_pct(seconds: float) -> tuple[float, dict[str, float]]:
    """% of a core over `seconds` of the event loop: the process, and by thread name."""
    threads = thread_cpu_s()
    start_cpu, start = time.process_time(), time.monotonic()
    spin(timeout_s=seconds)
    elapsed = time.monotonic() - start
    total = 100 * (time.process_time() - start_cpu) / elapsed
    by_name: dict[str, float] = {}
    for tid, (name, cpu) in thread_cpu_s().items():
        used = 100 * (cpu - threads.get(tid, (name, 0.0))[1]) / elapsed
        by_name[name] = by_name.get(name, 0.0) + used
    busiest = sorted(by_name.items(), key=lambda item: -item[1])
    return total, {name: round(pct, 2) for name, pct in busiest if pct > 0}


def measure(app: QApplication, url: str) -> dict[str, Any]:
    audio = OnsetEar()
    console = build_console(
        app, url, login_hint="demo-volunteer", language="en", audio_devices=lambda: audio
    )
    window = console.window
    window.show()
    spin(lambda: window.pages.currentIndex() == Page.SHIFT and window.me is not None)
    voice = console.voice
    assert voice is not None
    spin(lambda: voice.status.state is PhoneState.CONNECTED)
    idle_cpu, idle_threads = cpu_pct(3.0)
    with httpx.Client(base_url=url, timeout=10) as client:
        admin = f"{url}/_sim"
        console.bridge.set_presence(Presence.AVAILABLE)
        spin(lambda: window.me is not None and window.me.presence == "available")
        client.post(f"{admin}/interactions", json={"channel": "voice", "caller_tone_hz": 440})
        spin(lambda: window.offers.list.count() == 1)
        window.offers.accept_button.click()
        spin(lambda: window.contacts.count() == 1)
        spin(lambda: audio.loud)
        call_cpu, call_threads = cpu_pct(5.0)
        rss = rss_mb()
        interaction_id = window.contacts.currentWidget().interaction.id  # type: ignore[attr-defined]
        latencies = []
        for _ in range(CYCLES):
            console.bridge.hold(interaction_id, True)
            spin(lambda: not audio.loud)
            before = len(audio.onsets)
            sent = time.monotonic()
            console.bridge.hold(interaction_id, False)
            spin(lambda n=before: len(audio.onsets) > n)  # type: ignore[misc]
            latencies.append((audio.onsets[before] - sent) * 1000)
    console.shutdown()
    return {
        "voice_latency_ms": latencies,
        "voice_idle_cpu_pct": idle_cpu,
        "voice_call_cpu_pct": call_cpu,
        "voice_rss_mb": rss,
        "voice_idle_threads_pct": idle_threads,
        "voice_call_threads_pct": call_threads,
    }


def main() -> int:
    app = QApplication(sys.argv[:1])
    print(json.dumps(measure(app, sys.argv[1])), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Every figure `make bench` reports, declared once: its name in bench-report.json, its budget
(lower is better; None when only reported) and what it measures, for the README's table.

The names are the ones issue #23 gave outside readers; do not rename one without a reason.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    budget: float | None
    unit: str
    what: str


FIGURES: tuple[Figure, ...] = (
    Figure("cold_start_s", 0.5, "s", "cold start: process start to first paint with live data"),
    Figure(
        "offer_paint_p50_ms", None, "ms", "offer paint p50, 200 events/s (emission → row painted)"
    ),
    Figure("offer_paint_p99_ms", 25.0, "ms", "offer paint p99, 200 events/s of other traffic"),
    Figure("offer_paint_idle_p99_ms", 16.7, "ms", "offer paint p99, idle (one 60 Hz frame)"),
    Figure("gui_stall_max_ms", 50.0, "ms", "longest GUI stall, 5,000 events in 1 s"),
    Figure("gui_stall_language_switch_ms", 50.0, "ms", "longest GUI stall, live language switch"),
    Figure("offers_5000_stall_ms", 100.0, "ms", "longest GUI stall, 5,000 offers at once"),
    Figure("chat_1mb_stall_ms", 100.0, "ms", "longest GUI stall, one 1 MB chat line"),
    Figure("long_chat_stall_ms", 100.0, "ms", "longest GUI stall, 1,000 lines of 4,000 chars"),
    Figure("rss_start_mb", 150.0, "MB", "RSS after start (signed in, shift shown)"),
    Figure("pss_start_mb", None, "MB", "PSS after start (shared libraries shared out)"),
    Figure(
        "rss_first_contact_mb", None, "MB", "RSS the first contact adds once (first-use set-up)"
    ),
    Figure("rss_growth_mb", 10.0, "MB", "RSS growth over a shift of 60 further chats"),
    Figure("supervisor_gui_cpu_pct", 10.0, "% of a core", "supervisor GUI thread, 500 volunteers"),
    Figure(
        "supervisor_2000_cpu_pct", 10.0, "% of a core", "supervisor GUI thread, 2,000 volunteers"
    ),
    Figure("voice_mouth_to_ear_p50_ms", None, "ms", "softphone mouth to ear p50, loopback WebRTC"),
    Figure("voice_mouth_to_ear_p99_ms", 150.0, "ms", "softphone mouth to ear p99"),
    Figure(
        "voice_media_cpu_pct", 15.0, "% of a core", "console CPU during a call (Opus both ways)"
    ),
    Figure("voice_idle_cpu_pct", None, "% of a core", "console CPU, softphone ready, no call"),
    Figure("rss_softphone_mb", 200.0, "MB", "RSS with an active softphone call"),
    Figure("stats_backend_s", 1.0, "s", "statistics over 100,000 contacts: slowest answer"),
    Figure("stats_render_s", 0.5, "s", "statistics charts drawn after Show"),
    Figure("stats_gui_stall_ms", 50.0, "ms", "longest GUI stall while the charts load"),
    Figure("bundle_mb", 300.0, "MB", "bundle (Linux one-folder, each file once)"),
    Figure("archive_mb", 120.0, "MB", "release archive (.tar.gz), the download"),
    Figure("chromium_pss_mb", None, "MB", "headless Chromium, one-table page (PSS, all processes)"),
    Figure("console_pss_vs_chromium", None, "×", "our PSS after start ÷ Chromium's, same run"),
)

BY_NAME = {figure.name: figure for figure in FIGURES}

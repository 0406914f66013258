"""Nothing about a caller reaches the disk or a log: a canary run, clean exit and crash."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from console.simulator.server import SimulatorServer

SCRIPT = Path(__file__).with_name("canary_shift.py")


def files_containing(root: Path, needle: bytes) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                if needle in path.read_bytes():
                    hits.append(str(path.relative_to(root)))
            except OSError:
                continue
    return hits


@pytest.mark.parametrize("mode", ["clean", "kill"])
def test_no_caller_data_on_disk_or_in_logs(
    simulator: SimulatorServer, tmp_path: Path, mode: str
) -> None:
    canary = f"CANARY{uuid.uuid4().hex}"
    home = tmp_path / "home"
    temp = tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "TMPDIR": str(temp),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(temp / "runtime"),
        "PYTHONUNBUFFERED": "1",
    }
    result = subprocess.run(
        [sys.executable, str(SCRIPT), simulator.url, canary, mode],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    if mode == "clean":
        assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
        assert b"shift done" in result.stdout
    else:
        assert result.returncode == -9  # killed mid-chat, as a crash would
    assert canary.encode() not in result.stdout
    assert canary.encode() not in result.stderr
    assert files_containing(tmp_path, canary.encode()) == []


GUARDS = Path(__file__).with_name("uncaught_canary.py")


def test_uncaught_exceptions_and_qt_warnings_log_type_and_place_only(tmp_path: Path) -> None:
    canary = f"CANARY{uuid.uuid4().hex}"
    result = subprocess.run(
        [sys.executable, str(GUARDS), canary],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        capture_output=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    stderr = result.stderr.decode(errors="replace")
    assert result.returncode == 0, stderr[-2000:]
    assert b"guards done" in result.stdout
    assert canary not in stderr
    assert canary.encode() not in result.stdout
    entries = [json.loads(line[line.index("{") :]) for line in stderr.splitlines() if "{" in line]
    raised = {entry.get("exception"): entry.get("trace", []) for entry in entries}
    # Each exception keeps its type and the frame it was raised in: a bug stays findable.
    assert "uncaught_canary.py:28 show_line" in raised["ValueError"]  # a slot, with its args
    assert "uncaught_canary.py:38 event" in raised["RuntimeError"]  # an overridden Qt method
    assert "uncaught_canary.py:43 fail_in_thread" in raised["KeyError"]  # another thread
    qt = [entry for entry in entries if entry["logger"] == "console.qt"]
    assert qt and qt[0]["level"] == "WARNING" and qt[0]["message"] == "qt default: [redacted]"
    assert "Traceback" not in stderr

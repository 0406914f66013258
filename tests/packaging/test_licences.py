"""The bundle's third-party licences: every run-time dependency listed, the voice stack's
licence files copied, and the GPL parts of PyAV's FFmpeg said plainly."""

import importlib.util
import json
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def licences() -> ModuleType:
    spec = importlib.util.spec_from_file_location("licences", ROOT / "packaging" / "licences.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_voice_stack_and_its_licences_are_in_the_summary(tmp_path: Path) -> None:
    summary = licences().write_licences(tmp_path)
    by_name = {row["name"].lower(): row for row in summary}
    for name in ("aiortc", "aioice", "av", "pylibsrtp", "sounddevice", "pyside6_essentials"):
        assert name in by_name, name
    assert "GPL-2.0-or-later" in by_name["av"]["note"] and "libx264" in by_name["av"]["note"]
    assert (tmp_path / "av" / "LICENSE.txt").is_file()
    assert (tmp_path / "aiortc").is_dir()
    assert "helpline-console" not in by_name and "pytest" not in by_name  # dev tools stay out
    assert json.loads((tmp_path / "SUMMARY.json").read_text()) == summary

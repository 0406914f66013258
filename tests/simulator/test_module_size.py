"""Small modules with one job: no simulator or contract module over 600 lines."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "console"
MAX_LINES = 600
MODULES = sorted([*(ROOT / "simulator").rglob("*.py"), *(ROOT / "contract").rglob("*.py")])


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_module_is_small(module: Path) -> None:
    lines = len(module.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module.name} has {lines} lines: split it by job"

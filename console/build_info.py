"""What is installed: `--build-info` prints it as JSON for IT (never a secret, never caller data).

A frozen bundle carries build_info.json written at build time (version, commit, build time);
a source checkout reports its package version and, where git is available, its commit.
"""

import json
import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from console.paths import bundle_dir

LIBRARIES = (
    "pydantic",
    "httpx",
    "httpx-sse",
    "keyring",
    "authlib",
    "truststore",
    "platformdirs",
    "PySide6-Essentials",
    "fastapi",
    "uvicorn",
    "starlette",
)


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _checkout_commit() -> str | None:
    root = Path(__file__).resolve().parent.parent
    if not (root / ".git").exists():
        return None
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


def summary() -> dict[str, Any]:
    """Version, commit and build time only: cheap enough to show in a dialog."""
    return _built()


def _built() -> dict[str, Any]:
    bundle = bundle_dir()
    if bundle is not None:
        built: dict[str, Any] = json.loads((bundle / "build_info.json").read_text("utf-8"))
        return built
    return {"version": _version("helpline-console"), "commit": _checkout_commit(), "built": None}


def _keyring_backend() -> str:
    try:
        import keyring  # noqa: PLC0415

        backend = keyring.get_keyring()
    except Exception as error:  # any failure is the answer IT needs to see
        return f"unavailable ({type(error).__name__})"
    return f"{type(backend).__module__}.{type(backend).__name__}"


def collect() -> dict[str, Any]:
    from PySide6 import QtCore  # noqa: PLC0415

    info = _built()
    info |= {
        "frozen": bundle_dir() is not None,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "qt": QtCore.qVersion(),
        "libraries": {name: _version(name) for name in LIBRARIES},
        "keyring_backend": _keyring_backend(),
    }
    return info


def write(target: str) -> None:
    """Print the build info, or write it to `target` (a windowed Windows build has no stdout)."""
    text = json.dumps(collect(), indent=2, sort_keys=True)
    if target == "-":
        sys.stdout.write(text + "\n")
    else:
        Path(target).write_text(text + "\n", encoding="utf-8")

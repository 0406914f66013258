"""Where the project's read-only resources are, in the source tree and in a frozen bundle."""

import sys
from pathlib import Path

SOURCE_ROOT = Path(__file__).resolve().parent.parent


def bundle_dir() -> Path | None:
    """The frozen bundle's data folder, or None when running from a checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle is not None else None


def resources_dir() -> Path:
    return (bundle_dir() or SOURCE_ROOT) / "resources"


def i18n_dir() -> Path:
    """Compiled catalogues (.qm): next to the sources in a checkout, bundled when frozen."""
    return (bundle_dir() or SOURCE_ROOT) / "i18n"

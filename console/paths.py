"""Where the project's read-only resources are, in the source tree and in a frozen bundle."""

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def i18n_dir() -> Path:
    """Compiled catalogues (.qm): next to the sources in a checkout, bundled when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "i18n"
    return Path(__file__).resolve().parent.parent / "i18n"

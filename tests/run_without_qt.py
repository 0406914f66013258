"""Run pytest with PySide6 made unimportable: proves the contract, simulator and core need no Qt.

Usage: python tests/run_without_qt.py [pytest args...]
"""

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType

BLOCKED = ("PySide6", "shiboken6", "pytestqt")


class _BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname.partition(".")[0] in BLOCKED:
            raise ImportError(f"{fullname} is blocked: this code must run without Qt")
        return None


def main() -> int:
    sys.meta_path.insert(0, _BlockQt())
    import pytest  # noqa: PLC0415 - only after the block is in place

    return pytest.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())

"""The user settings file's schema version and the migrations between versions.

The console writes `schema_version` into the user's file. When a setting is renamed or its
meaning changes, SCHEMA_VERSION goes up by one and MIGRATIONS gains the function that turns a
file of the old version into the new one; the file is rewritten in the new form on the next
remembered choice. A file from a newer console (after a downgrade) is not guessed at: it is a
clear error and the file is left exactly as it is.
"""

from collections.abc import Callable
from typing import Any

from console.config.problems import KeyProblem

VERSION_KEY = "schema_version"
SCHEMA_VERSION = 1

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _from_unversioned(data: dict[str, Any]) -> dict[str, Any]:
    """Files written before versions existed (version 0) hold the version 1 settings as is."""
    return data


# version -> the function that turns a file of that version into the next version.
MIGRATIONS: dict[int, Migration] = {0: _from_unversioned}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """The settings in `data` as this console's version has them, without the version key."""
    settings = dict(data)
    version = settings.pop(VERSION_KEY, 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise KeyProblem(VERSION_KEY, "must be a whole number (the console writes it)")
    if version > SCHEMA_VERSION:
        raise KeyProblem(
            VERSION_KEY,
            f"is {version}: the file was written by a newer Helpline Console, and this one "
            f"reads up to version {SCHEMA_VERSION}. Install the newer console again, or move "
            "the file away to start from the defaults; it is left as it is",
        )
    while version < SCHEMA_VERSION:
        settings = MIGRATIONS[version](settings)
        version += 1
    return settings

"""Reading one settings file (policy or user) without trusting it.

A file that is missing is simply not there; anything else that stops it being read exactly
(a folder, a device, no permission, too big, too deeply nested, not UTF-8, not TOML, an
unknown key, a bad value) is a SettingsError naming the file, the line and the key, with
every problem in the file listed at once.
"""

import os
import re
import stat
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from console.config.problems import KeyProblem, Problem, SettingsError

# Settings files are a few hundred bytes; the limits only stop a hostile file from costing
# memory or a recursion crash before its mistakes can be named.
MAX_FILE_BYTES = 64 * 1024
MAX_DEPTH = 4  # the deepest real setting is 1: a table of strings ([shortcuts]) or a list

_too_big = f"is larger than {MAX_FILE_BYTES // 1024} KiB: not a settings file"
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation

# key, value -> what is wrong with it, or None when it may be used.
Check = Callable[[str, Any], str | None]
# The file's keys as parsed -> as this console names them (a schema migration).
Prepare = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class FileRead:
    """What --check-config reports: a file the console looked for, and whether it was there."""

    path: Path
    role: str
    found: bool


# A key is short: only the first few "=" on a line, close to its start, can end it. Without
# this bound a hostile line of many "=" would cost quadratic time to place.
_KEY_EQUALS_TRIED = 4
_KEY_CHARS_TRIED = 512


def _key_on(line: str) -> str | None:
    """The top-level key a line sets (`key = `, `"quoted\\u0041" = `, `key.sub = `, `[key]`),
    read by TOML itself so escapes and quoting cannot hide it; None for any other line."""
    stripped = line.strip()
    candidates = []
    if stripped.startswith("[") and stripped.endswith("]") and len(stripped) < _KEY_CHARS_TRIED:
        candidates.append(stripped.strip("[]") + " = 0")
    equals = [i for i, char in enumerate(line[:_KEY_CHARS_TRIED]) if char == "="]
    candidates += [line[:i] + "= 0" for i in equals[:_KEY_EQUALS_TRIED]]
    for candidate in candidates:
        try:
            keys = tomllib.loads(candidate)
        except (tomllib.TOMLDecodeError, RecursionError):
            continue
        return next(iter(keys), None)
    return None


class _KeyLines:
    """Which line first sets each top-level key: worked out once per file, and only when a
    problem needs a line."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: dict[str, int] | None = None

    def __call__(self, key: str) -> int | None:
        if self._lines is None:
            self._lines = {}
            for number, line in enumerate(self._text.split("\n"), start=1):  # TOML counts \n
                if "=" in line or line.lstrip().startswith("["):
                    found = _key_on(line)
                    if found is not None:
                        self._lines.setdefault(found, number)
        return self._lines.get(key)


def _depth(value: object) -> int:
    """How many tables and arrays nest in `value` (a string: 0, ["a"]: 1), without recursion."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        children = (
            item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        )
        if children is not None:
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in children)
    return deepest


def exists(path: Path) -> bool:
    """Is there anything at `path`? A dangling link counts as there (and then fails to read)."""
    try:
        path.lstat()
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as error:  # a folder on the way we may not look into: not "missing"
        raise SettingsError(path, None, None, f"cannot be read ({error.strerror})") from None
    return True


def _read_bytes(path: Path) -> bytes:
    """At most MAX_FILE_BYTES + 1 bytes of a regular file: the size is checked before reading,
    and a named pipe or device is refused without waiting on it (O_NONBLOCK)."""
    not_a_file = "is not a file (a folder, a pipe or a device)"
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise SettingsError(path, None, None, not_a_file)
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | _BINARY)
        with os.fdopen(descriptor, "rb") as handle:
            info = os.fstat(handle.fileno())  # the file opened, not the name checked above
            if not stat.S_ISREG(info.st_mode):
                raise SettingsError(path, None, None, not_a_file)
            if info.st_size > MAX_FILE_BYTES:
                raise SettingsError(path, None, None, _too_big)
            data = handle.read(MAX_FILE_BYTES + 1)  # the size may change while we read
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise SettingsError(path, None, None, f"cannot be read ({reason})") from None
    if len(data) > MAX_FILE_BYTES:
        raise SettingsError(path, None, None, _too_big)
    return data


def read_settings_file(path: Path, check: Check, prepare: Prepare | None = None) -> dict[str, Any]:
    """A settings file's keys, each checked, or {} when there is no file at `path`."""
    if not exists(path):
        return {}
    data = _read_bytes(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad_line = data.count(b"\n", 0, error.start) + 1
        raise SettingsError(path, bad_line, None, "is not UTF-8 text") from None
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"at line (\d+)", str(error))
        line = int(found.group(1)) if found else None
        raise SettingsError(path, line, None, f"is not valid TOML ({error})") from None
    except RecursionError:
        raise SettingsError(path, None, None, f"nests deeper than {MAX_DEPTH} levels") from None
    # Too deep a value is named and set aside before any migration or check walks it; the
    # other keys are still checked, so every problem in the file is named at once.
    line_of = _KeyLines(text)
    too_deep = f"nests deeper than {MAX_DEPTH} levels"
    problems = [
        Problem(line_of(k), k, too_deep) for k, v in parsed.items() if _depth(v) > MAX_DEPTH
    ]
    usable = {k: v for k, v in parsed.items() if k not in {p.key for p in problems}}
    if prepare is not None:
        try:
            usable = prepare(usable)
        except KeyProblem as wrong:
            problems.append(Problem(line_of(wrong.key), wrong.key, wrong.problem))
            usable = {}
    for key, value in usable.items():
        problem = check(key, value)
        if problem is not None:
            problems.append(Problem(line_of(key), key, problem))
    problems.sort(key=lambda p: p.line or 0)
    if problems:
        raise SettingsError.of(path, problems)
    return usable

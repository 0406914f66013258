"""A settings problem, said safely: where (file, line, key) and what, every problem at once.

Everything in a message may come from a hostile file (a key or value holding terminal escape
sequences, or text that reverses its own direction), so every message path goes through
`printable`: what reaches a terminal, a log or a window is inert text.
"""

import unicodedata
from dataclasses import dataclass
from pathlib import Path

# Control characters, format characters (bidirectional overrides, zero-width joiners) and
# line/paragraph separators are shown as escapes; everything else (Sámi letters too) as is.
# A message names at most this many problems (a hostile file may hold thousands).
MAX_LISTED = 20
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


def printable(text: str, keep_lines: bool = False) -> str:
    """`text` with every terminal control character written as a visible escape (with
    `keep_lines`, line breaks between messages stay line breaks)."""
    if keep_lines:
        return "\n".join(printable(line) for line in text.split("\n"))
    if text.isprintable():  # nothing to escape: the common case costs one check
        return text
    out = []
    for char in text:
        if unicodedata.category(char) in _ESCAPED_CATEGORIES:
            code = ord(char)
            out.append(
                f"\\x{code:02x}"
                if code < 0x100
                else f"\\u{code:04x}"
                if code < 0x10000
                else f"\\U{code:08x}"
            )
        else:
            out.append(char)
    return "".join(out)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a settings source: its line and key where known."""

    line: int | None
    key: str | None
    problem: str

    def where(self, path: str) -> str:
        line = f", line {self.line}" if self.line else ""
        key = f", key '{self.key}'" if self.key is not None else ""
        return printable(f"{path}{line}{key}: {self.problem}")


class KeyProblem(Exception):
    """Raised while a file is being read: what is wrong with one key (the reader adds the
    file and the line)."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(problem)
        self.key, self.problem = key, problem


class SettingsError(Exception):
    """A settings file or value that cannot be used; the message says where and why.

    `path`, `line`, `key` and `problem` describe the first problem; `problems` holds them all
    (a policy file with three mistakes names all three, so IT fixes them in one go)."""

    def __init__(
        self,
        path: Path | str,
        line: int | None,
        key: str | None,
        problem: str,
        more: tuple[Problem, ...] = (),
    ) -> None:
        self.problems = (Problem(line, key, problem), *more)
        self.path, self.line, self.key, self.problem = str(path), line, key, problem
        listed = [p.where(self.path) for p in self.problems[:MAX_LISTED]]
        if len(self.problems) > MAX_LISTED:
            listed.append(printable(f"{path}: {len(self.problems) - MAX_LISTED} more problems"))
        super().__init__("\n".join(listed))

    @classmethod
    def of(cls, path: Path | str, problems: list[Problem]) -> "SettingsError":
        first, *rest = problems
        return cls(path, first.line, first.key, first.problem, tuple(rest))

"""The window's pages by name, so no code or test switches pages by a bare number."""

from enum import IntEnum


class Page(IntEnum):
    """Index of each page in the main window's stack (the order they are added in)."""

    SIGN_IN = 0
    SHIFT = 1
    LOCKED = 2

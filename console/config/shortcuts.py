"""Keyboard shortcuts: defaults, what a user or IT may change, and conflicts refused at start.

A shortcut is written like "Ctrl+Shift+A" or "F5". Machine policy may set them (then they
are locked, like any setting). Two actions on one key, or an action on a key the console
keeps for itself, stop the start with a message that names both.
"""

import re

DEFAULTS = {
    "accept": "Ctrl+Shift+A",
    "decline": "Ctrl+Shift+D",
    "hold": "Ctrl+H",
    "mute": "Ctrl+Shift+M",
    "end": "Ctrl+E",
    "transfer_1": "Ctrl+Shift+1",
    "transfer_2": "Ctrl+Shift+2",
    "transfer_3": "Ctrl+Shift+3",
    "reroute": "Ctrl+Shift+R",
    "complete_transfer": "Ctrl+Shift+C",
    "cancel_transfer": "Ctrl+Shift+X",
    "undo_end": "Ctrl+Shift+E",
    "shortcuts": "F1",
}
# Keys the console keeps: sending a chat line, moving between controls, text size.
RESERVED = {
    "Return": "send",
    "Enter": "send",
    "Tab": "focus",
    "Esc": "close",
    "Ctrl+0": "text size",
    "Ctrl++": "text size",
    "Ctrl+=": "text size",
    "Ctrl+-": "text size",
}
MODIFIERS = ("Ctrl", "Alt", "Shift", "Meta")
KEYS = re.compile(
    r"^([A-Z0-9]|F([1-9]|1[0-2])|Space|Enter|Return|Esc|Tab|Backspace|Delete|Insert|Home|End"
    r"|PgUp|PgDown|Left|Right|Up|Down|\+|=|-)$",
    re.IGNORECASE,
)


def normalise(sequence: str) -> str:
    """'shift+ctrl+a' -> 'Ctrl+Shift+A': one spelling per key, so conflicts are seen."""
    parts = [p.strip() for p in re.split(r"\+(?=.)", sequence.strip())]
    *modifiers, key = parts
    canon = {m.lower(): m for m in MODIFIERS}
    unknown = [m for m in modifiers if m.lower() not in canon]
    if unknown or not KEYS.match(key):
        raise ValueError(f"{sequence!r} is not a key (write it like Ctrl+Shift+A or F5)")
    ordered = [m for m in MODIFIERS if m.lower() in {x.lower() for x in modifiers}]
    name = key.upper() if len(key) == 1 else key[0].upper() + key[1:]
    return "+".join([*ordered, name])


def effective_shortcuts(overrides: dict[str, str]) -> dict[str, str]:
    unknown = sorted(set(overrides) - set(DEFAULTS))
    if unknown:
        raise ValueError(f"unknown action {unknown[0]!r}; use one of {', '.join(DEFAULTS)}")
    merged = {action: normalise(key) for action, key in (DEFAULTS | overrides).items()}
    seen: dict[str, str] = {}
    for action, key in merged.items():
        if key in RESERVED:
            raise ValueError(f"{key} is kept for {RESERVED[key]}; choose another key for {action}")
        if key in seen:
            raise ValueError(f"{key} is set for both {seen[key]} and {action}")
        seen[key] = action
    return merged

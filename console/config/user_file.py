"""Remember what a volunteer chose in the menus (language, theme, text size, ring) in their
own settings file. Settings only, never anything about a caller; machine policy still wins."""

import json
import tomllib
from pathlib import Path

from console.config import FIELDS, Settings, SettingsError, read_user_toml
from console.config.schema import SCHEMA_VERSION, VERSION_KEY

Value = str | int | bool | list[str] | dict[str, str]


def _toml(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string is a JSON string
    if isinstance(value, list):
        return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
    raise TypeError("tables are written as sections")


def remember(path: Path, key: str, value: Value) -> None:
    """Set one key in the user file, keeping the others. A file that cannot be read exactly is
    left as it is (SettingsError), so nothing a person wrote is lost; so is a file from a newer
    console. An older file is written back in this console's schema version."""
    if key not in FIELDS:
        raise KeyError(key)
    Settings.model_validate({key: value})
    data = read_user_toml(path)
    data[key] = value
    lines = [
        "# Written by Helpline Console when you change a choice in its menus.",
        f"{VERSION_KEY} = {SCHEMA_VERSION}",
    ]
    tables = []
    for name, item in data.items():
        if isinstance(item, dict):
            tables.append((name, item))
        else:
            lines.append(f"{name} = {_toml(item)}")
    for name, table in tables:
        lines += ["", f"[{name}]", *(f"{k} = {_toml(v)}" for k, v in table.items())]
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)  # what is written must read back
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


__all__ = ["SettingsError", "remember"]

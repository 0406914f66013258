"""Data files a coordinator edits (resource directory, ready replies): read strictly, and when
something is wrong, say which file and which field, every problem at once.

Plain Python and pydantic only (no Qt, no network): the simulator and the client both use it.
Every message goes through `printable`, since a file may hold hostile text.
"""

import json
import tomllib
import types
import typing
from pathlib import Path
from typing import Any, TypeVar, Union

from pydantic import BaseModel, ValidationError

from console.config.problems import MAX_LISTED, printable

M = TypeVar("M", bound=BaseModel)
MAX_FILE_BYTES = 2_000_000  # a data file is a few kilobytes; refuse anything absurd


class DataFileError(Exception):
    """A data file that cannot be used; `problems` are "field: what is wrong" lines."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        listed = [printable(f"{path.name}: {p}") for p in problems[:MAX_LISTED]]
        if len(problems) > MAX_LISTED:
            listed.append(f"{path.name}: {len(problems) - MAX_LISTED} more problems")
        super().__init__("\n".join(listed))


def where(location: tuple[int | str, ...]) -> str:
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models an annotation may hold (X, X | None, list[X], dict[str, X])."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType, list, dict, typing.Annotated):
        found: list[type[BaseModel]] = []
        for arg in typing.get_args(annotation):
            found.extend(_models_in(arg))
        return found
    return []


def unknown_keys(model: type[BaseModel], data: object, at: tuple[int | str, ...] = ()) -> list[str]:
    """Keys the model does not know, at any depth: a typo ("descripton") is an error, not a
    silently missing text (contract models ignore unknown keys; a coordinator's file must not)."""
    if isinstance(data, list):
        return [p for i, item in enumerate(data) for p in unknown_keys(model, item, (*at, i))]
    if not isinstance(data, dict):
        return []
    problems = []
    for key, value in data.items():
        field = model.model_fields.get(str(key))
        if field is None:
            problems.append(f"{where((*at, str(key)))}: unknown field")
            continue
        for inner in _models_in(field.annotation):
            problems.extend(unknown_keys(inner, value, (*at, str(key))))
    return problems


def read_data(path: Path) -> dict[str, Any]:
    """A TOML or JSON file as a dict; unreadable or malformed files raise DataFileError."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DataFileError(path, [f"larger than {MAX_FILE_BYTES} bytes"])
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(path, [f"cannot be read ({type(error).__name__})"]) from None
    try:
        data = json.loads(text) if path.suffix == ".json" else tomllib.loads(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        kind = "JSON" if path.suffix == ".json" else "TOML"
        raise DataFileError(path, [f"not valid {kind} ({error})"]) from None
    if not isinstance(data, dict):
        raise DataFileError(path, ["(top level): must be a table/object"])
    return data


def load_model(model: type[M], path: Path) -> M:
    """Read and validate one file: unknown fields and schema errors, all listed."""
    data = read_data(path)
    problems = unknown_keys(model, data)
    try:
        result = model.model_validate(data)
    except ValidationError as error:
        problems += [
            f"{where(tuple(e['loc']))}: {e['msg'].removeprefix('Value error, ')}"
            for e in error.errors()
        ]
        raise DataFileError(path, problems) from None
    if problems:
        raise DataFileError(path, problems)
    return result


def data_files(folder: Path) -> list[Path]:
    """The folder's .toml and .json files, in a stable order."""
    return sorted(p for p in folder.iterdir() if p.suffix in (".toml", ".json") and p.is_file())

"""Logging that cannot leak a caller: structured (JSON lines) and redacting by construction.

Every log call in the console passes a literal format string (a test checks it). What fills
it in is kept only if it is a number, a flag, an enum or a short identifier-like token
(an event type, a status, an id, a cursor); anything else, such as text from a chat or from a
backend, becomes "[redacted]". An exception is logged as its type and where it happened,
never its message: a validation error, for one, repeats the input it refused.

A library that composes its message before logging (asyncio's "Task exception was never
retrieved" carries the exception's repr) gets no such trust: a record from outside the
console with a ready-made message is filled in like an argument. Uncaught exceptions (the
main thread, a Qt slot, another thread, a finaliser) go through the same formatter once
`log_uncaught_exceptions` has run, instead of Python's traceback printer, which prints the
message.
"""

import json
import logging
import re
import sys
import threading
import traceback
from datetime import UTC, datetime
from enum import Enum
from types import TracebackType
from typing import IO, Any

SAFE_TOKEN = re.compile(r"^[A-Za-z0-9_.:/@+\-]{0,64}$")
REDACTED = "[redacted]"


def safe(value: object) -> object:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Enum):
        return safe(value.value)
    if isinstance(value, str) and SAFE_TOKEN.match(value):
        return value
    return REDACTED


class RedactingJsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        args: Any = record.args
        if isinstance(args, tuple):
            args = tuple(safe(a) for a in args)
        elif isinstance(args, dict):
            args = {k: safe(v) for k, v in args.items()}
        ours = record.name == "console" or record.name.startswith("console.")
        if not args and not ours:
            message = str(safe(str(record.msg)))
        else:
            try:
                message = str(record.msg) % args if args else str(record.msg)
            except (TypeError, ValueError):
                message = str(record.msg)
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": message,
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = record.exc_info[0].__name__
            entry["trace"] = [
                f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} {frame.name}"
                for frame in traceback.extract_tb(record.exc_info[2])
            ]
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(stream: IO[str] | None = None, level: int = logging.WARNING) -> None:
    """One handler on the root logger (ours and every library's), to stderr by default."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(RedactingJsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)


UNCAUGHT = logging.getLogger("console.uncaught")


def _log_exception(
    where: str,
    kind: type[BaseException],
    value: BaseException | None,
    trace: TracebackType | None,
) -> None:
    if value is None:
        UNCAUGHT.error("uncaught %s in %s", kind.__name__, where)
        return
    # The record carries the exception only for its type and frames (see the formatter).
    UNCAUGHT.error("uncaught exception in %s", where, exc_info=(kind, value, trace))


def _excepthook(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> None:
    _log_exception("main", kind, value, trace)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    _log_exception("thread", args.exc_type, args.exc_value, args.exc_traceback)


def _unraisablehook(unraisable: "sys.UnraisableHookArgs") -> None:
    # Not `unraisable.object` nor `err_msg`: their repr can hold anything.
    _log_exception("finaliser", unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback)


def log_uncaught_exceptions() -> None:
    """Route every uncaught exception through the redacting log: its type and where it was
    raised, never its message or arguments. PySide reports an exception raised in a slot or
    in an overridden Qt method through `sys.excepthook`, so those are covered too."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    sys.unraisablehook = _unraisablehook

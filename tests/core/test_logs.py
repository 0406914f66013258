"""Logs are structured and cannot carry caller data: redaction by construction."""

import ast
import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.contract.enums import Channel
from console.logs import REDACTED, configure_logging

ROOT = Path(__file__).resolve().parents[2]
CANARY = "Kanarifugl 4711: jeg heter Ola og bor i Storgata 5"


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    stream = io.StringIO()
    configure_logging(stream, logging.DEBUG)
    yield stream
    root.handlers[:], root.level = saved[0], saved[1]


def lines(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_caller_text_in_arguments_is_redacted_and_tokens_are_kept(captured: io.StringIO) -> None:
    log = logging.getLogger("console.test")
    log.info("ignored unknown event type=%s id=%s", CANARY, 17)
    log.info("ignored unknown event type=%s id=%s", "offer.surprise", 18)
    log.warning("channel %s, payload %s", Channel.CHAT, {"text": CANARY})
    assert CANARY not in captured.getvalue()
    first, second, third = lines(captured)
    assert first["message"] == f"ignored unknown event type={REDACTED} id=17"
    assert second["message"] == "ignored unknown event type=offer.surprise id=18"
    assert third["message"] == f"channel chat, payload {REDACTED}"
    assert first["level"] == "INFO" and first["logger"] == "console.test"


def test_an_exception_is_logged_by_type_and_place_never_its_message(
    captured: io.StringIO,
) -> None:
    try:
        raise ValueError(CANARY)
    except ValueError:
        logging.getLogger("console.test").exception("delivery failed")
    assert CANARY not in captured.getvalue()
    [entry] = lines(captured)
    assert entry["exception"] == "ValueError"
    assert any("test_logs.py" in str(frame) for frame in entry["trace"])  # type: ignore[attr-defined]


def test_every_log_call_in_the_console_passes_a_literal_format() -> None:
    """Data can reach a log line only as an argument, and arguments are redacted."""
    offenders = []
    levels = {"debug", "info", "warning", "error", "exception", "critical"}
    for path in sorted((ROOT / "console").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in levels
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("log", "logger", "logging")
            ):
                first = node.args[0] if node.args else None
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_a_library_message_composed_before_logging_is_redacted_whole(
    captured: io.StringIO,
) -> None:
    # asyncio's "Task exception was never retrieved" is one such: it quotes the exception.
    logging.getLogger("asyncio").error(f"Task exception was never retrieved: {CANARY!r}")
    logging.getLogger("httpx").info("HTTP Request: %s %s", "GET", "https://routing.example/x")
    logging.getLogger("asyncio").warning("ready")
    assert CANARY not in captured.getvalue()
    composed, with_args, token = lines(captured)
    assert composed["message"] == REDACTED
    assert with_args["message"] == "HTTP Request: GET https://routing.example/x"
    assert token["message"] == "ready"

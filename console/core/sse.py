"""Reading server-sent events from a backend we do not trust, with bounded memory.

httpx-sse's `SSEDecoder` interprets the fields; this module splits the body into lines itself
so that no line and no event can grow past `MAX_EVENT_CHARS` (httpx-sse would buffer a line
without end). An event that is too large reaches the caller with its id but without its data,
so it is counted and skipped like any other bad event (its id still counts). The helpers check
what the decoder hands over: an id must be a plain decimal integer, and event data must be
JSON of bounded size and depth before `json.loads` sees it (deep nesting: RecursionError).
httpx-sse does not export `SSEDecoder`; the version is pinned in constraints.txt.
"""

import json
import re
from collections import Counter
from collections.abc import AsyncIterator

import httpx
from httpx_sse import ServerSentEvent, SSEError
from httpx_sse._decoders import SSEDecoder

# Far above any event of the contract (a chat line is at most a few kB), far below trouble.
MAX_EVENT_CHARS = 256 * 1024
# Contract events nest five or six levels deep.
MAX_JSON_DEPTH = 32
# A cursor fits in a signed 64-bit integer; longer digit strings are not ids.
MAX_ID_DIGITS = 18

# What an oversized event carries instead of its data: not JSON, so counted as malformed.
OVERSIZED = "\0"

_NEWLINE = re.compile(r"\r\n|\r|\n")
_PLAIN_ID = re.compile(rf"[0-9]{{1,{MAX_ID_DIGITS}}}")
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[^\[\]{}]+")


def event_id(value: str) -> int | None:
    """The cursor an SSE `id:` names, or None unless it is plain ASCII digits."""
    # str.isdigit() also accepts "²" and other digits int() refuses or reads differently.
    return int(value) if _PLAIN_ID.fullmatch(value) else None


def decode_json(data: str, counts: Counter[str]) -> object:
    """The JSON value in `data`, or None (counted) when it is too large, too deep or not JSON."""
    if len(data) > MAX_EVENT_CHARS:
        counts["too_large"] += 1
        return None
    if _too_deep(data):
        counts["too_deep"] += 1
        return None
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return None


def _too_deep(data: str) -> bool:
    if data.count("[") + data.count("{") <= MAX_JSON_DEPTH:
        return False  # the usual case: not enough brackets to be too deep
    depth = 0
    for bracket in _BRACKETS.sub("", _JSON_STRING.sub("", data)):
        depth += 1 if bracket in "[{" else -1
        if depth > MAX_JSON_DEPTH:
            return True
    return False


class _LineSplitter:
    """Splits text into SSE lines (CR, LF or CRLF); a line over the limit becomes None.

    Used by one stream on the core thread only.
    """

    def __init__(self, max_chars: int) -> None:
        self._max = max_chars
        self._parts: list[str] = []
        self._size = 0
        self._overflow = False
        self._trailing_cr = False

    def feed(self, text: str) -> list[str | None]:
        if self._trailing_cr:  # a CR at the end of the last chunk may be half of a CRLF
            text = "\r" + text
            self._trailing_cr = False
        if text.endswith("\r"):
            self._trailing_cr = True
            text = text[:-1]
        pieces = _NEWLINE.split(text)
        lines = [self._finish(piece) for piece in pieces[:-1]]
        self._add(pieces[-1])
        return lines

    def flush(self) -> list[str | None]:
        if self._trailing_cr or self._parts or self._overflow:
            self._trailing_cr = False
            return [self._finish("")]
        return []

    def _add(self, piece: str) -> None:
        if self._overflow or not piece:
            return
        self._size += len(piece)
        if self._size > self._max:
            self._overflow = True
            self._parts = []
        else:
            self._parts.append(piece)

    def _finish(self, piece: str) -> str | None:
        self._add(piece)
        line = None if self._overflow else "".join(self._parts)
        self._parts, self._size, self._overflow = [], 0, False
        return line


async def read_events(
    response: httpx.Response, counts: Counter[str], max_event_chars: int = MAX_EVENT_CHARS
) -> AsyncIterator[ServerSentEvent]:
    """The events of an SSE response. An oversized one is counted and comes with its id but
    with `OVERSIZED` for data, which is not JSON: it is then skipped as malformed."""
    content_type = response.headers.get("content-type", "").partition(";")[0]
    if "text/event-stream" not in content_type:
        raise SSEError("the event stream answered with another content type")
    splitter = _LineSplitter(max_event_chars)
    decoder = SSEDecoder()
    size = 0
    oversized = False

    def take(line: str | None) -> ServerSentEvent | None:
        nonlocal size, oversized
        if line is None:
            oversized = True
            return None
        if line:
            size += len(line)
            oversized = oversized or size > max_event_chars
            if not oversized or line.startswith("id"):
                decoder.decode(line)  # an oversized event keeps only its id
            return None
        sse = decoder.decode("")
        if oversized:
            counts["too_large"] += 1
            if sse is not None:
                sse = ServerSentEvent(event=sse.event, data=OVERSIZED, id=sse.id, retry=sse.retry)
        size, oversized = 0, False
        return sse

    async for text in response.aiter_text():
        for line in splitter.feed(text):
            sse = take(line)
            if sse is not None:
                yield sse
    for line in splitter.flush():  # an event cut off by the end of the body is dropped
        sse = take(line)
        if sse is not None:
            yield sse

"""A chat line the contract does not allow is refused with a typed error that never carries
its text: not in the message, the repr, the traceback or a log line."""

import logging
import traceback

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.contract.limits import MESSAGE_MAX_CHARS
from console.core.api import RoutingApi
from console.core.errors import CoreError, ErrorKind, MessageTooLong

SECRET = "Storgata 1, "


class NoTokens:
    async def access_token(self) -> str:
        return "t"

    async def refresh(self, stale: str | None = None) -> str:
        return "t"


def api() -> RoutingApi:
    return RoutingApi(httpx.AsyncClient(base_url="http://backend.test"), NoTokens())


def shown_everywhere(error: BaseException) -> str:
    return "\n".join([str(error), repr(error), *traceback.format_exception(error)])


@given(extra=st.integers(1, 50_000))
def test_too_long_is_a_typed_error_without_the_text(extra: int) -> None:
    text = (SECRET * (MESSAGE_MAX_CHARS // len(SECRET) + 1))[:MESSAGE_MAX_CHARS] + "x" * extra
    with pytest.raises(MessageTooLong) as caught:
        api().message("ix_1", "c-1", text)
    assert caught.value.kind is ErrorKind.INVALID
    assert caught.value.length == MESSAGE_MAX_CHARS + extra
    assert SECRET not in shown_everywhere(caught.value)


def test_a_line_at_the_limit_is_taken() -> None:
    command = api().message("ix_1", "c-1", "ŋ" * MESSAGE_MAX_CHARS)
    assert command.path == "/v1/interactions/ix_1/messages"


def test_any_other_refusal_is_typed_and_does_not_quote_the_input(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with pytest.raises(CoreError) as caught:
        api().message("ix_1", "bad id with spaces", SECRET)  # the id pattern refuses it
    assert caught.value.kind is ErrorKind.INVALID
    logging.getLogger("test").exception("refused", exc_info=caught.value)
    assert SECRET not in shown_everywhere(caught.value)
    assert SECRET not in caplog.text

"""Ready replies: data files, `/word` search, placeholders."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.core.ready_replies import (
    Placeholder,
    fill,
    find,
    load_replies,
    pick,
    slash_query,
    unfilled,
)
from console.datafile import DataFileError

LABELS = {Placeholder.OPENING_HOURS: "opening hours", Placeholder.FIRST_NAME: "first name"}


def test_slash_silent_finds_the_silent_check_in_in_each_language() -> None:
    book = load_replies()
    replies = book.for_org("kirkens-sos")
    for query, language in (("silent", "en"), ("stille", "nb"), ("jaskes", "se")):
        found = find(replies, query, (language,))
        assert [r.id for r in found] == ["silent-check-in"], (query, found)
    reply = find(replies, "silent", ("en",))[0]
    assert pick(reply.text, "en").startswith("I am still here")
    assert pick(reply.text, "sma") == reply.text.nb  # South Sámi reads bokmål for now


def test_organisation_replies_come_with_the_shared_ones() -> None:
    book = load_replies()
    assert "opening-anonymous" in {r.id for r in book.for_org("kirkens-sos")}
    assert "opening-anonymous" not in {r.id for r in book.for_org("mental-helse")}
    assert "se" in book.review  # the Sámi drafts are marked for native review


def test_placeholders_fill_what_is_known_and_block_the_rest() -> None:
    text = "{organisation} har åpent {opening_hours}. Jeg heter {first_name}."
    filled = fill(
        text, {Placeholder.ORGANISATION: "Mental Helse", Placeholder.FIRST_NAME: "Ole"}, LABELS
    )
    assert filled == "Mental Helse har åpent {opening hours}. Jeg heter Ole."
    assert unfilled(filled) == ["{opening hours}"]
    assert unfilled(filled.replace("{opening hours}", "hele døgnet")) == []


@given(st.text(max_size=80))
def test_slash_query_only_for_a_leading_slash(text: str) -> None:
    query = slash_query(text)
    if query is not None:
        assert text.startswith("/") and "\n" not in text
    elif text.startswith("/") and "\n" not in text:
        assert len(text) > 60


def test_an_unknown_placeholder_names_file_and_field(tmp_path: Path) -> None:
    (tmp_path / "x.toml").write_text(
        'organisation = "all"\n[[reply]]\nid = "a"\ngroup = "closing"\n'
        'title = { nb = "A" }\ntext = { nb = "Hei {fornavn}" }\ncolour = "red"\n',
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as caught:
        load_replies(tmp_path)
    message = str(caught.value)
    assert "x.toml: reply[0].colour: unknown field" in message
    assert "x.toml: reply[0].text: nb: unknown placeholder {fornavn}" in message


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="not a folder"):
        load_replies(tmp_path / "nowhere")

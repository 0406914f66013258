"""Contract base classes: what a parsed response keeps, and what it does not."""

import json

from console.contract.resources import Message, MessagePage

MESSAGE = {
    "id": "msg_1",
    "version": 1,
    "interaction_id": "ix_1",
    "seq": 1,
    "sender": "remote",
    "client_message_id": None,
    "text": "jeg orker ikke mer",
    "sent_at": "2026-01-01T00:00:00Z",
    "delivery": "delivered",
}


def test_a_chat_line_parsed_from_a_response_is_not_kept_in_a_string_cache() -> None:
    # With pydantic's default cache the second parse hands back the very string of the first:
    # held process-wide, after the message (and the contact) are gone.
    raw = json.dumps(MESSAGE)
    first = Message.model_validate_json(raw)
    second = Message.model_validate_json(raw)
    assert first.text == second.text == MESSAGE["text"]
    assert first.text is not second.text


def test_nor_one_inside_a_page_of_messages() -> None:
    raw = json.dumps({"messages": [MESSAGE]})
    first, second = (MessagePage.model_validate_json(raw) for _ in range(2))
    assert first.messages[0].text is not second.messages[0].text

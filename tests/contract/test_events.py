"""Event parsing: one discriminated union, lenient for what it does not know."""

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.contract.events import (
    KNOWN_EVENT_TYPES,
    MalformedEvent,
    OfferEvent,
    UnknownEvent,
    parse_event,
)
from console.contract.requests import MessageRequest, PresenceRequest

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC).isoformat()

OFFER: dict[str, Any] = {
    "id": "of_1",
    "version": 1,
    "interaction_id": "ix_1",
    "agent_id": "a",
    "state": "pending",
    "channel": "chat",
    "age_group": "child_youth",
    "language": "se",
    "org": {"id": "kirkens-sos", "name": "Kirkens SOS"},
    "queue_id": "child_youth.chat",
    "enqueued_at": NOW,
    "created_at": NOW,
    "expires_at": NOW,
}


def envelope(event_type: str, data: Any, **extra: Any) -> dict[str, Any]:
    return {
        "id": 7,
        "type": event_type,
        "time": NOW,
        "subject": "offers/of_1",
        "data": data,
        "v": 1,
        **extra,
    }


def test_a_known_event_parses_to_its_type() -> None:
    event = parse_event(envelope("offer.created", OFFER))
    assert isinstance(event, OfferEvent)
    assert event.data.age_group == "child_youth"


def test_unknown_fields_are_ignored_at_every_level() -> None:
    data = {**OFFER, "future_field": {"x": 1}, "org": {**OFFER["org"], "logo": "x"}}
    event = parse_event(envelope("offer.created", data, trace="abc"))
    assert isinstance(event, OfferEvent)
    assert not hasattr(event.data, "future_field")


def test_unknown_types_are_not_errors() -> None:
    event = parse_event(envelope("agent.mood_changed", {"anything": True}))
    assert event == UnknownEvent(id=7, type="agent.mood_changed")


@pytest.mark.parametrize(
    "raw",
    [
        None,
        [],
        "offer.created",
        {"type": 5},
        envelope("offer.created", {**OFFER, "age_group": "toddler"}),
        envelope("offer.created", {**OFFER, "version": "one"}),
        envelope("offer.created", {k: v for k, v in OFFER.items() if k != "id"}),
        envelope("offer.created", {**OFFER, "created_at": "2026-11-24T12:00:00"}),  # no offset
    ],
)
def test_malformed_events_raise_one_error_type_without_content(raw: Any) -> None:
    with pytest.raises(MalformedEvent) as caught:
        parse_event(raw)
    assert "child_youth" not in str(caught.value)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(
    event_type=st.sampled_from(sorted(KNOWN_EVENT_TYPES)) | st.text(max_size=30),
    data=json_values,
    event_id=json_values,
)
def test_any_json_either_parses_or_raises_malformed(
    event_type: str, data: Any, event_id: Any
) -> None:
    raw = {"id": event_id, "type": event_type, "time": NOW, "subject": "s", "data": data}
    try:
        result = parse_event(raw)
    except MalformedEvent:
        return
    assert result.type == event_type or isinstance(result, UnknownEvent)


def test_requests_are_strict() -> None:
    with pytest.raises(ValueError):
        PresenceRequest.model_validate({"presence": "available", "extra": 1})
    with pytest.raises(ValueError):
        MessageRequest.model_validate({"client_message_id": "a b", "text": "x"})
    assert MessageRequest(client_message_id="c-1", text="<b>x</b>").text == "<b>x</b>"


def test_a_newer_risk_level_or_consent_answer_never_drops_the_interaction() -> None:
    """Additive forward compatibility (issue #20): unknown codes degrade, the event applies."""
    from console.contract.resources import Interaction, TeamMember  # noqa: PLC0415

    base = {
        "id": "ix_1",
        "version": 3,
        "channel": "chat",
        "age_group": "adult",
        "language": "nb",
        "org": {"id": "o", "name": "O"},
        "queue_id": "adult.chat",
        "state": "active",
        "enqueued_at": "2026-12-06T06:00:00Z",
    }
    newer = {
        **base,
        "flags": {"risk": True, "risk_level": "extreme"},
        "consent": {"answer": "maybe", "recorded_at": "2026-12-06T06:01:00Z"},
    }
    parsed = Interaction.model_validate(newer)
    assert parsed.flags.risk and parsed.flags.risk_level is None
    assert parsed.consent is None
    reason = {"answer": "no", "recorded_at": "2026-12-06T06:01:00Z", "without_consent_reason": "x"}
    consent = Interaction.model_validate({**base, "consent": reason}).consent
    assert consent is not None and consent.without_consent_reason == "other"
    member = TeamMember.model_validate(
        {
            "id": "a",
            "version": 1,
            "display_name": "A",
            "org": {"id": "o", "name": "O"},
            "presence": "available",
            "presence_since": "2026-12-06T06:00:00Z",
            "routing_state": "engaged",
            "routing_state_since": "2026-12-06T06:00:00Z",
            "risk_flagged": True,
            "risk_level": "extreme",
        }
    )
    assert member.risk_flagged and member.risk_level is None

"""An offer that goes away unaccepted says why (`reason`), on the offer and its event."""

from collections.abc import Callable

import pytest
from pydantic import BaseModel

from console.contract.enums import Channel, OfferEndReason, OfferState, Presence
from console.contract.events import OfferEvent, parse_event
from console.contract.resources import Offer
from console.simulator.admin_models import InjectInteractionRequest
from console.simulator.clock import Scheduler, SimClock
from console.simulator.config import SimConfig
from console.simulator.engine import Engine

AGENT = "demo-volunteer"


def _offered() -> tuple[Engine, SimClock, Offer, list[tuple[str, BaseModel]]]:
    clock = SimClock()
    engine = Engine(SimConfig(offer_timeout_s=20), clock, Scheduler(clock, raise_errors=True))
    seen: list[tuple[str, BaseModel]] = []
    engine.listeners.append(lambda event_type, data: seen.append((event_type, data)))
    engine.sign_in(AGENT)
    engine.set_presence(AGENT, Presence.AVAILABLE)
    engine.inject(InjectInteractionRequest(channel=Channel.CHAT), "kirkens-sos")
    offer = engine.pending_offer(AGENT)
    assert offer is not None and offer.reason is None
    return engine, clock, offer, seen


def _expire(engine: Engine, clock: SimClock, offer: Offer) -> None:
    clock.advance(21)
    engine.scheduler.run_due()


CASES: list[tuple[Callable[[Engine, SimClock, Offer], object], str, OfferEndReason]] = [
    (lambda e, c, o: e.decline(AGENT, o.id), "offer.declined", OfferEndReason.DECLINED),
    (_expire, "offer.expired", OfferEndReason.EXPIRED),
    (
        lambda e, c, o: e.caller_abandons(o.interaction_id),
        "offer.rescinded",
        OfferEndReason.CALLER_LEFT,
    ),
    (
        lambda e, c, o: e.set_presence(AGENT, Presence.BREAK),
        "offer.rescinded",
        OfferEndReason.AGENT_UNAVAILABLE,
    ),
]


@pytest.mark.parametrize(("act", "event_type", "reason"), CASES)
def test_the_offer_and_its_event_carry_the_reason(
    act: Callable[[Engine, SimClock, Offer], object], event_type: str, reason: OfferEndReason
) -> None:
    engine, clock, offer, seen = _offered()
    act(engine, clock, offer)
    ended = engine.offers[offer.id]
    assert ended.reason is reason and ended.state is not OfferState.PENDING
    events = [data for kind, data in seen if kind == event_type]
    assert events and isinstance(events[-1], Offer) and events[-1].reason is reason


def test_accepting_leaves_no_reason() -> None:
    engine, _clock, offer, _seen = _offered()
    engine.accept(AGENT, offer.id)
    assert engine.offers[offer.id].reason is None


def test_a_reason_this_client_does_not_know_reads_as_other() -> None:
    engine, _clock, offer, _seen = _offered()
    engine.decline(AGENT, offer.id)
    data = engine.offers[offer.id].model_dump(mode="json")
    raw = {"id": 3, "type": "offer.rescinded", "time": data["created_at"], "subject": "o", "v": 1}
    newer = parse_event({**raw, "data": {**data, "reason": "moved_to_another_team"}})
    assert isinstance(newer, OfferEvent) and newer.data.reason is OfferEndReason.OTHER
    older = parse_event({**raw, "data": {k: v for k, v in data.items() if k != "reason"}})
    assert isinstance(older, OfferEvent) and older.data.reason is None
    same = parse_event({**raw, "data": data})
    assert isinstance(same, OfferEvent) and same.data.reason is OfferEndReason.DECLINED

"""Hypothesis drives the routing engine through random shifts; invariants must always hold."""

from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from pydantic import BaseModel

from console.contract.enums import (
    INTERACTION_OPEN_STATES,
    TRANSFER_ACTIVE_STATES,
    AgeGroup,
    Channel,
    FlagKind,
    InteractionState,
    OfferEndReason,
    OfferState,
    OutcomeCode,
    Presence,
    RoutingState,
)
from console.contract.requests import FlagRequest, TransferRequest, WrapUpRequest
from console.simulator.admin_models import InjectInteractionRequest
from console.simulator.clock import Scheduler, SimClock
from console.simulator.config import SimConfig
from console.simulator.engine import Engine
from console.simulator.problems import STATUS, ApiProblem

AGENTS = ["demo-volunteer", "demo-sami", "demo-supervisor"]


class Shift(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.clock = SimClock()
        self.scheduler = Scheduler(self.clock, raise_errors=True)
        config = SimConfig(transfer_dial_delay_s=1, transfer_answer_delay_s=2, max_chats=2)
        self.engine = Engine(config, self.clock, self.scheduler)
        self.versions: dict[tuple[str, str], int] = {}
        self.engine.listeners.append(self._check_version)
        for agent in AGENTS:
            self.engine.sign_in(agent)

    def _check_version(self, event_type: str, data: BaseModel) -> None:
        key = (type(data).__name__, str(getattr(data, "id", "")))
        version = int(getattr(data, "version", 0))
        assert version > self.versions.get(key, 0), f"{event_type} did not raise the version"
        self.versions[key] = version

    def _try(self, action: Any) -> None:
        try:
            action()
        except ApiProblem as problem:
            assert 400 <= STATUS[problem.problem_type] < 500

    def _pick(self, items: list[Any], index: int) -> Any | None:
        return items[index % len(items)] if items else None

    @rule(
        channel=st.sampled_from(Channel),
        age=st.sampled_from(AgeGroup),
        language=st.sampled_from(["nb", "se", "en"]),
        patience=st.none() | st.floats(1, 60),
    )
    def arrive(
        self, channel: Channel, age: AgeGroup, language: str, patience: float | None
    ) -> None:
        request = InjectInteractionRequest(
            channel=channel, age_group=age, language=language, patience_s=patience
        )
        self.engine.inject(request, "kirkens-sos")

    @rule(agent=st.sampled_from(AGENTS), presence=st.sampled_from(Presence))
    def presence(self, agent: str, presence: Presence) -> None:
        self._try(lambda: self.engine.set_presence(agent, presence))

    @rule(index=st.integers(0, 50), accept=st.booleans())
    def answer_offer(self, index: int, accept: bool) -> None:
        offer = self._pick([o for o in self.engine.offers.values()], index)
        if offer is not None:
            action = self.engine.accept if accept else self.engine.decline
            self._try(lambda: action(offer.agent_id, offer.id))

    @rule(
        index=st.integers(0, 50),
        what=st.sampled_from(
            ["hold", "resume", "end", "risk", "help", "wrap", "hangup", "message"]
        ),
    )
    def act_on_contact(self, index: int, what: str) -> None:
        ix = self._pick(list(self.engine.interactions.values()), index)
        if ix is None:
            return
        agent = ix.agent_id or AGENTS[0]
        engine = self.engine
        actions = {
            "hold": lambda: engine.hold(agent, ix.id, True),
            "resume": lambda: engine.hold(agent, ix.id, False),
            "end": lambda: engine.end(agent, ix.id),
            "risk": lambda: engine.flag(agent, ix.id, FlagRequest(kind=FlagKind.RISK)),
            "help": lambda: engine.flag(agent, ix.id, FlagRequest(kind=FlagKind.HELP_REQUEST)),
            "wrap": lambda: engine.wrap_up(
                agent, ix.id, WrapUpRequest(outcome_code=OutcomeCode.OTHER)
            ),
            "hangup": lambda: engine.caller_abandons(ix.id),
            "message": lambda: engine.remote_message(ix.id, "hei"),
        }
        self._try(actions[what])

    @rule(
        index=st.integers(0, 50), target_id=st.sampled_from(["amk", "legevakt", "alarmtelefonen"])
    )
    def transfer(self, index: int, target_id: str) -> None:
        ix = self._pick(list(self.engine.interactions.values()), index)
        if ix is not None and ix.agent_id is not None:
            request = TransferRequest(target_id=target_id)
            self._try(lambda: self.engine.start_transfer(ix.agent_id or "", ix.id, request))

    @rule(index=st.integers(0, 50), complete=st.booleans())
    def finish_transfer(self, index: int, complete: bool) -> None:
        transfer = self._pick(list(self.engine.transfers.values()), index)
        if transfer is None:
            return
        owner = self.engine.interactions[transfer.interaction_id].agent_id or ""
        action = self.engine.complete_transfer if complete else self.engine.cancel_transfer
        self._try(lambda: action(owner, transfer.id))

    @rule(seconds=st.floats(0.1, 40))
    def time_passes(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.scheduler.run_due()

    @invariant()
    def offers_and_interactions_agree(self) -> None:
        engine = self.engine
        pending = [o for o in engine.offers.values() if o.state is OfferState.PENDING]
        assert len({o.agent_id for o in pending}) == len(pending), "one pending offer per agent"
        offered = {
            ix.id for ix in engine.interactions.values() if ix.state is InteractionState.OFFERED
        }
        assert offered == {o.interaction_id for o in pending}

    @invariant()
    def every_offer_that_went_away_says_why(self) -> None:
        allowed: dict[OfferState, set[OfferEndReason | None]] = {
            OfferState.PENDING: {None},
            OfferState.ACCEPTED: {None},
            OfferState.DECLINED: {OfferEndReason.DECLINED},
            OfferState.EXPIRED: {OfferEndReason.EXPIRED},
            OfferState.RESCINDED: {OfferEndReason.CALLER_LEFT, OfferEndReason.AGENT_UNAVAILABLE},
        }
        for offer in self.engine.offers.values():
            assert offer.reason in allowed[offer.state], (offer.state, offer.reason)

    @invariant()
    def agents_are_consistent(self) -> None:
        engine = self.engine
        for agent in engine.agents.values():
            open_ix = engine.open_interactions(agent.id)
            if agent.presence is Presence.OFFLINE:
                assert not open_ix
            voices = [ix for ix in open_ix if ix.channel is Channel.VOICE]
            assert len(voices) <= 1 and (not voices or len(open_ix) == 1)
            assert len(open_ix) <= agent.max_chats
            has_offer = engine.pending_offer(agent.id) is not None
            if agent.routing_state is RoutingState.OFFERED:
                assert has_offer
            if has_offer:
                assert agent.routing_state in (RoutingState.OFFERED, RoutingState.NOT_RESPONDING)

    @invariant()
    def transfers_are_consistent(self) -> None:
        engine = self.engine
        for ix in engine.interactions.values():
            active = [
                t
                for t in engine.transfers.values()
                if t.interaction_id == ix.id and t.state in TRANSFER_ACTIVE_STATES
            ]
            assert len(active) <= 1
            assert ix.transfer_id == (active[0].id if active else None)
            if ix.transfer_id is not None:
                assert ix.state in INTERACTION_OPEN_STATES

    @invariant()
    def queues_count_the_waiting(self) -> None:
        engine = self.engine
        for qid, stats in engine.queues.items():
            waiting = [
                ix
                for ix in engine.interactions.values()
                if ix.queue_id == qid
                and ix.state in (InteractionState.QUEUED, InteractionState.OFFERED)
            ]
            assert stats.waiting == len(waiting)


Shift.TestCase.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)
TestShift = Shift.TestCase

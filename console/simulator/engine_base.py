"""The routing engine's state and the updates every part of it shares.

`EngineBase` holds agents, queues, offers, interactions, messages and transfers, and the helpers
that change them: every change bumps the resource's version and publishes the whole resource to
the streams of those allowed to see it. The jobs built on it (routing and interactions in
`engine`, transfers in `transfers`) are mixins over this one state; all of it runs on the
server's event loop (single-threaded, so no locks).
"""

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel

from console.contract.enums import (
    INTERACTION_OPEN_STATES,
    TRANSFER_ACTIVE_STATES,
    AgeGroup,
    Channel,
    InteractionState,
    OfferState,
    Presence,
    Role,
    RoutingState,
)
from console.contract.problems import ProblemType
from console.contract.resources import (
    Agent,
    Interaction,
    Message,
    Offer,
    QueueStats,
    TeamMember,
    Transfer,
    TransferTarget,
)
from console.simulator.clock import Scheduler, SimClock, TimerHandle
from console.simulator.config import SimConfig
from console.simulator.directory import ORGANISATIONS, TRANSFER_TARGETS, USERS
from console.simulator.forms import FormCatalogue, catalogue
from console.simulator.problems import ApiProblem
from console.simulator.records import RecordStore
from console.simulator.risk import highest_level
from console.simulator.streams import EventHub

M = TypeVar("M", bound=BaseModel)

QUEUE_KEYS = [(age, channel) for age in AgeGroup for channel in Channel]


def queue_id(age_group: AgeGroup, channel: Channel) -> str:
    return f"{age_group.value}.{channel.value}"


def bump(model: M, **changes: Any) -> M:
    version = getattr(model, "version")  # noqa: B009 - every bumped model is Versioned
    return model.model_copy(update={**changes, "version": version + 1})


@dataclass
class TargetBehaviour:
    """How a simulated transfer target answers (set through the admin API)."""

    outcome: str = "answer"  # answer | busy | no_answer | reject
    answer_delay_s: float | None = None


@dataclass
class InteractionExtras:
    """Simulator-side facts about an interaction that the contract does not expose."""

    declined_by: set[str] = field(default_factory=set)
    offer_id: str | None = None
    patience: TimerHandle | None = None
    next_seq: int = 1
    required_org: str | None = None  # a re-route to an organisation: only its volunteers
    moved_to: str | None = None  # a re-routed chat/call now lives on as this interaction


class EngineBase:
    """Shared state and updates; called on the server's event loop only."""

    def __init__(self, config: SimConfig, clock: SimClock, scheduler: Scheduler) -> None:
        self.config = config
        self.clock = clock
        self.scheduler = scheduler
        self.hub = EventHub(clock, config.replay_log_size)
        self._ids = itertools.count(1)
        self.agents: dict[str, Agent] = {}
        self.not_responding: set[str] = set()
        self.offers: dict[str, Offer] = {}
        self.offer_timers: dict[str, TimerHandle] = {}
        self.interactions: dict[str, Interaction] = {}
        self.extras: dict[str, InteractionExtras] = {}
        self.messages: dict[str, list[Message]] = {}
        self.transfers: dict[str, Transfer] = {}
        self.transfer_timers: dict[str, TimerHandle] = {}
        self.reroute_legs: dict[str, str] = {}  # re-route transfer id -> receiving interaction
        self.targets: dict[str, TransferTarget] = dict(TRANSFER_TARGETS)
        self.target_behaviour: dict[str, TargetBehaviour] = {
            tid: TargetBehaviour() for tid in self.targets
        }
        self.team: dict[str, TeamMember] = {}
        self.queues: dict[str, QueueStats] = {}
        # Queues a benchmark's synthetic load invented: shown like the rest, never recounted.
        self.synthetic_queues: dict[str, QueueStats] = {}
        self._queue_last_emit: dict[str, float] = {}
        self._queue_emit_pending: set[str] = set()
        self.listeners: list[Callable[[str, BaseModel], None]] = []
        self.forms: FormCatalogue = catalogue()
        self.records = RecordStore()  # completed contacts: what statistics are made of
        now = clock.now()
        for user in USERS.values():
            self.agents[user.id] = Agent(
                id=user.id,
                version=1,
                display_name=user.display_name,
                org=ORGANISATIONS[user.org_id],
                roles=list(user.roles),
                skills=user.skills,
                presence=Presence.OFFLINE,
                presence_since=now,
                routing_state=RoutingState.IDLE,
                routing_state_since=now,
                max_chats=config.max_chats,
            )
        for age, channel in QUEUE_KEYS:
            qid = queue_id(age, channel)
            self.queues[qid] = QueueStats(
                id=qid, version=1, age_group=age, channel=channel, waiting=0, agents_available=0
            )
        for agent_id in self.agents:
            self.team[agent_id] = self._team_member(agent_id, version=1)

    # ----------------------------------------------------------------- helpers

    def new_id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):06d}"

    def agent(self, agent_id: str) -> Agent:
        agent = self.agents.get(agent_id)
        if agent is None:
            raise ApiProblem(ProblemType.NOT_FOUND, "unknown agent")
        return agent

    def is_supervisor(self, agent_id: str) -> bool:
        return Role.SUPERVISOR in self.agent(agent_id).roles

    def own_interaction(self, agent_id: str, interaction_id: str) -> Interaction:
        interaction = self.interactions.get(interaction_id)
        if interaction is None or interaction.agent_id != agent_id:
            raise ApiProblem(ProblemType.NOT_FOUND, "no such interaction for this agent")
        return interaction

    def open_interactions(self, agent_id: str) -> list[Interaction]:
        return [
            ix
            for ix in self.interactions.values()
            if ix.agent_id == agent_id and ix.state in INTERACTION_OPEN_STATES
        ]

    def offers_paused(self, agent_id: str) -> bool:
        """No new offers while the agent has a contact flagged high risk or a transfer running:
        their attention belongs to that contact (and a missed offer is no fault of theirs)."""
        return any(
            ix.flags.risk or ix.transfer_id is not None for ix in self.open_interactions(agent_id)
        )

    def route(self) -> None:
        """Offer queued contacts to eligible agents (the routing engine defines it)."""

    def pause_offers_if_needed(self, agent_id: str) -> None:
        """Withdraw an offer ringing when offers pause (the routing engine defines it)."""

    def pending_offer(self, agent_id: str) -> Offer | None:
        for offer in self.offers.values():
            if offer.agent_id == agent_id and offer.state is OfferState.PENDING:
                return offer
        return None

    def _emit(self, agent_id: str | None, event_type: str, subject: str, data: BaseModel) -> None:
        if agent_id is not None:
            self.hub.publish(agent_id, event_type, subject, data)
        for listener in list(self.listeners):  # a listener may remove itself
            listener(event_type, data)

    def _supervisors(self) -> list[str]:
        return [
            a.id
            for a in self.agents.values()
            if Role.SUPERVISOR in a.roles and a.presence is not Presence.OFFLINE
        ]

    # ---------------------------------------------------------- state updates

    def _set_interaction(self, interaction: Interaction, event_type: str, **changes: Any) -> None:
        updated = bump(interaction, **changes)
        self.interactions[updated.id] = updated
        self._emit(updated.agent_id, event_type, f"interactions/{updated.id}", updated)

    def _set_offer(self, offer: Offer, event_type: str, **changes: Any) -> None:
        updated = bump(offer, **changes)
        self.offers[updated.id] = updated
        self._emit(updated.agent_id, event_type, f"offers/{updated.id}", updated)
        timer = self.offer_timers.pop(updated.id, None)
        if timer is not None and updated.state is not OfferState.PENDING:
            timer.cancel()

    def _set_transfer(self, transfer: Transfer, event_type: str, **changes: Any) -> Transfer:
        updated = bump(transfer, updated_at=self.clock.now(), **changes)
        self.transfers[updated.id] = updated
        owner = self.interactions[updated.interaction_id].agent_id
        self._emit(owner, event_type, f"transfers/{updated.id}", updated)
        if updated.state not in TRANSFER_ACTIVE_STATES:
            timer = self.transfer_timers.pop(updated.id, None)
            if timer is not None:
                timer.cancel()
            if updated.id in self.reroute_legs:
                self._reroute_finished(updated)
        return updated

    def _reroute_finished(self, transfer: Transfer) -> None:
        """A re-route ended (completed, canceled, failed, abandoned): see reroutes.py."""

    def _refresh_agent(self, agent_id: str) -> None:
        """Derive routing state from offers and interactions; publish if it changed."""
        agent = self.agents[agent_id]
        open_ix = self.open_interactions(agent_id)
        if agent_id in self.not_responding:
            state = RoutingState.NOT_RESPONDING
        elif self.pending_offer(agent_id) is not None:
            state = RoutingState.OFFERED
        elif any(ix.state is InteractionState.ACTIVE for ix in open_ix):
            state = RoutingState.ENGAGED
        elif open_ix:
            state = RoutingState.WRAP_UP
        else:
            state = RoutingState.IDLE
        if state is not agent.routing_state:
            updated = bump(agent, routing_state=state, routing_state_since=self.clock.now())
            self.agents[agent_id] = updated
            self._emit(agent_id, "agent.routing_state_changed", f"agents/{agent_id}", updated)
        self._refresh_team(agent_id)

    def _team_member(self, agent_id: str, version: int) -> TeamMember:
        agent = self.agents[agent_id]
        open_ix = sorted(self.open_interactions(agent_id), key=lambda ix: ix.enqueued_at)
        current = next((ix for ix in open_ix if ix.state is InteractionState.ACTIVE), None)
        current = current or (open_ix[0] if open_ix else None)
        return TeamMember(
            id=agent_id,
            version=version,
            display_name=agent.display_name,
            org=agent.org,
            presence=agent.presence,
            presence_since=agent.presence_since,
            routing_state=agent.routing_state,
            routing_state_since=agent.routing_state_since,
            current_channel=current.channel if current else None,
            current_age_group=current.age_group if current else None,
            languages=list(agent.skills.languages),
            help_requested=any(ix.flags.help_requested for ix in open_ix),
            help_acknowledged=any(ix.flags.help_acknowledged for ix in open_ix),
            help_interaction_id=next((ix.id for ix in open_ix if ix.flags.help_requested), None),
            risk_flagged=any(ix.flags.risk for ix in open_ix),
            risk_level=highest_level(open_ix)[0],
            risk_assessed_at=highest_level(open_ix)[1],
            open_interactions=len(open_ix),
            debrief=agent.debrief,
        )

    def _refresh_team(self, agent_id: str) -> None:
        old = self.team[agent_id]
        new = self._team_member(agent_id, version=old.version)
        if new != old:
            new = new.model_copy(update={"version": old.version + 1})
            self.team[agent_id] = new
            for supervisor in self._supervisors():
                self._emit(supervisor, "team.agent_changed", f"team/{agent_id}", new)
        self._refresh_queues()

    def _refresh_queues(self) -> None:
        waiting: dict[str, list[Interaction]] = {qid: [] for qid in self.queues}
        rerouted: dict[str, int] = dict.fromkeys(self.queues, 0)
        for ix in self.interactions.values():
            if ix.state in (InteractionState.QUEUED, InteractionState.OFFERED):
                waiting[ix.queue_id].append(ix)
                rerouted[ix.queue_id] += ix.handover is not None
        for qid, stats in self.queues.items():
            queued = waiting[qid]
            oldest = min((ix.enqueued_at for ix in queued), default=None)
            available = sum(
                1
                for a in self.agents.values()
                if a.presence is Presence.AVAILABLE
                and a.routing_state is RoutingState.IDLE
                and stats.channel in a.skills.channels
                and (stats.age_group is AgeGroup.UNKNOWN or stats.age_group in a.skills.age_groups)
            )
            now_stats = (len(queued), oldest, available, rerouted[qid])
            if (
                stats.waiting,
                stats.oldest_enqueued_at,
                stats.agents_available,
                stats.rerouted,
            ) != now_stats:
                self.queues[qid] = bump(
                    stats,
                    waiting=len(queued),
                    oldest_enqueued_at=oldest,
                    agents_available=available,
                    rerouted=rerouted[qid],
                )
                self._schedule_queue_event(qid)

    def _schedule_queue_event(self, qid: str) -> None:
        """Coalesce queue events: at most one per queue per interval."""
        if qid in self._queue_emit_pending:
            return
        last = self._queue_last_emit.get(qid)
        now = self.clock.monotonic()
        interval = self.config.queue_event_min_interval_s
        if last is None or now - last >= interval:
            self._emit_queue(qid)
        else:
            self._queue_emit_pending.add(qid)
            self.scheduler.call_later(last + interval - now, lambda: self._emit_queue(qid))

    def _emit_queue(self, qid: str) -> None:
        self._queue_emit_pending.discard(qid)
        self._queue_last_emit[qid] = self.clock.monotonic()
        stats = self.queues[qid]
        for supervisor in self._supervisors():
            self._emit(supervisor, "queue.stats_changed", f"queues/{qid}", stats)

    # --------------------------------------------------- shared transitions

    def _active(self, agent_id: str, interaction_id: str) -> Interaction:
        interaction = self.own_interaction(agent_id, interaction_id)
        if interaction.state is not InteractionState.ACTIVE:
            raise ApiProblem(
                ProblemType.ILLEGAL_TRANSITION, f"interaction is {interaction.state.value}"
            )
        return interaction

    def _to_wrap_up(self, interaction: Interaction, event_type: str, remote: bool) -> None:
        self._set_interaction(
            interaction,
            event_type,
            state=InteractionState.WRAP_UP,
            on_hold=False,
            remote_ended=remote,
            transfer_id=None,
            wrap_up_started_at=self.clock.now(),
        )
        assert interaction.agent_id is not None
        self._refresh_agent(interaction.agent_id)

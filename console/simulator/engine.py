"""The routing engine: agents, queues, offers, interactions, messages and transfers.

All state lives here, on the server's event loop (single-threaded, so no locks). Every change
bumps the resource's version and publishes the whole resource to the streams of those allowed
to see it. Illegal transitions raise `ApiProblem` (4xx), never anything else.
"""

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypeVar

from pydantic import BaseModel

from console.contract.enums import (
    INTERACTION_OPEN_STATES,
    SAMI_LANGUAGES,
    TRANSFER_ACTIVE_STATES,
    AgeGroup,
    Channel,
    Delivery,
    FlagKind,
    InteractionState,
    OfferState,
    Presence,
    Role,
    RoutingState,
    Sender,
    TransferFailure,
    TransferMode,
    TransferState,
)
from console.contract.problems import ProblemType
from console.contract.requests import (
    FlagRequest,
    MessageRequest,
    TransferRequest,
    WrapUpRequest,
)
from console.contract.resources import (
    Agent,
    Interaction,
    InteractionFlags,
    Message,
    Offer,
    QueueStats,
    Snapshot,
    TeamMember,
    TeamStatus,
    Transfer,
    TransferTarget,
)
from console.simulator.admin_models import InjectInteractionRequest
from console.simulator.clock import Scheduler, SimClock, TimerHandle
from console.simulator.config import SimConfig
from console.simulator.directory import (
    ORGANISATIONS,
    TRANSFER_TARGETS,
    USERS,
    fictional_legevakt_number,
    municipalities,
)
from console.simulator.problems import ApiProblem
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


class Engine:
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
        self.targets: dict[str, TransferTarget] = dict(TRANSFER_TARGETS)
        self.target_behaviour: dict[str, TargetBehaviour] = {
            tid: TargetBehaviour() for tid in self.targets
        }
        self.team: dict[str, TeamMember] = {}
        self.queues: dict[str, QueueStats] = {}
        self._queue_last_emit: dict[str, float] = {}
        self._queue_emit_pending: set[str] = set()
        self.listeners: list[Callable[[str, BaseModel], None]] = []
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
        return updated

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
        for ix in self.interactions.values():
            if ix.state in (InteractionState.QUEUED, InteractionState.OFFERED):
                waiting[ix.queue_id].append(ix)
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
            if (stats.waiting, stats.oldest_enqueued_at, stats.agents_available) != (
                len(queued),
                oldest,
                available,
            ):
                self.queues[qid] = bump(
                    stats,
                    waiting=len(queued),
                    oldest_enqueued_at=oldest,
                    agents_available=available,
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

    # ------------------------------------------------------------ presence

    def sign_in(self, agent_id: str) -> None:
        """After sign-in the agent is busy, never straight to available."""
        agent = self.agent(agent_id)
        if agent.presence is Presence.OFFLINE:
            self._apply_presence(agent, Presence.BUSY)

    def set_presence(self, agent_id: str, presence: Presence) -> Agent:
        agent = self.agent(agent_id)
        if presence is Presence.OFFLINE and self.open_interactions(agent_id):
            raise ApiProblem(
                ProblemType.PRESENCE_REFUSED, "cannot go offline with an open interaction"
            )
        self.not_responding.discard(agent_id)
        if presence is not Presence.AVAILABLE:
            offer = self.pending_offer(agent_id)
            if offer is not None:
                self._rescind(offer)
        agent = self.agents[agent_id]  # rescinding an offer may have changed it
        if presence is not agent.presence:
            self._apply_presence(agent, presence)
        self._refresh_agent(agent_id)
        self.route()
        return self.agents[agent_id]

    def _apply_presence(self, agent: Agent, presence: Presence) -> None:
        updated = bump(agent, presence=presence, presence_since=self.clock.now())
        self.agents[agent.id] = updated
        self._emit(agent.id, "agent.presence_changed", f"agents/{agent.id}", updated)
        self._refresh_team(agent.id)

    def request_debrief(self, agent_id: str) -> Agent:
        """The volunteer asks to talk a heavy contact through; supervisors see it."""
        return self._set_debrief(self.agent(agent_id), "requested")

    def acknowledge_debrief(self, supervisor_id: str, agent_id: str) -> TeamMember:
        agent = self.agents.get(agent_id)
        if agent is None:
            raise ApiProblem(ProblemType.NOT_FOUND, "no such volunteer")
        if agent.debrief != "requested":
            raise ApiProblem(ProblemType.ILLEGAL_TRANSITION, "no debrief was requested")
        self._set_debrief(agent, "acknowledged")
        return self.team[agent_id]

    def _set_debrief(self, agent: Agent, state: str) -> Agent:
        updated = bump(agent, debrief=state)
        self.agents[agent.id] = updated
        self._emit(agent.id, "agent.debrief_changed", f"agents/{agent.id}", updated)
        self._refresh_team(agent.id)
        return updated

    def sign_out(self, agent_id: str) -> None:
        self.set_presence(agent_id, Presence.OFFLINE)

    # ---------------------------------------------------------------- routing

    def inject(self, request: InjectInteractionRequest, org_id: str) -> Interaction:
        ix_id = self.new_id("ix")
        interaction = Interaction(
            id=ix_id,
            version=1,
            channel=request.channel,
            age_group=request.age_group,
            language=request.language,
            org=ORGANISATIONS[org_id],
            queue_id=queue_id(request.age_group, request.channel),
            state=InteractionState.QUEUED,
            enqueued_at=self.clock.now(),
        )
        self.interactions[ix_id] = interaction
        self.messages[ix_id] = []
        extras = InteractionExtras()
        self.extras[ix_id] = extras
        if request.patience_s is not None:
            extras.patience = self.scheduler.call_later(
                request.patience_s, lambda: self._patience_runs_out(ix_id)
            )
        self._refresh_queues()
        self.route()
        return self.interactions[ix_id]

    def _eligible(self, agent: Agent, interaction: Interaction) -> bool:
        if agent.presence is not Presence.AVAILABLE or agent.id in self.not_responding:
            return False
        if self.pending_offer(agent.id) is not None:
            return False
        if agent.id in self.extras[interaction.id].declined_by:
            return False
        skills = agent.skills
        if interaction.channel not in skills.channels:
            return False
        if (
            interaction.age_group is not AgeGroup.UNKNOWN
            and interaction.age_group not in skills.age_groups
        ):
            return False
        open_ix = self.open_interactions(agent.id)
        if interaction.channel is Channel.VOICE:
            return not open_ix
        if any(
            ix.channel is Channel.VOICE or ix.state is not InteractionState.ACTIVE for ix in open_ix
        ):
            return False
        return len(open_ix) < agent.max_chats

    def route(self) -> None:
        """Offer queued interactions, oldest first, to the longest-idle eligible agent."""
        queued = sorted(
            (ix for ix in self.interactions.values() if ix.state is InteractionState.QUEUED),
            key=lambda ix: (ix.enqueued_at, ix.id),
        )
        for interaction in queued:
            candidates = [a for a in self.agents.values() if self._eligible(a, interaction)]
            if interaction.language in SAMI_LANGUAGES:
                speakers = [a for a in candidates if interaction.language in a.skills.languages]
                candidates = speakers or candidates
            if not candidates:
                continue
            chosen = min(candidates, key=lambda a: (a.routing_state_since, a.id))
            self._offer(interaction, chosen)

    def _offer(self, interaction: Interaction, agent: Agent) -> None:
        now = self.clock.now()
        offer_id = self.new_id("of")
        timeout = self.config.offer_timeout_s
        offer = Offer(
            id=offer_id,
            version=1,
            interaction_id=interaction.id,
            agent_id=agent.id,
            state=OfferState.PENDING,
            channel=interaction.channel,
            age_group=interaction.age_group,
            language=interaction.language,
            org=interaction.org,
            queue_id=interaction.queue_id,
            enqueued_at=interaction.enqueued_at,
            created_at=now,
            expires_at=now + timedelta(seconds=timeout),
        )
        self.offers[offer_id] = offer
        self.extras[interaction.id].offer_id = offer_id
        self.interactions[interaction.id] = bump(interaction, state=InteractionState.OFFERED)
        self._emit(agent.id, "offer.created", f"offers/{offer_id}", offer)
        self.offer_timers[offer_id] = self.scheduler.call_later(
            timeout, lambda: self._expire(offer_id)
        )
        self._refresh_agent(agent.id)

    def _requeue(self, interaction_id: str) -> None:
        interaction = self.interactions[interaction_id]
        self.interactions[interaction_id] = bump(interaction, state=InteractionState.QUEUED)
        self.extras[interaction_id].offer_id = None

    def _expire(self, offer_id: str) -> None:
        offer = self.offers[offer_id]
        if offer.state is not OfferState.PENDING:
            return
        self._set_offer(offer, "offer.expired", state=OfferState.EXPIRED)
        self.not_responding.add(offer.agent_id)
        self._requeue(offer.interaction_id)
        self._refresh_agent(offer.agent_id)
        self.route()

    def _rescind(self, offer: Offer) -> None:
        self._set_offer(offer, "offer.rescinded", state=OfferState.RESCINDED)
        interaction = self.interactions[offer.interaction_id]
        if interaction.state is InteractionState.OFFERED:
            self._requeue(offer.interaction_id)
        self._refresh_agent(offer.agent_id)

    def _pending_offer_of(self, agent_id: str, offer_id: str) -> Offer:
        offer = self.offers.get(offer_id)
        if offer is None or offer.agent_id != agent_id:
            raise ApiProblem(ProblemType.NOT_FOUND, "no such offer for this agent")
        if offer.state is not OfferState.PENDING:
            raise ApiProblem(ProblemType.OFFER_NOT_PENDING, f"offer is {offer.state.value}")
        return offer

    def accept(self, agent_id: str, offer_id: str) -> Interaction:
        offer = self._pending_offer_of(agent_id, offer_id)
        self._set_offer(offer, "offer.accepted", state=OfferState.ACCEPTED)
        extras = self.extras[offer.interaction_id]
        if extras.patience is not None:
            extras.patience.cancel()
            extras.patience = None
        interaction = bump(
            self.interactions[offer.interaction_id],
            state=InteractionState.ACTIVE,
            agent_id=agent_id,
            connected_at=self.clock.now(),
        )
        self.interactions[interaction.id] = interaction
        self._emit(agent_id, "interaction.connected", f"interactions/{interaction.id}", interaction)
        self._refresh_agent(agent_id)
        self.route()
        return interaction

    def decline(self, agent_id: str, offer_id: str) -> Offer:
        offer = self._pending_offer_of(agent_id, offer_id)
        self._set_offer(offer, "offer.declined", state=OfferState.DECLINED)
        self.extras[offer.interaction_id].declined_by.add(agent_id)
        self._requeue(offer.interaction_id)
        self._refresh_agent(agent_id)
        self.route()
        return self.offers[offer_id]

    # --------------------------------------------------------- interactions

    def _active(self, agent_id: str, interaction_id: str) -> Interaction:
        interaction = self.own_interaction(agent_id, interaction_id)
        if interaction.state is not InteractionState.ACTIVE:
            raise ApiProblem(
                ProblemType.ILLEGAL_TRANSITION, f"interaction is {interaction.state.value}"
            )
        return interaction

    def hold(self, agent_id: str, interaction_id: str, on_hold: bool) -> Interaction:
        interaction = self._active(agent_id, interaction_id)
        if interaction.channel is not Channel.VOICE:
            raise ApiProblem(ProblemType.NOT_SUPPORTED_ON_CHANNEL, "only calls can be held")
        if interaction.transfer_id is not None:
            raise ApiProblem(ProblemType.TRANSFER_IN_PROGRESS, "the transfer controls the hold")
        if interaction.on_hold == on_hold:
            raise ApiProblem(
                ProblemType.ILLEGAL_TRANSITION, "already on hold" if on_hold else "not on hold"
            )
        event = "interaction.held" if on_hold else "interaction.resumed"
        self._set_interaction(interaction, event, on_hold=on_hold)
        return self.interactions[interaction_id]

    def end(self, agent_id: str, interaction_id: str) -> Interaction:
        interaction = self._active(agent_id, interaction_id)
        if interaction.transfer_id is not None:
            raise ApiProblem(ProblemType.TRANSFER_IN_PROGRESS, "complete or cancel it first")
        self._to_wrap_up(interaction, "interaction.wrap_up_started", remote=False)
        return self.interactions[interaction_id]

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

    def wrap_up(self, agent_id: str, interaction_id: str, request: WrapUpRequest) -> Interaction:
        interaction = self.own_interaction(agent_id, interaction_id)
        if interaction.state is not InteractionState.WRAP_UP:
            raise ApiProblem(
                ProblemType.ILLEGAL_TRANSITION, f"interaction is {interaction.state.value}"
            )
        self._set_interaction(
            interaction,
            "interaction.closed",
            state=InteractionState.CLOSED,
            outcome_code=request.outcome_code,
            closed_at=self.clock.now(),
        )
        self._refresh_agent(agent_id)
        self.route()
        self.scheduler.call_later(
            self.config.closed_retention_s, lambda: self._forget(interaction_id)
        )
        return self.interactions[interaction_id]

    def _forget(self, interaction_id: str) -> None:
        """Closed contacts leave memory after a while: the simulator keeps no history."""
        self.interactions.pop(interaction_id, None)
        self.extras.pop(interaction_id, None)
        self.messages.pop(interaction_id, None)
        for tid in [t.id for t in self.transfers.values() if t.interaction_id == interaction_id]:
            del self.transfers[tid]
        for oid in [o.id for o in self.offers.values() if o.interaction_id == interaction_id]:
            del self.offers[oid]

    def _patience_runs_out(self, interaction_id: str) -> None:
        interaction = self.interactions.get(interaction_id)
        if interaction is not None and interaction.state in (
            InteractionState.QUEUED,
            InteractionState.OFFERED,
        ):
            self.caller_abandons(interaction_id)

    def caller_abandons(self, interaction_id: str) -> Interaction:
        """The caller hangs up: while queued/offered it is abandoned, later it ends remotely."""
        interaction = self.interactions.get(interaction_id)
        if interaction is None:
            raise ApiProblem(ProblemType.NOT_FOUND, "no such interaction")
        if interaction.state in (InteractionState.QUEUED, InteractionState.OFFERED):
            extras = self.extras[interaction_id]
            if extras.offer_id is not None:
                offer = self.offers[extras.offer_id]
                if offer.state is OfferState.PENDING:
                    self._set_offer(offer, "offer.rescinded", state=OfferState.RESCINDED)
                    self._refresh_agent(offer.agent_id)
            self.interactions[interaction_id] = bump(
                interaction, state=InteractionState.ABANDONED, closed_at=self.clock.now()
            )
            self._refresh_queues()
            self.scheduler.call_later(
                self.config.closed_retention_s, lambda: self._forget(interaction_id)
            )
        elif interaction.state is InteractionState.ACTIVE:
            if interaction.transfer_id is not None:
                transfer = self.transfers[interaction.transfer_id]
                self._set_transfer(transfer, "transfer.abandoned", state=TransferState.ABANDONED)
            self._to_wrap_up(self.interactions[interaction_id], "interaction.remote_ended", True)
        else:
            raise ApiProblem(ProblemType.ILLEGAL_TRANSITION, "the caller is already gone")
        return self.interactions[interaction_id]

    def flag(self, agent_id: str, interaction_id: str, request: FlagRequest) -> Interaction:
        interaction = self.own_interaction(agent_id, interaction_id)
        if interaction.state not in INTERACTION_OPEN_STATES:
            raise ApiProblem(ProblemType.ILLEGAL_TRANSITION, "the interaction is closed")
        flags = interaction.flags
        if request.kind is FlagKind.RISK:
            new_flags = flags.model_copy(update={"risk": True})
        else:
            new_flags = flags.model_copy(
                update={"help_requested": True, "help_acknowledged": False}
            )
        self._set_interaction(interaction, "interaction.flagged", flags=new_flags)
        self._refresh_team(agent_id)
        return self.interactions[interaction_id]

    def acknowledge_help(self, supervisor_id: str, interaction_id: str) -> Interaction:
        interaction = self.interactions.get(interaction_id)
        if interaction is None or interaction.state not in INTERACTION_OPEN_STATES:
            raise ApiProblem(ProblemType.NOT_FOUND, "no open interaction with that id")
        if not interaction.flags.help_requested:
            raise ApiProblem(ProblemType.ILLEGAL_TRANSITION, "no help was requested")
        flags = InteractionFlags(
            risk=interaction.flags.risk, help_requested=True, help_acknowledged=True
        )
        self._set_interaction(interaction, "interaction.flagged", flags=flags)
        assert interaction.agent_id is not None
        self._refresh_team(interaction.agent_id)
        return self.interactions[interaction_id]

    # ---------------------------------------------------------------- messages

    def post_message(
        self, agent_id: str, interaction_id: str, request: MessageRequest
    ) -> tuple[Message, bool]:
        """Returns the message and whether it was created now (False: a repeat of the client id)."""
        interaction = self.own_interaction(agent_id, interaction_id)
        if interaction.channel is not Channel.CHAT:
            raise ApiProblem(ProblemType.NOT_SUPPORTED_ON_CHANNEL, "calls have no messages")
        for existing in self.messages[interaction_id]:
            if existing.client_message_id == request.client_message_id:
                return existing, False
        if interaction.state is not InteractionState.ACTIVE:
            raise ApiProblem(
                ProblemType.ILLEGAL_TRANSITION, f"interaction is {interaction.state.value}"
            )
        message = self._add_message(
            interaction, Sender.AGENT, request.text, request.client_message_id
        )
        self.scheduler.call_later(
            self.config.message_delivery_delay_s, lambda: self._deliver(interaction_id, message.id)
        )
        return message, True

    def _add_message(
        self, interaction: Interaction, sender: Sender, text: str, client_id: str | None = None
    ) -> Message:
        extras = self.extras[interaction.id]
        message = Message(
            id=self.new_id("msg"),
            version=1,
            interaction_id=interaction.id,
            seq=extras.next_seq,
            sender=sender,
            client_message_id=client_id,
            text=text,
            sent_at=self.clock.now(),
            delivery=Delivery.DELIVERED if sender is not Sender.AGENT else Delivery.SENT,
        )
        extras.next_seq += 1
        self.messages[interaction.id].append(message)
        self._emit(interaction.agent_id, "message.created", f"messages/{message.id}", message)
        return message

    def _deliver(self, interaction_id: str, message_id: str) -> None:
        transcript = self.messages.get(interaction_id)
        interaction = self.interactions.get(interaction_id)
        if transcript is None or interaction is None:
            return
        for index, message in enumerate(transcript):
            if message.id == message_id and message.delivery is Delivery.SENT:
                updated = bump(message, delivery=Delivery.DELIVERED)
                transcript[index] = updated
                self._emit(
                    interaction.agent_id, "message.updated", f"messages/{message_id}", updated
                )

    def remote_message(self, interaction_id: str, text: str) -> Message:
        interaction = self.interactions.get(interaction_id)
        if interaction is None:
            raise ApiProblem(ProblemType.NOT_FOUND, "no such interaction")
        if (
            interaction.channel is not Channel.CHAT
            or interaction.state is not InteractionState.ACTIVE
        ):
            raise ApiProblem(ProblemType.ILLEGAL_TRANSITION, "not an active chat")
        return self._add_message(interaction, Sender.REMOTE, text)

    def list_messages(self, agent_id: str, interaction_id: str, after: int) -> list[Message]:
        self.own_interaction(agent_id, interaction_id)
        return [m for m in self.messages[interaction_id] if m.seq > after]

    # --------------------------------------------------------------- transfers

    def start_transfer(
        self, agent_id: str, interaction_id: str, request: TransferRequest
    ) -> Transfer:
        interaction = self._active(agent_id, interaction_id)
        target = self.targets.get(request.target_id)
        if target is None:
            raise ApiProblem(ProblemType.NOT_FOUND, "unknown transfer target")
        if interaction.transfer_id is not None:
            raise ApiProblem(ProblemType.TRANSFER_IN_PROGRESS, "one transfer at a time")
        mode = target.modes.voice if interaction.channel is Channel.VOICE else target.modes.chat
        if mode is None:
            raise ApiProblem(
                ProblemType.NOT_SUPPORTED_ON_CHANNEL, "target does not take this channel"
            )
        if not target.available_now:
            raise ApiProblem(ProblemType.TARGET_UNAVAILABLE, f"{target.name} is closed now")
        if request.note is not None and mode is not TransferMode.CHAT_HANDOVER:
            raise ApiProblem(ProblemType.VALIDATION_FAILED, "a note goes only with a chat handover")
        number = target.number
        resolved = not target.requires_municipality
        if request.caller_municipality is not None:
            if request.caller_municipality not in municipalities():
                raise ApiProblem(ProblemType.UNKNOWN_MUNICIPALITY, "no such kommunenummer")
            if target.requires_municipality:
                number = fictional_legevakt_number(request.caller_municipality)
                resolved = True
        now = self.clock.now()
        transfer = Transfer(
            id=self.new_id("tr"),
            version=1,
            interaction_id=interaction_id,
            target_id=target.id,
            mode=mode,
            state=TransferState.INITIATING,
            dialled_number=number,
            fallback_number=number,
            municipality_number=request.caller_municipality,
            municipality_resolved=resolved,
            created_at=now,
            updated_at=now,
        )
        self.transfers[transfer.id] = transfer
        self._emit(agent_id, "transfer.created", f"transfers/{transfer.id}", transfer)
        # A warm voice consult holds the caller; a chat stays open for the chatter.
        self._set_interaction(
            interaction,
            "interaction.held" if mode is TransferMode.WARM_VOICE else "interaction.updated",
            transfer_id=transfer.id,
            on_hold=mode is TransferMode.WARM_VOICE,
        )
        self.transfer_timers[transfer.id] = self.scheduler.call_later(
            self.config.transfer_dial_delay_s, lambda: self._transfer_dialled(transfer.id)
        )
        return transfer

    def _transfer_dialled(self, transfer_id: str) -> None:
        transfer = self.transfers.get(transfer_id)
        if transfer is None or transfer.state is not TransferState.INITIATING:
            return
        behaviour = self.target_behaviour[transfer.target_id]
        if behaviour.outcome == "busy":
            self._fail_transfer(transfer, TransferFailure.BUSY)
            return
        self._set_transfer(transfer, "transfer.ringing", state=TransferState.RINGING)
        if behaviour.outcome == "no_answer":
            delay, action = self.config.transfer_ring_timeout_s, self._transfer_no_answer
        else:
            configured = behaviour.answer_delay_s
            delay = self.config.transfer_answer_delay_s if configured is None else configured
            action = self._transfer_answered
        self.transfer_timers[transfer_id] = self.scheduler.call_later(
            delay, lambda: action(transfer_id)
        )

    def _transfer_answered(self, transfer_id: str) -> None:
        transfer = self.transfers.get(transfer_id)
        if transfer is None or transfer.state is not TransferState.RINGING:
            return
        if self.target_behaviour[transfer.target_id].outcome == "reject":
            self._fail_transfer(transfer, TransferFailure.REJECTED)
            return
        self._set_transfer(transfer, "transfer.answered", state=TransferState.CONSULTING)

    def _transfer_no_answer(self, transfer_id: str) -> None:
        transfer = self.transfers.get(transfer_id)
        if transfer is not None and transfer.state is TransferState.RINGING:
            self._fail_transfer(transfer, TransferFailure.NO_ANSWER)

    def _fail_transfer(self, transfer: Transfer, reason: TransferFailure) -> None:
        self._set_transfer(
            transfer, "transfer.failed", state=TransferState.FAILED, failure_reason=reason
        )
        self._release_caller(transfer.interaction_id)

    def _release_caller(self, interaction_id: str) -> None:
        """The caller is back with the volunteer (off hold, no transfer running)."""
        interaction = self.interactions[interaction_id]
        event = "interaction.resumed" if interaction.on_hold else "interaction.updated"
        self._set_interaction(interaction, event, transfer_id=None, on_hold=False)

    def _own_transfer(self, agent_id: str, transfer_id: str) -> Transfer:
        transfer = self.transfers.get(transfer_id)
        if transfer is None:
            raise ApiProblem(ProblemType.NOT_FOUND, "no such transfer")
        self.own_interaction(agent_id, transfer.interaction_id)
        return transfer

    def complete_transfer(self, agent_id: str, transfer_id: str) -> Transfer:
        transfer = self._own_transfer(agent_id, transfer_id)
        if transfer.state is not TransferState.CONSULTING:
            raise ApiProblem(
                ProblemType.ILLEGAL_TRANSITION,
                f"transfer is {transfer.state.value}; complete needs consulting",
            )
        transfer = self._set_transfer(transfer, "transfer.completed", state=TransferState.COMPLETED)
        interaction = self.interactions[transfer.interaction_id]
        if transfer.mode is TransferMode.CALL_ON_BEHALF:
            # The chatter was never connected to the target: the chat goes on.
            self._release_caller(interaction.id)
        else:
            self._to_wrap_up(interaction, "interaction.wrap_up_started", remote=False)
        return self.transfers[transfer_id]

    def cancel_transfer(self, agent_id: str, transfer_id: str) -> Transfer:
        transfer = self._own_transfer(agent_id, transfer_id)
        if transfer.state not in TRANSFER_ACTIVE_STATES:
            raise ApiProblem(ProblemType.ILLEGAL_TRANSITION, f"transfer is {transfer.state.value}")
        self._set_transfer(transfer, "transfer.canceled", state=TransferState.CANCELED)
        self._release_caller(transfer.interaction_id)
        return self.transfers[transfer_id]

    def get_transfer(self, agent_id: str, transfer_id: str) -> Transfer:
        return self._own_transfer(agent_id, transfer_id)

    # ---------------------------------------------------------------- views

    def snapshot(self, agent_id: str) -> Snapshot:
        open_ix = self.open_interactions(agent_id)
        ids = {ix.id for ix in open_ix}
        supervisor = self.is_supervisor(agent_id)
        return Snapshot(
            as_of=self.hub.head(agent_id),
            me=self.agents[agent_id],
            offers=[
                o
                for o in self.offers.values()
                if o.agent_id == agent_id and o.state is OfferState.PENDING
            ],
            interactions=open_ix,
            messages=[m for ix_id in ids for m in self.messages[ix_id]],
            transfers=[t for t in self.transfers.values() if t.interaction_id in ids],
            team=list(self.team.values()) if supervisor else None,
            queues=list(self.queues.values()) if supervisor else None,
        )

    def team_status(self) -> TeamStatus:
        return TeamStatus(agents=list(self.team.values()), queues=list(self.queues.values()))

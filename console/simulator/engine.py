"""The routing engine: agents' presence, routing, offers, interactions and messages.

All state lives in `EngineBase` (engine_base.py), on the server's event loop (single-threaded, so
no locks); transfers are in transfers.py. Illegal transitions raise `ApiProblem` (4xx), never
anything else.
"""

from datetime import timedelta

from console.contract.enums import (
    INTERACTION_OPEN_STATES,
    SAMI_LANGUAGES,
    AgeGroup,
    Channel,
    Delivery,
    FlagKind,
    InteractionState,
    OfferEndReason,
    OfferState,
    OutcomeCode,
    Presence,
    Sender,
    TransferState,
)
from console.contract.forms import ContactRecordData
from console.contract.limits import MESSAGE_MAX_CHARS
from console.contract.problems import ProblemType
from console.contract.requests import (
    ConsentRequest,
    FlagRequest,
    MessageRequest,
    WrapUpRequest,
)
from console.contract.resources import (
    Agent,
    Interaction,
    Message,
    Offer,
    QueueStats,
    Snapshot,
    TeamMember,
    TeamStatus,
)
from console.simulator.admin_models import InjectInteractionRequest
from console.simulator.directory import ORGANISATIONS
from console.simulator.engine_base import EngineBase, InteractionExtras, bump, queue_id
from console.simulator.forms import outcome_for
from console.simulator.problems import ApiProblem
from console.simulator.records import completed_row, legacy_record
from console.simulator.risk import consent_of, flags_with_level
from console.simulator.transfers import TransfersMixin
from console.simulator.voice import VoiceMixin


class Engine(VoiceMixin, TransfersMixin, EngineBase):
    """The whole engine; every method runs on the server's event loop."""

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
        if self.pending_offer(agent.id) is not None or self.offers_paused(agent.id):
            return False
        extras = self.extras[interaction.id]
        if agent.id in extras.declined_by:
            return False
        if extras.required_org is not None and agent.org.id != extras.required_org:
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
            return not open_ix and self.takes_calls(agent)
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
        self._set_offer(
            offer, "offer.expired", state=OfferState.EXPIRED, reason=OfferEndReason.EXPIRED
        )
        if not self.offers_paused(offer.agent_id):  # busy with a crisis is not "not responding"
            self.not_responding.add(offer.agent_id)
        self._requeue(offer.interaction_id)
        self._refresh_agent(offer.agent_id)
        self.route()

    def _rescind(
        self, offer: Offer, reason: OfferEndReason = OfferEndReason.AGENT_UNAVAILABLE
    ) -> None:
        """The agent left `available` (or became busy with a crisis) with this offer pending:
        it goes back to the queue, with no penalty."""
        self._set_offer(offer, "offer.rescinded", state=OfferState.RESCINDED, reason=reason)
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
        waiting = self.interactions[offer.interaction_id]
        interaction = bump(
            waiting,
            state=InteractionState.ACTIVE,
            agent_id=agent_id,
            connected_at=self.clock.now(),
            # A contact re-routed to a target group is answered by this volunteer's organisation.
            org=self.agents[agent_id].org if waiting.handover else waiting.org,
        )
        interaction = self.leg_on_accept(interaction, agent_id)
        self.interactions[interaction.id] = interaction
        self._emit(agent_id, "interaction.connected", f"interactions/{interaction.id}", interaction)
        if interaction.handover is not None:
            self.leg_accepted(interaction)
        self._refresh_agent(agent_id)
        self.route()
        return interaction

    def decline(self, agent_id: str, offer_id: str) -> Offer:
        offer = self._pending_offer_of(agent_id, offer_id)
        self._set_offer(
            offer, "offer.declined", state=OfferState.DECLINED, reason=OfferEndReason.DECLINED
        )
        self.extras[offer.interaction_id].declined_by.add(agent_id)
        self._requeue(offer.interaction_id)
        self._refresh_agent(agent_id)
        self.route()
        return self.offers[offer_id]

    # --------------------------------------------------------- interactions

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

    def wrap_up(self, agent_id: str, interaction_id: str, request: WrapUpRequest) -> Interaction:
        interaction = self.own_interaction(agent_id, interaction_id)
        if interaction.state is not InteractionState.WRAP_UP:
            raise ApiProblem(
                ProblemType.ILLEGAL_TRANSITION, f"interaction is {interaction.state.value}"
            )
        outcome, record = self._checked_record(interaction, request)
        self._set_interaction(
            interaction,
            "interaction.closed",
            state=InteractionState.CLOSED,
            outcome_code=outcome,
            closed_at=self.clock.now(),
        )
        self.records.add(completed_row(self.interactions[interaction_id], record))
        self._refresh_agent(agent_id)
        self.route()
        self.scheduler.call_later(
            self.config.closed_retention_s, lambda: self._forget(interaction_id)
        )
        return self.interactions[interaction_id]

    def _checked_record(
        self, interaction: Interaction, request: WrapUpRequest
    ) -> tuple[OutcomeCode, ContactRecordData | None]:
        """The outcome and record to keep; a record that does not fit its form is refused."""
        if request.record is None or request.form_version is None:
            assert request.outcome_code is not None  # the request model demands one
            return request.outcome_code, legacy_record(request.outcome_code)
        record: ContactRecordData = dict(request.record)
        # The volunteer fills in their own organisation's form (GET /v1/contact-forms/current),
        # whichever member organisation the contact was routed for.
        assert interaction.agent_id is not None
        form_org = self.agents[interaction.agent_id].org.id
        problems = self.forms.check(form_org, request.form_version, interaction.age_group, record)
        if problems:
            # Names the fields and what is wrong with them, never a value (notes are free text).
            detail = "; ".join(f"{path}: {what}" for path, what in problems[:10])
            raise ApiProblem(ProblemType.VALIDATION_FAILED, detail)
        return outcome_for(record), record

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
        interaction_id = self.follow(interaction_id)
        interaction = self.interactions.get(interaction_id)
        if interaction is None:
            raise ApiProblem(ProblemType.NOT_FOUND, "no such interaction")
        if interaction.state in (InteractionState.QUEUED, InteractionState.OFFERED):
            extras = self.extras[interaction_id]
            if extras.offer_id is not None:
                offer = self.offers[extras.offer_id]
                if offer.state is OfferState.PENDING:
                    self._set_offer(
                        offer,
                        "offer.rescinded",
                        state=OfferState.RESCINDED,
                        reason=OfferEndReason.CALLER_LEFT,
                    )
                    self._refresh_agent(offer.agent_id)
            self.interactions[interaction_id] = bump(
                interaction, state=InteractionState.ABANDONED, closed_at=self.clock.now()
            )
            self.records.add(completed_row(self.interactions[interaction_id], None))
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
        if request.kind is FlagKind.RISK and request.level is not None:
            new_flags = flags_with_level(flags, request.level, self.clock.now())
        elif request.kind is FlagKind.RISK:
            new_flags = flags.model_copy(update={"risk": True})
        else:
            new_flags = flags.model_copy(
                update={"help_requested": True, "help_acknowledged": False}
            )
        self._set_interaction(interaction, "interaction.flagged", flags=new_flags)
        self.pause_offers_if_needed(agent_id)
        self._refresh_team(agent_id)
        return self.interactions[interaction_id]

    def record_consent(
        self, agent_id: str, interaction_id: str, request: ConsentRequest
    ) -> Interaction:
        interaction = self.own_interaction(agent_id, interaction_id)
        if interaction.state not in INTERACTION_OPEN_STATES:
            raise ApiProblem(ProblemType.ILLEGAL_TRANSITION, "the interaction is closed")
        consent = consent_of(request, self.clock.now())
        self._set_interaction(interaction, "interaction.updated", consent=consent)
        return self.interactions[interaction_id]

    def pause_offers_if_needed(self, agent_id: str) -> None:
        """A contact just became high risk or a transfer started: an offer ringing now goes
        back to the queue (reason `other`), so it neither distracts nor counts against them."""
        offer = self.pending_offer(agent_id)
        if offer is not None and self.offers_paused(agent_id):
            self._rescind(offer, OfferEndReason.OTHER)
            self.route()

    def acknowledge_help(self, supervisor_id: str, interaction_id: str) -> Interaction:
        interaction = self.interactions.get(interaction_id)
        if interaction is None or interaction.state not in INTERACTION_OPEN_STATES:
            raise ApiProblem(ProblemType.NOT_FOUND, "no open interaction with that id")
        if not interaction.flags.help_requested:
            raise ApiProblem(ProblemType.ILLEGAL_TRANSITION, "no help was requested")
        # model_copy: the risk level and its time stay as they are.
        flags = interaction.flags.model_copy(
            update={"help_requested": True, "help_acknowledged": True}
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
        interaction = self.interactions.get(self.follow(interaction_id))
        if interaction is None:
            raise ApiProblem(ProblemType.NOT_FOUND, "no such interaction")
        if (
            interaction.channel is not Channel.CHAT
            or interaction.state is not InteractionState.ACTIVE
        ):
            raise ApiProblem(ProblemType.ILLEGAL_TRANSITION, "not an active chat")
        if not 1 <= len(text) <= MESSAGE_MAX_CHARS:
            # Scenarios and training obey the contract's limit, as a real chat service would.
            raise ApiProblem(
                ProblemType.VALIDATION_FAILED, f"text: 1 to {MESSAGE_MAX_CHARS} characters"
            )
        return self._add_message(interaction, Sender.REMOTE, text)

    def list_messages(self, agent_id: str, interaction_id: str, after: int) -> list[Message]:
        self.own_interaction(agent_id, interaction_id)
        return [m for m in self.messages[interaction_id] if m.seq > after]

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
            queues=self._all_queues() if supervisor else None,
        )

    def team_status(self) -> TeamStatus:
        return TeamStatus(agents=list(self.team.values()), queues=self._all_queues())

    def _all_queues(self) -> list[QueueStats]:
        return [*self.queues.values(), *self.synthetic_queues.values()]

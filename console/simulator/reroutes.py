"""Re-routes behind the shared number: a contact moves to another queue or organisation.

The receiving side is a new interaction (a "leg") queued for the target and routed like any
other, with a `handover` (note, where it came from). A chat moves as soon as a volunteer there
accepts: the transcript so far is copied to the leg, the first volunteer goes to wrap-up. A call
is warm: when the receiving volunteer accepts, the two consult while the caller waits on hold
(transfer `consulting`); complete moves the caller, cancel ends the receiving volunteer's consult
and brings the caller back. A mixin over `EngineBase`, on the server's event loop only.
"""

from console.contract.enums import (
    Channel,
    InteractionState,
    OfferEndReason,
    OfferState,
    TargetKind,
    TransferFailure,
    TransferState,
)
from console.contract.problems import ProblemType
from console.contract.resources import Handover, Interaction, Transfer, TransferTarget
from console.simulator.engine_base import EngineBase, InteractionExtras, bump, queue_id
from console.simulator.problems import ApiProblem


def is_reroute(target: TransferTarget) -> bool:
    return target.kind is not TargetKind.PUBLIC_SERVICE


class ReroutesMixin(EngineBase):
    """Starting, answering and ending re-routes; event-loop thread only."""

    def check_reroute(self, interaction: Interaction, target: TransferTarget) -> None:
        """A re-route must move the contact somewhere else."""
        same_queue = target.kind is TargetKind.QUEUE and target.age_group is interaction.age_group
        same_org = target.org is not None and target.org.id == interaction.org.id
        if same_queue or same_org:
            raise ApiProblem(ProblemType.VALIDATION_FAILED, "the contact is already routed there")

    def start_reroute(
        self,
        agent_id: str,
        interaction: Interaction,
        target: TransferTarget,
        transfer: Transfer,
        note: str | None,
    ) -> None:
        """Queue the receiving leg; the transfer rings until a volunteer there accepts."""
        age_group = target.age_group or interaction.age_group
        leg = Interaction(
            id=self.new_id("ix"),
            version=1,
            channel=interaction.channel,
            age_group=age_group,
            language=interaction.language,
            org=target.org or interaction.org,
            queue_id=queue_id(age_group, interaction.channel),
            state=InteractionState.QUEUED,
            enqueued_at=self.clock.now(),
            handover=Handover(
                transfer_id=transfer.id,
                from_org=interaction.org,
                from_queue_id=interaction.queue_id,
                note=note,
                consulting=interaction.channel is Channel.VOICE,
            ),
        )
        self.interactions[leg.id] = leg
        self.messages[leg.id] = []
        self.extras[leg.id] = InteractionExtras(
            declined_by={agent_id}, required_org=target.org.id if target.org else None
        )
        self.reroute_legs[transfer.id] = leg.id
        self._set_transfer(transfer, "transfer.ringing", state=TransferState.RINGING)
        self.transfer_timers[transfer.id] = self.scheduler.call_later(
            self.config.transfer_ring_timeout_s, lambda: self._nobody_took_it(transfer.id)
        )
        self._refresh_queues()
        self.route()

    def _nobody_took_it(self, transfer_id: str) -> None:
        transfer = self.transfers.get(transfer_id)
        if transfer is None or transfer.state is not TransferState.RINGING:
            return
        self._set_transfer(
            transfer,
            "transfer.failed",
            state=TransferState.FAILED,
            failure_reason=TransferFailure.NO_ANSWER,
        )
        self._back_to_first(transfer.interaction_id)

    def _back_to_first(self, interaction_id: str) -> None:
        interaction = self.interactions[interaction_id]
        if interaction.state is InteractionState.ACTIVE:
            event = "interaction.resumed" if interaction.on_hold else "interaction.updated"
            self._set_interaction(interaction, event, transfer_id=None, on_hold=False)

    def leg_accepted(self, leg: Interaction) -> None:
        """A volunteer accepted a re-routed contact (called by `accept`)."""
        assert leg.handover is not None and leg.agent_id is not None
        transfer = self.transfers[leg.handover.transfer_id]
        timer = self.transfer_timers.pop(transfer.id, None)
        if timer is not None:
            timer.cancel()
        if leg.channel is Channel.VOICE:
            self._set_transfer(transfer, "transfer.answered", state=TransferState.CONSULTING)
            return
        first = self.interactions[transfer.interaction_id]
        self._copy_transcript(first, leg)
        self._set_transfer(transfer, "transfer.completed", state=TransferState.COMPLETED)
        self._to_wrap_up(self.interactions[first.id], "interaction.wrap_up_started", remote=False)

    def _copy_transcript(self, first: Interaction, leg: Interaction) -> None:
        """The chatter never repeats themselves: the receiving volunteer reads it all."""
        self.extras[first.id].moved_to = leg.id
        extras = self.extras[leg.id]
        for message in self.messages[first.id]:
            copied = message.model_copy(
                update={
                    "id": self.new_id("msg"),
                    "version": 1,
                    "interaction_id": leg.id,
                    "seq": extras.next_seq,
                    "before_handover": True,
                }
            )
            extras.next_seq += 1
            self.messages[leg.id].append(copied)
            self._emit(leg.agent_id, "message.created", f"messages/{copied.id}", copied)

    def _reroute_finished(self, transfer: Transfer) -> None:
        leg_id = self.reroute_legs.pop(transfer.id)
        leg = self.interactions.get(leg_id)
        if leg is None or leg.handover is None:
            return
        done = leg.handover.model_copy(update={"consulting": False})
        if transfer.state is TransferState.COMPLETED:
            if leg.state is InteractionState.ACTIVE and leg.handover.consulting:
                self.extras[transfer.interaction_id].moved_to = leg.id
                self._set_interaction(leg, "interaction.updated", handover=done)
            return
        if leg.state is InteractionState.ACTIVE:
            # The consult ended without the caller: the receiving volunteer wraps it up.
            self._set_interaction(leg, "interaction.updated", handover=done)
            self._to_wrap_up(self.interactions[leg_id], "interaction.remote_ended", remote=True)
            return
        offer_id = self.extras[leg_id].offer_id
        offer = self.offers.get(offer_id) if offer_id else None
        if offer is not None and offer.state is OfferState.PENDING:
            self._set_offer(
                offer, "offer.rescinded", state=OfferState.RESCINDED, reason=OfferEndReason.OTHER
            )
            self._refresh_agent(offer.agent_id)
        self.interactions[leg_id] = bump(
            leg, state=InteractionState.ABANDONED, closed_at=self.clock.now()
        )
        self._refresh_queues()
        self.scheduler.call_later(self.config.closed_retention_s, lambda: self._forget(leg_id))

    def _forget(self, interaction_id: str) -> None:
        """Closed contacts leave memory (engine.py)."""

    def follow(self, interaction_id: str) -> str:
        """Where a contact lives now, after any re-routes (for the caller's side)."""
        seen = {interaction_id}
        while (extras := self.extras.get(interaction_id)) and extras.moved_to:
            interaction_id = extras.moved_to
            if interaction_id in seen:
                break
            seen.add(interaction_id)
        return interaction_id

"""Transfers: warm voice consults, chat handovers and calls on behalf (see the contract guide).

A mixin over `EngineBase`; its timers (dial, ring, answer) run on the server's event loop.
"""

from console.contract.enums import (
    TRANSFER_ACTIVE_STATES,
    Channel,
    TransferFailure,
    TransferMode,
    TransferState,
)
from console.contract.problems import ProblemType
from console.contract.requests import TransferRequest
from console.contract.resources import Transfer
from console.simulator.directory import fictional_legevakt_number, municipalities
from console.simulator.problems import ApiProblem
from console.simulator.reroutes import ReroutesMixin, is_reroute


class TransfersMixin(ReroutesMixin):
    """Starting, progressing, completing and cancelling transfers; event-loop thread only."""

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
        reroute = is_reroute(target)
        if request.note is not None and mode is not TransferMode.CHAT_HANDOVER and not reroute:
            raise ApiProblem(ProblemType.VALIDATION_FAILED, "a note goes only with a chat handover")
        if reroute:
            self.check_reroute(interaction, target)
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
        if reroute:
            self.start_reroute(agent_id, interaction, target, transfer, request.note)
            return self.transfers[transfer.id]
        self.transfer_timers[transfer.id] = self.scheduler.call_later(
            self.config.transfer_dial_delay_s, lambda: self._transfer_dialled(transfer.id)
        )
        self.pause_offers_if_needed(agent_id)
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
        self.route()  # the transfer no longer holds back new offers

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

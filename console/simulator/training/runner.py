"""Play one training scenario against the trainee, on the simulator's clock.

The runner puts the scenario's caller into the queue, says their lines (chat messages, or
lines shown in the training panel for a call), reacts to what the trainee does, and keeps a
timeline of it. When the contact is over it judges the timeline against the scenario's
expected actions: that is the debrief. It watches the routing engine's own events, so what it
sees is exactly what the real backend would have seen.
"""

import contextlib
import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from pydantic import BaseModel

from console.contract.enums import InteractionState, Sender
from console.contract.resources import Interaction, Message, Offer, Transfer
from console.contract.training import (
    CallerLine,
    Debrief,
    ExpectationResult,
    ScenarioLanguage,
    Step,
    TrainingState,
    TrainingStatus,
)
from console.simulator.admin_models import InjectInteractionRequest
from console.simulator.clock import TimerHandle
from console.simulator.problems import ApiProblem
from console.simulator.runtime import Simulator
from console.simulator.training.schema import Expected, Scenario, TimelineEntry

TRANSFER_EVENTS = {
    "transfer.created": "transfer_started",
    "transfer.answered": "transfer_answered",
    "transfer.completed": "transfer_completed",
    "transfer.failed": "transfer_failed",
    "transfer.canceled": "transfer_canceled",
    "transfer.abandoned": "caller_left",
}
SIMULATED_SUPERVISOR = "demo-supervisor"
# Which moment an expectation's `within_s` counts from.
COUNTS_FROM = {"accept": "offered"}


@dataclass
class Happening:
    at_s: float
    detail: str | None
    order: int  # what happened first, even within the same tenth of a second


class TrainingRunner:
    def __init__(self, sim: Simulator, scenario: Scenario, language: ScenarioLanguage) -> None:
        self.sim = sim
        self.scenario = scenario
        self.language = language
        self.status: TrainingStatus = "waiting"
        self.interaction_id: str | None = None
        self.steps: list[Step] = []
        self.happened: dict[str, list[Happening]] = {}
        self.caller_lines: list[CallerLine] = []
        self.debrief: Debrief | None = None
        self._started = sim.clock.monotonic()
        self._timers: list[TimerHandle] = []
        self._scheduled: set[int] = set()  # each timeline entry plays once
        self._waiting_lines: list[str] = []  # written while queued: shown once accepted
        self._flags = (False, False)
        self._assessed_at: datetime | None = None
        self._listener: Callable[[str, BaseModel], None] = self._on_event

    # ------------------------------------------------------------------ life

    def start(self) -> None:
        for target_id, behaviour in self.scenario.targets.items():
            current = self.sim.engine.target_behaviour[target_id]
            current.outcome = behaviour.outcome
            current.answer_delay_s = behaviour.answer_delay_s
        self.sim.engine.listeners.append(self._listener)
        self._record("start")
        self._later(self.scenario.contact.arrive_after_s, self._arrive)

    def stop(self) -> None:
        for timer in self._timers:
            timer.cancel()
        self._timers.clear()
        if self._listener in self.sim.engine.listeners:
            self.sim.engine.listeners.remove(self._listener)

    def state(self) -> TrainingState:
        return TrainingState(
            status=self.status,
            scenario_id=self.scenario.id,
            caller_lines=list(self.caller_lines),
            checks_done=[name[6:] for name in self.happened if name.startswith("check:")],
            debrief=self.debrief,
        )

    def mark_check(self, check_id: str) -> None:
        if check_id not in {check.id for check in self.scenario.checks}:
            raise KeyError(check_id)
        if self.status == "running" and f"check:{check_id}" not in self.happened:
            self._record(f"check:{check_id}")

    # -------------------------------------------------------------- the caller

    def _now(self) -> float:
        return round(self.sim.clock.monotonic() - self._started, 1)

    def _later(self, delay_s: float, action: Callable[[], object]) -> None:
        self._timers.append(self.sim.scheduler.call_later(delay_s, action))

    def _arrive(self) -> None:
        contact = self.scenario.contact
        language = self.language if contact.language == "trainee" else contact.language
        request = InjectInteractionRequest(
            channel=contact.channel,
            age_group=contact.age_group,
            language=language,
            org_id=contact.org_id,
            patience_s=contact.patience_s,
        )
        self.status = "running"
        interaction = self.sim.engine.inject(request, contact.org_id)
        self.interaction_id = interaction.id
        # Routing may offer it at once, inside inject(), before its id was known here.
        if interaction.state is InteractionState.OFFERED and "offered" not in self.happened:
            self._record("offered")

    def _fire(self, entry: TimelineEntry) -> None:
        if self.status != "running" or any(name in self.happened for name in entry.unless):
            return
        interaction_id = self.interaction_id
        assert interaction_id is not None
        engine = self.sim.engine
        if entry.say is not None:
            text = entry.say.pick(self.language)
            if self.scenario.contact.channel == "chat":
                if "accepted" not in self.happened:
                    self._waiting_lines.append(text)  # a chatter writes while they wait
                else:
                    with contextlib.suppress(ApiProblem):  # the chat may be over
                        engine.remote_message(interaction_id, text)
            else:
                self.caller_lines.append(CallerLine(at_s=self._now(), text=text))
        if entry.hang_up:
            with contextlib.suppress(ApiProblem):
                engine.caller_abandons(interaction_id)

    # ------------------------------------------------------- what the trainee does

    def _record(self, what: str, detail: str | None = None) -> None:
        at_s = self._now()
        self.steps.append(Step(at_s=at_s, what=what, detail=detail))
        self.happened.setdefault(what, []).append(Happening(at_s, detail, len(self.steps)))
        target = (detail or "").split(":")[0]
        for index, entry in enumerate(self.scenario.timeline):
            if index in self._scheduled or entry.after != what:
                continue
            if entry.target is None or entry.target == target:
                self._scheduled.add(index)
                self._later(entry.at_s, functools.partial(self._fire, entry))

    def _on_event(self, event_type: str, data: BaseModel) -> None:
        if self.interaction_id is None or self.status == "finished":
            return
        if isinstance(data, Offer):
            ours = data.interaction_id == self.interaction_id and event_type == "offer.created"
            if ours and "accepted" not in self.happened and "offered" not in self.happened:
                self._record("offered")
        elif isinstance(data, Message):
            # Only its creation: "message.updated" (delivered, read) is the same reply again.
            ours = data.interaction_id == self.interaction_id and data.sender is Sender.AGENT
            if ours and event_type == "message.created":
                self._record("replied")
        elif isinstance(data, Transfer):
            what = TRANSFER_EVENTS.get(event_type)
            if data.interaction_id == self.interaction_id and what is not None:
                detail = data.target_id
                if event_type == "transfer.created" and data.municipality_number:
                    detail = f"{data.target_id}:{data.municipality_number}"
                self._record(what, detail)
        elif isinstance(data, Interaction) and data.id == self.interaction_id:
            self._interaction_event(event_type, data)

    def _deliver_waiting_lines(self) -> None:
        assert self.interaction_id is not None
        for text in self._waiting_lines:
            with contextlib.suppress(ApiProblem):
                self.sim.engine.remote_message(self.interaction_id, text)
        self._waiting_lines.clear()

    def _supervisor_answers(self) -> None:
        assert self.interaction_id is not None
        with contextlib.suppress(ApiProblem):  # the contact may be over by now
            self.sim.engine.acknowledge_help(SIMULATED_SUPERVISOR, self.interaction_id)

    def _interaction_event(self, event_type: str, interaction: Interaction) -> None:
        if event_type == "interaction.connected":
            self._record("accepted")
            if self._waiting_lines:
                self._later(0.5, self._deliver_waiting_lines)
        elif event_type in ("interaction.abandoned", "interaction.remote_ended"):
            if "caller_left" not in self.happened:
                self._record("caller_left")
        elif event_type == "interaction.wrap_up_started" and "caller_left" not in self.happened:
            self._record("ended")
        elif event_type == "interaction.updated" and interaction.consent is not None:
            if "consent_recorded" not in self.happened:
                self._record("consent_recorded", interaction.consent.answer.value)
        elif event_type == "interaction.flagged":
            flags = interaction.flags
            if flags.risk_level is not None and flags.risk_assessed_at != self._assessed_at:
                self._assessed_at = flags.risk_assessed_at
                self._record("risk_assessed", flags.risk_level.value)
            if flags.risk and not self._flags[0]:
                self._record("risk_flagged")
            if flags.help_requested and not self._flags[1]:
                self._record("help_requested")
                delay = self.scenario.supervisor_answers_after_s
                if delay is not None:
                    self._later(delay, self._supervisor_answers)
            self._flags = (flags.risk, flags.help_requested)
        if interaction.state in (InteractionState.CLOSED, InteractionState.ABANDONED):
            outcome = interaction.outcome_code.value if interaction.outcome_code else None
            if interaction.state is InteractionState.CLOSED:
                self._record("wrapped_up", outcome)
            self._finish()

    # --------------------------------------------------------------- debrief

    def _finish(self) -> None:
        self.stop()
        self.status = "finished"
        self.debrief = Debrief(
            scenario_id=self.scenario.id,
            title=self.scenario.title,
            language=self.language,
            steps=list(self.steps),
            expectations=[self._judge(expected) for expected in self.scenario.expected],
            time_to_accept_s=self._between("offered", "accepted"),
            time_to_flag_s=self._between("accepted", "risk_flagged"),
            time_to_transfer_s=self._between("accepted", "transfer_started"),
        )

    def _first(self, what: str, detail: str | None = None) -> Happening | None:
        for happening in self.happened.get(what, []):
            if detail is None or (happening.detail or "").split(":")[0] == detail:
                return happening
        return None

    def _between(self, start: str, end: str) -> float | None:
        first, second = self._first(start), self._first(end)
        if first is None or second is None:
            return None
        return round(second.at_s - first.at_s, 1)

    def _judge(self, expected: Expected) -> ExpectationResult:
        event, detail = {
            "accept": ("accepted", None),
            "reply": ("replied", None),
            "flag_risk": ("risk_flagged", None),
            "ask_help": ("help_requested", None),
            "assess_risk": ("risk_assessed", None),
            "record_consent": ("consent_recorded", None),
            "transfer": ("transfer_started", expected.target),
            "complete_transfer": ("transfer_completed", expected.target),
            "check": (f"check:{expected.check}", None),
            "wrap_up": ("wrapped_up", None),
        }[expected.action]
        done = self._first(event, detail)
        reference = self._first(COUNTS_FROM.get(expected.action, "accepted"))
        limit = None
        if expected.within_s is not None and reference is not None:
            limit = round(reference.at_s + expected.within_s, 1)
        result = ExpectationResult(
            action=expected.action,
            why=expected.why,
            target=expected.target,
            check=expected.check,
            met=False,
            limit_s=limit,
        )
        if done is None:
            return result.model_copy(update={"note": "not done"})
        result = result.model_copy(update={"at_s": done.at_s})
        shortfall = self._shortfall(expected, done, limit)
        if shortfall:
            return result.model_copy(update={"note": shortfall})
        return result.model_copy(update={"met": True})

    def _shortfall(self, expected: Expected, done: Happening, limit: float | None) -> str | None:
        if limit is not None and done.at_s > limit:
            return f"late: at {done.at_s:g} s, expected by {limit:g} s"
        if expected.municipality is not None:
            given = (done.detail or "").partition(":")[2]
            if given != expected.municipality:
                return f"municipality {given or 'not given'}, expected {expected.municipality}"
        if expected.before is not None:
            other = self._first(expected.before)
            if other is not None and other.order < done.order:
                return f"after {expected.before}, expected before it"
        if expected.level is not None:
            reached = [h.detail for h in self.happened.get("risk_assessed", [])]
            if expected.level.value not in reached:
                return (
                    f"level {reached[-1] if reached else 'none'}, expected {expected.level.value}"
                )
        if expected.outcome is not None and done.detail != expected.outcome.value:
            return f"outcome {done.detail}, expected {expected.outcome.value}"
        if expected.not_before_s is not None:
            accepted = self._first("accepted")
            ended = self._first("ended") or done
            if accepted is not None and ended.at_s - accepted.at_s < expected.not_before_s:
                return f"ended after {ended.at_s - accepted.at_s:g} s, too soon"
        return None

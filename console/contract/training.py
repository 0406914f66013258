"""The simulator's training API (/_sim/training): what training mode asks and is told.

Not part of the routing contract v1 (a real backend has no training mode): only the embedded
simulator serves it, on loopback. Shared here so the simulator and the console's training
client agree on the shapes.
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from console.contract.enums import AgeGroup, Channel

# The languages a scenario is written in; the console maps its own onto these.
ScenarioLanguage = Literal["nb", "se", "en"]
TrainingStatus = Literal["idle", "waiting", "running", "finished"]


class LocalText(BaseModel):
    """One text in every scenario language (a scenario file must give all three)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    nb: str = Field(min_length=1, max_length=2000)
    se: str = Field(min_length=1, max_length=2000)
    en: str = Field(min_length=1, max_length=2000)

    def pick(self, language: ScenarioLanguage) -> str:
        text: str = getattr(self, language)
        return text


class SpokenCheck(BaseModel):
    """Something said out loud that the console cannot see; the trainee marks it done."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]{0,40}$")
    label: LocalText


class ScenarioInfo(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    title: LocalText
    summary: LocalText
    channel: Channel
    age_group: AgeGroup
    checks: list[SpokenCheck] = []


class StartTraining(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scenario_id: str = Field(min_length=1, max_length=80)
    language: ScenarioLanguage = "nb"


class MarkCheck(BaseModel):
    model_config = ConfigDict(extra="forbid")

    check_id: str = Field(min_length=1, max_length=41)


class CallerLine(BaseModel):
    """What the caller says (shown in the training panel for calls; chats get real messages)."""

    at_s: float
    text: str


class Step(BaseModel):
    """One thing that happened, seconds after the scenario started."""

    at_s: float
    what: str  # offered, accepted, replied, risk_flagged, help_requested, transfer_started, ...
    detail: str | None = None


class ExpectationResult(BaseModel):
    action: str
    why: LocalText
    target: str | None = None  # transfer target, for transfer actions
    check: str | None = None  # the spoken check's id, for check actions
    met: bool
    at_s: float | None = None  # when it was done, seconds after the scenario started
    limit_s: float | None = None  # the time it should have been done within
    note: str | None = None  # what fell short (in English: the console shows `why` and words)


class Debrief(BaseModel):
    scenario_id: str
    title: LocalText
    language: ScenarioLanguage
    steps: list[Step]
    expectations: list[ExpectationResult]
    time_to_accept_s: float | None = None
    time_to_flag_s: float | None = None
    time_to_transfer_s: float | None = None

    @property
    def met(self) -> int:
        return sum(1 for e in self.expectations if e.met)


class TrainingState(BaseModel):
    status: TrainingStatus = "idle"
    scenario_id: str | None = None
    caller_lines: list[CallerLine] = []
    checks_done: list[str] = []
    debrief: Debrief | None = None

"""Training scenario files (resources/scenarios/*.toml): their schema and a loader that says
exactly what is wrong (file, line or field) so trainers can write them without code.

docs/training-scenarios.md is the authoring guide; this module is the authority it follows.
"""

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from console.contract.enums import AgeGroup, Channel, OutcomeCode, RiskLevel
from console.contract.training import LocalText, ScenarioInfo, SpokenCheck
from console.paths import resources_dir

TARGETS = ("legevakt", "amk", "alarmtelefonen")
ORGS = ("kirkens-sos", "mental-helse", "kors-paa-halsen", "alarmtelefonen")
# What the trainee (or the caller) did, as the runner names it. `check:<id>` marks a spoken
# check; `start` is the moment the trainee pressed Start.
EVENTS = (
    "start",
    "offered",
    "accepted",
    "replied",
    "risk_flagged",
    "risk_assessed",  # the trainee's assessment gave a level (detail: the level)
    "consent_recorded",  # consent to lift anonymity was recorded (detail: the answer)
    "help_requested",
    "transfer_started",
    "transfer_answered",
    "transfer_completed",
    "transfer_failed",
    "transfer_canceled",
    "caller_left",
    "ended",
    "wrapped_up",
)
Action = Literal[
    "accept",
    "reply",
    "flag_risk",
    "ask_help",
    "assess_risk",
    "record_consent",
    "transfer",
    "complete_transfer",
    "check",
    "wrap_up",
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _known_event(value: str) -> str:
    name = value.split(":", 1)[0]
    if value.startswith("check:") and len(value) > 6:
        return value
    if name not in EVENTS:
        raise ValueError(f"unknown event {value!r}; use one of {', '.join(EVENTS)} or check:<id>")
    return value


class Contact(Strict):
    channel: Channel
    age_group: AgeGroup
    org_id: Literal["kirkens-sos", "mental-helse", "kors-paa-halsen", "alarmtelefonen"]
    # "trainee": the caller writes in the trainee's language; or a fixed one (a Sámi speaker).
    language: Literal["trainee", "nb", "se", "en"] = "trainee"
    arrive_after_s: float = Field(default=2.0, ge=0, le=600)
    patience_s: float | None = Field(default=None, gt=0, le=3600)


class TargetBehaviour(Strict):
    outcome: Literal["answer", "busy", "no_answer", "reject"] = "answer"
    answer_delay_s: float | None = Field(default=None, ge=0, le=600)


class TimelineEntry(Strict):
    """A caller action: `at_s` seconds after `after` happened, unless one of `unless` has."""

    after: str = "accepted"
    at_s: float = Field(default=0, ge=0, le=3600)
    unless: list[str] = []
    target: str | None = None  # only after this transfer target's transfer event
    say: LocalText | None = None
    hang_up: bool = False

    @model_validator(mode="after")
    def _sensible(self) -> "TimelineEntry":
        _known_event(self.after)
        for name in self.unless:
            _known_event(name)
        if self.say is None and not self.hang_up:
            raise ValueError("a timeline entry must `say` something or `hang_up`")
        if self.target is not None and self.target not in TARGETS:
            raise ValueError(f"unknown target {self.target!r}; use one of {', '.join(TARGETS)}")
        return self


class Expected(Strict):
    """A good action and how the debrief judges it."""

    action: Action
    why: LocalText
    within_s: float | None = Field(default=None, gt=0, le=3600)
    target: str | None = None
    municipality: str | None = Field(default=None, pattern=r"^[0-9]{4}$")
    check: str | None = None
    before: str | None = None
    outcome: OutcomeCode | None = None
    level: RiskLevel | None = None  # for assess_risk: the level the assessment should reach
    not_before_s: float | None = Field(default=None, gt=0, le=3600)

    @model_validator(mode="after")
    def _complete(self) -> "Expected":
        if self.action in ("transfer", "complete_transfer") and self.target not in TARGETS:
            raise ValueError(f"{self.action} needs a target: one of {', '.join(TARGETS)}")
        if self.action == "check" and not self.check:
            raise ValueError("a check needs `check` = the id of one of the scenario's checks")
        if self.before is not None:
            _known_event(self.before)
        return self


class Scenario(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{2,60}$")
    # The Sámi text of a scenario is written by the project until a native speaker reviews it.
    se_review: Literal["needs native review", "reviewed"] = "needs native review"
    title: LocalText
    summary: LocalText
    contact: Contact
    targets: dict[Literal["legevakt", "amk", "alarmtelefonen"], TargetBehaviour] = {}
    # When the trainee asks for help, a simulated supervisor acknowledges after this long
    # (the trainee sees "Supervisor is coming"); none: nobody answers, which is practice too.
    supervisor_answers_after_s: float | None = Field(default=5.0, ge=0, le=600)
    checks: list[SpokenCheck] = []
    timeline: list[TimelineEntry] = Field(min_length=1)
    expected: list[Expected] = Field(min_length=1)

    @model_validator(mode="after")
    def _checks_exist(self) -> "Scenario":
        known = {check.id for check in self.checks}
        wanted = {e.check for e in self.expected if e.check}
        wanted |= {
            name[6:]
            for t in self.timeline
            for name in (t.after, *t.unless)
            if name.startswith("check:")
        }
        missing = sorted(wanted - known)
        if missing:
            raise ValueError(f"checks used but not declared in [[checks]]: {', '.join(missing)}")
        return self

    def info(self) -> ScenarioInfo:
        return ScenarioInfo(
            id=self.id,
            title=self.title,
            summary=self.summary,
            channel=self.contact.channel,
            age_group=self.contact.age_group,
            checks=self.checks,
        )


class ScenarioError(ValueError):
    """A scenario file that cannot be used; the message names the file and where."""


def _where(location: tuple[int | str, ...]) -> str:
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def load_scenario(path: Path) -> Scenario:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ScenarioError(f"{path.name}: cannot be read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ScenarioError(f"{path.name}: not valid TOML ({error})") from None
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as error:
        problems = [
            f"{_where(tuple(e['loc']))}: {e['msg'].removeprefix('Value error, ')}"
            for e in error.errors()
        ]
        raise ScenarioError(f"{path.name}: " + "; ".join(problems)) from None
    if scenario.id != path.stem:
        raise ScenarioError(f"{path.name}: id {scenario.id!r} must match the file name")
    return scenario


def scenario_dir() -> Path:
    return resources_dir() / "scenarios"


def load_scenarios(folder: Path | None = None) -> dict[str, Scenario]:
    """Every scenario in the folder, by id; the first bad file stops the load with its reason."""
    found = {}
    for path in sorted((folder or scenario_dir()).glob("*.toml")):
        scenario = load_scenario(path)
        found[scenario.id] = scenario
    return found

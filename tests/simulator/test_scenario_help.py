"""The demo scenario: colleagues ask their supervisor for help (and flag risk), bounded, seeded."""

import types
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from pydantic import BaseModel

from console.contract.enums import INTERACTION_OPEN_STATES
from console.contract.resources import Interaction
from console.simulator import clock as clock_module
from console.simulator.config import SimConfig
from console.simulator.runtime import Simulator
from console.simulator.scenario import HELP_WAITS, MAX_OPEN_HELP_REQUESTS, ScenarioEngine

SUPERVISOR = "demo-supervisor"
STEP_S = 5
MINUTES = 40


class _StoppedDatetime(datetime):
    @classmethod
    def now(cls, tz: object = None) -> "_StoppedDatetime":
        return cls(2026, 12, 6, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def stopped_wall_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the simulated clock moves, so a seed gives the same shift to the microsecond."""
    monkeypatch.setattr(clock_module, "time", types.SimpleNamespace(monotonic=lambda: 1000.0))
    monkeypatch.setattr(clock_module, "datetime", _StoppedDatetime)


@dataclass
class Shift:
    raised: list[tuple[str, str, str]] = field(default_factory=list)  # agent, contact, kind
    help_at: dict[str, float] = field(default_factory=dict)  # contact -> when help was asked
    closed_at: dict[str, float] = field(default_factory=dict)
    most_open: int = 0


def _run_demo(seed: int, acknowledge: bool) -> Shift:
    """A demo shift on the simulated clock, a supervisor answering help requests or not."""
    sim = Simulator.create(SimConfig(scenario="demo", seed=seed))
    scenario = ScenarioEngine(sim)
    shift = Shift()
    elapsed = 0.0
    flags: dict[str, tuple[bool, bool]] = {}

    def on_event(event_type: str, data: BaseModel) -> None:
        if not isinstance(data, Interaction):
            return
        if event_type == "interaction.closed":
            shift.closed_at[data.id] = elapsed
        before = flags.get(data.id, (False, False))
        flags[data.id] = (data.flags.help_requested, data.flags.risk)
        if data.flags.help_requested and not before[0]:
            shift.raised.append((str(data.agent_id), data.id, "help"))
            shift.help_at[data.id] = elapsed
        if data.flags.risk and not before[1]:
            shift.raised.append((str(data.agent_id), data.id, "risk"))

    sim.engine.listeners.append(on_event)
    scenario.start()
    sim.engine.sign_in(SUPERVISOR)
    for _ in range(MINUTES * 60 // STEP_S):
        elapsed += STEP_S
        sim.clock.advance(STEP_S)
        sim.scheduler.run_due()
        shift.most_open = max(shift.most_open, scenario.open_bot_help_requests())
        if acknowledge:
            for ix in list(sim.engine.interactions.values()):
                waiting = ix.flags.help_requested and not ix.flags.help_acknowledged
                if waiting and ix.state in INTERACTION_OPEN_STATES:
                    sim.engine.acknowledge_help(SUPERVISOR, ix.id)
    return shift


def _minutes_open(shift: Shift) -> list[float]:
    """How long each answered-or-not help request stayed before its contact closed."""
    return [
        (shift.closed_at[ix] - asked) / 60
        for ix, asked in shift.help_at.items()
        if ix in shift.closed_at
    ]


def test_colleagues_ask_for_help_and_flag_risk_within_bounds() -> None:
    shift = _run_demo(seed=1, acknowledge=False)
    assert {kind for _agent, _ix, kind in shift.raised} == {"help", "risk"}, shift.raised
    assert all(agent.startswith("vol-") for agent, _ix, _kind in shift.raised)
    assert 1 <= shift.most_open <= MAX_OPEN_HELP_REQUESTS
    assert len(shift.help_at) < 40, "a share of contacts, not every one"
    # Unanswered, a colleague waits for the supervisor a while, but not for ever.
    waited = _minutes_open(shift)
    assert waited and min(waited) >= HELP_WAITS * 20 / 60
    assert max(waited) <= 12


def test_a_supervisor_answering_lets_colleagues_carry_on_sooner() -> None:
    answered = _minutes_open(_run_demo(seed=1, acknowledge=True))
    unanswered = _minutes_open(_run_demo(seed=1, acknowledge=False))
    assert answered and max(answered) < min(unanswered)


def test_the_same_seed_gives_the_same_requests() -> None:
    first = _run_demo(seed=7, acknowledge=False).raised
    assert first and first == _run_demo(seed=7, acknowledge=False).raised

"""Scenario engine: seeded random traffic and simulated colleagues.

`quiet` makes nothing happen by itself (tests drive everything through /_sim/). `demo` brings
callers and chatters at a realistic mix and puts the simulated colleagues on shift, so the
console and the supervisor view have something true to show. `busy` is demo at a higher rate.

Colleagues now and then flag risk or ask the supervisor for help, so a supervisor can practise
answering: seeded like everything else, and bounded (a share of their contacts, a few
unanswered requests at a time). A colleague who asked for help waits a while for the answer
before ending the contact.
"""

import contextlib
import json
import random
from collections.abc import Callable
from datetime import timedelta
from functools import cache
from typing import TypeVar

from pydantic import BaseModel

from console.contract.enums import (
    INTERACTION_OPEN_STATES,
    AgeGroup,
    Channel,
    FlagKind,
    OutcomeCode,
    Presence,
    Sender,
)
from console.contract.requests import FlagRequest, WrapUpRequest
from console.contract.resources import Interaction, Message, Offer
from console.paths import resources_dir
from console.simulator.admin import pick_org
from console.simulator.admin_models import InjectInteractionRequest
from console.simulator.clock import TimerHandle
from console.simulator.directory import USERS
from console.simulator.history import HistoryGenerator
from console.simulator.problems import ApiProblem
from console.simulator.runtime import Simulator

SCENARIOS = ("quiet", "demo", "busy")
DEMO_HISTORY_CONTACTS = 6000
DEMO_HISTORY_DAYS = 60

Action = Callable[[], object]
T = TypeVar("T")

AGE_MIX = [(AgeGroup.CHILD_YOUTH, 0.35), (AgeGroup.ADULT, 0.5), (AgeGroup.UNKNOWN, 0.15)]
CHANNEL_MIX = [(Channel.CHAT, 0.55), (Channel.VOICE, 0.45)]
LANGUAGE_MIX = [("nb", 0.72), ("nn", 0.1), ("en", 0.1), ("se", 0.08)]

HELP_CHANCE = 0.1  # share of a colleague's contacts on which they ask the supervisor for help
RISK_CHANCE = 0.05  # share on which they flag risk
MAX_OPEN_HELP_REQUESTS = 2  # unanswered help requests from colleagues at any one time
HELP_WAITS = 8  # times (20-40 s each) a colleague waits for an answer before ending anyway


@cache
def chat_library() -> dict[str, list[str]]:
    path = resources_dir() / "simulator" / "chat-library.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _weighted(rng: random.Random, mix: list[tuple[T, float]]) -> T:
    return rng.choices([m[0] for m in mix], weights=[m[1] for m in mix])[0]


class ScenarioEngine:
    """Seeded traffic and colleagues; its listener and timers run on the server's event loop."""

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim
        self.rng = random.Random(sim.config.seed)
        self.active = sim.config.scenario in ("demo", "busy")
        self._arrival: TimerHandle | None = None
        self._lines_sent: dict[str, int] = {}
        if sim.config.scenario == "busy" and sim.config.arrivals_per_minute == 6.0:
            sim.config.arrivals_per_minute = 20.0

    @property
    def bots(self) -> list[str]:
        return [uid for uid, user in USERS.items() if not user.signs_in]

    def start(self) -> None:
        if self.sim.config.scenario not in SCENARIOS:
            raise ValueError(f"unknown scenario {self.sim.config.scenario!r}; use {SCENARIOS}")
        if not self.active:
            return
        self.sim.engine.listeners.append(self._on_event)
        for bot in self.bots:
            self.sim.engine.sign_in(bot)
            if self.rng.random() < 0.8:
                self.sim.engine.set_presence(bot, Presence.AVAILABLE)
        for _ in range(3):
            self._arrive(schedule_next=False)
        self._schedule_arrival()
        # A coordinator signing in to the demo finds two months of (fictional) statistics.
        self.sim.scheduler.call_later(2.0, self._demo_history)

    def _demo_history(self) -> None:
        today = self.sim.clock.now().date()
        rows = HistoryGenerator(self.sim.engine.forms, self.sim.config.seed).rows(
            DEMO_HISTORY_CONTACTS, today - timedelta(days=DEMO_HISTORY_DAYS - 1), today
        )
        for row in rows:
            self.sim.engine.records.add(row)

    async def stop(self) -> None:
        if self._arrival is not None:
            self._arrival.cancel()
        if self._on_event in self.sim.engine.listeners:
            self.sim.engine.listeners.remove(self._on_event)

    def _later(self, low: float, high: float, action: Action) -> None:
        self.sim.scheduler.call_later(self.rng.uniform(low, high), action)

    def _schedule_arrival(self) -> None:
        rate = self.sim.config.arrivals_per_minute
        if rate <= 0:
            self._arrival = self.sim.scheduler.call_later(5.0, self._schedule_arrival)
            return
        delay = self.rng.expovariate(rate / 60.0)
        self._arrival = self.sim.scheduler.call_later(delay, self._arrive)

    def _arrive(self, schedule_next: bool = True) -> None:
        request = InjectInteractionRequest(
            channel=_weighted(self.rng, CHANNEL_MIX),
            age_group=_weighted(self.rng, AGE_MIX),
            language=_weighted(self.rng, LANGUAGE_MIX),
            patience_s=self.rng.uniform(60, 300),
        )
        self.sim.engine.inject(request, pick_org(self.rng, request))
        if schedule_next:
            self._schedule_arrival()

    # ------------------------------------------------------------- reactions

    def _on_event(self, event_type: str, data: BaseModel) -> None:
        if isinstance(data, Offer) and event_type == "offer.created":
            if data.agent_id in self.bots:
                self._bot_offer(data)
        elif isinstance(data, Interaction) and data.agent_id is not None:
            if data.agent_id in self.bots:
                self._bot_interaction(event_type, data)
            else:
                self._caller_with_human(event_type, data)
        elif (
            isinstance(data, Message)
            and event_type == "message.created"
            and data.sender is Sender.AGENT
        ):
            self._later(3, 9, lambda: self._chatter_writes(data.interaction_id))

    def _bot_offer(self, offer: Offer) -> None:
        if self.rng.random() < 0.05:
            return  # the colleague misses it: the offer expires and goes to someone else
        self._later(
            2, 6, lambda: self._safely(lambda: self.sim.engine.accept(offer.agent_id, offer.id))
        )

    def _bot_interaction(self, event_type: str, interaction: Interaction) -> None:
        agent_id = interaction.agent_id
        assert agent_id is not None
        engine = self.sim.engine
        if event_type == "interaction.connected":
            if self.rng.random() < RISK_CHANCE:
                self._later(5, 25, lambda: self._bot_flags(agent_id, interaction.id, FlagKind.RISK))
            if self.rng.random() < HELP_CHANCE:
                self._later(
                    5, 25, lambda: self._bot_flags(agent_id, interaction.id, FlagKind.HELP_REQUEST)
                )
            self._later(30, 180, lambda: self._bot_ends(agent_id, interaction.id, waits=0))
        elif event_type in ("interaction.wrap_up_started", "interaction.remote_ended"):
            request = WrapUpRequest(outcome_code=OutcomeCode.SUPPORTED)
            self._later(
                5,
                20,
                lambda: self._safely(lambda: engine.wrap_up(agent_id, interaction.id, request)),
            )
        elif event_type == "interaction.closed" and self.rng.random() < 0.15:
            engine.set_presence(agent_id, Presence.BREAK)
            self._later(
                60,
                240,
                lambda: self._safely(lambda: engine.set_presence(agent_id, Presence.AVAILABLE)),
            )

    def open_bot_help_requests(self) -> int:
        return sum(
            1
            for ix in self.sim.engine.interactions.values()
            if ix.agent_id in self.bots
            and ix.state in INTERACTION_OPEN_STATES
            and ix.flags.help_requested
            and not ix.flags.help_acknowledged
        )

    def _bot_flags(self, agent_id: str, interaction_id: str, kind: FlagKind) -> None:
        if kind is FlagKind.HELP_REQUEST and (
            self.open_bot_help_requests() >= MAX_OPEN_HELP_REQUESTS
        ):
            return  # enough is waiting for the supervisor already
        request = FlagRequest(kind=kind)
        self._safely(lambda: self.sim.engine.flag(agent_id, interaction_id, request))

    def _bot_ends(self, agent_id: str, interaction_id: str, waits: int) -> None:
        interaction = self.sim.engine.interactions.get(interaction_id)
        if (
            interaction is not None
            and interaction.flags.help_requested
            and not interaction.flags.help_acknowledged
            and waits < HELP_WAITS
        ):
            # Still waiting for the supervisor: the request stays on the team view meanwhile.
            self._later(20, 40, lambda: self._bot_ends(agent_id, interaction_id, waits + 1))
            return
        self._safely(lambda: self.sim.engine.end(agent_id, interaction_id))

    def _caller_with_human(self, event_type: str, interaction: Interaction) -> None:
        if event_type != "interaction.connected":
            return
        if interaction.channel is Channel.CHAT:
            self._later(1, 3, lambda: self._chatter_writes(interaction.id))
        else:
            self._later(
                180,
                600,
                lambda: self._safely(lambda: self.sim.engine.caller_abandons(interaction.id)),
            )

    def _chatter_writes(self, interaction_id: str) -> None:
        interaction = self.sim.engine.interactions.get(interaction_id)
        if interaction is None or interaction.agent_id in self.bots:
            return
        lines = chat_library().get(interaction.language) or chat_library()["nb"]
        sent = self._lines_sent.get(interaction_id, 0)
        if sent >= len(lines):
            return
        self._lines_sent[interaction_id] = sent + 1
        self._safely(lambda: self.sim.engine.remote_message(interaction_id, lines[sent]))

    @staticmethod
    def _safely(action: Action) -> None:
        """A scripted party acts on a world that may have moved on: a refusal is normal."""
        with contextlib.suppress(ApiProblem):
            action()

"""Scenario engine: seeded random traffic and simulated colleagues.

`quiet` makes nothing happen by itself (tests drive everything through /_sim/). `demo` brings
callers and chatters at a realistic mix and puts the simulated colleagues on shift, so the
console and the supervisor view have something true to show. `busy` is demo at a higher rate.
"""

import contextlib
import json
import random
from collections.abc import Callable
from functools import cache
from typing import TypeVar

from pydantic import BaseModel

from console.contract.enums import AgeGroup, Channel, OutcomeCode, Presence, Sender
from console.contract.requests import WrapUpRequest
from console.contract.resources import Interaction, Message, Offer
from console.paths import resources_dir
from console.simulator.admin import pick_org
from console.simulator.admin_models import InjectInteractionRequest
from console.simulator.clock import TimerHandle
from console.simulator.directory import USERS
from console.simulator.problems import ApiProblem
from console.simulator.runtime import Simulator

SCENARIOS = ("quiet", "demo", "busy")

Action = Callable[[], object]
T = TypeVar("T")

AGE_MIX = [(AgeGroup.CHILD_YOUTH, 0.35), (AgeGroup.ADULT, 0.5), (AgeGroup.UNKNOWN, 0.15)]
CHANNEL_MIX = [(Channel.CHAT, 0.55), (Channel.VOICE, 0.45)]
LANGUAGE_MIX = [("nb", 0.72), ("nn", 0.1), ("en", 0.1), ("se", 0.08)]


@cache
def chat_library() -> dict[str, list[str]]:
    path = resources_dir() / "simulator" / "chat-library.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _weighted(rng: random.Random, mix: list[tuple[T, float]]) -> T:
    return rng.choices([m[0] for m in mix], weights=[m[1] for m in mix])[0]


class ScenarioEngine:
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
            self._later(30, 180, lambda: self._safely(lambda: engine.end(agent_id, interaction.id)))
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

"""Synthetic load for benchmarks: a large team and many queues changing at a fixed rate.

The events are real contract events (team.agent_changed, queue.stats_changed) on a real
stream; only the people behind them are invented. They follow the contract like any other
resource: each synthetic volunteer and queue is kept in the engine (so a snapshot after a
resync shows the same team the events did), its version goes up by one on every change, across
as many loads as a benchmark asks for, and a volunteer keeps their name. Bounded in rate and
duration.
"""

import asyncio
import random
from collections import deque
from datetime import datetime, timedelta

from console.contract.enums import AgeGroup, Channel, Presence, RoutingState
from console.contract.resources import Organisation, QueueStats, TeamMember
from console.simulator.admin_models import LoadRequest
from console.simulator.engine import Engine
from console.simulator.engine_base import bump
from console.simulator.runtime import Simulator

ORG = Organisation(id="load", name="Load test")
STATES = list(RoutingState)
PRESENCES = [Presence.AVAILABLE, Presence.BUSY, Presence.BREAK]


def load_member_id(index: int) -> str:
    return f"load-{index:04d}"


def _member_change(engine: Engine, index: int, rng: random.Random, now: datetime) -> TeamMember:
    """The volunteer's next state: new the first time, else one change on what they had."""
    member_id = load_member_id(index)
    old = engine.team.get(member_id)
    if old is None:
        return TeamMember(
            id=member_id,
            version=1,
            display_name=f"Volunteer {index:04d}",
            org=ORG,
            presence=rng.choice(PRESENCES),
            presence_since=now,
            routing_state=rng.choice(STATES),
            routing_state_since=now,
            languages=["nb"],
        )
    if rng.random() < 0.2:
        return bump(old, presence=rng.choice(PRESENCES), presence_since=now)
    return bump(old, routing_state=rng.choice(STATES), routing_state_since=now)


def _queue_change(engine: Engine, qid: int, rng: random.Random, now: datetime) -> QueueStats:
    queue_id = f"load.{qid}"
    old = engine.synthetic_queues.get(queue_id)
    numbers = {
        "waiting": rng.randrange(10),
        "oldest_enqueued_at": now - timedelta(seconds=rng.randrange(600)),
        "agents_available": rng.randrange(20),
    }
    if old is None:
        age_group, channel = rng.choice(list(AgeGroup)), rng.choice(list(Channel))
        return QueueStats(id=queue_id, version=1, age_group=age_group, channel=channel, **numbers)
    return bump(old, **numbers)


async def synthetic_load(sim: Simulator, request: LoadRequest) -> None:
    rng = random.Random(7)
    engine = sim.engine
    total = int(request.events_per_s * request.seconds)
    batch = max(1, int(request.events_per_s / 100))  # emit in 10 ms slices
    hub = engine.hub
    # The team signs in first, in order: every volunteer not yet seen gets their first event
    # before anyone changes at random, so a load of N shows N rows once N events are out.
    unseen = deque(i for i in range(request.team_size) if load_member_id(i) not in engine.team)
    loop = asyncio.get_running_loop()
    start = loop.time()
    for sent in range(0, total, batch):
        now = sim.clock.now()
        for _ in range(min(batch, total - sent)):
            if request.queues and rng.random() < 0.1:
                stats = _queue_change(engine, rng.randrange(request.queues), rng, now)
                engine.synthetic_queues[stats.id] = stats
                hub.publish(request.agent_id, "queue.stats_changed", f"queues/{stats.id}", stats)
            else:
                index = unseen.popleft() if unseen else rng.randrange(request.team_size)
                member = _member_change(engine, index, rng, now)
                engine.team[member.id] = member
                hub.publish(request.agent_id, "team.agent_changed", f"team/{member.id}", member)
        target = start + (sent + batch) / request.events_per_s
        await asyncio.sleep(max(0.0, target - loop.time()))

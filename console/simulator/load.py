"""Synthetic load for benchmarks: a large team and many queues changing at a fixed rate.

The events are real contract events (team.agent_changed, queue.stats_changed) on a real
stream; only the people behind them are invented. Bounded in rate and duration.
"""

import asyncio
import itertools
import random
from datetime import timedelta

from console.contract.enums import AgeGroup, Channel, Presence, RoutingState
from console.contract.resources import Organisation, QueueStats, TeamMember
from console.simulator.admin_models import LoadRequest
from console.simulator.runtime import Simulator

ORG = Organisation(id="load", name="Load test")
STATES = list(RoutingState)
PRESENCES = [Presence.AVAILABLE, Presence.BUSY, Presence.BREAK]


async def synthetic_load(sim: Simulator, request: LoadRequest) -> None:
    rng = random.Random(7)
    versions = itertools.count(1_000_000)
    total = int(request.events_per_s * request.seconds)
    batch = max(1, int(request.events_per_s / 100))  # emit in 10 ms slices
    hub = sim.engine.hub
    loop = asyncio.get_running_loop()
    start = loop.time()
    for sent in range(0, total, batch):
        now = sim.clock.now()
        for _ in range(min(batch, total - sent)):
            if request.queues and rng.random() < 0.1:
                qid = rng.randrange(request.queues)
                stats = QueueStats(
                    id=f"load.{qid}",
                    version=next(versions),
                    age_group=rng.choice(list(AgeGroup)),
                    channel=rng.choice(list(Channel)),
                    waiting=rng.randrange(10),
                    oldest_enqueued_at=now - timedelta(seconds=rng.randrange(600)),
                    agents_available=rng.randrange(20),
                )
                hub.publish(request.agent_id, "queue.stats_changed", f"queues/{stats.id}", stats)
            else:
                member = TeamMember(
                    id=f"load-{rng.randrange(request.team_size):04d}",
                    version=next(versions),
                    display_name=f"Volunteer {rng.randrange(request.team_size):04d}",
                    org=ORG,
                    presence=rng.choice(PRESENCES),
                    presence_since=now,
                    routing_state=rng.choice(STATES),
                    routing_state_since=now,
                    languages=["nb"],
                )
                hub.publish(request.agent_id, "team.agent_changed", f"team/{member.id}", member)
        target = start + (sent + batch) / request.events_per_s
        await asyncio.sleep(max(0.0, target - loop.time()))

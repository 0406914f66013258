"""The simulator's parts, wired together: one object per running simulator."""

import asyncio
import random
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from console.contract.resources import ResourceDirectory
from console.simulator.clock import Scheduler, SimClock
from console.simulator.config import SimConfig
from console.simulator.engine import Engine
from console.simulator.identity import IdentityProvider
from console.simulator.middleware import CommandRecord, Faults
from console.simulator.resource_directory import load_directory


@dataclass
class Simulator:
    config: SimConfig
    clock: SimClock
    scheduler: Scheduler
    engine: Engine
    identity: IdentityProvider
    directory: ResourceDirectory
    faults: Faults = field(default_factory=Faults)
    command_log: deque[CommandRecord] = field(default_factory=lambda: deque(maxlen=10_000))
    scenario_rng: random.Random = field(default_factory=random.Random)
    background: set["asyncio.Task[None]"] = field(default_factory=set)

    @classmethod
    def create(cls, config: SimConfig) -> "Simulator":
        clock = SimClock()
        scheduler = Scheduler(clock)
        return cls(
            config=config,
            clock=clock,
            scheduler=scheduler,
            engine=Engine(config, clock, scheduler),
            identity=IdentityProvider(config, clock),
            directory=load_directory(
                Path(config.directory_folder) if config.directory_folder else None
            ),
            scenario_rng=random.Random(config.seed),
        )

"""Simulator-only admin API under /_sim/ (left out of the public OpenAPI document).

Tests, the demo and training mode use it to make the world happen: callers arrive, write and
hang up; networks fail; time passes.
"""

import asyncio
import random
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from console.contract.enums import Channel
from console.contract.problems import ProblemType
from console.contract.resources import Interaction, Message, TransferTarget
from console.simulator.admin_models import (
    AgentPresenceRequest,
    ClockAdvanceRequest,
    FaultsRequest,
    InjectInteractionRequest,
    LoadRequest,
    RawEventRequest,
    RemoteMessageRequest,
    SimSettingsRequest,
    TargetBehaviourRequest,
)
from console.simulator.directory import ORG_WEIGHTS, ORGANISATIONS
from console.simulator.load import synthetic_load
from console.simulator.media.server import MediaServer
from console.simulator.problems import ApiProblem
from console.simulator.runtime import Simulator

router = APIRouter(prefix="/_sim", include_in_schema=False)


async def _sim(request: Request) -> Simulator:
    sim: Simulator = request.app.state.sim
    return sim


Sim = Annotated[Simulator, Depends(_sim)]


def pick_org(rng: random.Random, request: InjectInteractionRequest) -> str:
    if request.org_id is not None:
        if request.org_id not in ORGANISATIONS:
            raise ApiProblem(ProblemType.VALIDATION_FAILED, "unknown org_id")
        return request.org_id
    choices = ORG_WEIGHTS[request.age_group]
    return rng.choices([c[0] for c in choices], weights=[c[1] for c in choices])[0]


@router.post("/interactions", response_model=Interaction, status_code=201)
async def inject(sim: Sim, body: InjectInteractionRequest, request: Request) -> Interaction:
    interaction = sim.engine.inject(body, pick_org(sim.scenario_rng, body))
    if body.caller_tone_hz is not None:
        sim.engine.caller_tones[interaction.id] = body.caller_tone_hz
    if body.channel is Channel.VOICE:
        request.app.state.media.watch(interaction.id)
    return interaction


@router.get("/interactions/{interaction_id}/media")
async def media_analysis(interaction_id: str, request: Request) -> dict[str, float | None]:
    """What the caller and the transfer target heard over the last second (null: silence)."""
    media: MediaServer = request.app.state.media
    return media.analysis(interaction_id)


@router.post("/interactions/{interaction_id}/messages", response_model=Message, status_code=201)
async def remote_message(sim: Sim, interaction_id: str, body: RemoteMessageRequest) -> Message:
    return sim.engine.remote_message(interaction_id, body.text)


@router.post("/interactions/{interaction_id}/hangup", response_model=Interaction)
async def hangup(sim: Sim, interaction_id: str) -> Interaction:
    return sim.engine.caller_abandons(interaction_id)


@router.post("/events/raw")
async def raw_event(sim: Sim, body: RawEventRequest) -> dict[str, int]:
    sim.engine.agent(body.agent_id)
    try:
        event_id = sim.engine.hub.publish_raw(
            body.agent_id, body.event_type, body.payload, stamp_id=body.stamp_id
        )
    except (ValueError, TypeError):  # stamp_id with a payload that is no JSON object
        raise ApiProblem(ProblemType.VALIDATION_FAILED, "stamp_id needs a JSON object") from None
    return {"id": event_id}


@router.post("/streams/drop")
async def drop_streams(sim: Sim, agent_id: str | None = None) -> dict[str, int]:
    return {"dropped": sim.engine.hub.drop_all(agent_id)}


@router.post("/faults")
async def set_faults(sim: Sim, body: FaultsRequest) -> dict[str, Any]:
    sim.faults.fail_next = body.fail_next
    sim.faults.fail_status = body.status
    sim.faults.latency_s = body.latency_s
    return {"fail_next": body.fail_next, "status": body.status, "latency_s": body.latency_s}


@router.post("/tokens/expire")
async def expire_tokens(sim: Sim) -> dict[str, int]:
    return {"expired": sim.identity.expire_access_tokens()}


@router.post("/tokens/revoke-refresh")
async def revoke_refresh(sim: Sim) -> dict[str, int]:
    return {"revoked": sim.identity.revoke_all_refresh_tokens()}


@router.post("/clock/advance")
async def advance_clock(sim: Sim, body: ClockAdvanceRequest) -> dict[str, str]:
    sim.clock.advance(body.seconds)
    sim.scheduler.run_due()
    return {"now": sim.clock.now().isoformat()}


@router.get("/commands")
async def commands(sim: Sim) -> list[dict[str, Any]]:
    return [record.as_dict() for record in sim.command_log]


@router.put("/targets/{target_id}", response_model=TransferTarget)
async def set_target(sim: Sim, target_id: str, body: TargetBehaviourRequest) -> TransferTarget:
    engine = sim.engine
    if target_id not in engine.targets:
        raise ApiProblem(ProblemType.NOT_FOUND, "unknown target")
    behaviour = engine.target_behaviour[target_id]
    behaviour.outcome = body.outcome
    behaviour.answer_delay_s = body.answer_delay_s
    target = engine.targets[target_id].model_copy(update={"available_now": body.available_now})
    engine.targets[target_id] = target
    return target


@router.put("/agents/{agent_id}/presence")
async def set_agent_presence(sim: Sim, agent_id: str, body: AgentPresenceRequest) -> dict[str, str]:
    agent = sim.engine.set_presence(agent_id, body.presence)
    return {"id": agent.id, "presence": agent.presence.value}


@router.post("/settings")
async def settings(sim: Sim, body: SimSettingsRequest) -> dict[str, Any]:
    changes = body.model_dump(exclude_none=True)
    for name, value in changes.items():
        setattr(sim.config, name, value)
    return changes


@router.get("/emissions")
def emissions(sim: Sim, event_type: str | None = None) -> list[dict[str, Any]]:
    """When each event went out (system monotonic clock, comparable across local processes)."""
    return [
        {"type": t, "id": rid, "monotonic": at}
        for t, rid, at in sim.engine.hub.emissions
        if event_type is None or t == event_type
    ]


@router.post("/load")
async def load(sim: Sim, body: LoadRequest) -> dict[str, int]:
    """Start a bounded burst of synthetic team/queue events on one stream (benchmarks)."""
    sim.engine.agent(body.agent_id)
    task = asyncio.get_running_loop().create_task(synthetic_load(sim, body))
    sim.background.add(task)
    task.add_done_callback(sim.background.discard)
    return {"events": int(body.events_per_s * body.seconds)}


@router.get("/stats")
async def stats(sim: Sim) -> dict[str, int]:
    engine = sim.engine
    return {
        "connections": engine.hub.connections(),
        "events_published": engine.hub.published,
        "timers": sim.scheduler.pending(),
        "interactions": len(engine.interactions),
        "offers": len(engine.offers),
        "transfers": len(engine.transfers),
        "commands_logged": len(sim.command_log),
        "logged_off_by_watchdog": len(engine.logged_off),
    }

"""Contact forms and statistics (public v1), and the history admin routes under /_sim/.

The statistics answer only for the coordinator's own organisation and only with suppressed
counts (console/contract/statistics.py says how); volunteers and supervisors get 403.
"""

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field, model_validator

from console.contract.enums import AgeGroup, Channel, Role
from console.contract.forms import ContactForm
from console.contract.problems import ProblemType
from console.contract.statistics import (
    GROUP_BY_PATTERN,
    STATISTICS_MAX_DAYS,
    GroupBy,
    StatisticsReport,
)
from console.simulator.api import AgentId, Sim, errors
from console.simulator.history import HISTORY_MAX_CONTACTS, HistoryGenerator
from console.simulator.problems import ApiProblem
from console.simulator.runtime import Simulator

router = APIRouter(prefix="/v1")
admin_router = APIRouter(prefix="/_sim", include_in_schema=False)


async def coordinator(sim: Sim, agent_id: AgentId) -> str:
    if Role.COORDINATOR not in sim.engine.agent(agent_id).roles:
        raise ApiProblem(ProblemType.FORBIDDEN, "statistics are for coordinators only")
    return agent_id


CoordinatorId = Annotated[str, Depends(coordinator)]


@router.get(
    "/contact-forms/current", response_model=ContactForm, responses=errors(), tags=["records"]
)
async def current_contact_form(sim: Sim, agent_id: AgentId) -> ContactForm:
    """The wrap-up form of this agent's organisation: the national core plus its own fields."""
    return sim.engine.forms.current(sim.engine.agent(agent_id).org.id)


@router.get(
    "/statistics",
    response_model=StatisticsReport,
    response_model_exclude_unset=True,
    responses=errors(403),
    tags=["records"],
)
async def get_statistics(
    sim: Sim,
    agent_id: CoordinatorId,
    first: Annotated[date, Query(alias="from", description="First local day (YYYY-MM-DD)")],
    last: Annotated[date, Query(alias="to", description="Last local day, inclusive")],
    group_by: Annotated[
        str | None,
        Query(
            pattern=GROUP_BY_PATTERN,
            max_length=60,
            description="Comma-separated: org_id, channel, age_group, day, hour",
        ),
    ] = None,
    channel: Annotated[Channel | None, Query(description="Only this channel")] = None,
    age_group: Annotated[AgeGroup | None, Query(description="Only this target group")] = None,
) -> StatisticsReport:
    """Contacts of the coordinator's organisation; counts 1 to 4 are sent as null."""
    if last < first or (last - first).days >= STATISTICS_MAX_DAYS:
        raise ApiProblem(
            ProblemType.VALIDATION_FAILED,
            f"query.to: must be on or after from, at most {STATISTICS_MAX_DAYS} days",
        )
    keys = [GroupBy(g) for g in group_by.split(",")] if group_by else []
    if len(set(keys)) != len(keys):
        raise ApiProblem(ProblemType.VALIDATION_FAILED, "query.group_by: a key is named twice")
    org_id = sim.engine.agent(agent_id).org.id
    return sim.engine.records.report(org_id, first, last, keys, channel, age_group)


class HistoryRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    contacts: int = Field(ge=0, le=HISTORY_MAX_CONTACTS)
    seed: int = 1
    first: date = Field(alias="from")
    last: date = Field(alias="to")

    @model_validator(mode="after")
    def _range(self) -> "HistoryRequest":
        if self.last < self.first or (self.last - self.first).days >= STATISTICS_MAX_DAYS:
            raise ValueError(f"to must be on or after from, at most {STATISTICS_MAX_DAYS} days")
        return self


async def _sim(request: Request) -> Simulator:
    sim: Simulator = request.app.state.sim
    return sim


AdminSim = Annotated[Simulator, Depends(_sim)]


@admin_router.post("/history")
async def make_history(sim: AdminSim, body: HistoryRequest) -> dict[str, int]:
    """Replace the completed contacts with a seeded history (same seed, same history)."""
    generator = HistoryGenerator(sim.engine.forms, body.seed)
    sim.engine.records.replace(generator.rows(body.contacts, body.first, body.last))
    return {"contacts": len(sim.engine.records.rows)}


@admin_router.get("/records")
async def raw_records(sim: AdminSim) -> list[dict[str, Any]]:
    """Every completed contact as stored, record included (simulator only, for checking)."""
    return [row.as_raw() for row in sim.engine.records.rows]

"""/_sim/training: list scenarios, start one for the trainee, mark spoken checks, read the state
and the debrief. Simulator-only (left out of the routing contract's OpenAPI document)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from console.contract.problems import ProblemType
from console.contract.training import MarkCheck, ScenarioInfo, StartTraining, TrainingState
from console.simulator.problems import ApiProblem
from console.simulator.runtime import Simulator
from console.simulator.training.runner import TrainingRunner
from console.simulator.training.schema import Scenario, ScenarioError, load_scenarios

router = APIRouter(prefix="/_sim/training", include_in_schema=False)


class TrainingService:
    """One trainee, one scenario at a time; the scenario files are read once, at start."""

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim
        self.runner: TrainingRunner | None = None
        self.error: str | None = None
        self.scenarios: dict[str, Scenario] = {}
        try:
            self.scenarios = load_scenarios()
        except ScenarioError as error:
            self.error = str(error)  # said to the trainee when they ask for scenarios

    def available(self) -> dict[str, Scenario]:
        if self.error is not None:
            raise ApiProblem(ProblemType.INTERNAL, f"training scenarios: {self.error}")
        return self.scenarios

    def start(self, request: StartTraining) -> TrainingRunner:
        scenario = self.available().get(request.scenario_id)
        if scenario is None:
            raise ApiProblem(ProblemType.NOT_FOUND, "unknown scenario")
        self.stop()
        self.runner = TrainingRunner(self.sim, scenario, request.language)
        self.runner.start()
        return self.runner

    def stop(self) -> None:
        if self.runner is not None:
            self.runner.stop()

    def state(self) -> TrainingState:
        return self.runner.state() if self.runner is not None else TrainingState()


async def _service(request: Request) -> TrainingService:
    service: TrainingService = request.app.state.training
    return service


Service = Annotated[TrainingService, Depends(_service)]


@router.get("/scenarios", response_model=list[ScenarioInfo])
async def scenarios(service: Service) -> list[ScenarioInfo]:
    return [scenario.info() for scenario in service.available().values()]


@router.post("/start", response_model=TrainingState, status_code=201)
async def start(service: Service, body: StartTraining) -> TrainingState:
    return service.start(body).state()


@router.post("/checks", response_model=TrainingState)
async def mark_check(service: Service, body: MarkCheck) -> TrainingState:
    runner = service.runner
    if runner is None:
        raise ApiProblem(ProblemType.ILLEGAL_TRANSITION, "no scenario is running")
    try:
        runner.mark_check(body.check_id)
    except KeyError:
        raise ApiProblem(ProblemType.NOT_FOUND, "unknown check") from None
    return runner.state()


@router.get("/state", response_model=TrainingState)
async def state(service: Service) -> TrainingState:
    return service.state()


@router.post("/stop", response_model=TrainingState)
async def stop(service: Service) -> TrainingState:
    service.stop()
    return service.state()

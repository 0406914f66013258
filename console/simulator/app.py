"""The simulator's ASGI application: routes, problem+json errors and the OpenAPI document."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import TypeAdapter
from starlette.exceptions import HTTPException as StarletteHTTPException

from console import __version__
from console.contract import API_VERSION
from console.contract.events import Event
from console.contract.problems import PROBLEM_MEDIA_TYPE, Problem, ProblemType
from console.simulator import admin, api, oauth, records_api, voice_api
from console.simulator.media.server import MediaServer
from console.simulator.middleware import RequestGuard
from console.simulator.problems import ApiProblem
from console.simulator.routes_table import RouteTable
from console.simulator.runtime import Simulator
from console.simulator.scenario import ScenarioEngine
from console.simulator.training import api as training_api
from console.simulator.trust import require_admin

DESCRIPTION = (
    "Routing contract v1 between the Helpline Console and the shared routing backend. "
    "Commands are JSON over HTTPS; state changes arrive on the server-sent event stream "
    "`/v1/events`. Every mutating request carries an `Idempotency-Key`. Errors are RFC 9457 "
    "problem details with a stable `type`. See docs/contract-guide.md."
)


def problem_response(problem: ApiProblem, request: Request) -> JSONResponse:
    headers = {}
    if problem.status == 401:
        error = "invalid_token" if problem.problem_type is ProblemType.TOKEN_EXPIRED else None
        headers["WWW-Authenticate"] = f'Bearer error="{error}"' if error else "Bearer"
    return JSONResponse(
        problem.body(request.url.path),
        status_code=problem.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


async def _on_api_problem(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiProblem)
    return problem_response(exc, request)


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    if any(error.get("type") == "json_invalid" for error in errors):
        return problem_response(ApiProblem(ProblemType.MALFORMED_REQUEST), request)
    if any(tuple(error.get("loc", ()))[:2] == ("header", "Idempotency-Key") for error in errors):
        problem = ApiProblem(
            ProblemType.IDEMPOTENCY_KEY_REQUIRED,
            "send a unique Idempotency-Key (1-255 visible ASCII characters)",
        )
        return problem_response(problem, request)
    # Name the fields and what was wrong, never the values (they could be chat text).
    parts = [
        ".".join(str(p) for p in error.get("loc", ())) + ": " + str(error.get("msg", ""))
        for error in errors[:10]
    ]
    return problem_response(ApiProblem(ProblemType.VALIDATION_FAILED, "; ".join(parts)), request)


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 405:
        # Starlette names only the first matching route's methods; name them all.
        allowed = request.app.state.routes.allowed(request.url.path)
        exc.headers = {**(exc.headers or {}), "Allow": ", ".join(sorted(allowed))}
    mapping = {
        404: ProblemType.NOT_FOUND,
        405: ProblemType.METHOD_NOT_ALLOWED,
        415: ProblemType.UNSUPPORTED_MEDIA_TYPE,
    }
    problem_type = mapping.get(exc.status_code, ProblemType.MALFORMED_REQUEST)
    response = problem_response(ApiProblem(problem_type), request)
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    return problem_response(ApiProblem(ProblemType.INTERNAL), request)


def _operation_id(route: APIRoute) -> str:
    return route.name


def create_app(sim: Simulator) -> FastAPI:
    scenario = ScenarioEngine(sim)
    # Loopback candidates only, unless the simulator serves a training room over the network.
    media = MediaServer(sim.engine, loopback_only=not sim.config.beyond_loopback)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        sim.scheduler.start()
        scenario.start()
        try:
            yield
        finally:
            for task in list(sim.background):
                task.cancel()
            sim.engine.hub.drop_all()
            app.state.training.stop()
            await scenario.stop()
            await media.close_all()
            await sim.scheduler.stop()

    app = FastAPI(
        title="Helpline routing API",
        version=API_VERSION,
        description=DESCRIPTION,
        lifespan=lifespan,
        separate_input_output_schemas=False,
        docs_url=None,
        redoc_url=None,
        generate_unique_id_function=_operation_id,
    )
    app.state.sim = sim
    app.state.media = media
    routes = RouteTable(app.openapi)
    app.state.routes = routes
    app.add_exception_handler(ApiProblem, _on_api_problem)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(Exception, _on_unexpected)
    app.add_middleware(
        RequestGuard,
        config=sim.config,
        clock=sim.clock,
        identity=sim.identity,
        faults=sim.faults,
        command_log=sim.command_log,
        routes=routes,
    )
    app.include_router(api.router)
    app.include_router(voice_api.router)
    app.include_router(records_api.router)
    app.include_router(oauth.router, include_in_schema=False)
    app.include_router(oauth.discovery_router, include_in_schema=False)
    # The admin API drives the world: who may call it is decided in trust.py.
    app.include_router(admin.router, dependencies=[Depends(require_admin)])
    app.include_router(records_api.admin_router, dependencies=[Depends(require_admin)])
    app.include_router(training_api.router, dependencies=[Depends(require_admin)])
    app.state.training = training_api.TrainingService(sim)

    @app.middleware("http")
    async def server_header(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers["X-Simulator"] = f"helpline-routing-simulator/{__version__}"
        return response

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build_openapi(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def build_openapi(app: FastAPI) -> dict[str, Any]:
    """The public contract: v1 routes only, every error as application/problem+json."""
    schema = get_openapi(
        title=app.title,
        version=app.version,
        openapi_version="3.1.0",
        description=app.description,
        routes=app.routes,
    )
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    components["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    event_schema = TypeAdapter(Event).json_schema(ref_template="#/components/schemas/{model}")
    components.update(event_schema.pop("$defs", {}))
    components["Event"] = event_schema
    problem_content = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for path_item in schema.get("paths", {}).values():
        for operation in path_item.values():
            for status, response in operation.get("responses", {}).items():
                if int(status) >= 400:
                    response["content"] = problem_content
                    response["description"] = "Problem details (RFC 9457)"
    return schema

"""Training mode's client for the embedded simulator's training API (/_sim/training).

Training talks only to the simulator on this machine: a non-loopback address is refused
before any connection, so practice can never reach a real routing backend.
"""

from typing import Any
from urllib.parse import urlsplit

import httpx
from pydantic import TypeAdapter, ValidationError

from console.contract.training import (
    MarkCheck,
    ScenarioInfo,
    ScenarioLanguage,
    StartTraining,
    TrainingState,
)
from console.core.errors import CoreError, ErrorKind
from console.core.transport import is_loopback_host

SCENARIO_LIST = TypeAdapter(list[ScenarioInfo])


class TrainingClient:
    """The training simulator's own calls: built on the GUI thread by the composition root; its
    coroutines run on the core thread only.
    """

    def __init__(self, simulator_url: str) -> None:
        host = urlsplit(simulator_url).hostname or ""
        if not is_loopback_host(host):
            raise CoreError(ErrorKind.INSECURE_BACKEND, "training runs on this machine only")
        self._client = httpx.AsyncClient(base_url=f"{simulator_url}/_sim/training", timeout=10)

    async def _call(self, method: str, path: str, body: Any = None) -> Any:
        try:
            response = await self._client.request(method, path, json=body)
        except httpx.TimeoutException:
            raise CoreError(ErrorKind.TIMEOUT, "training simulator timed out") from None
        except httpx.HTTPError:
            raise CoreError(ErrorKind.OFFLINE, "training simulator unreachable") from None
        if response.status_code == 404:
            raise CoreError(ErrorKind.NOT_FOUND, "no such scenario or check")
        if response.status_code == 409:
            raise CoreError(ErrorKind.CONFLICT, "no scenario is running")
        if response.status_code >= 400:
            detail = response.json().get("detail") if response.content else None
            raise CoreError(ErrorKind.SERVER, str(detail or "training simulator failed"))
        return response.json()

    async def scenarios(self) -> list[ScenarioInfo]:
        return SCENARIO_LIST.validate_python(await self._call("GET", "/scenarios"))

    async def start(self, scenario_id: str, language: ScenarioLanguage) -> TrainingState:
        body = StartTraining(scenario_id=scenario_id, language=language).model_dump()
        return self._state(await self._call("POST", "/start", body))

    async def mark(self, check_id: str) -> TrainingState:
        body = MarkCheck(check_id=check_id).model_dump()
        return self._state(await self._call("POST", "/checks", body))

    async def state(self) -> TrainingState:
        return self._state(await self._call("GET", "/state"))

    async def close(self) -> None:
        await self._client.aclose()

    @staticmethod
    def _state(data: Any) -> TrainingState:
        try:
            return TrainingState.model_validate(data)
        except ValidationError:
            raise CoreError(ErrorKind.SERVER, "unexpected training state") from None

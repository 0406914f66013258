"""Typed commands and queries of routing contract v1 over HTTP.

Every mutation carries an Idempotency-Key chosen once per logical command and reused on every
retry of it, so a retry can never make a command happen twice. Automatic retries (connection
errors, 502/503/504, with backoff) are for reads and for commands whose repetition is harmless
in time; a time-critical command such as starting a transfer fails fast and lets the volunteer
decide (with the fallback number in front of them).
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar
from urllib.parse import urlencode

import httpx
from pydantic import BaseModel, ValidationError

from console.contract.enums import (
    ConsentAnswer,
    FlagKind,
    OutcomeCode,
    Presence,
    RiskLevel,
    WithoutConsentReason,
)
from console.contract.forms import ContactForm, ContactRecordData
from console.contract.limits import MESSAGE_MAX_CHARS
from console.contract.requests import (
    ConsentRequest,
    FlagRequest,
    MessageRequest,
    PresenceRequest,
    TransferRequest,
    WrapUpRequest,
)
from console.contract.resources import (
    Agent,
    Interaction,
    Message,
    MessagePage,
    Meta,
    MunicipalityList,
    Offer,
    ResourceDirectory,
    Snapshot,
    TeamMember,
    TeamStatus,
    Transfer,
    TransferTargetList,
)
from console.contract.statistics import StatisticsQuery, StatisticsReport
from console.core.commands import Command
from console.core.errors import CoreError, ErrorKind, MessageTooLong, error_from_problem
from console.core.transport import connection_failure

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)
RETRY_STATUSES = frozenset({502, 503, 504})


class TokenSource(Protocol):
    """What the API needs from sign-in (narrow on purpose). Called on the core thread only."""

    async def access_token(self) -> str: ...

    async def refresh(self, stale: str | None = None) -> str: ...


async def fetch_meta(client: httpx.AsyncClient) -> Meta:
    try:
        response = await client.get("/v1/meta")
    except httpx.TransportError as error:
        raise connection_failure(error, "GET /v1/meta") from error
    if response.status_code != 200:
        raise error_from_problem(response.status_code, json_body(response), "GET /v1/meta")
    return _parse(Meta, response, "GET /v1/meta")


def json_body(response: httpx.Response) -> object:
    """The decoded body of an answer, or None when it is not JSON."""
    try:
        return response.json()
    except ValueError:
        return None


def _release_stream(response: httpx.Response) -> None:
    """Untie a read answer from its stream. httpx 0.28 binds the two both ways (the stream
    keeps the response to time it: encode/httpx#3733), so every answer, with its request and
    both bodies (a chat line among them), waited for Python's full garbage collection, which
    can be many contacts away. The body is read and the stream closed: it is no longer needed.
    """
    response.stream = httpx.ByteStream(b"")


def _parse(model: type[M], response: httpx.Response, what: str) -> M:
    try:
        return model.model_validate_json(response.content)
    except (ValidationError, ArithmeticError):  # ArithmeticError: e.g. a year-1 timestamp
        # Name the call, never the content: it may hold caller data.
        raise CoreError(ErrorKind.SERVER, f"{what}: answer does not fit the contract") from None


class RoutingApi:
    """The routing contract's calls; called on the core thread only (its coroutines run on the
    core's asyncio loop).
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        tokens: TokenSource,
        attempts: int = 3,
        backoff_s: float = 0.25,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._client = client
        self._tokens = tokens
        self._attempts = attempts
        self._backoff_s = backoff_s
        self._sleep = sleep

    async def _send(self, command: Command) -> httpx.Response:
        what = f"{command.method} {command.path}"
        # Unset optional fields stay out: the backend refuses null where a field may only be absent.
        body = command.body
        content = body.model_dump_json(exclude_unset=True).encode() if body is not None else None
        refreshed = False
        attempt = 0
        while True:
            token = await self._tokens.access_token()
            headers = {"Authorization": f"Bearer {token}"}
            if command.method != "GET":
                headers["Idempotency-Key"] = command.key
                headers["Content-Type"] = "application/json"
            last_try = not command.retry or attempt >= self._attempts - 1
            try:
                response = await self._client.request(
                    command.method, command.path, content=content, headers=headers
                )
            except httpx.TimeoutException as error:
                if last_try:
                    raise CoreError(ErrorKind.TIMEOUT, f"{what} timed out") from error
            except httpx.TransportError as error:
                if last_try:
                    raise connection_failure(error, what) from error
            else:
                _release_stream(response)  # request() has read it in full
                status = response.status_code
                if status == 401 and not refreshed:
                    # Expired or revoked: one refresh tells which (a refused refresh ends
                    # the session cleanly and raises SIGN_IN_REQUIRED).
                    refreshed = True
                    await self._tokens.refresh(stale=token)
                    continue  # not a failure of the command: no attempt used
                if status < 400:
                    return response
                if status not in RETRY_STATUSES or last_try:
                    raise error_from_problem(status, json_body(response), what)
            attempt += 1
            await self._sleep(self._backoff_s * (2 ** (attempt - 1)))

    async def _call(self, model: type[M], command: Command) -> M:
        response = await self._send(command)
        return _parse(model, response, f"{command.method} {command.path}")

    # ---------------------------------------------------------------- queries

    async def snapshot(self) -> Snapshot:
        return await self._call(Snapshot, Command("GET", "/v1/snapshot"))

    async def me(self) -> Agent:
        return await self._call(Agent, Command("GET", "/v1/me"))

    async def transfer_targets(self) -> TransferTargetList:
        return await self._call(TransferTargetList, Command("GET", "/v1/transfer-targets"))

    async def municipalities(self) -> MunicipalityList:
        return await self._call(MunicipalityList, Command("GET", "/v1/municipalities"))

    async def resources(self) -> ResourceDirectory:
        return await self._call(ResourceDirectory, Command("GET", "/v1/resources"))

    async def messages(self, interaction_id: str, after: int = 0) -> MessagePage:
        path = f"/v1/interactions/{interaction_id}/messages?after={after}"
        return await self._call(MessagePage, Command("GET", path))

    async def team(self) -> TeamStatus:
        return await self._call(TeamStatus, Command("GET", "/v1/supervision/team"))

    async def contact_form(self) -> ContactForm:
        return await self._call(ContactForm, Command("GET", "/v1/contact-forms/current"))

    async def statistics(self, query: StatisticsQuery) -> StatisticsReport:
        path = "/v1/statistics?" + urlencode(query.params())
        return await self._call(StatisticsReport, Command("GET", path))

    # --------------------------------------------------------------- commands

    def presence(self, presence: Presence) -> Command:
        return Command("PUT", "/v1/me/presence", PresenceRequest(presence=presence))

    def accept(self, offer_id: str) -> Command:
        return Command("POST", f"/v1/offers/{offer_id}/accept")

    def decline(self, offer_id: str) -> Command:
        return Command("POST", f"/v1/offers/{offer_id}/decline")

    def hold(self, interaction_id: str, on_hold: bool) -> Command:
        verb = "hold" if on_hold else "resume"
        return Command("POST", f"/v1/interactions/{interaction_id}/{verb}")

    def end(self, interaction_id: str) -> Command:
        return Command("POST", f"/v1/interactions/{interaction_id}/end")

    def message(self, interaction_id: str, client_message_id: str, text: str) -> Command:
        if len(text) > MESSAGE_MAX_CHARS:
            raise MessageTooLong(len(text), MESSAGE_MAX_CHARS)
        try:
            body = MessageRequest(client_message_id=client_message_id, text=text)
        except ValidationError:
            # Pydantic's error quotes the input: raise a typed error without it, and without
            # chaining (a traceback would print the original).
            raise CoreError(ErrorKind.INVALID, "chat message refused by the contract") from None
        return Command("POST", f"/v1/interactions/{interaction_id}/messages", body)

    def flag(self, interaction_id: str, kind: FlagKind, level: RiskLevel | None = None) -> Command:
        body = FlagRequest(kind=kind, level=level)
        return Command("POST", f"/v1/interactions/{interaction_id}/flags", body)

    def consent(
        self, interaction_id: str, answer: ConsentAnswer, reason: WithoutConsentReason | None
    ) -> Command:
        body = ConsentRequest(answer=answer, without_consent_reason=reason)
        return Command("POST", f"/v1/interactions/{interaction_id}/consent", body)

    def start_transfer(
        self,
        interaction_id: str,
        target_id: str,
        municipality: str | None = None,
        note: str | None = None,
    ) -> Command:
        body = TransferRequest(target_id=target_id, caller_municipality=municipality, note=note)
        # Fail fast: the volunteer sees the fallback number at once instead of a spinner.
        return Command("POST", f"/v1/interactions/{interaction_id}/transfers", body, retry=False)

    def complete_transfer(self, transfer_id: str) -> Command:
        return Command("POST", f"/v1/transfers/{transfer_id}/complete")

    def cancel_transfer(self, transfer_id: str) -> Command:
        return Command("POST", f"/v1/transfers/{transfer_id}/cancel")

    def wrap_up(self, interaction_id: str, outcome: OutcomeCode, note: str | None) -> Command:
        body = WrapUpRequest(outcome_code=outcome, note=note)
        return Command("POST", f"/v1/interactions/{interaction_id}/wrap-up", body)

    def wrap_up_record(
        self, interaction_id: str, form_version: str, record: ContactRecordData
    ) -> Command:
        body = WrapUpRequest(form_version=form_version, record=record)
        return Command("POST", f"/v1/interactions/{interaction_id}/wrap-up", body)

    def acknowledge_help(self, interaction_id: str) -> Command:
        return Command("POST", f"/v1/supervision/help-requests/{interaction_id}/acknowledge")

    def request_debrief(self) -> Command:
        return Command("POST", "/v1/me/debrief-request")

    def acknowledge_debrief(self, volunteer_id: str) -> Command:
        return Command("POST", f"/v1/supervision/debrief-requests/{volunteer_id}/acknowledge")

    async def run_team_member(self, command: Command) -> TeamMember:
        return await self._call(TeamMember, command)

    def logout(self) -> Command:
        return Command("POST", "/v1/sessions/current/logout")

    async def run_agent(self, command: Command) -> Agent:
        return await self._call(Agent, command)

    async def run_interaction(self, command: Command) -> Interaction:
        return await self._call(Interaction, command)

    async def run_offer(self, command: Command) -> Offer:
        return await self._call(Offer, command)

    async def run_message(self, command: Command) -> Message:
        return await self._call(Message, command)

    async def run_transfer(self, command: Command) -> Transfer:
        return await self._call(Transfer, command)

    async def run_empty(self, command: Command) -> None:
        await self._send(command)

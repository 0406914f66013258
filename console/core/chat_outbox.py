"""The volunteer's chat lines on their way to the caller, each chat's in the order written.

A line goes out only after every earlier line of the same chat has gone (or been refused for
good). Lines written while the connection is down wait as UNSENT, and so does a new line written
behind them; when the connection is back, or when the volunteer sends one of them again, the
waiting lines go one after the other. Sent side by side,
a slow first line would be overtaken and the caller would read the lines swapped; a line
written while the earlier ones are being re-sent queues behind them for the same reason.

Nothing here is written anywhere but memory: a line is dropped from the outbox once it is sent
or refused.

Threads: `compose` is called on the GUI thread and touches nothing shared (it only fixes the
line's ids); everything else runs on the core loop.
"""

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from typing import Protocol

from console.core.commands import Command
from console.core.errors import CoreError, ErrorKind
from console.core.outbox import OutboxState, OutgoingMessage

log = logging.getLogger(__name__)

# Kinds of failure after which the line waits for the connection rather than being refused.
WAIT_FOR_CONNECTION = (ErrorKind.OFFLINE, ErrorKind.TIMEOUT, ErrorKind.UNAVAILABLE)


class LineSender(Protocol):
    """What the outbox needs of the routing API (core/api.py's RoutingApi). `message` is called
    on the GUI thread (it only builds the command), `run_message` on the core thread."""

    def message(self, interaction_id: str, client_message_id: str, text: str) -> Command: ...

    async def run_message(self, command: Command) -> object: ...


class ChatOutbox:
    """Lines not yet sent, in the order written (a dict keeps the order of first insertion).
    Threads: `compose` on the GUI thread; everything else on the core thread (its loop)."""

    def __init__(
        self, api: Callable[[], LineSender], notify: Callable[[OutgoingMessage], None]
    ) -> None:
        self._api = api
        self._notify = notify
        self._waiting: dict[str, OutgoingMessage] = {}
        # One lock per chat with lines in flight; asyncio's locks serve waiters first come,
        # first served, and the bridge starts sends in the order the lines were written.
        self._turns: dict[str, tuple[asyncio.Lock, list[int]]] = {}
        self._resending: set[asyncio.Task[None]] = set()

    def compose(self, interaction_id: str, text: str) -> OutgoingMessage:
        client_id = f"c-{uuid.uuid4().hex}"
        command = self._api().message(interaction_id, client_id, text)
        return OutgoingMessage(interaction_id, client_id, text, OutboxState.SENDING, command)

    def lines(self) -> list[OutgoingMessage]:
        return list(self._waiting.values())

    async def send(self, message: OutgoingMessage) -> OutgoingMessage:
        """Send (or send again) one line, after the earlier lines of its chat still waiting.
        The same ids every time, so the backend never shows a line twice. Raises CoreError
        when this line is refused for good (the chat has ended, say)."""
        first_try = message.client_message_id not in self._waiting
        self._waiting.setdefault(message.client_message_id, message)
        async with self._turn(message.interaction_id):
            earlier_lines = self._earlier_waiting(message)
            if first_try and earlier_lines:
                # An earlier line is waiting for the connection: this one waits behind it
                # rather than try the wire again (and again wait out a timeout) for each.
                return self._update(replace(message, state=OutboxState.UNSENT))
            for earlier in earlier_lines:
                try:
                    if (await self._deliver(earlier)).state is OutboxState.UNSENT:
                        return self._update(replace(message, state=OutboxState.UNSENT))
                except CoreError as error:
                    # Refused for good: the volunteer was told (its line says so); go on.
                    log.info("an earlier line was refused: %s", error.kind.value)
            return await self._deliver(message)

    def send_waiting(self) -> None:
        """The connection is back: each chat's waiting lines go, in order, one chat beside
        another. Called on the core loop."""
        last: dict[str, OutgoingMessage] = {}
        for message in self._waiting.values():
            if message.state is OutboxState.UNSENT:
                last[message.interaction_id] = message
        loop = asyncio.get_running_loop()
        for message in last.values():
            task = loop.create_task(self._send_quietly(message), name="chat-resend")
            self._resending.add(task)  # the loop keeps only a weak reference to a task
            task.add_done_callback(self._resending.discard)

    async def _send_quietly(self, message: OutgoingMessage) -> None:
        try:
            await self.send(message)
        except CoreError as error:
            log.info("a waiting line was refused: %s", error.kind.value)

    def _earlier_waiting(self, message: OutgoingMessage) -> list[OutgoingMessage]:
        earlier = []
        for waiting in self._waiting.values():
            if waiting.client_message_id == message.client_message_id:
                break
            if waiting.interaction_id == message.interaction_id:
                earlier.append(waiting)
        return earlier

    @contextlib.asynccontextmanager
    async def _turn(self, interaction_id: str) -> AsyncIterator[None]:
        lock, users = self._turns.setdefault(interaction_id, (asyncio.Lock(), [0]))
        users[0] += 1
        try:
            async with lock:
                yield
        finally:
            users[0] -= 1
            if users[0] == 0:  # nothing of this chat in flight: forget its lock
                del self._turns[interaction_id]

    async def _deliver(self, message: OutgoingMessage) -> OutgoingMessage:
        self._update(replace(message, state=OutboxState.SENDING))
        try:
            await self._api().run_message(message.command)
        except CoreError as error:
            if error.kind in WAIT_FOR_CONNECTION:
                return self._update(replace(message, state=OutboxState.UNSENT))
            self._waiting.pop(message.client_message_id, None)
            self._notify(replace(message, state=OutboxState.UNSENT))
            raise
        self._waiting.pop(message.client_message_id, None)
        sent = replace(message, state=OutboxState.SENT)
        self._notify(sent)
        return sent

    def _update(self, message: OutgoingMessage) -> OutgoingMessage:
        self._waiting[message.client_message_id] = message
        self._notify(message)
        return message

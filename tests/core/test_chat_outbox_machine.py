"""The chat outbox alone, against a wire that drops and comes back: lines of each chat reach
the caller in the order written, none twice, none lost once the connection is back.

The wire stands in for the network and the backend's acceptance of a line (the integration
tests in test_outbox_order.py use the real simulator); Hypothesis chooses the writing, the
outages, the retries and how the coroutines interleave.
"""

import asyncio
from dataclasses import dataclass, field

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from console.core.chat_outbox import ChatOutbox
from console.core.commands import Command
from console.core.errors import CoreError, ErrorKind
from console.core.outbox import OutboxState, OutgoingMessage

CHATS = ("chat-a", "chat-b")


@dataclass
class Wire:
    """Accepts a line when up (once per id, as the backend does), refuses it when down; each
    send yields to the loop a chosen number of times first, so sends can overlap."""

    up: bool = True
    delays: list[int] = field(default_factory=list)
    accepted: dict[str, list[str]] = field(default_factory=lambda: {c: [] for c in CHATS})
    seen: set[str] = field(default_factory=set)
    texts: dict[str, tuple[str, str]] = field(default_factory=dict)

    def message(self, interaction_id: str, client_message_id: str, text: str) -> Command:
        self.texts[client_message_id] = (interaction_id, text)
        return Command("POST", f"/v1/interactions/{interaction_id}/messages", key=client_message_id)

    async def run_message(self, command: Command) -> object:
        for _ in range(self.delays.pop(0) if self.delays else 0):
            await asyncio.sleep(0)
        if not self.up:
            raise CoreError(ErrorKind.OFFLINE, "down")
        if command.key not in self.seen:
            self.seen.add(command.key)
            chat, text = self.texts[command.key]
            self.accepted[chat].append(text)
        return None


class Outage(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.wire = Wire()
        self.shown: list[OutgoingMessage] = []
        self.outbox = ChatOutbox(lambda: self.wire, self.shown.append)
        self.written: dict[str, list[str]] = {c: [] for c in CHATS}
        self.pending: set[asyncio.Future[OutgoingMessage]] = set()
        self.count = 0
        self.outage_since_back = False

    def _run_a_little(self, turns: int) -> None:
        for _ in range(turns):
            self.loop.run_until_complete(asyncio.sleep(0))

    def _connection_back(self) -> None:
        """As the session does when the stream is live again: on the loop."""
        self.wire.up = True

        async def live() -> None:
            self.outbox.send_waiting()

        self.loop.run_until_complete(live())

    def _settle(self) -> None:
        while self.pending or self.outbox._resending:
            self.loop.run_until_complete(asyncio.sleep(0))
            self.pending = {f for f in self.pending if not f.done()}

    @rule(chat=st.sampled_from(CHATS), delay=st.integers(0, 3), turns=st.integers(0, 3))
    def write(self, chat: str, delay: int, turns: int) -> None:
        self.count += 1
        text = f"{chat} line {self.count}"
        self.written[chat].append(text)
        self.wire.delays.append(delay)
        line = self.outbox.compose(chat, text)
        self.pending.add(self.loop.create_task(self.outbox.send(line)))
        self._run_a_little(turns)

    @rule(turns=st.integers(0, 5))
    def drop(self, turns: int) -> None:
        self.wire.up = False
        self.outage_since_back = True
        self._run_a_little(turns)

    @precondition(lambda self: not self.wire.up)
    @rule(turns=st.integers(0, 5))
    def come_back(self, turns: int) -> None:
        self._connection_back()
        self.outage_since_back = False
        self._run_a_little(turns)

    @rule(data=st.data())
    def send_again(self, data: st.DataObject) -> None:
        waiting = [m for m in self.outbox.lines() if m.state is OutboxState.UNSENT]
        if waiting:
            line = data.draw(st.sampled_from(waiting))
            self.pending.add(self.loop.create_task(self.outbox.send(line)))

    @rule()
    def settle(self) -> None:
        self._settle()
        if not self.outage_since_back:
            # No outage since the connection came back: no line is left waiting (a line
            # written behind one in flight queued and went; it did not give up).
            assert not self.outbox.lines()

    @invariant()
    def each_chat_in_the_order_written(self) -> None:
        for chat in CHATS:
            accepted = self.wire.accepted[chat]
            assert accepted == self.written[chat][: len(accepted)]

    def teardown(self) -> None:
        try:
            self._settle()
            self._connection_back()
            self._settle()
            # Back on line and settled: every line has reached the caller, once.
            assert self.wire.accepted == self.written
            assert not self.outbox.lines()
            assert not self.outbox._turns  # no lock kept for a chat with nothing in flight
        finally:
            self.loop.close()


Outage.TestCase.settings = settings(max_examples=150, stateful_step_count=30, deadline=None)
TestOutage = Outage.TestCase

"""The Qt face of a shift: typed signals out, typed commands in.

The core thread never touches Qt: its callbacks go through a GuiMailbox, and the typed signals
are emitted on the GUI thread (receivers still connect queued, so a slot never re-enters the
emitter). Payloads are the core's immutable models: the GUI shares no mutable state with it.
"""

import functools
import logging

from PySide6.QtCore import QObject, Signal

from console.bridge.mailbox import GuiMailbox
from console.bridge.operation_names import OperationName
from console.bridge.operations import Operation, OperationRunner
from console.bridge.records_bridge import RecordsBridge
from console.contract.enums import (
    ConsentAnswer,
    FlagKind,
    OutcomeCode,
    Presence,
    RiskLevel,
    WithoutConsentReason,
)
from console.contract.forms import ContactRecordData
from console.contract.resources import Agent, ResourceDirectory, TransferTarget
from console.core.connection import ConnectionState
from console.core.errors import CoreError
from console.core.outbox import OutgoingMessage
from console.core.ready_replies import ReplyBook
from console.core.runtime import CoreRuntime
from console.core.session import ShiftSession
from console.core.store import Change, Kind

log = logging.getLogger(__name__)


class SessionBridge(QObject):
    """The window's only way to the shift. Threads: the GUI thread constructs it, calls every
    command method and receives every signal; the core thread only posts to the mailbox (the
    callbacks bound in __init__), and the commands' coroutines run on the core thread."""

    started = Signal(object)  # Meta
    startFailed = Signal(object)  # CoreError
    connectionChanged = Signal(object)  # ConnectionState
    resourceChanged = Signal(object)  # Change: one resource
    outboxChanged = Signal(object)  # OutgoingMessage
    signedOut = Signal()
    commandFailed = Signal(object, object)  # OperationName, CoreError

    def __init__(
        self, runtime: CoreRuntime, session: ShiftSession, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runtime = runtime
        self.session = session
        self.mailbox = GuiMailbox(self)
        self.runner = OperationRunner(runtime, self.mailbox, self)
        # GUI-thread copies for the contact panels: set by the composition root (replies)
        # and when the directory has loaded (load_resources).
        self.directory: ResourceDirectory | None = None
        self.directory_offline = False
        self.replies = ReplyBook()
        self.me_name = ""
        self.records = RecordsBridge(self.runner, lambda: self.session.api, self)
        # The core thread gets plain-Python callables bound here, on the GUI thread.
        post = self.mailbox.postbox.post
        session.store.subscribe(functools.partial(post, self._emit_changes))
        session.on_connection.append(functools.partial(post, self._emit_connection))
        session.on_outbox.append(functools.partial(post, self._emit_outbox))
        session.on_signed_out.append(functools.partial(post, self._emit_signed_out))

    # GUI thread: emit the typed signals.
    def _emit_changes(self, changes: list[Change]) -> None:
        for change in changes:
            if change.kind is Kind.ME and isinstance(change.value, Agent):
                self.me_name = change.value.display_name  # for ready replies' {first_name}
            self.resourceChanged.emit(change)

    def _emit_connection(self, state: ConnectionState) -> None:
        self.connectionChanged.emit(state)

    def _emit_outbox(self, message: OutgoingMessage) -> None:
        self.outboxChanged.emit(message)

    def _emit_signed_out(self) -> None:
        self.signedOut.emit()

    def start(self) -> Operation:
        operation = self.runner.run(OperationName.START, self.session.start())
        operation.succeeded.connect(self.started)
        operation.failed.connect(self.startFailed)
        return operation

    def _command(self, name: OperationName, coro: object) -> Operation:
        operation = self.runner.run(name, coro)  # type: ignore[arg-type]
        operation.failedNamed.connect(self.commandFailed)
        return operation

    # ------------------------------------------------------------- commands

    def set_presence(self, presence: Presence) -> Operation:
        api = self.session.api
        return self._command(OperationName.PRESENCE, api.run_agent(api.presence(presence)))

    def accept(self, offer_id: str) -> Operation:
        api = self.session.api
        return self._command(OperationName.ACCEPT, api.run_interaction(api.accept(offer_id)))

    def decline(self, offer_id: str) -> Operation:
        api = self.session.api
        return self._command(OperationName.DECLINE, api.run_offer(api.decline(offer_id)))

    def hold(self, interaction_id: str, on_hold: bool) -> Operation:
        api = self.session.api
        return self._command(
            OperationName.HOLD, api.run_interaction(api.hold(interaction_id, on_hold))
        )

    def end(self, interaction_id: str) -> Operation:
        api = self.session.api
        return self._command(OperationName.END, api.run_interaction(api.end(interaction_id)))

    def flag(self, interaction_id: str, kind: FlagKind) -> Operation:
        api = self.session.api
        return self._command(
            OperationName.FLAG, api.run_interaction(api.flag(interaction_id, kind))
        )

    def assess_risk(self, interaction_id: str, level: RiskLevel) -> Operation:
        """The level only (never the answers): high and acute alert the supervisors at once."""
        api = self.session.api
        command = api.flag(interaction_id, FlagKind.RISK, level)
        return self._command(OperationName.RISK_LEVEL, api.run_interaction(command))

    def record_consent(
        self, interaction_id: str, answer: ConsentAnswer, reason: WithoutConsentReason | None
    ) -> Operation:
        api = self.session.api
        command = api.consent(interaction_id, answer, reason)
        return self._command(OperationName.CONSENT, api.run_interaction(command))

    def wrap_up(self, interaction_id: str, outcome: OutcomeCode, note: str | None) -> Operation:
        api = self.session.api
        command = api.wrap_up(interaction_id, outcome, note)
        return self._command(OperationName.WRAP_UP, api.run_interaction(command))

    def wrap_up_record(
        self, interaction_id: str, form_version: str, record: ContactRecordData
    ) -> Operation:
        api = self.session.api
        command = api.wrap_up_record(interaction_id, form_version, record)
        return self._command(OperationName.WRAP_UP, api.run_interaction(command))

    def transfer_targets(self) -> list[TransferTarget]:
        """Known once the shift has started (an immutable list read from the GUI thread)."""
        targets = self.session.targets
        return list(targets.targets) if targets is not None else []

    def start_transfer(
        self,
        interaction_id: str,
        target_id: str,
        municipality: str | None = None,
        note: str | None = None,
    ) -> Operation:
        """One click, one command, one idempotency key: a double click cannot start two."""
        api = self.session.api
        command = api.start_transfer(interaction_id, target_id, municipality, note)
        return self._command(OperationName.TRANSFER, api.run_transfer(command))

    def complete_transfer(self, transfer_id: str) -> Operation:
        api = self.session.api
        return self._command(
            OperationName.TRANSFER, api.run_transfer(api.complete_transfer(transfer_id))
        )

    def cancel_transfer(self, transfer_id: str) -> Operation:
        api = self.session.api
        return self._command(
            OperationName.TRANSFER, api.run_transfer(api.cancel_transfer(transfer_id))
        )

    def request_debrief(self) -> Operation:
        api = self.session.api
        return self._command(OperationName.DEBRIEF, api.run_agent(api.request_debrief()))

    def acknowledge_debrief(self, volunteer_id: str) -> Operation:
        api = self.session.api
        command = api.acknowledge_debrief(volunteer_id)
        return self._command(OperationName.ACKNOWLEDGE, api.run_team_member(command))

    def acknowledge_help(self, interaction_id: str) -> Operation:
        api = self.session.api
        command = api.acknowledge_help(interaction_id)
        return self._command(OperationName.ACKNOWLEDGE, api.run_interaction(command))

    def load_municipalities(self) -> Operation:
        return self.runner.run(OperationName.MUNICIPALITIES, self.session.municipalities())

    def load_resources(self) -> Operation:
        """The resource directory (or its offline copy); kept here for the contact panels."""
        operation = self.runner.run(OperationName.RESOURCES, self.session.resources())
        operation.succeeded.connect(self._resources_loaded)
        return operation

    def _resources_loaded(self, result: object) -> None:
        if isinstance(result, tuple) and isinstance(result[0], ResourceDirectory):
            self.directory, self.directory_offline = result[0], bool(result[1])

    def resource_directory(self) -> ResourceDirectory | None:
        """What the resource panel searches (GUI thread; None until loaded)."""
        return self.directory

    def directory_is_offline(self) -> bool:
        """True when the directory shown is the offline copy (the backend was unreachable)."""
        return self.directory_offline

    def ready_replies(self) -> ReplyBook:
        """The ready replies this PC was given (GUI thread)."""
        return self.replies

    def volunteer_name(self) -> str:
        return self.me_name

    def send_message(self, interaction_id: str, text: str) -> OutgoingMessage:
        """Compose on the GUI thread (ids fixed now), send on the core thread."""
        message = self.session.compose(interaction_id, text)
        self.outboxChanged.emit(message)
        self._command(OperationName.SEND, self.session.send(message))
        return message

    def resend(self, message: OutgoingMessage) -> Operation:
        return self._command(OperationName.SEND, self.session.send(message))

    def reauthenticate(self) -> Operation:
        return self._command(OperationName.REAUTHENTICATE, self.session.reauthenticate())

    def reconnect_now(self) -> None:
        self._runtime.loop.call_soon_threadsafe(self.session.reconnect_now)

    def sign_out(self) -> Operation:
        return self._command(OperationName.SIGN_OUT, self.session.sign_out())

    def shutdown(self) -> None:
        """Cancel what is pending and close the session (the runtime is stopped after)."""
        self.runner.cancel_all()
        if self._runtime.running:
            future = self._runtime.submit(self.session.close())
            try:
                future.result(timeout=5)
            except (TimeoutError, CoreError):
                log.warning("session did not close cleanly")
        self.mailbox.close()

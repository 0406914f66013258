"""Training mode's Qt face: scenarios, the running scenario's state, the debrief.

While a scenario runs, the state is polled once a second (the training API is not part of
the routing contract's event stream); polling stops when the debrief is there.
"""

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from console.bridge.operation_names import OperationName
from console.bridge.operations import Operation, OperationRunner
from console.contract.training import ScenarioLanguage, TrainingState
from console.core.training import TrainingClient

POLL_MS = 1000


class TrainingBridge(QObject):
    """Training mode's commands and state. GUI thread only: the panel calls it and its poll
    timer runs there; the training client's coroutines run on the core thread."""

    scenariosLoaded = Signal(object)  # list[ScenarioInfo]
    stateChanged = Signal(object)  # TrainingState
    failed = Signal(object)  # CoreError

    def __init__(
        self, runner: OperationRunner, client: TrainingClient, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._client = client
        self.state = TrainingState()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)

    def load_scenarios(self) -> None:
        operation = self._runner.run(OperationName.TRAINING_SCENARIOS, self._client.scenarios())
        operation.succeeded.connect(self.scenariosLoaded)
        operation.failed.connect(self.failed)

    def start(self, scenario_id: str, language: ScenarioLanguage) -> None:
        self._watch(
            self._runner.run(
                OperationName.TRAINING_START, self._client.start(scenario_id, language)
            )
        )

    def mark(self, check_id: str) -> None:
        self._watch(self._runner.run(OperationName.TRAINING_CHECK, self._client.mark(check_id)))

    @Slot()
    def refresh(self) -> None:
        self._watch(self._runner.run(OperationName.TRAINING_STATE, self._client.state()))

    def _watch(self, operation: Operation) -> None:
        operation.succeeded.connect(self._state_arrived)
        operation.failed.connect(self.failed)

    @Slot(object)
    def _state_arrived(self, state: object) -> None:
        if not isinstance(state, TrainingState):
            return
        self.state = state
        if state.status in ("waiting", "running"):
            if not self._poll.isActive():
                self._poll.start()
        else:
            self._poll.stop()
        self.stateChanged.emit(state)

    def shutdown(self) -> None:
        """Stop polling (the composition root closes the client on the core thread)."""
        self._poll.stop()

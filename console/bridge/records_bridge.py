"""Contact forms and statistics for the GUI, as operations on the core's thread.

Called on the GUI thread; each call starts a coroutine on the core thread through the shared
OperationRunner and returns its Operation, whose signals arrive back on the GUI thread. A long
statistics query therefore never blocks the window.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject

from console.bridge.operation_names import OperationName
from console.bridge.operations import Operation, OperationRunner
from console.contract.statistics import StatisticsQuery
from console.core.api import RoutingApi


class RecordsBridge(QObject):
    def __init__(
        self,
        runner: OperationRunner,
        api: Callable[[], RoutingApi],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._api = api  # read when called: the API exists only once signed in

    def contact_form(self) -> Operation:
        return self._runner.run(OperationName.CONTACT_FORM, self._api().contact_form())

    def statistics(self, query: StatisticsQuery) -> Operation:
        return self._runner.run(OperationName.STATISTICS, self._api().statistics(query))

"""The tabs beside "My shift" that a role brings: the team view for supervisors and the
Statistics tab for coordinators. Each is made when the backend first says the signed-in user has
that role (the backend refuses their data to others too)."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from console.contract.enums import Role
from console.contract.resources import Agent
from console.ui.supervisor_view import SupervisorView


class RoleViews:
    """Owns the window's view tabs (`views`) past the first. GUI thread only."""

    def __init__(
        self,
        views: QTabWidget,
        bridge: Any,  # the session bridge: acknowledge_help, acknowledge_debrief, records
        notify: Callable[[], None],
    ) -> None:
        self.views = views
        self._bridge = bridge
        self._notify = notify
        self.supervisor: SupervisorView | None = None
        self.statistics: QWidget | None = None
        self.show_tabs(False)  # a second tab appears only for supervisors and coordinators

    def ensure(self, me: Agent | None) -> None:
        """Make the tabs `me`'s roles bring (once each)."""
        if me is None:
            return
        if self.supervisor is None and Role.SUPERVISOR in me.roles:
            self.supervisor = SupervisorView(
                self._bridge.acknowledge_help,
                parent=self.views,
                acknowledge_debrief=self._bridge.acknowledge_debrief,
                notify=self._notify,
            )
            self.views.addTab(self.supervisor, "")
            self.show_tabs(True)
            self.retranslate()
        if self.statistics is None and Role.COORDINATOR in me.roles:
            # Its module loads the charting library: imported here, when first needed.
            from console.ui.statistics_tab import StatisticsTab  # noqa: PLC0415

            self.statistics = StatisticsTab(self._bridge.records, parent=self.views)
            self.views.addTab(self.statistics, "")
            self.show_tabs(True)
            if Role.VOLUNTEER not in me.roles:
                self.views.setCurrentWidget(self.statistics)  # a coordinator taking no contacts
            self.retranslate()

    def show_tabs(self, shown: bool) -> None:
        """A hidden tab bar must not take the focus: the tab widget hands its focus to the
        bar, so Tab from the window's start went nowhere a screen reader could tell."""
        bar = self.views.tabBar()
        bar.setVisible(shown)
        policy = Qt.FocusPolicy.TabFocus if shown else Qt.FocusPolicy.NoFocus
        bar.setFocusPolicy(policy)
        self.views.setFocusPolicy(policy)

    def retranslate(self) -> None:
        self.views.setTabText(0, QCoreApplication.translate("MainWindow", "My shift"))
        if self.supervisor is not None:
            self.views.setTabText(
                self.views.indexOf(self.supervisor),
                QCoreApplication.translate("MainWindow", "Team"),
            )
            self.supervisor.retranslate()
        if self.statistics is not None:
            self.views.setTabText(
                self.views.indexOf(self.statistics),
                QCoreApplication.translate("MainWindow", "Statistics"),
            )

    def tick(self) -> None:
        if self.supervisor is not None:
            self.supervisor.tick()

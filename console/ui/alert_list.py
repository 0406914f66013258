"""The supervisor's "Needs you now": one row per alert, each with its own Acknowledge button.

A row says who, what (help, high risk, debrief), on which channel and for which age group,
and how many minutes it has waited; the minutes move on with the view's tick. Everything on
a row is plain text (a display name comes from the backend).
"""

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.contract.resources import TeamMember
from console.ui.formatting import fill_number
from console.ui.labels import age_group_label, channel_label
from console.ui.risk_panel import assessed_level_text


@dataclass(frozen=True)
class Alert:
    key: str  # one alert per volunteer and kind
    agent_id: str
    kind: str  # help | risk | debrief
    interaction_id: str | None
    # When this console first saw it (the contract gives no time for a flag or a request).
    since: float = field(default_factory=time.monotonic, compare=False)
    # An assessed high or acute risk: shown above every other alert (issue #20).
    urgent: bool = field(default=False, compare=False)


def headline(alert: Alert, name: str) -> str:
    if alert.kind == "help":
        text = QCoreApplication.translate("SupervisorView", "%1 asks for help")
    elif alert.kind == "debrief":
        text = QCoreApplication.translate("SupervisorView", "%1 would like a debrief")
    else:
        text = QCoreApplication.translate("SupervisorView", "%1 flagged a contact as high risk")
    return text.replace("%1", name)


def detail(alert: Alert, member: TeamMember | None, now: float) -> str:
    """Channel, age group and minutes waiting, as far as they are known."""
    parts = []
    if member is not None and member.current_channel is not None:
        parts.append(channel_label(member.current_channel))
    if member is not None and member.current_age_group is not None:
        parts.append(age_group_label(member.current_age_group))
    if alert.kind == "risk" and member is not None and member.risk_level is not None:
        parts.append(assessed_level_text(member.risk_level, member.risk_assessed_at))
    minutes = int(max(0.0, now - alert.since) // 60)
    parts.append(
        fill_number(QCoreApplication.translate("SupervisorView", "waiting %1 min"), "%1", minutes)
    )
    return " · ".join(parts)


class AlertRow(QFrame):
    """One alert. GUI thread only."""

    def __init__(self, alert: Alert, acknowledge: Callable[[Alert], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.alert = alert
        self.setObjectName(f"alert_{alert.kind}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.headline = QLabel(self)
        self.headline.setObjectName("alertHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)  # a backend display name
        self.headline.setWordWrap(True)
        bold = self.headline.font()
        bold.setBold(True)
        self.headline.setFont(bold)
        self.detail = QLabel(self)
        self.detail.setObjectName("alertDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("acknowledgeButton")
        self.button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.button.clicked.connect(lambda: acknowledge(self.alert))
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.headline)
        words.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(words, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_text(self, name: str, member: TeamMember | None, now: float) -> None:
        title = headline(self.alert, name)
        self.headline.setText(title)
        self.detail.setText(detail(self.alert, member, now))
        label = QCoreApplication.translate("SupervisorView", "Acknowledge: I am on my way")
        self.button.setText(label)
        # A screen reader hears which alert this button is for, not ten identical buttons.
        self.button.setAccessibleName(f"{label} ({title})")


class AlertList(QScrollArea):
    """The rows, oldest first. GUI thread only: the supervisor view adds, drops and ticks."""

    def __init__(self, acknowledge: Callable[[Alert], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorAlerts")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes straight to the rows' buttons (the area scrolls to the focused one).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._acknowledge = acknowledge
        self.rows: dict[str, AlertRow] = {}
        self._body = QWidget(self)
        self._column = QVBoxLayout(self._body)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addStretch(1)
        self.setWidget(self._body)

    def add(self, alert: Alert) -> AlertRow:
        row = AlertRow(alert, self._clicked, self._body)
        urgent = sum(1 for r in self.rows.values() if r.alert.urgent)
        self._column.insertWidget(urgent if alert.urgent else self._column.count() - 1, row)
        row.show()  # now, not on the next loop pass: its button can take focus at once
        self.rows[alert.key] = row
        return row

    def drop(self, key: str) -> bool:
        """Remove an alert's row; True if keyboard focus was on it (the caller moves it)."""
        row = self.rows.pop(key, None)
        if row is None:
            return False
        had_focus = row.button.hasFocus()
        self._column.removeWidget(row)
        row.hide()
        row.deleteLater()
        return had_focus

    def focus_first(self) -> bool:
        """Keyboard focus to the oldest alert's button; False when there is none."""
        for row in self.rows.values():
            if row.button.isEnabled():
                row.button.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def _clicked(self, alert: Alert) -> None:
        self._acknowledge(alert)

"""Care on a long shift: how long you have been on, a gentle reminder to pause after a long
stretch or a heavy contact, and a way to ask a supervisor to talk it through afterwards.

While the reminder is open no new contact may ring (nor count as missed): if the volunteer is
available when it opens, the banner asks for `busy` (`holdOffers`) and says so in its text;
when it closes (Later) it asks for `available` again (`resumeOffers`), unless the volunteer has
chosen another status meanwhile. The backend needs nothing new for this: presence is the
contract's own way to say "no offers now", and the volunteer sees it where they always do.
"""

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from console.contract.enums import Presence
from console.ui.formatting import format_duration

BREAK_AFTER_S = 2 * 3600
SNOOZE_S = 30 * 60


class Wellbeing(QFrame):
    """GUI thread only: the shift page feeds it presence, ticks and heavy contacts, and acts
    on its signals (take a break, ask for a debrief, hold and resume offers)."""

    takeBreak = Signal()
    debriefRequested = Signal()
    holdOffers = Signal()
    resumeOffers = Signal()

    def __init__(
        self,
        break_after_s: float = BREAK_AFTER_S,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wellbeingBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.clock = clock
        self._break_after_s = break_after_s
        self._started: float | None = None
        self._since_break: float | None = None
        self._snoozed_until = 0.0
        self.reason: str | None = None  # long | heavy
        self.debrief = "none"
        self._presence: Presence | None = None
        # none | asked (busy requested) | held (busy because of the reminder)
        self._hold = "none"
        self._open = False
        self.shift_label = QLabel(parent)
        self.shift_label.setObjectName("shiftTimer")
        self.message = QLabel(self)
        self.message.setObjectName("wellbeingMessage")
        self.message.setWordWrap(True)
        self.break_button = QPushButton(self)
        self.break_button.setObjectName("takeBreakButton")
        self.break_button.clicked.connect(self.takeBreak)
        self.debrief_button = QPushButton(self)
        self.debrief_button.setObjectName("debriefButton")
        self.debrief_button.clicked.connect(self.debriefRequested)
        self.later_button = QPushButton(self)
        self.later_button.setObjectName("laterButton")
        self.later_button.clicked.connect(self.later)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        for button in (self.break_button, self.debrief_button, self.later_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        self.retranslate()

    def start(self) -> None:
        self._started = self._since_break = self.clock()

    def presence(self, presence: Presence) -> None:
        self._presence = presence
        if self._hold == "asked" and presence is Presence.BUSY:
            self._hold = "held"
        elif self._hold == "held" and presence is not Presence.BUSY:
            self._hold = "none"  # the volunteer chose a status: theirs to keep
        elif self._hold == "asked" and presence not in (Presence.AVAILABLE, Presence.BUSY):
            self._hold = "none"
        if presence is Presence.BREAK:
            self._since_break = self.clock()
            if self.reason == "long":
                self.reason = None
        self.retranslate()

    def heavy_contact_ended(self) -> None:
        self.reason = "heavy"
        self.retranslate()

    def set_debrief(self, state: str) -> None:
        self.debrief = state
        self.retranslate()

    def _follow_reminder(self, open_now: bool) -> None:
        """Hold offers when the reminder opens, resume them when it closes."""
        if open_now == self._open:
            return
        self._open = open_now
        if open_now and self._presence is Presence.AVAILABLE:
            self._hold = "asked"
            self.holdOffers.emit()
        elif not open_now:
            held = self._hold != "none" and self._presence is Presence.BUSY
            self._hold = "none"
            if held:
                self.resumeOffers.emit()

    @Slot()
    def later(self) -> None:
        self._snoozed_until = self.clock() + SNOOZE_S
        self.reason = None
        self.retranslate()

    def tick(self) -> None:
        if self._started is None or self._since_break is None:
            return
        now = self.clock()
        due = now - self._since_break >= self._break_after_s and now >= self._snoozed_until
        if due and self.reason is None:
            self.reason = "long"
        self.retranslate()

    def retranslate(self) -> None:
        if self._started is not None:
            on_shift = format_duration(self.clock() - self._started)
            self.shift_label.setText(
                QCoreApplication.translate("Wellbeing", "On shift %1").replace("%1", on_shift)
            )
        self.break_button.setText(QCoreApplication.translate("Wellbeing", "Take a break"))
        self.debrief_button.setText(QCoreApplication.translate("Wellbeing", "Ask for a debrief"))
        self.later_button.setText(QCoreApplication.translate("Wellbeing", "Later"))
        texts = []
        if self.reason == "long" and self._since_break is not None:
            stretch = format_duration(self.clock() - self._since_break)
            texts.append(
                QCoreApplication.translate(
                    "Wellbeing",
                    "You have been on shift for %1 without a break. A short pause helps you "
                    "stay present for the next caller.",
                ).replace("%1", stretch)
            )
        elif self.reason == "heavy":
            texts.append(
                QCoreApplication.translate(
                    "Wellbeing", "That was a heavy contact. Take a moment before the next one."
                )
            )
        if self.debrief == "requested":
            texts.append(
                QCoreApplication.translate(
                    "Wellbeing", "A supervisor has been asked to talk it through with you."
                )
            )
        elif self.debrief == "acknowledged":
            texts.append(
                QCoreApplication.translate(
                    "Wellbeing", "A supervisor will talk it through with you."
                )
            )
        self._follow_reminder(self.reason is not None)
        if self._hold != "none" and self.reason is not None:
            texts.append(
                QCoreApplication.translate(
                    "Wellbeing",
                    "No new contacts come to you while this note is open: your status is Busy. "
                    "Choose Later when you are ready for the next one.",
                )
            )
        self.message.setText("\n".join(texts))
        self.debrief_button.setVisible(self.debrief == "none")
        self.break_button.setVisible(self.reason is not None)
        self.later_button.setVisible(self.reason is not None)
        self.setVisible(bool(texts))

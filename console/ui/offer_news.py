"""What the volunteer is told as offers come and go: the flash and notification when one
arrives, the line under the list (and its announcement) when one leaves unanswered.

One offer is told at once, as it happens. A burst (a broken backend once sent 5,000 offers at
once, then withdrew them all) is not told 5,000 times: each kind of news is told at most once
per HOLD_MS, and what comes in between is gathered and told once when that time is up, as one
notification, or one line with a count. A screen reader says a sentence or two; the work per
offer is a few counters. Order is kept: a new offer hides the line at once, and departures
gathered before it are not told after it (told one by one, the line would have gone too).
"""

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

from console.contract.resources import Offer
from console.ui.offer_notice import OfferNotice, offer_gone_text

HOLD_MS = 1000


class OfferNews(QObject):
    """GUI thread only: the shift page calls `arrived` and `gone` for every offer that comes or
    leaves; `notice`, `tell_arrival` and `any_waiting` are called on the GUI thread too."""

    def __init__(
        self,
        notice: OfferNotice,
        tell_arrival: Callable[[], None],
        any_waiting: Callable[[], bool],
        parent: QObject | None = None,
        hold_ms: int = HOLD_MS,
    ) -> None:
        super().__init__(parent)
        self._notice = notice
        self._tell_arrival = tell_arrival
        self._any_waiting = any_waiting
        self._hold_s = hold_ms / 1000
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._hold_over)
        self._arrival_told = -math.inf  # when each kind was last told (monotonic seconds)
        self._gone_told = -math.inf
        self._arrivals = 0  # gathered, not told yet
        self._gone = 0
        self._last_gone: Offer | None = None

    def arrived(self) -> None:
        self._gone = 0  # the line goes now: departures before this one are not told after it
        self._last_gone = None
        self._notice.offer_arrived()
        if time.monotonic() - self._arrival_told >= self._hold_s:
            self._arrival_told = time.monotonic()
            self._tell_arrival()
        else:
            self._arrivals += 1
            self._wake_at(self._arrival_told)

    def gone(self, offer: Offer) -> None:
        if offer_gone_text(offer) is None:  # the volunteer declined it, or took it
            return
        if time.monotonic() - self._gone_told >= self._hold_s:
            self._gone_told = time.monotonic()
            self._notice.offer_gone(offer)
        else:
            self._gone += 1
            self._last_gone = offer
            self._wake_at(self._gone_told)

    def _wake_at(self, told: float) -> None:
        left_ms = max(0, math.ceil((told + self._hold_s - time.monotonic()) * 1000))
        if not self._timer.isActive() or self._timer.remainingTime() > left_ms:
            self._timer.start(left_ms)

    @Slot()
    def _hold_over(self) -> None:
        now = time.monotonic()
        if self._arrivals and now - self._arrival_told >= self._hold_s:
            self._arrivals = 0
            if self._any_waiting():  # not "someone waits" once the burst has gone again
                self._arrival_told = now
                self._tell_arrival()
        if self._last_gone is not None and now - self._gone_told >= self._hold_s:
            self._gone_told = now
            self._notice.offer_gone(self._last_gone, self._gone)
            self._gone = 0
            self._last_gone = None
        if self._arrivals:
            self._wake_at(self._arrival_told)
        if self._last_gone is not None:
            self._wake_at(self._gone_told)

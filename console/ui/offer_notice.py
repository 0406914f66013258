"""Why an offer went away when the volunteer did not answer it: a short, calm line at the foot
of the offer list ("The caller hung up before you answered"), also said to screen readers.

The line takes room inside the list (its viewport shrinks from below), so nothing outside the
list moves and no button slides away under the cursor.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from console.contract.enums import Channel, OfferEndReason, OfferState
from console.contract.resources import Offer
from console.ui.accessibility import announce
from console.ui.plurals import Plurals


def offer_gone_text(offer: Offer) -> str | None:
    """What to tell the volunteer when `offer` left the list; None when they caused it (they
    declined it) or it became their contact."""
    reason = offer.reason
    if reason is None:  # a backend from before `reason`: read it from the state
        reason = {
            OfferState.EXPIRED: OfferEndReason.EXPIRED,
            OfferState.RESCINDED: OfferEndReason.OTHER,
        }.get(offer.state)
    if reason is None or reason is OfferEndReason.DECLINED:
        return None
    if reason is OfferEndReason.EXPIRED:
        return QCoreApplication.translate(
            "MainWindow", "You missed an offer. It has gone to a colleague."
        )
    if reason is OfferEndReason.CALLER_LEFT:
        if offer.channel is Channel.CHAT:
            return QCoreApplication.translate(
                "OfferNotice", "The chatter left before you answered."
            )
        return QCoreApplication.translate("OfferNotice", "The caller hung up before you answered.")
    if reason is OfferEndReason.AGENT_UNAVAILABLE:
        return QCoreApplication.translate(
            "OfferNotice", "An offer went back to the queue when your status changed."
        )
    return QCoreApplication.translate(
        "OfferNotice", "An offer was withdrawn. It has gone back to the queue."
    )


def offers_gone_text(offer: Offer, count: int) -> str | None:
    """The line for `count` offers that left unanswered, `offer` the last of them."""
    return Plurals().offers_left(count) if count > 1 else offer_gone_text(offer)


class OfferNotice(QLabel):
    """The line under the offers. GUI thread only: the shift page's OfferNews calls
    `offer_gone` when offers left the list (one, or a burst of `count`) and `offer_arrived`
    when a new one comes."""

    def __init__(self, offers_view: QAbstractScrollArea) -> None:
        super().__init__(offers_view)
        self.setObjectName("offerNotice")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setMargin(4)
        self._view = offers_view
        self._gone: Offer | None = None
        self._gone_count = 1
        offers_view.installEventFilter(self)
        self.hide()

    def offer_gone(self, offer: Offer, count: int = 1) -> None:
        self._gone = offer
        self._gone_count = count
        text = offers_gone_text(offer, count)
        if text is None:
            return
        self.setText(text)
        self._place(True)
        announce(self.window(), text)

    def offer_arrived(self) -> None:
        self._gone = None
        self._place(False)

    def retranslate(self) -> None:
        if self._gone is not None and self.isVisible():
            self.setText(offers_gone_text(self._gone, self._gone_count) or "")
            self._place(True)

    def _place(self, visible: bool) -> None:
        view = self._view
        if not visible:
            if self.isHidden():
                return  # already out of the way: a burst of new offers relays out nothing
            self.hide()
            view.setViewportMargins(0, 0, 0, 0)
            return
        frame = view.frameWidth()
        width = max(1, view.width() - 2 * frame)
        height = self.heightForWidth(width)
        self.setGeometry(frame, view.height() - frame - height, width, height)
        view.setViewportMargins(0, 0, 0, height)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place(True)
        return False

"""Incoming offers: what is waiting, for whom, how long; accept or decline with one key.

Every change costs the same however many offers wait (a hostile or broken backend once sent
5,000 at once): offers are found by id, not by walking the list; the list lays itself out in
batches between events; the once-a-second countdown rewrites only the rows in view (a row
scrolled into view is brought up to date at once). A language switch rewrites every row.
"""

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.config.shortcuts import DEFAULTS as DEFAULT_KEYS
from console.contract.enums import SAMI_LANGUAGES
from console.contract.resources import Offer
from console.ui.formatting import format_duration
from console.ui.labels import age_group_icon, age_group_label, channel_label, language_label


def offer_text(offer: Offer, now: datetime) -> str:
    waited = format_duration((now - offer.enqueued_at).total_seconds())
    left = max(0, round((offer.expires_at - now).total_seconds()))
    sami = "★ " if offer.language in SAMI_LANGUAGES else ""
    line1 = " · ".join(
        [
            channel_label(offer.channel),
            age_group_label(offer.age_group),
            sami + language_label(offer.language),
        ]
    )
    line2 = (
        QCoreApplication.translate("OffersPanel", "Routed to %1 · waiting %2 · answer within %3 s")
        .replace("%1", offer.org.name)
        .replace("%2", waited)
        .replace("%3", str(left))
    )
    return f"{line1}\n{line2}"


# Rows laid out per pass of the event loop: a few milliseconds, whatever the number of offers.
LAYOUT_BATCH = 50


class OffersPanel(QWidget):
    """The offers waiting for this volunteer. GUI thread only."""

    acceptRequested = Signal(str)
    declineRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None, keys: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._keys = keys or DEFAULT_KEYS
        self._offers: dict[str, Offer] = {}
        self._items: dict[str, QListWidgetItem] = {}
        self._accepting: set[str] = set()
        self._online = True
        self._heading = QLabel(self)
        self._heading.setObjectName("offersHeading")
        self.list = QListWidget(self)
        self.list.setObjectName("offerList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setIconSize(QSize(24, 24))
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(LAYOUT_BATCH)
        self.list.verticalScrollBar().valueChanged.connect(self.tick)
        self.list.itemActivated.connect(self._activated)
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.clicked.connect(self._accept)
        self.decline_button = QPushButton(self)
        self.decline_button.setObjectName("declineButton")
        self.decline_button.clicked.connect(self._decline)
        # A click answers; it does not keep the focus (the volunteer goes on typing elsewhere).
        self.accept_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.decline_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.decline_button)
        self.setMinimumWidth(300)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self._heading.setText(QCoreApplication.translate("OffersPanel", "Waiting for you"))
        self.list.setAccessibleName(self._heading.text())
        self.accept_button.setText(QCoreApplication.translate("OffersPanel", "Accept"))
        self.accept_button.setToolTip(
            QCoreApplication.translate("OffersPanel", "Accept the selected contact (%1)").replace(
                "%1", self._keys["accept"]
            )
        )
        self.decline_button.setText(QCoreApplication.translate("OffersPanel", "Decline"))
        self.decline_button.setToolTip(
            QCoreApplication.translate(
                "OffersPanel", "Decline: it goes to a colleague (%1)"
            ).replace("%1", self._keys["decline"])
        )
        self._refresh(0, self.list.count() - 1)  # every row: none may stay in the old language

    def decline_hint(self) -> str:
        """What a screen reader says when Space or Enter meets Decline: the deliberate way."""
        return QCoreApplication.translate(
            "OffersPanel", "To decline, press %1 or click Decline."
        ).replace("%1", self._keys["decline"])

    @Slot()
    def accept_selected(self) -> None:
        self._accept()

    @Slot()
    def decline_selected(self) -> None:
        self._decline()

    def offers(self) -> list[Offer]:
        return list(self._offers.values())

    def has(self, offer_id: str) -> bool:
        return offer_id in self._offers

    def any_waiting(self) -> bool:
        return bool(self._offers)

    def upsert(self, offer: Offer) -> None:
        self._offers[offer.id] = offer
        item = self._items.get(offer.id)
        if item is None:
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, offer.id)
            self._items[offer.id] = item
            if self.list.currentItem() is None:
                self.list.setCurrentItem(item)
        item.setIcon(age_group_icon(offer.age_group))
        item.setText(offer_text(offer, datetime.now(UTC)))
        self._update_buttons()

    def remove(self, offer_id: str) -> None:
        self._offers.pop(offer_id, None)
        self._accepting.discard(offer_id)
        item = self._items.pop(offer_id, None)
        if item is not None:
            self.list.takeItem(self.list.row(item))
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    @Slot()
    def tick(self) -> None:
        """Bring the rows in view up to date (waiting time, seconds left to answer)."""
        if not self._items:
            return
        viewport = self.list.viewport()
        top = self.list.indexAt(QPoint(0, 0)).row()
        bottom = self.list.indexAt(QPoint(0, max(0, viewport.height() - 1))).row()
        first = max(0, top)
        if bottom < 0:  # the view ends below the last row, or is not laid out yet
            bottom = first + viewport.height() // max(1, self.fontMetrics().lineSpacing())
        self._refresh(first, bottom)

    def _refresh(self, first: int, last: int) -> None:
        now = datetime.now(UTC)
        for row in range(first, min(last, self.list.count() - 1) + 1):
            item = self.list.item(row)
            offer = self._offers.get(item.data(Qt.ItemDataRole.UserRole))
            if offer is not None:
                text = offer_text(offer, now)
                if item.text() != text:
                    item.setText(text)

    def set_online(self, online: bool) -> None:
        self._online = online
        self._update_buttons()

    def _selected(self) -> str | None:
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() else None)
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        enabled = bool(self._offers) and self._online
        self.accept_button.setEnabled(enabled)
        self.decline_button.setEnabled(enabled)

    @Slot()
    def _accept(self) -> None:
        offer_id = self._selected()
        if offer_id is None or not self.accept_button.isEnabled():
            return
        # One answer per offer: a second click while the first is on its way sends nothing
        # (on a slow line the first accept can take seconds to come back).
        if offer_id in self._accepting:
            return
        self._accepting.add(offer_id)
        self.acceptRequested.emit(offer_id)

    def accept_failed(self) -> None:
        """The backend refused or never answered: the offers may be answered again."""
        self._accepting.clear()

    @Slot()
    def _decline(self) -> None:
        offer_id = self._selected()
        if offer_id is not None and self.decline_button.isEnabled():
            self.declineRequested.emit(offer_id)

    @Slot(QListWidgetItem)
    def _activated(self, item: QListWidgetItem) -> None:
        self.list.setCurrentItem(item)
        self._accept()

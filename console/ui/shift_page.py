"""The volunteer's shift: presence, connection, offers on the left and open contacts on the
right, in one calm view."""

import functools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.bridge.operation_names import OperationName
from console.contract.enums import InteractionState, Presence, RoutingState
from console.contract.forms import ContactForm
from console.contract.resources import (
    Agent,
    Interaction,
    Message,
    Municipality,
    MunicipalityList,
    Offer,
    Transfer,
    TransferTarget,
)
from console.core.connection import ConnectionState, Phase
from console.core.errors import CoreError, ErrorKind
from console.core.outbox import OutgoingMessage
from console.ui.accessibility import announce
from console.ui.after_contact import release_when_deleted
from console.ui.connection_banner import ConnectionBanner
from console.ui.contact_flow import FlowCommands, next_step, wrap_up_start
from console.ui.contact_panel import ERRORS_SHOWN_IN_PANEL, ContactCommands, ContactPanel
from console.ui.contact_tabs import ContactTabLabels
from console.ui.end_undo import EndUndo
from console.ui.formatting import format_duration
from console.ui.key_safety import KeySafety
from console.ui.labels import (
    age_group_icon,
    channel_label,
    connection_label,
    error_message,
    offline_reason,
    presence_label,
    routing_label,
)
from console.ui.offer_news import OfferNews
from console.ui.offer_notice import OfferNotice
from console.ui.offers_panel import OffersPanel
from console.ui.risk_panel import usable_risk_form
from console.ui.wellbeing import Wellbeing

CHOOSABLE = (Presence.AVAILABLE, Presence.BUSY, Presence.BREAK)


class ShiftCommands(ContactCommands, Protocol):
    """What the shift page may ask of the session (narrow on purpose).

    Called on the GUI thread only; the bridge that implements it hands the work to the core thread.
    """

    def set_presence(self, presence: Presence) -> object: ...
    def accept(self, offer_id: str) -> object: ...
    def decline(self, offer_id: str) -> object: ...
    def request_debrief(self) -> object: ...
    def reconnect_now(self) -> None: ...
    def transfer_targets(self) -> list[TransferTarget]: ...


class PresenceDisplay(Protocol):
    """Where else the volunteer's presence shows (the tray icon). Called on the GUI thread only."""

    def set_presence(self, presence: Presence | None) -> None: ...


class ShiftPage(QWidget):
    """GUI thread only: the bridge's connection, outbox and failure signals arrive queued on
    the GUI thread; the window hands it store changes and the clock's tick."""

    def __init__(
        self,
        commands: ShiftCommands,
        keys: dict[str, str],
        presence_display: PresenceDisplay,
        offer_arrived: Callable[[], None],
        offers_open: Callable[[bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # A QWidget subclass paints no stylesheet background unless told (a plain QWidget
        # does): the theme's window colour must reach this page as before.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._commands = commands
        self._keys = keys
        self._presence_display = presence_display
        self._offer_arrived = offer_arrived
        self._offers_open = offers_open
        self.me: Agent | None = None
        self._online = False
        self._panels: dict[str, ContactPanel] = {}
        self.contact_form: ContactForm | None = None  # None: the plain outcome list
        # Read once, when the first contact opens (not before: the start does not need it).
        self._risk_form = functools.cache(usable_risk_form)
        self._municipalities: list[Municipality] = []
        self.key_safety = KeySafety(self)
        self.end_undo = EndUndo(commands.end, keys["undo_end"], parent=self)
        self.end_undo.undone.connect(self._end_undone)
        self.end_undo.sent.connect(self._end_sent)
        self._flow = FlowCommands(commands, self.end_undo, self._asked)
        self.banner = ConnectionBanner(self)
        self.banner.retryRequested.connect(self._retry_connection)
        top = self._build_top()
        self.offers = OffersPanel(self, keys)
        self.offers.acceptRequested.connect(self._accept)
        self.offers.declineRequested.connect(self._decline)
        self.key_safety.guard(self.offers.decline_button, self.offers.decline_hint)
        self.offer_notice = OfferNotice(self.offers.list)
        self.offer_news = OfferNews(
            self.offer_notice, self._tell_arrival, self.offers.any_waiting, self
        )
        self.contacts = QTabWidget(self)
        self.contacts.setObjectName("contactTabs")
        self.tab_labels = ContactTabLabels(self.contacts)
        self._empty = QLabel(self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setObjectName("noContactsLabel")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._empty, 1)
        right_layout.addWidget(self.contacts, 1)
        # Notices come and go below the contacts, never above anything clickable: a banner
        # that appears must not move Accept or a contact's buttons under the cursor.
        for notice in (self.end_undo, self.banner, self.error_label, self.wellbeing):
            right_layout.addWidget(notice)
        self.contacts.hide()
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("shiftSplitter")
        self.splitter.addWidget(self.offers)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 820])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def _build_top(self) -> QHBoxLayout:
        self.presence = QComboBox(self)
        self.presence.setObjectName("presenceSelector")
        self.presence.activated.connect(self._presence_chosen)
        self._presence_time = QLabel(self)
        self._presence_time.setObjectName("presenceTime")
        self.routing = QLabel(self)
        self.routing.setObjectName("routingState")
        self.routing.setWordWrap(True)
        self.become_available = QPushButton(self)
        self.become_available.setObjectName("becomeAvailableButton")
        self.become_available.clicked.connect(self._become_available)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.wellbeing = Wellbeing(parent=self)
        self.wellbeing.takeBreak.connect(self._take_break)
        self.wellbeing.debriefRequested.connect(self._request_debrief)
        self.wellbeing.holdOffers.connect(lambda: self._commands.set_presence(Presence.BUSY))
        self.wellbeing.resumeOffers.connect(self._become_available)
        top = QHBoxLayout()
        self._presence_caption = QLabel(self)
        self._presence_caption.setObjectName("presenceCaption")
        self._presence_caption.setBuddy(self.presence)  # its name on the accessibility bus
        top.addWidget(self._presence_caption)
        top.addWidget(self.presence)
        top.addWidget(self._presence_time)
        top.addWidget(self.routing, 1)
        top.addWidget(self.become_available)
        top.addWidget(self.wellbeing.shift_label)
        return top

    def retranslate(self) -> None:
        self._presence_caption.setText(QCoreApplication.translate("MainWindow", "Status:"))
        self.presence.setAccessibleName(QCoreApplication.translate("MainWindow", "Your presence"))
        self.end_undo.retranslate()
        for guarded in self._panels.values():
            self._guard(guarded)
        self.contacts.setAccessibleName(QCoreApplication.translate("MainWindow", "Open contacts"))
        self.become_available.setText(
            QCoreApplication.translate("MainWindow", "Become available again")
        )
        self._empty.setText(
            QCoreApplication.translate(
                "MainWindow", "No active contacts. Offers appear on the left."
            )
        )
        self.presence.clear()
        for presence in CHOOSABLE:
            self.presence.addItem(presence_label(presence), presence)
        self.presence.setPlaceholderText(QCoreApplication.translate("MainWindow", "Not connected"))
        self.wellbeing.retranslate()
        self.banner.retranslate()
        self.offers.retranslate()
        self.offer_notice.retranslate()
        for index in range(self.contacts.count()):
            panel = self.contacts.widget(index)
            if isinstance(panel, ContactPanel):
                panel.retranslate()
                self.contacts.setTabText(index, self._tab_title(panel.interaction))
        self._refresh_tabs()

    # ------------------------------------------------------------ state in

    def set_me(self, me: Agent) -> None:
        self.me = me
        self.tab_labels.set_me(me)
        self._refresh_tabs()
        self.render_me()

    def _refresh_tabs(self) -> None:
        self.tab_labels.refresh({i: panel.interaction for i, panel in self._panels.items()})

    def offer_changed(self, offer: Offer, removed: bool) -> None:
        # Costs the same however many offers wait: a burst of 5,000 runs this 5,000 times.
        if removed:
            self.offers.remove(offer.id)
            self.offer_news.gone(offer)  # why it went, unless the volunteer chose it
        else:
            is_new = not self.offers.has(offer.id)
            self.offers.upsert(offer)
            if is_new:
                self.offer_news.arrived()
        self._offers_open(self.offers.any_waiting())

    def _tell_arrival(self) -> None:
        QApplication.alert(self.window())
        self._offer_arrived()

    def interaction_changed(self, interaction: Interaction, removed: bool) -> None:
        panel = self._panels.get(interaction.id)
        if removed or interaction.state not in (InteractionState.ACTIVE, InteractionState.WRAP_UP):
            self.end_undo.forget(interaction.id)
            if panel is not None:
                had_focus = self._holds_focus(panel)
                self.contacts.removeTab(self.contacts.indexOf(panel))
                del self._panels[interaction.id]
                release_when_deleted(panel)  # what it left in shared caches (after_contact.py)
                panel.deleteLater()
                if interaction.flags.risk:
                    self.wellbeing.heavy_contact_ended()
                if had_focus:
                    self._empty.setVisible(not self._panels)
                    self.contacts.setVisible(bool(self._panels))
                    self.focus_after_contact()
        elif panel is None:
            panel = ContactPanel(
                interaction,
                self._flow,
                self._commands.transfer_targets(),
                self.municipalities,
                self.contacts,
                self._keys,
                form=self.contact_form,
                risk_form=self._risk_form(),
            )
            panel.set_online(self._online)
            self._panels[interaction.id] = panel
            index = self.contacts.addTab(
                panel, age_group_icon(interaction.age_group), self._tab_title(interaction)
            )
            self.contacts.setCurrentIndex(index)
            self._guard(panel)
            self._focus(next_step(panel))  # accepted: the volunteer replies (or holds) next
        else:
            was = panel.interaction.state
            # Asked before the update: it disables the focused reply box or Hold, and Qt
            # would hand the focus on to whatever comes next in the chain.
            ours = self._holds_focus(panel) or self._focused() is self.end_undo.undo_button
            panel.set_interaction(interaction)
            wrapping = interaction.state is InteractionState.WRAP_UP
            begun = wrapping and was is not InteractionState.WRAP_UP
            if begun and ours and self.current_panel() is panel:
                self._focus(wrap_up_start(panel))
            self.contacts.setTabText(self.contacts.indexOf(panel), self._tab_title(interaction))
        self._empty.setVisible(not self._panels)
        self.contacts.setVisible(bool(self._panels))
        self._refresh_tabs()

    @Slot(object)
    def contact_form_loaded(self, form: object) -> None:
        """The organisation's wrap-up form: contacts opened from now on use it."""
        if isinstance(form, ContactForm):
            self.contact_form = form

    def transfer_changed(self, transfer: Transfer) -> None:
        owner = self._panels.get(transfer.interaction_id)
        if owner is not None:
            owner.set_transfer(transfer)

    def message_added(self, message: Message) -> None:
        panel = self._panels.get(message.interaction_id)
        if panel is not None:
            panel.add_message(message)

    @Slot(object)
    def outbox_changed(self, message: OutgoingMessage) -> None:
        panel = self._panels.get(message.interaction_id)
        if panel is not None:
            panel.set_outgoing(message)

    @Slot(object)
    def set_connection(self, state: ConnectionState) -> None:
        if state.phase is not self.banner.state.phase:
            announce(self.window(), connection_label(state.phase))
        self.banner.set_state(state)
        self._online = state.phase is Phase.LIVE
        reason = "" if self._online else offline_reason()
        self.presence.setEnabled(self._online)
        self.presence.setToolTip(reason)
        idle = not self._panels and not self.offers.list.count()
        if self._online and idle and self._focused() in (None, self.offers.list):
            self._focus(self.presence)  # live: the first control, in reading order
        self.offers.set_online(self._online)
        for panel in self._panels.values():
            panel.set_online(self._online)
        self.render_me()

    @Slot(object, object)
    def command_failed(self, operation: OperationName, error: object) -> None:
        if operation is OperationName.REAUTHENTICATE:
            return  # said on the lock page
        if operation in ERRORS_SHOWN_IN_PANEL:
            return  # said in the contact's panel, and gone with the contact
        if (
            operation is OperationName.SIGN_OUT
            and isinstance(error, CoreError)
            and (error.kind is ErrorKind.CONFLICT)
        ):
            self.show_error(
                QCoreApplication.translate(
                    "MainWindow", "You cannot sign out while a contact is open. End it first."
                )
            )
            return
        self.show_error(error_message(error))
        if operation is OperationName.ACCEPT:
            self.offers.accept_failed()
        if operation is OperationName.PRESENCE:
            self.render_me()

    @Slot()
    def signed_out(self) -> None:
        self.show_error(error_message(CoreError(ErrorKind.SIGN_IN_REQUIRED, "signed out")))

    @Slot(object)
    def municipalities_loaded(self, result: object) -> None:
        if isinstance(result, MunicipalityList):
            self._municipalities = list(result.municipalities)

    def municipalities(self) -> list[Municipality]:
        return self._municipalities

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # ------------------------------------------------------------ rendering

    def render_me(self) -> None:
        me = self.me
        if me is None:
            self.routing.setText("")
            self.become_available.hide()
            return
        # Without a connection nobody can reach the volunteer: never show them as available.
        self.presence.setCurrentIndex(self.presence.findData(me.presence) if self._online else -1)
        self._presence_display.set_presence(me.presence if self._online else None)
        self.wellbeing.presence(me.presence)
        self.wellbeing.set_debrief(me.debrief)
        not_responding = me.routing_state is RoutingState.NOT_RESPONDING
        if me.presence is not Presence.AVAILABLE and me.routing_state is RoutingState.IDLE:
            routing = QCoreApplication.translate(
                "MainWindow", "No new contacts come to you until you are available."
            )
        else:
            routing = routing_label(me.routing_state)
        self.routing.setText(routing)
        self.routing.setProperty("alert", not_responding)
        self.routing.style().unpolish(self.routing)
        self.routing.style().polish(self.routing)
        self.become_available.setVisible(not_responding)
        self.become_available.setEnabled(self._online)
        self.tick()

    def tick(self) -> None:
        if self.me is not None:
            since = (datetime.now(UTC) - self.me.presence_since).total_seconds()
            self._presence_time.setText(format_duration(since))
        self.offers.tick()
        self.wellbeing.tick()
        for panel in self._panels.values():
            panel.tick()

    def _tab_title(self, interaction: Interaction) -> str:
        return channel_label(interaction.channel)

    # -------------------------------------------------------------- actions

    @Slot(int)
    def _presence_chosen(self, index: int) -> None:
        presence = self.presence.itemData(index)
        if presence is not None:
            self._commands.set_presence(Presence(presence))

    @Slot()
    def _become_available(self) -> None:
        self._commands.set_presence(Presence.AVAILABLE)

    @Slot(str)
    def _accept(self, offer_id: str) -> None:
        self.show_error("")
        self._commands.accept(offer_id)

    @Slot(str)
    def _decline(self, offer_id: str) -> None:
        self._commands.decline(offer_id)

    def current_panel(self) -> ContactPanel | None:
        panel = self.contacts.currentWidget()
        return panel if isinstance(panel, ContactPanel) else None

    @Slot()
    def end_current(self) -> None:
        panel = self.current_panel()
        if panel is not None and panel.end_button.isEnabled():
            panel.end_button.click()

    @Slot()
    def undo_end(self) -> None:
        self.end_undo.undo()

    @Slot()
    def complete_current_transfer(self) -> None:
        panel = self.current_panel()
        if panel is not None:
            self._press(panel, panel.transfer_bar.complete_button)

    @Slot()
    def cancel_current_transfer(self) -> None:
        panel = self.current_panel()
        if panel is not None:
            self._press(panel, panel.transfer_bar.cancel_button)

    @staticmethod
    def _press(panel: ContactPanel, button: QPushButton) -> None:
        """A shortcut presses a button only when the volunteer could click it."""
        if button.isVisibleTo(panel) and button.isEnabled():
            button.click()

    # ---------------------------------------------------------------- focus

    def _guard(self, panel: ContactPanel) -> None:
        """A contact's destructive buttons: a click or their modifier shortcut, never a
        stray Space or Enter (see key_safety)."""
        bar = panel.transfer_bar

        def hint(key: str) -> Callable[[], str]:
            return lambda: QCoreApplication.translate(
                "ShiftPage", "Press %1 to do this, or click it."
            ).replace("%1", self._keys.get(key, ""))

        # When the focus rests on the call panel itself, a screen reader names the contact.
        panel.setAccessibleName(panel.title())
        self.key_safety.guard(panel.end_button, hint("end"))
        for index, button in enumerate(bar.buttons.values(), start=1):
            self.key_safety.guard(button, hint(f"transfer_{index}"))
        self.key_safety.guard(bar.complete_button, hint("complete_transfer"))
        self.key_safety.guard(bar.cancel_button, hint("cancel_transfer"))
        # Safe buttons still keep the focus out of a click: the volunteer goes on typing.
        for button in (panel.risk_button, panel.help_button, panel.hold_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focused(self) -> QWidget | None:
        return self.window().focusWidget()

    def _holds_focus(self, panel: QWidget) -> bool:
        focused = self._focused()
        return focused is None or focused is panel or panel.isAncestorOf(focused)

    def focus_after_contact(self) -> None:
        """A contact closed: the other contact's next step, else the offers, else presence."""
        panel = self.current_panel()
        if panel is not None:
            self._focus(next_step(panel))
        elif self.offers.list.count() or not self.presence.isEnabled():
            self._focus(self.offers.list)
        else:
            self._focus(self.presence)

    def _asked(self, step: str, subject: str) -> None:
        """A contact step was asked for (FlowCommands): move the focus to what comes next."""
        if step == "end":
            self._focus(self.end_undo.undo_button)
            return
        panel = self._panels.get(subject)
        if panel is None:  # a transfer's id: its contact's panel
            panel = next(
                (
                    p
                    for p in self._panels.values()
                    if p.transfer_bar.transfer is not None and p.transfer_bar.transfer.id == subject
                ),
                None,
            )
        if panel is not None and step != "wrap_up":
            self._focus(next_step(panel))

    @Slot(str)
    def _end_sent(self, interaction_id: str) -> None:
        """The undo bar goes: the focus waits in the contact for its wrap-up."""
        panel = self._panels.get(interaction_id)
        focused = self.window().focusWidget()
        if panel is not None and focused in (None, self.end_undo.undo_button):
            self.contacts.setCurrentWidget(panel)
            self._focus(next_step(panel))

    @Slot(str)
    def _end_undone(self, interaction_id: str) -> None:
        panel = self._panels.get(interaction_id)
        if panel is not None:
            self.contacts.setCurrentWidget(panel)
            self._focus(next_step(panel))

    @Slot()
    def _retry_connection(self) -> None:
        self._commands.reconnect_now()

    @Slot()
    def _take_break(self) -> None:
        self._commands.set_presence(Presence.BREAK)

    @Slot()
    def _request_debrief(self) -> None:
        self._commands.request_debrief()

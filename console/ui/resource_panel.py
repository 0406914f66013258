"""The resource panel beside the chat: find a vetted service and put it into the reply box.

By default it lists services for the contact's target group with texts in the contact's
language; a service with an age floor stays hidden for a child or young person until the
volunteer enters an age at or above it. "Put in reply" inserts only the public fields, in the
contact's language, and never sends; the private fields are shown to the volunteer, marked, and
have no way into the chat (console/core/directory_search.py). GUI thread only; the directory
comes from the bridge (loaded in the background, or its offline copy).
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.contract.enums import Channel
from console.contract.resources import DirectoryEntry, Interaction, ResourceDirectory
from console.core.directory_search import (
    DirectoryFilter,
    hidden_by_age,
    pick,
    search,
    shareable_text,
    spaced_phone,
)

ENTRY_ROLE = Qt.ItemDataRole.UserRole


def volunteer_language() -> str:
    """The UI language (console/i18n.py sets the default locale with it), e.g. se_NO."""
    return QLocale().name()


class ResourcePanel(QFrame):
    """Search, filters, results and details for one contact. GUI thread only."""

    shared = Signal(str)  # entry id put into the reply box: "resource shared" on the record

    def __init__(
        self,
        interaction: Interaction,
        directory: Callable[[], ResourceDirectory | None],
        insert: Callable[[str], None],
        parent: QWidget | None = None,
        offline: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resourcePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._interaction = interaction
        self._directory = directory
        self._insert = insert
        self._offline = offline
        self._shown: ResourceDirectory | None = None
        self._title = QLabel(self)
        self._title.setObjectName("resourceTitle")
        self.search = QLineEdit(self)
        self.search.setObjectName("resourceSearch")
        self.search.setClearButtonEnabled(True)
        self._title.setBuddy(self.search)
        self.age = QSpinBox(self)
        self.age.setObjectName("resourceAge")
        self.age.setRange(0, 120)  # 0 shows "age unknown"
        self.all_groups = QCheckBox(self)
        self.all_groups.setObjectName("resourceAllGroups")
        self.only_language = QCheckBox(self)
        self.only_language.setObjectName("resourceOnlyLanguage")
        self.only_language.setChecked(True)
        self.results = QListWidget(self)
        self.results.setObjectName("resourceResults")
        self._build_labels()
        self.insert_button = QPushButton(self)
        self.insert_button.setObjectName("resourceInsertButton")
        self.insert_button.setVisible(interaction.channel is Channel.CHAT)
        self.status = QLabel(self)
        self.status.setObjectName("resourceStatus")
        self.status.setWordWrap(True)
        self._lay_out()
        self.results.setMinimumHeight(90)
        self.results.setMaximumHeight(150)  # the details below stay in view
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._to_results)
        self.age.valueChanged.connect(self.refresh)
        self.all_groups.toggled.connect(self.refresh)
        self.only_language.toggled.connect(self.refresh)
        self.results.currentItemChanged.connect(self._show_details)
        self.results.itemActivated.connect(self._activated)
        self.insert_button.clicked.connect(self.put_in_reply)
        self.retranslate()

    def _lay_out(self) -> None:
        # A scroll area, so a long entry (or a long language) scrolls rather than clips.
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        row = QHBoxLayout()
        row.addWidget(self.age)
        row.addWidget(self.all_groups, 1)
        layout.addWidget(self._title)
        layout.addWidget(self.search)
        layout.addLayout(row)
        for widget in (
            self.only_language,
            self.results,
            self.hidden_note,
            self.details,
            self.private,
            self.insert_button,
            self.status,
        ):
            layout.addWidget(widget)
        scroll = QScrollArea(self)
        scroll.setObjectName("resourceScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_labels(self) -> None:
        self.hidden_note = QLabel(self)
        self.hidden_note.setObjectName("resourceHiddenByAge")
        self.hidden_note.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setObjectName("resourceDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # data-file text, never markup
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.private = QLabel(self)
        self.private.setObjectName("resourcePrivate")
        self.private.setTextFormat(Qt.TextFormat.PlainText)
        self.private.setWordWrap(True)

    # ------------------------------------------------------------ rendering

    def retranslate(self) -> None:
        self._title.setText(QCoreApplication.translate("ResourcePanel", "&Resources"))
        self.search.setPlaceholderText(
            QCoreApplication.translate("ResourcePanel", "Search services (name, need, number)")
        )
        self.search.setAccessibleName(
            QCoreApplication.translate("ResourcePanel", "Search resources")
        )
        self.age.setSpecialValueText(QCoreApplication.translate("ResourcePanel", "Age unknown"))
        self.age.setPrefix(QCoreApplication.translate("ResourcePanel", "Age: "))
        self.age.setAccessibleName(
            QCoreApplication.translate("ResourcePanel", "The contact's age, if known")
        )
        for edit in self.age.findChildren(QLineEdit):  # the spin box's own text field
            edit.setAccessibleName(self.age.accessibleName())
        self.all_groups.setText(QCoreApplication.translate("ResourcePanel", "All target groups"))
        self.only_language.setText(
            QCoreApplication.translate("ResourcePanel", "Only in the contact's language")
        )
        self.results.setAccessibleName(
            QCoreApplication.translate("ResourcePanel", "Matching resources")
        )
        self.insert_button.setText(QCoreApplication.translate("ResourcePanel", "Put in reply"))
        self.insert_button.setAccessibleDescription(
            QCoreApplication.translate(
                "ResourcePanel",
                "Puts the service into the reply box in the contact's language; nothing is sent.",
            )
        )
        self._shown = None
        self.refresh()

    def tick(self) -> None:
        """The directory may arrive after the panel opened: show it when it does."""
        if self._directory() is not self._shown:
            self.refresh()

    def filter(self) -> DirectoryFilter:
        return DirectoryFilter(
            age_group=self._interaction.age_group,
            language=self._interaction.language,
            words=self.search.text(),
            age=self.age.value() or None,
            all_groups=self.all_groups.isChecked(),
            only_language=self.only_language.isChecked(),
        )

    @Slot()
    def refresh(self) -> None:
        directory = self._directory()
        self._shown = directory
        chosen = self.current_entry()
        self.results.clear()
        if directory is None:
            self.status.setText(
                QCoreApplication.translate("ResourcePanel", "The resource directory is loading…")
            )
            self.hidden_note.setText("")
            self._show_details()
            return
        flt = self.filter()
        language = volunteer_language()
        for entry in search(directory.entries, flt):
            item = QListWidgetItem(pick(entry.name, language))
            item.setData(ENTRY_ROLE, entry)
            item.setToolTip(pick(entry.description, language))
            self.results.addItem(item)
            if chosen is not None and entry.id == chosen.id:
                self.results.setCurrentItem(item)
        if self.results.currentItem() is None and self.results.count():
            self.results.setCurrentRow(0)
        hidden = hidden_by_age(directory.entries, flt)
        self.hidden_note.setText(
            QCoreApplication.translate(
                "ResourcePanel",
                "Hidden by an age limit: %1. Enter the contact's age to see them.",
            ).replace("%1", str(hidden))
            if hidden
            else ""
        )
        self.hidden_note.setVisible(bool(hidden))
        notes = []
        if self._offline():
            notes.append(
                QCoreApplication.translate(
                    "ResourcePanel", "Offline copy: the routing service could not be reached."
                )
            )
        if directory.sample:
            notes.append(
                QCoreApplication.translate(
                    "ResourcePanel", "Sample directory: the coordinator maintains it."
                )
            )
        self.status.setText(" ".join(notes))
        self._show_details()

    def current_entry(self) -> DirectoryEntry | None:
        item = self.results.currentItem()
        entry = item.data(ENTRY_ROLE) if item is not None else None
        return entry if isinstance(entry, DirectoryEntry) else None

    @Slot()
    def _show_details(self) -> None:
        entry = self.current_entry()
        self.insert_button.setEnabled(entry is not None)
        if entry is None:
            self.details.setText("")
            self.private.setText("")
            self.private.setVisible(False)
            return
        language = volunteer_language()
        lines = [pick(entry.name, language), pick(entry.description, language)]
        if entry.opening_hours is not None:
            lines.append(pick(entry.opening_hours, language))
        if entry.phone:
            lines.append(
                QCoreApplication.translate("ResourcePanel", "Phone: %1").replace(
                    "%1", spaced_phone(entry.phone)
                )
            )
        if entry.web:
            lines.append(entry.web)
        if entry.age_floor:
            lines.append(
                QCoreApplication.translate("ResourcePanel", "From age %1").replace(
                    "%1", str(entry.age_floor)
                )
            )
        if not entry.verified:
            lines.append(QCoreApplication.translate("ResourcePanel", "Not yet verified."))
        self.details.setText("\n".join(lines))
        self.details.setToolTip(
            QCoreApplication.translate("ResourcePanel", "Source: %1").replace("%1", entry.source)
        )
        private = []
        if entry.private is not None and entry.private.note is not None:
            private.append(pick(entry.private.note, language))
        if entry.private is not None and entry.private.direct_phone:
            private.append(spaced_phone(entry.private.direct_phone))
        self.private.setText(
            QCoreApplication.translate("ResourcePanel", "For you only, never shared: %1").replace(
                "%1", " ".join(private)
            )
            if private
            else ""
        )
        self.private.setVisible(bool(private))

    # -------------------------------------------------------------- actions

    @Slot()
    def _to_results(self) -> None:
        if self.results.count():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(QListWidgetItem)
    def _activated(self, _item: QListWidgetItem) -> None:
        if self.insert_button.isVisible():
            self.put_in_reply()

    @Slot()
    def put_in_reply(self) -> None:
        """The public text into the reply box (focus goes there); sending stays with the
        volunteer."""
        entry = self.current_entry()
        if entry is None or self._interaction.channel is not Channel.CHAT:
            return
        self._insert(shareable_text(entry, self._interaction.language))
        self.shared.emit(entry.id)

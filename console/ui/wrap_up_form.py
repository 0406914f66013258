"""The wrap-up as a contact record: the organisation's form, built from its definition.

Call types come first, as in Aselo: a silent call, a hang-up or a wrong number is filed with one
click on its button; a conversation asks for topics (two levels), age band, gender and actions.
Required fields block completion: Finish names what is missing and puts focus on it. Labels
come from the form definition in the console's language (Lule and South Sámi fall back to
bokmål); the few fixed words around them go through Qt translation. GUI thread only.
"""

import time

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.contract.enums import AgeGroup
from console.contract.forms import (
    CALL_TYPE_FIELD,
    FORM_LANGUAGES,
    ContactForm,
    ContactRecordData,
    FieldKind,
    FormField,
    record_problems,
)

VALUE_ROLE = Qt.ItemDataRole.UserRole
REFILE_AFTER_S = 2.0  # a failed filing (offline, refused) can be retried after this


def form_language() -> str:
    """The console's language as form labels name it (the language manager sets the default
    locale on every switch: se_NO -> se)."""
    code = QLocale().name().split("_", 1)[0]
    return code if code in FORM_LANGUAGES else "en"


class WrapUpForm(QFrame):
    """Emits `filed(form_version, record)` once the record is complete (or closed in one go)."""

    filed = Signal(str, object)

    def __init__(
        self,
        form: ContactForm,
        age_group: AgeGroup,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUpForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.form = form
        self._age_group = age_group
        self._language = language
        self._online = True
        self._filed_at = -REFILE_AFTER_S
        self._field_labels: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {}
        self.call_type_buttons: dict[str, QRadioButton] = {}
        self.closing_buttons: dict[str, QPushButton] = {}
        self._call_types = QButtonGroup(self)
        self._call_types.setExclusive(True)
        self._title = QLabel(self)
        self._title.setObjectName("wrapUpTitle")
        self._problem = QLabel(self)
        self._problem.setObjectName("wrapUpProblem")
        self._problem.setTextFormat(Qt.TextFormat.PlainText)
        self._problem.setWordWrap(True)
        self.finish_button = QPushButton(self)
        self.finish_button.setObjectName("finishWrapUpButton")
        self.finish_button.clicked.connect(self.finish)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(self._build_call_types())
        layout.addLayout(self._build_fields(), 1)
        layout.addWidget(self._problem)
        layout.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate(language)
        self._update_required()

    # ------------------------------------------------------------- building

    def _build_call_types(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self)
        self._field_labels[CALL_TYPE_FIELD] = label
        row.addWidget(label)
        field = self.form.field(CALL_TYPE_FIELD)
        options = field.options if field is not None else []
        # Choices that need more come first (focus lands there); the one-click closers after.
        for option in options:
            if option.closes_record:
                continue
            radio = QRadioButton(self)
            radio.setObjectName(f"callType_{option.id}")
            radio.toggled.connect(self._update_required)
            self._call_types.addButton(radio)
            self.call_type_buttons[option.id] = radio
            row.addWidget(radio)
        row.addSpacing(16)
        for option in options:
            if not option.closes_record:
                continue
            button = QPushButton(self)
            button.setObjectName(f"closeAs_{option.id}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, code=option.id: self._close_as(code))
            self.closing_buttons[option.id] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_fields(self) -> QVBoxLayout:
        """Choices on the left, the option trees on the right, free text across the bottom."""
        whole = QVBoxLayout()
        columns = QHBoxLayout()
        left = QFormLayout()
        right = QVBoxLayout()
        bottom = QFormLayout()
        for field in self.form.fields:
            if field.id == CALL_TYPE_FIELD:
                continue
            label = QLabel(self)
            self._field_labels[field.id] = label
            editor = self._editor(field)
            editor.setObjectName(f"field_{field.id}")
            label.setBuddy(editor)
            self.editors[field.id] = editor
            if isinstance(editor, QTreeWidget):
                right.addWidget(label)
                right.addWidget(editor, 1)
            elif isinstance(editor, QLineEdit):
                bottom.addRow(label, editor)
            else:
                left.addRow(label, editor)
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        whole.addLayout(columns, 1)
        whole.addLayout(bottom)
        return whole

    def _editor(self, field: FormField) -> QWidget:
        if field.kind is FieldKind.TEXT:
            line = QLineEdit(self)
            line.setMaxLength(field.max_length or 500)
            return line
        if field.kind is FieldKind.SINGLE:
            combo = QComboBox(self)
            combo.addItem("", None)
            for value in field.choices(self._age_group):
                combo.addItem(value, value)
            return combo
        tree = QTreeWidget(self)
        tree.setHeaderHidden(True)
        tree.setMinimumHeight(120)
        tree.itemChanged.connect(self._update_required)
        for option in field.options:
            if not option.applies_to(self._age_group):
                continue
            item = QTreeWidgetItem(tree)
            item.setData(0, VALUE_ROLE, option.id)
            if not option.options:
                item.setCheckState(0, Qt.CheckState.Unchecked)
            for sub in option.options:
                if sub.applies_to(self._age_group):
                    child = QTreeWidgetItem(item)
                    child.setData(0, VALUE_ROLE, f"{option.id}.{sub.id}")
                    child.setCheckState(0, Qt.CheckState.Unchecked)
        return tree

    # ------------------------------------------------------------ rendering

    def retranslate(self, language: str | None = None) -> None:
        if language is not None:
            self._language = language
        lang = self._language
        self._title.setText(
            QCoreApplication.translate("WrapUpForm", "Wrap-up: what was this contact?")
        )
        self.finish_button.setText(QCoreApplication.translate("WrapUpForm", "Finish wrap-up"))
        field = self.form.field(CALL_TYPE_FIELD)
        for option in field.options if field is not None else []:
            text = option.labels.text(lang)
            if option.id in self.call_type_buttons:
                self.call_type_buttons[option.id].setText(text)
            if option.id in self.closing_buttons:
                button = self.closing_buttons[option.id]
                button.setText(text)
                button.setToolTip(
                    QCoreApplication.translate(
                        "WrapUpForm", "Files the record now, with nothing more to fill in"
                    )
                )
                button.setAccessibleName(
                    QCoreApplication.translate("WrapUpForm", "%1: file the record now").replace(
                        "%1", text
                    )
                )
        for field in self.form.fields:
            editor = self.editors.get(field.id)
            if isinstance(editor, QComboBox):
                labels = self._labels_by_value(field)
                editor.setItemText(0, QCoreApplication.translate("WrapUpForm", "Choose…"))
                for index in range(1, editor.count()):
                    editor.setItemText(index, labels.get(str(editor.itemData(index)), ""))
            elif isinstance(editor, QTreeWidget):
                labels = self._labels_by_value(field)
                for item in _top_items(editor):
                    self._label_tree(item, labels)
            elif isinstance(editor, QLineEdit):
                editor.setPlaceholderText(field.labels.text(lang))
            if editor is not None:
                editor.setAccessibleName(field.labels.text(lang))
        self._update_required()

    def _labels_by_value(self, field: FormField) -> dict[str, str]:
        lang = self._language
        labels: dict[str, str] = {}
        for option in field.options:
            labels[option.id] = option.labels.text(lang)
            for sub in option.options:
                labels[f"{option.id}.{sub.id}"] = sub.labels.text(lang)
        return labels

    def _label_tree(self, item: QTreeWidgetItem, labels: dict[str, str]) -> None:
        item.setText(0, labels.get(str(item.data(0, VALUE_ROLE)), ""))
        for child in _children(item):
            self._label_tree(child, labels)

    @Slot()
    def _update_required(self) -> None:
        """Mark the fields the chosen call type requires (the check itself is record_problems)."""
        call_type = self.call_type()
        for field in self.form.fields:
            label = self._field_labels.get(field.id)
            if label is None:
                continue
            needed = field.required or (call_type is not None and call_type in field.required_for)
            text = field.labels.text(self._language)
            label.setText(f"{text} *" if needed else text)

    def set_online(self, online: bool) -> None:
        self._online = online
        self.finish_button.setEnabled(online)
        for button in self.closing_buttons.values():
            button.setEnabled(online)

    # ---------------------------------------------------------------- values

    def call_type(self) -> str | None:
        for code, radio in self.call_type_buttons.items():
            if radio.isChecked():
                return code
        return None

    def choose_call_type(self, code: str) -> None:
        if code in self.call_type_buttons:
            self.call_type_buttons[code].setChecked(True)

    def check(self, value: str, checked: bool = True) -> None:
        """Tick one option of a multiple-choice field ('group.option' for topics)."""
        for editor in self.editors.values():
            if isinstance(editor, QTreeWidget):
                for item in _items(editor):
                    if item.data(0, VALUE_ROLE) == value and item.flags() & (
                        Qt.ItemFlag.ItemIsUserCheckable
                    ):
                        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                        item.setCheckState(0, state)

    def choose(self, field_id: str, value: str) -> None:
        editor = self.editors.get(field_id)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))

    def prefill_transfer(self, target_id: str) -> None:
        """A completed transfer is an action taken: tick it, and it was a conversation."""
        actions = [
            f"{option.id}"
            for field in self.form.fields
            for option in field.options
            if option.transfer_target == target_id
        ]
        for value in actions:
            self.check(value)
        if actions:
            self.choose_call_type("conversation")

    def record(self) -> ContactRecordData:
        record: ContactRecordData = {}
        call_type = self.call_type()
        if call_type is not None:
            record[CALL_TYPE_FIELD] = call_type
        for field_id, editor in self.editors.items():
            if isinstance(editor, QComboBox) and editor.currentData() is not None:
                record[field_id] = str(editor.currentData())
            elif isinstance(editor, QLineEdit) and editor.text().strip():
                record[field_id] = editor.text().strip()
            elif isinstance(editor, QTreeWidget):
                chosen = [
                    str(item.data(0, VALUE_ROLE))
                    for item in _items(editor)
                    if item.checkState(0) == Qt.CheckState.Checked
                ]
                if chosen:
                    record[field_id] = chosen
        return record

    # --------------------------------------------------------------- actions

    def focus_first(self) -> None:
        """Where the volunteer acts next: the first call type (never a one-click closer)."""
        first = next(iter(self.call_type_buttons.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_as(self, code: str) -> None:
        if self._online:
            self._file({CALL_TYPE_FIELD: code})

    def _file(self, record: ContactRecordData) -> None:
        """Emit once per short while: a double click files one record, not a second command
        that the backend would refuse (the contact is already closed)."""
        now = time.monotonic()
        if now - self._filed_at < REFILE_AFTER_S:
            return
        self._filed_at = now
        self.filed.emit(self.form.version, record)

    @Slot()
    def finish(self) -> None:
        if not self._online:
            return
        record = self.record()
        problems = record_problems(self.form, self._age_group, record)
        if not problems:
            self._problem.clear()
            self._file(record)
            return
        missing = [path.removeprefix("record.") for path, _ in problems]
        names = [self._field_name(m) for m in missing]
        self._problem.setText(
            QCoreApplication.translate("WrapUpForm", "Fill in before finishing: %1").replace(
                "%1", ", ".join(names)
            )
        )
        target = (
            self.call_type_buttons.get("conversation")
            if missing[0] == CALL_TYPE_FIELD
            else self.editors.get(missing[0])
        )
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _field_name(self, field_id: str) -> str:
        field = self.form.field(field_id)
        return field.labels.text(self._language) if field is not None else field_id


def _top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    children = (item.child(i) for i in range(item.childCount()))
    return [child for child in children if child is not None]


def _items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """Every item, groups before their options."""
    found: list[QTreeWidgetItem] = []
    for item in _top_items(tree):
        found += [item, *_children(item)]
    return found

"""Pick the caller's municipality fast: type a name (any of its parallel names, with or without
Norwegian and Sámi letters) or a number."""

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.contract.resources import Municipality
from console.ui.municipality_search import (
    OTHER_OFFICIAL_NAMES,
    display_name,
    fold_query,
    search_keys,
)

KEYS_ROLE = Qt.ItemDataRole.UserRole + 1


class FoldedFilter(QSortFilterProxyModel):
    """Keeps the rows whose names (every spelling) contain what was typed. GUI thread only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._query = fold_query(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._query:
            return True
        model = self.sourceModel()
        keys = model.data(model.index(source_row, 0, source_parent), KEYS_ROLE)
        return isinstance(keys, str) and self._query in keys


class MunicipalityPicker(QDialog):
    """Result: `chosen` is a kommunenummer, or None when the volunteer goes on without one."""

    def __init__(self, municipalities: list[Municipality], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("municipalityPicker")
        self.chosen: str | None = None
        model = QStandardItemModel(self)
        for municipality in municipalities:
            number, name = municipality.number, municipality.name
            item = QStandardItem(f"{display_name(number, name)} ({number})")
            item.setData(number, Qt.ItemDataRole.UserRole)
            others = OTHER_OFFICIAL_NAMES.get(number, ())
            item.setData(search_keys(number, name, others), KEYS_ROLE)
            model.appendRow(item)
        self._proxy = FoldedFilter(self)
        self._proxy.setSourceModel(model)
        self.search = QLineEdit(self)
        self.search.setObjectName("municipalitySearch")
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._choose_first)
        self.results = QListView(self)
        self.results.setObjectName("municipalityResults")
        self.results.setModel(self._proxy)
        self.results.activated.connect(self._choose_index)
        self._warning = QLabel(self)
        self._warning.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseMunicipalityButton")
        self.unknown_button = QPushButton(self)
        self.unknown_button.setObjectName("unknownMunicipalityButton")
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.unknown_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.choose_button.clicked.connect(self._choose_current)
        self.unknown_button.clicked.connect(self._unknown)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self._prompt = QLabel(self)
        layout.addWidget(self._prompt)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self._warning)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(460, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("MunicipalityPicker", "Caller's municipality")
        )
        self._prompt.setText(
            QCoreApplication.translate(
                "MunicipalityPicker", "Where is the caller? Type a municipality name or number."
            )
        )
        self.search.setPlaceholderText(
            QCoreApplication.translate("MunicipalityPicker", "For example Tromsø or 5501")
        )
        self.choose_button.setText(
            QCoreApplication.translate("MunicipalityPicker", "Call legevakt")
        )
        self.unknown_button.setText(
            QCoreApplication.translate("MunicipalityPicker", "Unknown: call 116 117 anyway")
        )
        self._warning.setText(
            QCoreApplication.translate(
                "MunicipalityPicker",
                "Without a municipality, 116 117 reaches the legevakt near the helpline, "
                "not near the caller.",
            )
        )
        self.search.setAccessibleName(self._prompt.text())
        self.results.setAccessibleName(self.windowTitle())

    @Slot(str)
    def _filter(self, text: str) -> None:
        self._proxy.set_query(text)
        if self._proxy.rowCount():
            self.results.setCurrentIndex(self._proxy.index(0, 0))

    @Slot()
    def _choose_first(self) -> None:
        if self._proxy.rowCount():
            self._choose_index(self._proxy.index(0, 0))

    @Slot()
    def _choose_current(self) -> None:
        index = self.results.currentIndex()
        if index.isValid():
            self._choose_index(index)
        else:
            self._choose_first()

    def _choose_index(self, index: QModelIndex) -> None:
        number = self._proxy.data(index, Qt.ItemDataRole.UserRole)
        if number:
            self.chosen = str(number)
            self.accept()

    @Slot()
    def _unknown(self) -> None:
        self.chosen = None
        self.accept()

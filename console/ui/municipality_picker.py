"""Pick the caller's municipality fast: type a name (any of its parallel names) or a number."""

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Slot
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


class MunicipalityPicker(QDialog):
    """Result: `chosen` is a kommunenummer, or None when the volunteer goes on without one."""

    def __init__(self, municipalities: list[Municipality], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("municipalityPicker")
        self.chosen: str | None = None
        model = QStandardItemModel(self)
        for municipality in municipalities:
            item = QStandardItem(f"{municipality.name} ({municipality.number})")
            item.setData(municipality.number, Qt.ItemDataRole.UserRole)
            model.appendRow(item)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
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
        self._proxy.setFilterFixedString(text.strip())
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

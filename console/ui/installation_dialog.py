"""What is installed and how it is set: for volunteers who wonder why a choice is greyed out,
and for IT checking a machine. Settings set by machine policy are shown as locked (in words:
a lock symbol needs an emoji font that many PCs lack)."""

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.config import EffectiveSettings, Source


def setting_labels() -> dict[str, str]:
    """Every setting's label, in the current language: the one table of them (the settings
    themselves are declared in console/config; tests/ui/test_setting_labels.py holds the two
    to the same names)."""
    return {
        "backend_url": QCoreApplication.translate("Installation", "Routing service"),
        "organisation": QCoreApplication.translate("Installation", "Organisation"),
        "language": QCoreApplication.translate("Installation", "Language"),
        "allowed_languages": QCoreApplication.translate("Installation", "Languages offered"),
        "idle_lock_minutes": QCoreApplication.translate("Installation", "Lock after idle minutes"),
        "remember_sign_in": QCoreApplication.translate("Installation", "Remember sign-in"),
        "auto_update": QCoreApplication.translate("Installation", "Automatic updates"),
        "theme": QCoreApplication.translate("Installation", "Colour theme"),
        "zoom_percent": QCoreApplication.translate("Installation", "Text size (percent)"),
        "ring_sound": QCoreApplication.translate("Installation", "Ring sound"),
        "ring_volume": QCoreApplication.translate("Installation", "Ring volume (percent)"),
        "shortcuts": QCoreApplication.translate("Installation", "Changed keyboard shortcuts"),
        "oidc_issuer": QCoreApplication.translate("Installation", "Sign-in service (issuer)"),
        "oidc_client_id": QCoreApplication.translate("Installation", "Sign-in client id"),
        "oidc_require_par": QCoreApplication.translate(
            "Installation", "Sign-in requests sent directly to the sign-in service (PAR)"
        ),
        "oidc_require_dpop": QCoreApplication.translate(
            "Installation", "Sign-in bound to this computer (DPoP)"
        ),
        "ready_replies_folder": QCoreApplication.translate("Installation", "Ready replies folder"),
        "voice_mode": QCoreApplication.translate("Installation", "Where calls are heard"),
        "voice_phone_number": QCoreApplication.translate(
            "Installation", "Phone number rung for calls"
        ),
        "voice_input_device": QCoreApplication.translate("Installation", "Microphone"),
        "voice_output_device": QCoreApplication.translate("Installation", "Speaker or headset"),
        "voice_ring_device": QCoreApplication.translate("Installation", "Ring plays on"),
    }


def setting_label(name: str) -> str:
    return setting_labels().get(name, name)


def source_label(source: Source) -> str:
    return {
        Source.BUILT_IN: QCoreApplication.translate("Installation", "Default"),
        Source.POLICY: QCoreApplication.translate("Installation", "Set by IT (policy file)"),
        Source.REGISTRY: QCoreApplication.translate("Installation", "Set by IT (registry)"),
        Source.USER: QCoreApplication.translate("Installation", "Your settings"),
        Source.ENVIRONMENT: QCoreApplication.translate("Installation", "Environment"),
        Source.COMMAND_LINE: QCoreApplication.translate("Installation", "Start command"),
    }[source]


def value_text(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("Installation", "Yes")
        return QCoreApplication.translate("Installation", "No")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):  # shortcuts: only those changed from the defaults
        return ", ".join(f"{k} = {v}" for k, v in value.items()) or "–"
    return str(value)


class InstallationDialog(QDialog):
    """What is installed and how it is set; created and called on the GUI thread only."""

    def __init__(
        self, settings: EffectiveSettings, build: Mapping[str, object], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("installationDialog")
        self._settings = settings
        self._build = build
        self._version = QLabel(self)
        self._version.setObjectName("installationVersion")
        self._version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._note = QLabel(self)
        self._note.setWordWrap(True)
        self.table = QTableWidget(len(settings.sources), 4, self)
        self.table.setObjectName("settingsTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._version)
        layout.addWidget(self._note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Installation", "Installation and settings"))
        commit = str(self._build.get("commit") or "–")[:12]
        self._version.setText(
            QCoreApplication.translate("Installation", "Version %1 (commit %2)")
            .replace("%1", str(self._build.get("version") or "–"))
            .replace("%2", commit)
        )
        self._note.setText(
            QCoreApplication.translate(
                "Installation",
                "Settings set by your organisation's IT are locked and cannot be changed here.",
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Installation", "Setting"),
                QCoreApplication.translate("Installation", "Value"),
                QCoreApplication.translate("Installation", "Where it comes from"),
                QCoreApplication.translate("Installation", "Status"),
            ]
        )
        locked_text = QCoreApplication.translate("Installation", "Locked")
        for row, (name, source) in enumerate(self._settings.sources.items()):
            locked = name in self._settings.locked
            cells = (
                setting_label(name),
                value_text(getattr(self._settings.values, name)),
                source_label(source),
                locked_text if locked else "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._fit_table()

    def _fit_table(self) -> None:
        """Wide enough for every column in the current language (Sámi labels are the longest)."""
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        needed = sum(header.sectionSize(c) for c in range(self.table.columnCount()))
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        self.table.setMinimumWidth(needed + frame)
        self.resize(max(self.width(), self.sizeHint().width()), max(self.height(), 380))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

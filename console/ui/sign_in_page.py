"""The first page: one button to sign in with the organisation, and why it failed if it did."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class SignInPage(QWidget):
    """GUI thread only; the window connects `button.clicked`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A QWidget subclass paints no stylesheet background unless told (a plain QWidget
        # does): the theme's window colour must reach this page as before.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._text = QLabel(self)
        self._text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("signInButton")
        self.error = QLabel(self)
        self.error.setObjectName("signInError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self._text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self._text.setText(
            QCoreApplication.translate(
                "MainWindow", "Sign in with your organisation to start your shift."
            )
        )
        self.button.setText(
            QCoreApplication.translate("MainWindow", "Sign in with your organisation")
        )

"""One calm stylesheet in three palettes: light, dark and high contrast. State is also said in
words: colour is never the only cue. Text scales with the OS font size and a zoom setting."""

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class Theme(StrEnum):
    SYSTEM = "system"  # light or dark, as the operating system is set
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


@dataclass(frozen=True)
class Palette:
    window: str
    base: str
    text: str
    muted: str
    border: str
    selection: str
    selection_text: str
    button: str
    accept: str
    accept_text: str
    accept_disabled: str
    danger: str
    warning: str
    banner: str
    banner_border: str
    offline_banner: str
    panel: str
    training: str
    focus: str


LIGHT = Palette(
    window="#f5f6f8",
    base="#ffffff",
    text="#1b1f24",
    muted="#56635a",
    border="#c8ccd2",
    selection="#d6e8f7",
    selection_text="#000000",
    button="#fbfbfc",
    accept="#1d6b35",
    accept_text="#ffffff",
    accept_disabled="#c9d8cd",
    danger="#a4262c",
    warning="#8a3b00",
    banner="#fff4ce",
    banner_border="#c59d00",
    offline_banner="#fde7e9",
    panel="#eef3f8",
    training="#b34700",
    focus="#1a5fb4",
)
DARK = Palette(
    window="#1e2124",
    base="#2a2e33",
    text="#e8eaed",
    muted="#a8b0b8",
    border="#4a5058",
    selection="#2f5577",
    selection_text="#ffffff",
    button="#33383e",
    accept="#1d6b35",
    accept_text="#ffffff",
    accept_disabled="#3b4a40",
    danger="#ff8a8a",
    warning="#ffb86b",
    banner="#4a3f12",
    banner_border="#c59d00",
    offline_banner="#4d2226",
    panel="#26323d",
    training="#d35400",
    focus="#78aeed",
)
HIGH_CONTRAST = Palette(
    window="#000000",
    base="#000000",
    text="#ffffff",
    muted="#ffffff",
    border="#ffffff",
    selection="#ffff00",
    selection_text="#000000",
    button="#000000",
    accept="#00ff00",
    accept_text="#000000",
    accept_disabled="#444444",
    danger="#ff6666",
    warning="#ffff00",
    banner="#000000",
    banner_border="#ffff00",
    offline_banner="#000000",
    panel="#000000",
    training="#ff8c00",
    focus="#ffff00",
)
PALETTES = {Theme.LIGHT: LIGHT, Theme.DARK: DARK, Theme.HIGH_CONTRAST: HIGH_CONTRAST}

TEMPLATE = """
QMainWindow, QDialog, QStackedWidget > QWidget {{ background: {window}; color: {text}; }}
QLabel {{ color: {text}; qproperty-textFormat: PlainText; }}
QLabel#contactTitle {{ font-size: 115%; font-weight: 600; }}
QLabel#contactTimer {{ font-size: 115%; font-family: monospace; }}
QLabel#offersHeading {{ font-size: 107%; font-weight: 600; }}
QLabel#presenceTime {{ font-family: monospace; }}
QLabel#errorLabel {{ color: {danger}; font-weight: 600; }}
QLabel#routingState[alert="true"] {{ color: {danger}; font-weight: 600; }}
QLabel#flagStatus {{ color: {warning}; font-weight: 600; }}
QListWidget, QListView, QTableView, QTableWidget, QPlainTextEdit, QLineEdit, QComboBox {{
    background: {base}; color: {text}; border: 1px solid {border};
    selection-background-color: {selection}; selection-color: {selection_text}; }}
QListWidget#offerList::item {{ padding: 8px 4px; border-bottom: 1px solid {border}; }}
QListWidget#offerList::item:selected {{ background: {selection}; color: {selection_text}; }}
QPlainTextEdit#chatTranscript {{ font-size: 107%; }}
QLineEdit#chatInput {{ font-size: 107%; padding: 4px; }}
QPushButton {{ padding: 5px 12px; background: {button}; color: {text};
    border: 1px solid {border}; border-radius: 4px; }}
QPushButton:disabled {{ color: {muted}; }}
QPushButton:focus, QLineEdit:focus, QComboBox:focus, QListWidget:focus,
QPlainTextEdit:focus {{ border: 2px solid {focus}; }}
QPushButton#acceptButton {{ background: {accept}; color: {accept_text}; font-weight: 600; }}
QPushButton#acceptButton:disabled {{ background: {accept_disabled}; color: {muted}; }}
QPushButton#riskFlagButton {{ color: {danger}; }}
QPushButton#signInButton {{ font-size: 115%; padding: 8px 20px; }}
QFrame#connectionBanner {{ background: {banner}; border: 1px solid {banner_border};
    border-radius: 4px; }}
QFrame#connectionBanner[phase="offline"] {{ background: {offline_banner};
    border-color: {danger}; }}
QFrame#transferBar {{ background: {base}; border: 1px solid {border}; border-radius: 4px; }}
QLabel#transferState {{ font-weight: 600; }}
QLabel#transferReminder {{ color: {warning}; }}
QLabel#transferFailure {{ color: {danger}; font-weight: 600; }}
QLabel#fallbackNumberLabel {{ color: {danger}; }}
QFrame#centralArea[training="true"] {{ border: 6px solid {training}; }}
QLabel#trainingBanner {{ background: {training}; color: #ffffff; font-size: 120%;
    font-weight: 700; padding: 6px; }}
QLabel#trainingTitle {{ font-size: 107%; font-weight: 600; }}
QFrame#wrapUpDialog {{ background: {panel}; border: 1px solid {border}; border-radius: 4px; }}
QMenuBar, QMenu {{ background: {window}; color: {text}; }}
QMenu::item:selected, QMenuBar::item:selected {{ background: {selection};
    color: {selection_text}; }}
QTabBar::tab {{ background: {button}; color: {text}; border: 1px solid {border};
    padding: 4px 10px; }}
QTabBar::tab:selected {{ background: {base}; font-weight: 600; }}
QHeaderView::section {{ background: {button}; color: {text}; border: 1px solid {border}; }}
"""


def stylesheet(theme: Theme) -> str:
    palette = PALETTES[theme if theme is not Theme.SYSTEM else Theme.LIGHT]
    return TEMPLATE.format(**palette.__dict__)


# The light theme as a constant, for code that wants the default look.
STYLESHEET = stylesheet(Theme.LIGHT)


def qt_palette(palette: Palette) -> QPalette:
    """Colours for what the stylesheet does not reach (scroll bars, check marks, tooltips)."""
    result = QPalette()
    roles = {
        QPalette.ColorRole.Window: palette.window,
        QPalette.ColorRole.WindowText: palette.text,
        QPalette.ColorRole.Base: palette.base,
        QPalette.ColorRole.AlternateBase: palette.panel,
        QPalette.ColorRole.Text: palette.text,
        QPalette.ColorRole.Button: palette.button,
        QPalette.ColorRole.ButtonText: palette.text,
        QPalette.ColorRole.Highlight: palette.selection,
        QPalette.ColorRole.HighlightedText: palette.selection_text,
        QPalette.ColorRole.ToolTipBase: palette.base,
        QPalette.ColorRole.ToolTipText: palette.text,
        QPalette.ColorRole.PlaceholderText: palette.muted,
    }
    for role, colour in roles.items():
        result.setColor(role, QColor(colour))
    return result


class Appearance(QObject):
    """Applies a theme and a zoom to the application; follows the OS scheme live for SYSTEM.

    Created and called on the GUI thread only.
    """

    def __init__(
        self,
        app: QApplication,
        theme: Theme = Theme.SYSTEM,
        zoom_percent: int = 100,
        os_scheme: Callable[[], Qt.ColorScheme] | None = None,
    ) -> None:
        super().__init__(app)
        self._app = app
        self._os_scheme = os_scheme or QGuiApplication.styleHints().colorScheme
        self._base_font = QFont(app.font())
        self.theme = theme
        self.zoom_percent = zoom_percent
        app.setStyle("Fusion")  # the same widgets on every platform, so every theme is tested
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._os_scheme_changed)
        self.apply()

    def resolved(self) -> Theme:
        if self.theme is not Theme.SYSTEM:
            return self.theme
        dark = self._os_scheme() == Qt.ColorScheme.Dark
        return Theme.DARK if dark else Theme.LIGHT

    def apply(self) -> None:
        theme = self.resolved()
        font = QFont(self._base_font)
        size = self._base_font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * self.zoom_percent / 100)
        self._app.setFont(font)
        self._app.setPalette(qt_palette(PALETTES[theme]))
        self._app.setStyleSheet(stylesheet(theme))

    def restore(self) -> None:
        """Give the application back the font it had before this console zoomed it (another
        console made in the same process, as in tests, starts from the same size)."""
        self._app.setFont(self._base_font)

    def set_theme(self, theme: str) -> None:
        self.theme = Theme(theme)
        self.apply()

    def set_zoom(self, percent: int) -> None:
        self.zoom_percent = max(80, min(200, percent))
        self.apply()

    @Slot()
    def _os_scheme_changed(self) -> None:
        if self.theme is Theme.SYSTEM:
            self.apply()

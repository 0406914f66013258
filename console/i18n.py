"""Language loading: catalogues from i18n/ (compiled .qm), a fallback chain, live switching.

Per language three catalogues may load: Qt's own `qtbase_xx` (Qt ships nynorsk only), our
supplement `qt_xx_NO` for Qt's strings where Qt has none, and `console_xx` for ours.

Installing a translator makes Qt send a LanguageChange event to every widget, which
re-translates itself; nothing else (the stream, an active contact) is touched.
"""

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction

from console.languages import LANGUAGE_CODES, LANGUAGES, is_partial
from console.paths import i18n_dir

log = logging.getLogger(__name__)

# se/smj/sma fall back to bokmål, then English (the source language): console/languages.py.
FALLBACK = {language.code: list(language.fallback) for language in LANGUAGES}
SUPPORTED = LANGUAGE_CODES


def pick_language(
    setting: str | None, ui_languages: list[str], allowed: tuple[str, ...] = SUPPORTED
) -> str:
    """Setting first, then the OS UI languages (`no` means bokmål), then English; only
    languages the machine policy allows (the first allowed one if none of those is)."""
    candidates = ([setting] if setting else []) + ui_languages
    for raw in candidates:
        code = raw.replace("-", "_")
        base = code.split("_")[0].lower()
        if base in ("no", "nb"):
            base = "nb"
        for supported in allowed:
            if supported.split("_")[0] == base:
                return supported
    return "en" if "en" in allowed else allowed[0]


def partial_language_note() -> str:
    return QCoreApplication.translate(
        "LanguageMenu", "Partly translated: what is missing is shown in Norwegian bokmål"
    )


def partial_language_mark() -> str:
    return QCoreApplication.translate("LanguageMenu", "partly translated")


def mark_partial_languages(actions: Iterable[QAction]) -> None:
    """Say on each partial language's menu entry (its data is the code) that parts of it show
    in bokmål: visibly after its name, with the whole note as tooltip and status tip. Call
    again after a language switch, so the mark is in the new language."""
    names = {language.code: language.native_name for language in LANGUAGES}
    for action in actions:
        code = action.data()
        if not (isinstance(code, str) and code in LANGUAGE_CODES):
            continue
        partial = is_partial(code)
        # The autonym is never translated; the mark after it is, in the current language.
        action.setText(f"{names[code]} ({partial_language_mark()})" if partial else names[code])
        note = partial_language_note() if partial else ""
        action.setToolTip(note)
        action.setStatusTip(note)


class LanguageManager:
    def __init__(self, app: QCoreApplication, catalogue_dir: Path | None = None) -> None:
        self._app = app
        self._dir = catalogue_dir or i18n_dir()
        self._installed: list[QTranslator] = []
        self.current = "en"

    def switch(self, language: str) -> None:
        self.remove()
        # English needs a catalogue too: it holds the singular and plural of counted messages.
        chain = [language, *FALLBACK.get(language, [])]
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Installed last is asked first: install the fallbacks before the language itself.
        for code in reversed(chain):
            # Qt's own strings (standard buttons, context menus): Qt's catalogue where Qt has
            # one (nynorsk), then ours, which covers what Qt lacks (bokmål, the Sámi languages).
            self._load(f"qtbase_{code.split('_')[0]}", qt_translations)
            self._load(f"qt_{code}", str(self._dir))
            self._load(f"console_{code}", str(self._dir))
        self.current = language
        QLocale.setDefault(QLocale(language if language != "en" else "en_GB"))
        if not self._installed:
            # No translator changed: still tell every widget, so a switch back to English works.
            self._app.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))
        # Re-translate now rather than on the next loop pass: when switch() returns, every
        # open window, dialog and tooltip speaks the new language.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def remove(self) -> None:
        """Take this manager's catalogues out of the application (also on shutdown)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()

    def _load(self, name: str, directory: str) -> None:
        translator = QTranslator(self._app)
        if translator.load(name, directory):
            self._app.installTranslator(translator)
            self._installed.append(translator)
        else:
            log.debug("no catalogue %s in %s", name, directory)

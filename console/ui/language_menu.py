"""The Language menu: each language by its own name, as machine policy allows."""

from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from console.languages import LANGUAGES as LANGUAGE_TABLE

# Language picker: each language by its own name (autonym), with its catalogue code; derived
# from the one language table (console/languages.py).
LANGUAGES = tuple((language.code, language.native_name) for language in LANGUAGE_TABLE)


@dataclass(frozen=True)
class LanguagePolicy:
    """What machine policy allows: the languages offered, and whether the choice is locked."""

    current: str = "en"
    allowed: tuple[str, ...] = tuple(code for code, _ in LANGUAGES)
    locked: bool = False


def add_languages(menu: QMenu, policy: LanguagePolicy, window: QWidget) -> QActionGroup:
    """One checkable action a language (data: its code); the caller connects `triggered`."""
    group = QActionGroup(window)
    for code, autonym in LANGUAGES:
        if code not in policy.allowed:
            continue  # machine policy does not offer it on this PC
        action = QAction(autonym, window)  # autonyms are never translated
        action.setCheckable(True)
        action.setData(code)
        action.setChecked(code == policy.current)
        action.setEnabled(not policy.locked or code == policy.current)
        group.addAction(action)
        menu.addAction(action)
    return group

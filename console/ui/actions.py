"""Every menu action of the main window declared once: its text, shortcut and handler.

One map from action to (text, shortcut, handler name), as MusicBrainz Picard's actions.py
does, so a maintainer finds an action's wording, key and behaviour in one line. Texts stay
in the "MainWindow" translation context (the catalogues were made with it).
"""

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


class ActionName(Enum):
    SIGN_OUT = auto()
    PRACTISE = auto()
    QUIT = auto()
    LANGUAGE_LOCKED = auto()
    SHORTCUTS = auto()
    INSTALLATION = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    TEST_RING = auto()
    CHOOSE_SCENARIO = auto()
    SHOW_DEBRIEF = auto()
    ACCEPT = auto()
    DECLINE = auto()
    END = auto()
    UNDO_END = auto()
    COMPLETE_TRANSFER = auto()
    CANCEL_TRANSFER = auto()


@dataclass(frozen=True)
class ActionSpec:
    """text: translated when called; handler: a slot's name on the object that handles it
    (None: the action only informs); setting: the shortcut's name in the user's key settings;
    keys: a fixed shortcut."""

    text: Callable[[], str]
    handler: str | None
    setting: str | None = None
    keys: QKeySequence.StandardKey | str | None = None
    object_name: str = ""


ACTIONS: dict[ActionName, ActionSpec] = {
    ActionName.SIGN_OUT: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Sign out"), "sign_out"
    ),
    ActionName.PRACTISE: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Practise in training mode…"),
        "practise",
        object_name="practiseAction",
    ),
    ActionName.QUIT: ActionSpec(lambda: QCoreApplication.translate("MainWindow", "Quit"), "close"),
    ActionName.LANGUAGE_LOCKED: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Locked: set by your organisation's IT"),
        None,
    ),
    ActionName.SHORTCUTS: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
        "show_shortcuts",
        setting="shortcuts",
    ),
    ActionName.INSTALLATION: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Installation and settings…"),
        "show_installation",
    ),
    ActionName.ZOOM_IN: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Larger text"),
        "zoom_in",
        keys=QKeySequence.StandardKey.ZoomIn,
    ),
    ActionName.ZOOM_OUT: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Smaller text"),
        "zoom_out",
        keys=QKeySequence.StandardKey.ZoomOut,
    ),
    ActionName.ZOOM_RESET: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Normal text size"),
        "zoom_reset",
        keys="Ctrl+0",
    ),
    ActionName.TEST_RING: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Test the ring"), "ring_once"
    ),
    ActionName.CHOOSE_SCENARIO: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Choose a scenario…"), "choose"
    ),
    ActionName.SHOW_DEBRIEF: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Show debrief"), "show_debrief"
    ),
    # The Contact menu: every answer that must never come from a stray key has its modifier
    # shortcut here, and the menu is the path a keyboard-only volunteer can find (Alt).
    ActionName.ACCEPT: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Accept the selected offer"),
        "accept_offer",
        setting="accept",
        object_name="acceptAction",
    ),
    ActionName.DECLINE: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Decline the selected offer"),
        "decline_offer",
        setting="decline",
        object_name="declineAction",
    ),
    ActionName.END: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "End the current contact"),
        "end_contact",
        setting="end",
        object_name="endAction",
    ),
    ActionName.UNDO_END: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Undo ending the contact"),
        "undo_end",
        setting="undo_end",
        object_name="undoEndAction",
    ),
    ActionName.COMPLETE_TRANSFER: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Complete the transfer"),
        "complete_transfer",
        setting="complete_transfer",
        object_name="completeTransferAction",
    ),
    ActionName.CANCEL_TRANSFER: ActionSpec(
        lambda: QCoreApplication.translate("MainWindow", "Cancel the transfer: back to the caller"),
        "cancel_transfer",
        setting="cancel_transfer",
        object_name="cancelTransferAction",
    ),
}

# The Contact menu, in the order a contact goes.
CONTACT_MENU = (
    ActionName.ACCEPT,
    ActionName.DECLINE,
    ActionName.COMPLETE_TRANSFER,
    ActionName.CANCEL_TRANSFER,
    ActionName.END,
    ActionName.UNDO_END,
)


def create_action(
    name: ActionName, handler: QObject, keys: dict[str, str], parent: QObject
) -> QAction:
    """The action as declared, its triggered signal connected to `handler`'s slot."""
    spec = ACTIONS[name]
    action = QAction(parent)
    if spec.object_name:
        action.setObjectName(spec.object_name)
    if spec.setting is not None:
        action.setShortcut(QKeySequence(keys[spec.setting]))
    elif spec.keys is not None:
        action.setShortcut(spec.keys)
    if spec.handler is not None:
        action.triggered.connect(getattr(handler, spec.handler))
    else:
        action.setEnabled(False)
    return action


def retranslate(actions: dict[ActionName, QAction]) -> None:
    for name, action in actions.items():
        action.setText(ACTIONS[name].text())

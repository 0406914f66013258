"""The open-contact tabs: each tab says the contact's state (on hold, high risk, wrap-up) and
tells two chats apart by an ordinal and tags (Chat 1 · Adult · Norwegian), never anything
about who the contact is; beside the tabs, how many chats the volunteer holds of how many the
routing allows ("1 of 2 chats").
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTabWidget

from console.contract.enums import SAMI_LANGUAGES, Channel, InteractionState
from console.contract.resources import Agent, Interaction
from console.ui.labels import age_group_label, channel_label, language_label
from console.ui.plurals import Plurals


def state_words(interaction: Interaction) -> list[str]:
    """What needs the volunteer's eye first, in order of weight."""
    words = []
    if interaction.flags.risk:
        words.append("⚠ " + QCoreApplication.translate("ContactTabs", "High risk"))
    if interaction.state is InteractionState.WRAP_UP:
        words.append("✎ " + QCoreApplication.translate("ContactTabs", "Wrap-up"))
    elif interaction.on_hold:
        words.append("‖ " + QCoreApplication.translate("ContactTabs", "On hold"))
    return words


def tab_text(interaction: Interaction, ordinal: int) -> str:
    """ "⏸ On hold · Call · Adult" or "Chat 2 · Child/youth": short, so two tabs fit beside
    each other at a large text size; the language is in the tooltip and the panel's title."""
    if interaction.channel is Channel.CHAT:
        name = QCoreApplication.translate("ContactTabs", "Chat %1").replace("%1", str(ordinal))
    else:
        name = channel_label(interaction.channel)
    return " · ".join([*state_words(interaction), name, age_group_label(interaction.age_group)])


def tab_tooltip(interaction: Interaction, ordinal: int) -> str:
    sami = "★ " if interaction.language in SAMI_LANGUAGES else ""
    return f"{tab_text(interaction, ordinal)} · {sami}{language_label(interaction.language)}"


def capacity_text(open_chats: int, max_chats: int) -> str:
    return Plurals().chats_of(open_chats, max_chats)


class ContactTabLabels:
    """Keeps the tab texts and the chat capacity up to date. GUI thread only: the shift page
    calls `refresh` after every contact change, `set_me` when the agent changes."""

    def __init__(self, tabs: QTabWidget) -> None:
        self._tabs = tabs
        self._ordinals: dict[str, int] = {}
        self._max_chats: int | None = None
        self.capacity = QLabel(tabs)
        self.capacity.setObjectName("chatCapacity")
        self.capacity.setTextFormat(Qt.TextFormat.PlainText)
        tabs.setCornerWidget(self.capacity, Qt.Corner.TopRightCorner)
        tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)  # the state comes first

    def set_me(self, me: Agent) -> None:
        self._max_chats = me.max_chats

    def refresh(self, interactions: dict[str, Interaction]) -> None:
        """`interactions`: the open contacts by id, each with its panel in a tab."""
        for gone in set(self._ordinals) - set(interactions):
            del self._ordinals[gone]
        for interaction_id, interaction in interactions.items():
            if interaction_id not in self._ordinals and interaction.channel is Channel.CHAT:
                taken = set(self._ordinals.values())
                self._ordinals[interaction_id] = min(
                    n for n in range(1, len(taken) + 2) if n not in taken
                )
        for index in range(self._tabs.count()):
            shown = getattr(self._tabs.widget(index), "interaction", None)
            if not isinstance(shown, Interaction):
                continue
            ordinal = self._ordinals.get(shown.id, 0)
            self._tabs.setTabText(index, tab_text(shown, ordinal))
            self._tabs.setTabToolTip(index, tab_tooltip(shown, ordinal))
        chats = sum(1 for ix in interactions.values() if ix.channel is Channel.CHAT)
        on_call = any(ix.channel is Channel.VOICE for ix in interactions.values())
        if self._max_chats is None or on_call:  # during a call no chat comes: no count to show
            self.capacity.setText("")
        else:
            self.capacity.setText(capacity_text(chats, self._max_chats))
        self.capacity.setAccessibleName(self.capacity.text())

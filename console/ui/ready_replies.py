"""`/` search of ready replies in the reply box, and the placeholder check before sending.

Typing `/` and a word (`/silent`) lists matching replies under the box; Up/Down choose, Enter
inserts the reply in the contact's language (never sends), Escape closes the list. A reply's
placeholders the console knows are filled; the rest stay in curly braces in the volunteer's
language, and sending waits until they are replaced (console/core/ready_replies.py holds the
rules). GUI thread only.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from console.contract.resources import Interaction
from console.core.ready_replies import (
    Placeholder,
    ReadyReply,
    ReplyBook,
    fill,
    find,
    pick,
    slash_query,
    unfilled,
)
from console.ui.resource_panel import volunteer_language

REPLY_ROLE = Qt.ItemDataRole.UserRole
MAX_SHOWN = 8
MAX_LIST_PX = 200


def placeholder_labels() -> dict[Placeholder, str]:
    return {
        Placeholder.FIRST_NAME: QCoreApplication.translate("ReadyReplies", "your first name"),
        Placeholder.ORGANISATION: QCoreApplication.translate("ReadyReplies", "organisation"),
        Placeholder.OPENING_HOURS: QCoreApplication.translate("ReadyReplies", "opening hours"),
    }


class ReplySearch(QObject):
    """Watches one reply box; `list` and `message` are laid out by the contact panel.
    GUI thread only."""

    def __init__(
        self,
        box: QLineEdit,
        interaction: Interaction,
        book: Callable[[], ReplyBook],
        volunteer_name: Callable[[], str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._box = box
        self._interaction = interaction
        self._book = book
        self._volunteer_name = volunteer_name
        self.list = QListWidget(parent)
        self.list.setObjectName("readyReplyList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the box keeps focus: typing goes on
        self.list.setVisible(False)
        self.list.itemClicked.connect(self._clicked)
        self.message = QLabel(parent)
        self.message.setObjectName("replyPlaceholderMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        box.textEdited.connect(self._edited)
        box.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(QCoreApplication.translate("ReadyReplies", "Ready replies"))
        self._box.setToolTip(
            QCoreApplication.translate(
                "ReadyReplies", "Type / and a word to find a ready reply (for example /silent)."
            )
        )
        if self.list.isVisible():
            self._edited(self._box.text())

    def _languages(self) -> tuple[str, ...]:
        return (volunteer_language(), self._interaction.language)

    @Slot(str)
    def _edited(self, text: str) -> None:
        self.message.setVisible(False)
        query = slash_query(text)
        if query is None:
            self.list.setVisible(False)
            return
        replies = self._book().for_org(self._interaction.org.id)
        found = find(replies, query, self._languages())[:MAX_SHOWN]
        self.list.clear()
        language = volunteer_language()
        for reply in found:
            item = QListWidgetItem(pick(reply.title, language))
            item.setData(REPLY_ROLE, reply)
            item.setToolTip(pick(reply.text, self._interaction.language))
            self.list.addItem(item)
        if not found:
            item = QListWidgetItem(
                QCoreApplication.translate("ReadyReplies", "No ready reply matches.")
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        else:
            self.list.setCurrentRow(0)
        # As tall as its rows (up to MAX_SHOWN): the transcript above keeps its room.
        rows = self.list.sizeHintForRow(0) * self.list.count() + 2 * self.list.frameWidth() + 2
        self.list.setFixedHeight(min(rows, MAX_LIST_PX))
        self.list.setVisible(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._box and event.type() == QEvent.Type.KeyPress and self.list.isVisible():
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = self.list.currentRow() + step
                if 0 <= row < self.list.count():
                    self.list.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Enter picks the reply: it never sends the half-typed "/word".
                self.insert_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.list.setVisible(False)
                return True
        return super().eventFilter(watched, event)

    @Slot(QListWidgetItem)
    def _clicked(self, item: QListWidgetItem) -> None:
        self.list.setCurrentItem(item)
        self.insert_current()

    def insert_current(self) -> None:
        item = self.list.currentItem()
        reply = item.data(REPLY_ROLE) if item is not None else None
        if not isinstance(reply, ReadyReply):
            return
        self.list.setVisible(False)
        known = {
            Placeholder.FIRST_NAME: self._volunteer_name().split(" ")[0],
            Placeholder.ORGANISATION: self._interaction.org.name,
        }
        text = fill(pick(reply.text, self._interaction.language), known, placeholder_labels())
        self._box.setText(text)
        self._box.setFocus(Qt.FocusReason.OtherFocusReason)
        self._select_first_placeholder()

    def _select_first_placeholder(self) -> bool:
        text = self._box.text()
        left = unfilled(text)
        if not left:
            return False
        start = text.index(left[0])
        self._box.setSelection(start, len(left[0]))  # typing replaces it
        return True

    def allows_sending(self, text: str) -> bool:
        """False (and the volunteer is told, the placeholder selected) while one is left."""
        if self.list.isVisible():
            return False
        left = unfilled(text)
        if not left:
            self.message.setVisible(False)
            return True
        self.message.setText(
            QCoreApplication.translate(
                "ReadyReplies", "Fill in %1 before sending (text in curly braces)."
            ).replace("%1", left[0])
        )
        self.message.setVisible(True)
        self._select_first_placeholder()
        return False

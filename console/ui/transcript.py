"""The chat transcript: one line per message, changed in place, never rebuilt per message.

Each message is one block of a QPlainTextEdit (line breaks inside a message become line
separators, so a message never splits into two blocks). A new message inserts one block, a
delivery receipt rewrites one block: the cost of an update does not grow with the chat. A line
longer than anything the contract allows (a hostile backend) is shown shortened, with a marker
that says so, instead of freezing the window while Qt lays out a megabyte of text.

A long chat delivered at once (1,000 lines of 4,000 characters) costs one text layout per turn
of the event loop, not one per line. Qt lays out the newest line on every edit twice over: a
QTextCursor that moves or types outside an edit block measures where it stands (setX), and the
document layout's size signal makes the view lay out the last lines to size its scroll bar.
So every edit runs inside an edit block, with the layout's signals held back; the view is told
of the new size once, on the next turn of the loop (`_settle`). The document itself changes at
once, so the text is always what the rows say.
"""

import bisect
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from console.contract.enums import Sender
from console.contract.resources import Message
from console.core.outbox import OutboxState, OutgoingMessage
from console.ui.formatting import format_clock
from console.ui.plurals import Plurals

# Far above the contract's maximum chat message (about 4,000 characters), so a line the
# volunteer needs is never shortened; low enough that laying it out takes milliseconds.
SHOWN_CHARS_MAX = 10_000

# Characters that would make QTextDocument start a new block (or a frame) inside a message.
_BLOCK_BREAKS = (
    ("\r\n", "\u2028"),
    ("\r", "\u2028"),
    ("\n", "\u2028"),
    ("\u2029", "\u2028"),
    ("\ufdd0", "\ufffd"),
    ("\ufdd1", "\ufffd"),
)


def shown_text(text: str) -> str:
    """The message text as one transcript line: at most SHOWN_CHARS_MAX characters, and if it
    had to be shortened, a marker saying how much is not shown."""
    if len(text) > SHOWN_CHARS_MAX:
        hidden = len(text) - SHOWN_CHARS_MAX
        marker = Plurals().message_shortened(hidden)
        text = f"{text[:SHOWN_CHARS_MAX]} … {marker}"
    for block_break, kept in _BLOCK_BREAKS:
        text = text.replace(block_break, kept)
    return text


class TranscriptView(QPlainTextEdit):
    """Read-only transcript of one chat. GUI thread only.

    Rows: the messages in transcript order (seq), then the volunteer's lines that have not come
    back from the backend yet, in the order they were written.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatTranscript")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self._messages: dict[str, Message] = {}
        self._order: list[tuple[int, str]] = []  # (seq, message id), sorted
        self._echoed: set[str] = set()  # client_message_id of messages that came back
        self._pending: dict[str, OutgoingMessage] = {}  # by client_message_id, oldest first
        self._rows = 0
        # Edits since the view last sized its scroll bar, and whether it showed the newest
        # line before the first of them.
        self.unsettled_edits = 0
        self._following = True
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(0)
        self._settle_timer.timeout.connect(self._settle)

    # ------------------------------------------------------------- updates

    def put_message(self, message: Message) -> None:
        # Rows are added before rows are taken away, so the document never lacks a line that
        # is on its way in (the volunteer's own line never blinks out, even between two edits).
        old = self._messages.get(message.id)
        self._messages[message.id] = message
        line = self._message_line(message)
        key = (message.seq, message.id)
        if old is None:
            row = bisect.bisect_left(self._order, key)
            self._order.insert(row, key)
            self._insert_row(row, line)
        elif old.seq == message.seq:
            self._replace_row(bisect.bisect_left(self._order, key), line)
        else:
            old_row = bisect.bisect_left(self._order, (old.seq, old.id))
            del self._order[old_row]
            row = bisect.bisect_left(self._order, key)
            self._order.insert(row, key)
            before = row <= old_row
            self._insert_row(row if before else row + 1, line)
            self._remove_row(old_row + 1 if before else old_row)
        if message.client_message_id:
            # The volunteer's own line came back: its pending row gives way to the real one.
            self._echoed.add(message.client_message_id)
            if message.client_message_id in self._pending:
                row = len(self._order) + list(self._pending).index(message.client_message_id)
                del self._pending[message.client_message_id]
                self._remove_row(row)

    def put_pending(self, pending: OutgoingMessage) -> None:
        """A line the volunteer wrote: shown until the real message comes back."""
        key = pending.client_message_id
        if key in self._echoed:
            return
        if key in self._pending:
            row = len(self._order) + list(self._pending).index(key)
            self._pending[key] = pending
            self._replace_row(row, self._pending_line(pending))
            return
        self._pending[key] = pending
        self._insert_row(self._rows, self._pending_line(pending))

    def render_all(self) -> None:
        """Every row again (after a language switch): the only whole rebuild."""
        lines = [self._message_line(self._messages[mid]) for _, mid in self._order]
        lines += [self._pending_line(p) for p in self._pending.values()]
        self._rows = len(lines)
        self._settle_timer.stop()
        self.unsettled_edits = 0
        self.setPlainText("\n".join(lines))  # sizes the view itself
        self.moveCursor(QTextCursor.MoveOperation.End)

    # ------------------------------------------------------------ rendering

    def _message_line(self, message: Message) -> str:
        agent = message.sender is Sender.AGENT
        who = (
            QCoreApplication.translate("ContactPanel", "You")
            if agent
            else QCoreApplication.translate("ContactPanel", "Contact")
        )
        if agent and message.before_handover:  # a re-routed chat: written by someone else
            who = QCoreApplication.translate("ContactPanel", "First volunteer")
        state = ""
        if agent and message.delivery == "delivered":
            state = " ({})".format(QCoreApplication.translate("ContactPanel", "delivered"))
        return f"[{format_clock(message.sent_at)}] {who}: {shown_text(message.text)}{state}"

    def _pending_line(self, pending: OutgoingMessage) -> str:
        note = (
            QCoreApplication.translate("ContactPanel", "NOT SENT: will retry")
            if pending.state is OutboxState.UNSENT
            else QCoreApplication.translate("ContactPanel", "sending…")
        )
        you = QCoreApplication.translate("ContactPanel", "You")
        return f"[{note}] {you}: {shown_text(pending.text)}"

    # ------------------------------------------------- one block per row

    def _block(self, row: int) -> QTextBlock:
        return self.document().findBlockByNumber(row)

    def _edit(self, change: Callable[[QTextCursor], None]) -> None:
        # A cursor of our own: the volunteer's selection and scroll position stay where they
        # are, except that a view showing the newest line keeps showing it (see _settle).
        if not self.unsettled_edits:
            bar = self.verticalScrollBar()
            self._following = bar.value() >= bar.maximum()
            self._settle_timer.start()
        self.unsettled_edits += 1
        layout = self.document().documentLayout()
        # No scroll bar sizing (a layout of the newest line) per edit.
        was_blocked = layout.blockSignals(True)
        try:
            cursor = QTextCursor(self.document())
            cursor.beginEditBlock()  # first: a cursor outside one lays out where it moves
            change(cursor)
            cursor.endEditBlock()
        finally:
            layout.blockSignals(was_blocked)

    def _settle(self) -> None:
        """Once per turn of the event loop after edits: tell the view what the held-back
        layout signals would have told it (the new size, what to repaint), then show the
        newest line if the view was showing it."""
        if not self.unsettled_edits:
            return
        self.unsettled_edits = 0
        layout = self.document().documentLayout()
        layout.documentSizeChanged.emit(layout.documentSize())
        self.viewport().update()
        if self._following:
            self.ensure_newest_visible()

    def _insert_row(self, row: int, line: str) -> None:
        def insert(cursor: QTextCursor) -> None:
            if self._rows == 0:
                cursor.insertText(line)
            elif row >= self._rows:
                cursor.movePosition(QTextCursor.MoveOperation.End)
                cursor.insertBlock()
                cursor.insertText(line)
            else:
                cursor.setPosition(self._block(row).position())
                cursor.insertText(line)
                cursor.insertBlock()

        self._edit(insert)
        self._rows += 1
        if row >= self._rows - 1:
            self._following = True  # a new newest line is shown once the view has its size

    def _replace_row(self, row: int, line: str) -> None:
        def replace(cursor: QTextCursor) -> None:
            block = self._block(row)
            cursor.setPosition(block.position())
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.insertText(line)

        self._edit(replace)

    def _remove_row(self, row: int) -> None:
        def remove(cursor: QTextCursor) -> None:
            block = self._block(row)
            if self._rows == 1:
                cursor.select(QTextCursor.SelectionType.Document)
            elif row < self._rows - 1:
                cursor.setPosition(block.position())
                cursor.setPosition(block.next().position(), QTextCursor.MoveMode.KeepAnchor)
            else:
                cursor.setPosition(block.position() - 1)
                cursor.setPosition(
                    block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
                )
            cursor.removeSelectedText()

        self._edit(remove)
        self._rows -= 1

    def ensure_newest_visible(self) -> None:
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

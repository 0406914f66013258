"""The chat transcript: changed one row at a time, yet always what a full rebuild would show;
a hostile megabyte line is shown shortened, with a marker, in milliseconds."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.contract.enums import Delivery, Sender
from console.contract.resources import Message
from console.core.commands import Command
from console.core.outbox import OutboxState, OutgoingMessage
from console.ui.transcript import SHOWN_CHARS_MAX, TranscriptView

pytestmark = pytest.mark.qt
START = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def message(
    seq: int,
    text: str,
    sender: Sender = Sender.REMOTE,
    client_id: str | None = None,
    delivery: Delivery = Delivery.SENT,
    message_id: str | None = None,
) -> Message:
    # Built past validation: the view must cope even with what the contract would refuse.
    return Message.model_construct(
        id=message_id or f"msg_{seq}",
        version=1,
        interaction_id="ix_1",
        seq=seq,
        sender=sender,
        client_message_id=client_id,
        text=text,
        sent_at=START + timedelta(seconds=seq),
        delivery=delivery,
    )


def outgoing(
    client_id: str, text: str, state: OutboxState = OutboxState.SENDING
) -> OutgoingMessage:
    return OutgoingMessage("ix_1", client_id, text, state, Command("POST", "/x"))


def rows(view: TranscriptView) -> list[str]:
    document = view.document()
    if document.isEmpty():
        return []
    return [document.findBlockByNumber(i).text() for i in range(document.blockCount())]


@pytest.fixture
def view(qtbot: QtBot) -> TranscriptView:
    shown = TranscriptView()
    qtbot.addWidget(shown)
    shown.resize(500, 300)
    shown.show()
    return shown


def test_a_megabyte_line_is_shown_shortened_and_says_how_much_is_not_shown(
    view: TranscriptView,
) -> None:
    view.put_message(message(1, "hei"))
    view.put_message(message(2, "å" * 1_000_000))
    view.put_message(message(3, "er du der?"))
    shown = rows(view)
    assert len(shown) == 3
    assert "å" * SHOWN_CHARS_MAX in shown[1]
    assert "å" * (SHOWN_CHARS_MAX + 1) not in shown[1]
    assert (
        f"[message shortened: {1_000_000 - SHOWN_CHARS_MAX} more characters not shown]"
        in (shown[1])
    )
    assert shown[2].endswith("Contact: er du der?")


def test_a_line_as_long_as_the_contract_allows_is_shown_whole(view: TranscriptView) -> None:
    longest = "ord " * (SHOWN_CHARS_MAX // 4)
    view.put_message(message(1, longest))
    assert longest in view.toPlainText()
    assert "shortened" not in view.toPlainText()


def test_line_breaks_inside_a_message_keep_one_row_per_message(view: TranscriptView) -> None:
    view.put_message(message(1, "første\nandre\r\ntredje\u2029fjerde\rfemte"))
    view.put_message(message(2, "neste"))
    assert view.document().blockCount() == 2
    assert "første\nandre\ntredje\nfjerde\nfemte" in view.toPlainText()


def test_a_receipt_changes_its_row_and_an_echo_replaces_the_pending_line(
    view: TranscriptView,
) -> None:
    view.put_message(message(1, "hei"))
    view.put_pending(outgoing("c1", "hallo"))
    view.put_pending(outgoing("c2", "er du der?", OutboxState.UNSENT))
    assert rows(view)[1].startswith("[sending…] You: hallo")
    assert rows(view)[2].startswith("[NOT SENT: will retry] You: er du der?")
    view.put_message(message(2, "hallo", Sender.AGENT, "c1"))
    assert len(rows(view)) == 3 and rows(view)[1].endswith("You: hallo")
    view.put_message(message(2, "hallo", Sender.AGENT, "c1", Delivery.DELIVERED))
    assert rows(view)[1].endswith("You: hallo (delivered)")
    view.put_pending(outgoing("c1", "hallo"))  # a late outbox update never brings it back
    assert view.toPlainText().count("hallo") == 1


def test_a_long_chat_keeps_every_line_in_order(view: TranscriptView) -> None:
    for seq in range(2000, 0, -1):  # even arriving backwards
        view.put_message(message(seq, f"line {seq} " + "x" * 100))
    shown = rows(view)
    assert len(shown) == 2000
    assert all(f"line {i + 1} " in row for i, row in enumerate(shown))


def test_a_long_chat_at_once_sizes_the_view_once_not_per_line(
    qtbot: QtBot, view: TranscriptView
) -> None:
    bar = view.verticalScrollBar()
    sized: list[int] = []
    bar.rangeChanged.connect(lambda _low, high: sized.append(high))
    for seq in range(1, 201):  # delivered in one go, as a burst from the mailbox is
        view.put_message(message(seq, f"line {seq} " + "x" * 4000))
    # The document has every line at once, in order...
    shown = rows(view)
    assert len(shown) == 200
    assert all(f"line {i + 1} " in row for i, row in enumerate(shown))
    # ...while the view (a layout of the newest lines each time) is sized on the next turn of
    # the event loop, for the lot (a few range steps as it lays out what it shows, not one per
    # line), and then shows the newest line.
    assert sized == []
    qtbot.waitUntil(lambda: view.unsettled_edits == 0)
    assert 1 <= len(sized) <= 10
    assert bar.maximum() > 0 and bar.value() == bar.maximum()


def test_a_receipt_leaves_a_volunteer_reading_back_where_they_are(
    qtbot: QtBot, view: TranscriptView
) -> None:
    for seq in range(1, 60):
        view.put_message(message(seq, f"line {seq} " + "x" * 200, Sender.AGENT, f"c{seq}"))
    qtbot.waitUntil(lambda: view.unsettled_edits == 0)
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    bar.setValue(0)  # reading back
    view.put_message(message(5, "line 5 " + "x" * 200, Sender.AGENT, "c5", Delivery.DELIVERED))
    qtbot.waitUntil(lambda: view.unsettled_edits == 0)
    assert rows(view)[4].endswith("(delivered)")
    assert bar.value() == 0
    view.put_message(message(60, "new line"))  # a new line is shown, as before
    qtbot.waitUntil(lambda: view.unsettled_edits == 0)
    assert bar.value() == bar.maximum()


ops = st.lists(
    st.one_of(
        st.tuples(
            st.just("message"),
            st.integers(1, 6),  # id
            st.integers(1, 8),  # seq
            st.sampled_from([None, "c1", "c2", "c3"]),
            st.sampled_from(list(Delivery)),
            st.text(st.characters(codec="utf-8"), max_size=12),
        ),
        st.tuples(
            st.just("pending"),
            st.sampled_from(["c1", "c2", "c3", "c4"]),
            st.sampled_from(list(OutboxState)),
            st.text(st.characters(codec="utf-8"), max_size=12),
        ),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=ops)
def test_row_by_row_updates_show_what_a_full_rebuild_shows(
    qapp: QApplication, steps: list[tuple[object, ...]]
) -> None:
    view = TranscriptView()
    messages: dict[str, Message] = {}
    pending: dict[str, OutgoingMessage] = {}
    echoed: set[str] = set()  # once a line has come back, it is never pending again
    for step in steps:
        if step[0] == "message":
            _, number, seq, client_id, delivery, text = step
            sent = message(
                int(str(seq)),
                str(text),
                Sender.AGENT if client_id else Sender.REMOTE,
                client_id if isinstance(client_id, str) else None,
                Delivery(str(delivery)),
                f"msg_{number}",
            )
            view.put_message(sent)
            messages[sent.id] = sent
            if sent.client_message_id:
                echoed.add(sent.client_message_id)
                pending.pop(sent.client_message_id, None)
        else:
            _, client_id, state, text = step
            line = outgoing(str(client_id), str(text), OutboxState(str(state)))
            view.put_pending(line)
            if line.client_message_id not in echoed:
                pending[line.client_message_id] = line
    expected = [
        view._message_line(m) for m in sorted(messages.values(), key=lambda m: (m.seq, m.id))
    ] + [view._pending_line(p) for p in pending.values()]
    assert rows(view) == expected
    view.render_all()
    assert rows(view) == expected
    view.deleteLater()

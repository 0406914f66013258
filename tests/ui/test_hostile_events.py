"""A backend that sends garbage, markup, control and bidi characters, huge strings, missing
fields, wrong types, duplicates and stale versions: through the real stream into the real
window. Nothing may crash, no markup may be rendered, and what is on screen stays right.
"""

import copy
import json
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from console.app import Console
from console.simulator.server import SimulatorServer
from console.ui.contact_panel import ContactPanel
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available

MARKUP = [
    "<b>fet</b>",
    '<img src="file:///etc/passwd">',
    '<a href="https://evil.example">klikk</a>',
    "<script>alert(1)</script>",
    "<h1>STOR</h1>",
]
SPECIAL = ["\u202e", "\u2066", "\u200f", "\x00", "\x1b", "\r", "\n", "\ufeff", "ŋ", "🙂"]
hostile_text = st.one_of(
    st.sampled_from(MARKUP),
    st.text(alphabet=st.sampled_from(SPECIAL + list("abc <>&\"'")), max_size=60),
    st.builds(lambda n: "x" * n, st.integers(min_value=10_000, max_value=200_000)),
    st.text(max_size=40),
)
junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | hostile_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)


def envelope(event_type: str, subject: str, data: Any) -> str:
    return json.dumps(
        {
            "id": 1,
            "type": event_type,
            "time": "2026-11-24T12:00:00Z",
            "subject": subject,
            "data": data,
            "v": 1,
        }
    )


@st.composite
def hostile_events(
    draw: st.DrawFn, interaction: dict[str, Any], offer: dict[str, Any]
) -> list[tuple[str, str]]:
    """(event type, SSE data) pairs; each builder is one kind of abuse."""
    events = []
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        kind = draw(
            st.sampled_from(
                [
                    "unknown",
                    "garbage",
                    "message",
                    "stale",
                    "renamed",
                    "offer",
                    "wrong_types",
                    "missing",
                ]
            )
        )
        if kind == "unknown":
            events.append((draw(st.text(min_size=1, max_size=30)), envelope("x", "y", draw(junk))))
        elif kind == "garbage":
            events.append(("message.created", draw(hostile_text)))
        elif kind == "message":
            message = {
                "id": f"msg_h{draw(st.integers(0, 10**9))}",
                "version": 1,
                "interaction_id": interaction["id"],
                "seq": draw(st.integers(1, 10**6)),
                "sender": "contact",
                "text": draw(hostile_text)[:1_000_000],
                "client_message_id": None,
                "delivery": "delivered",
                "sent_at": "2026-11-24T12:00:00Z",
            }
            events.append(("message.created", envelope("message.created", "m", message)))
        elif kind == "stale":
            stale = copy.deepcopy(interaction)
            stale.update(version=0, state="closed", org={"id": "x", "name": draw(hostile_text)})
            events.append(("interaction.closed", envelope("interaction.closed", "i", stale)))
        elif kind == "renamed":
            # A newer version of the live chat whose organisation name is hostile: it is shown.
            renamed = copy.deepcopy(interaction)
            renamed.update(
                version=interaction["version"] + draw(st.integers(1, 10**9)),
                org={"id": renamed["org"]["id"], "name": draw(st.sampled_from(MARKUP))},
            )
            events.append(("interaction.flagged", envelope("interaction.flagged", "i", renamed)))
        elif kind == "offer":
            hostile = copy.deepcopy(offer)
            hostile.update(
                id=f"off_h{draw(st.integers(0, 10**9))}",
                org={"id": "h", "name": draw(hostile_text)[:500]},
                language=draw(hostile_text)[:50],
            )
            events.append(("offer.created", envelope("offer.created", "o", hostile)))
        elif kind == "wrong_types":
            bent = copy.deepcopy(interaction)
            bent[draw(st.sampled_from(sorted(bent)))] = draw(junk)
            events.append(("interaction.flagged", envelope("interaction.flagged", "i", bent)))
        else:
            cut = copy.deepcopy(interaction)
            cut.pop(draw(st.sampled_from(sorted(cut))))
            events.append(("interaction.flagged", envelope("interaction.flagged", "i", cut)))
    return events


def rich_labels_with_markup(console: Console) -> list[str]:
    """Labels that would interpret backend text as HTML."""
    return [
        label.text()[:60]
        for label in console.window.findChildren(QLabel)
        if "<" in label.text() and label.textFormat() is not Qt.TextFormat.PlainText
    ]


def test_hostile_events_never_crash_render_markup_or_overwrite_the_truth(
    qtbot: QtBot, console: Console, admin: httpx.Client, simulator: SimulatorServer
) -> None:
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "unknown"})
    qtbot.waitUntil(lambda: console.window.offers.list.count() == 1, timeout=WAIT_MS)
    engine = simulator.sim.engine
    interaction = engine.interactions[panel.interaction.id].model_dump(mode="json")
    offer = next(o for o in engine.offers.values() if o.state == "pending").model_dump(mode="json")
    sentinel = iter(range(10_000))

    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(events=hostile_events(interaction, offer))
    def survive(events: list[tuple[str, str]]) -> None:
        for event_type, data in events:
            admin.post(
                "/events/raw",
                json={"agent_id": "demo-volunteer", "event_type": event_type, "payload": data},
            )
        # A real message after the hostile ones: once it shows, they were all handled.
        marker = f"sentinel-{next(sentinel)}"
        admin.post(f"/interactions/{panel.interaction.id}/messages", json={"text": marker})
        qtbot.waitUntil(lambda: marker in panel.transcript.toPlainText(), timeout=WAIT_MS)
        current = console.window.contacts.currentWidget()
        assert isinstance(current, ContactPanel) and current.interaction.state == "active"
        assert rich_labels_with_markup(console) == []

    survive()
    # The window still works: the real offer can be accepted.
    assert console.window.isVisible() and panel.send_button.isEnabled()

"""Render the documentation screenshots: the real window, the real simulator, scripted moments.

    .venv/bin/python tools/screenshots.py [OUTPUT_DIR]

SHOT_LANGUAGE=se_NO,nb_NO picks the languages (default en); SHOT_THEME=dark or high-contrast
picks a theme (the file names say which); SHOT_SCENES=chat,transfer picks the
scenes (wrap-up, chat, risk, transfer, call-on-behalf, training, supervisor, statistics,
shift-1366; default all but shift-1366); SHOT_ZOOM=150 sets the text size for shift-1366
(default 100).

Runs offscreen. Each scene gets a fresh simulator and console; the simulator's admin API sets
the scene. Nothing shown is real caller data.
"""

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
from PySide6.QtCore import QDate, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from console.app import Console, build_console
from console.contract.enums import ConsentAnswer, Presence
from console.simulator.config import SimConfig
from console.simulator.server import SimulatorServer
from console.ui.contact_panel import ContactPanel
from console.ui.page import Page
from console.ui.style import Theme


def settle(predicate: Callable[[], bool] | None = None, timeout_ms: int = 8000) -> None:
    """Run the Qt loop until the predicate holds (or for a short pause without one)."""
    loop = QEventLoop()
    waited = 0
    while waited < timeout_ms:
        if predicate is not None and predicate():
            return
        if predicate is None and waited >= 600:
            return
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 50
    raise RuntimeError("the scene did not reach the expected state")


@contextmanager
def scene(
    app: QApplication, language: str, training: bool = False
) -> Iterator[tuple[Console, httpx.Client]]:
    with (
        SimulatorServer(SimConfig(scenario="quiet", seed=4)) as sim,
        httpx.Client(base_url=f"{sim.url}/_sim") as admin,
    ):
        console = build_console(
            app,
            sim.url,
            login_hint="demo-volunteer",
            language=language,
            training_url=sim.url if training else None,
        )
        window = console.window
        window.resize(1200, 760)
        theme = os.environ.get("SHOT_THEME")
        if theme:
            window.theme_actions[Theme(theme)].trigger()  # as a volunteer would, from View
        window.show()
        settle(lambda: window.pages.currentIndex() == Page.SHIFT and not window.banner.isVisible())
        console.bridge.set_presence(Presence.AVAILABLE)
        settle(lambda: window.me is not None and window.me.presence == "available")
        try:
            yield console, admin
        finally:
            console.shutdown()


def take(console: Console, admin: httpx.Client, **contact: Any) -> ContactPanel:
    """A contact arrives and the volunteer accepts it."""
    window = console.window
    before = window.offers.list.count()
    open_before = window.contacts.count()
    admin.post("/interactions", json=contact)
    settle(lambda: window.offers.list.count() == before + 1)
    window.offers.accept_button.click()
    settle(lambda: window.contacts.count() > open_before)
    panel = window.contacts.currentWidget()
    assert isinstance(panel, ContactPanel)
    return panel


def shoot(widget: Any, path: Path) -> None:
    theme = os.environ.get("SHOT_THEME")
    if theme:
        path = path.with_name(f"{path.stem}-{theme}{path.suffix}")
    settle()
    widget.grab().save(str(path))
    print(path)


# What the young chatter and the volunteer write, in the chatter's language (sample text).
CHAT_LINES = {
    "nb": (
        "Hei. Jeg vet ikke helt hvorfor jeg skriver hit.",
        "Hei, så fint at du skriver. Jeg er her.",
    ),
    "se": ("Bures. In dieđe manne čálán dása.", "Bures, buorre go čálát. Mun lean dás."),
}


def chat_scene(console: Console, admin: httpx.Client, out: Path, language: str) -> None:
    chatter = "se" if language in ("se_NO", "smj_NO", "sma_NO") else "nb"
    first, reply = CHAT_LINES[chatter]
    panel = take(
        console,
        admin,
        channel="chat",
        age_group="child_youth",
        language=chatter,
        org_id="kors-paa-halsen",
    )
    admin.post(f"/interactions/{panel.interaction.id}/messages", json={"text": first})
    settle(lambda: first in panel.transcript.toPlainText())
    panel.chat_input.setText(reply)
    panel.send_button.click()
    admin.post(
        "/interactions",
        json={
            "channel": "chat",
            "age_group": "unknown",
            "language": "en",
            "org_id": "mental-helse",
        },
    )
    settle(lambda: console.window.offers.list.count() == 1)
    shoot(console.window, out / f"volunteer-chat-{language}.png")


def voice_transfer_scene(console: Console, admin: httpx.Client, out: Path, language: str) -> None:
    panel = take(
        console, admin, channel="voice", age_group="adult", language="se", org_id="kirkens-sos"
    )
    bar = panel.transfer_bar
    admin.put("/targets/amk", json={"outcome": "answer", "answer_delay_s": 30})
    bar.buttons["amk"].click()
    settle(lambda: bar.transfer is not None and bar.transfer.state == "ringing")
    shoot(console.window, out / f"transfer-ringing-{language}.png")
    admin.post("/clock/advance", json={"seconds": 31})
    settle(lambda: bar.transfer is not None and bar.transfer.state == "consulting")
    shoot(console.window, out / f"transfer-consulting-{language}.png")
    bar.cancel_button.click()
    settle(lambda: bar.transfer is not None and bar.transfer.state == "canceled")
    shoot(console.window, out / f"transfer-canceled-{language}.png")
    bar.buttons["legevakt"].click()
    settle(lambda: bar.picker is not None and bar.picker.isVisible())
    assert bar.picker is not None
    bar.picker.search.setText("Guovdageaidnu")
    shoot(bar.picker, out / f"municipality-picker-{language}.png")
    bar.picker.reject()
    admin.put("/targets/amk", json={"outcome": "busy"})
    bar.buttons["amk"].click()
    settle(bar.fallback_number.isVisible)
    shoot(console.window, out / f"transfer-failed-{language}.png")


def call_on_behalf_scene(console: Console, admin: httpx.Client, out: Path, language: str) -> None:
    panel = take(
        console, admin, channel="chat", age_group="adult", language="nb", org_id="mental-helse"
    )
    admin.post(
        f"/interactions/{panel.interaction.id}/messages",
        json={"text": "Jeg har tatt noen piller og er redd."},
    )
    settle(lambda: "piller" in panel.transcript.toPlainText())
    bar = panel.transfer_bar
    bar.buttons["amk"].click()
    settle(lambda: bar.transfer is not None and bar.transfer.state == "consulting")
    shoot(console.window, out / f"transfer-chat-call-on-behalf-{language}.png")


def supervisor_scene(app: QApplication, out: Path, language: str) -> None:
    """The demo team at work, seen by the supervisor."""
    with SimulatorServer(SimConfig(scenario="busy", seed=3)) as sim:
        console = build_console(app, sim.url, login_hint="demo-supervisor", language=language)
        window = console.window
        window.resize(1300, 780)
        window.show()
        settle(lambda: window.supervisor is not None)
        assert window.supervisor is not None
        view = window.supervisor
        window.views.setCurrentIndex(1)
        settle(lambda: view.model.rowCount() > 5)
        settle(lambda: sum(1 for m in view.model.members() if m.current_channel) >= 5, 20_000)
        shoot(window, out / f"supervisor-team-{language}.png")
        console.shutdown()


def training_scene(console: Console, admin: httpx.Client, out: Path, language: str) -> None:
    """The overdose call in progress, then its debrief (the location check left undone)."""
    window = console.window
    window.resize(1400, 780)
    panel = window.training_panel
    assert panel is not None
    settle(lambda: len(panel.scenarios) == 6)
    panel.start("adult-call-113-location")
    admin.post("/clock/advance", json={"seconds": 2})
    settle(lambda: window.offers.list.count() == 1)
    window.offers.accept_button.click()
    settle(lambda: window.contacts.count() == 1)
    contact = window.contacts.currentWidget()
    assert isinstance(contact, ContactPanel)
    admin.post("/clock/advance", json={"seconds": 16})
    settle(lambda: panel.caller_lines.count() >= 2)
    contact.risk_button.click()
    settle(lambda: contact.interaction.flags.risk)
    shoot(window, out / f"training-in-progress-{language}.png")
    contact.transfer_bar.buttons["amk"].click()
    admin.post("/clock/advance", json={"seconds": 5})
    bar = contact.transfer_bar
    settle(lambda: bar.transfer is not None and bar.transfer.state == "consulting")
    bar.complete_button.click()
    settle(contact.wrap_up.isVisible)
    contact.outcome.setCurrentIndex(contact.outcome.findData("transferred"))
    contact.finish_button.click()
    settle(lambda: panel.debrief_dialog is not None and panel.debrief_dialog.isVisible())
    assert panel.debrief_dialog is not None
    shoot(panel.debrief_dialog, out / f"training-debrief-{language}.png")


# The chatter's words and one step of the plan, in the chatter's language (sample text).
RISK_LINES = {
    "nb": ("Jeg har tenkt på å ta livet mitt. Jeg har tabletter her.", "Gå en tur", "Søsteren min"),
    "se": ("Lean jurddašan váldit iežan hengga. Mus leat tableahtat dás.", "Vázzit", "Mu oabbá"),
    "en": (
        "I've been thinking of ending my life. I have pills here.",
        "Go for a walk",
        "My sister",
    ),
}


def risk_scene(console: Console, admin: httpx.Client, out: Path, language: str) -> None:
    """Risk support beside the chat: an acute level, its steps, 113, consent and the plan."""
    chatter = {"se_NO": "se", "nb_NO": "nb"}.get(language, "en")
    said, coping, people = RISK_LINES[chatter]
    console.window.resize(1400, 900)
    panel = take(console, admin, channel="chat", age_group="adult", language=chatter)
    admin.post(f"/interactions/{panel.interaction.id}/messages", json={"text": said})
    settle(lambda: said in panel.transcript.toPlainText())
    risk = panel.risk_panel
    assert risk is not None
    panel.risk_support_button.click()
    for question, answer in (("thoughts", "yes"), ("plan", "yes"), ("means", "yes")):
        risk.answer_buttons[(question, answer)].click()
    risk.answer_buttons[("time_frame", "now")].click()
    risk.consent_buttons[ConsentAnswer.YES].click()
    settle(lambda: panel.interaction.consent is not None)
    risk.plan.fields["coping"].setText(coping)
    shoot(console.window, out / f"risk-support-{language}.png")
    risk.scroll_area.ensureWidgetVisible(risk.plan)  # as Tab into the plan would
    risk.plan.fields["people"].setText(people)
    shoot(console.window, out / f"risk-safety-plan-{language}.png")


def wrap_up_scene(console: Console, admin: httpx.Client, out: Path, language: str) -> None:
    """A chat with a young person has ended: the record is half filled in (1366x768)."""
    window = console.window
    window.resize(1366, 768)
    settle(lambda: window.shift_page.contact_form is not None)
    chatter = "se" if language in ("se_NO", "smj_NO", "sma_NO") else "nb"
    panel = take(
        console,
        admin,
        channel="chat",
        age_group="child_youth",
        language=chatter,
        org_id="kors-paa-halsen",
    )
    first = CHAT_LINES[chatter][0]
    admin.post(f"/interactions/{panel.interaction.id}/messages", json={"text": first})
    settle(lambda: first in panel.transcript.toPlainText())
    panel.end_button.click()
    settle(panel.wrap_up.isVisible)
    form = panel.record_form
    assert form is not None
    form.choose_call_type("conversation")
    form.check("school.pressure")
    form.check("mental_health.anxiety")
    form.choose("gender", "not_asked")
    topics = form.editors["topics"]
    from PySide6.QtWidgets import QTreeWidget  # noqa: PLC0415 - only this scene needs it

    if isinstance(topics, QTreeWidget):
        for index in range(topics.topLevelItemCount()):
            item = topics.topLevelItem(index)
            if item is not None and item.text(0) and index in (0, 5):
                item.setExpanded(True)
    form.finish()  # age is still missing: the form says so
    shoot(window, out / f"wrap-up-record-{language}.png")


def statistics_scene(app: QApplication, out: Path, language: str) -> None:
    """A coordinator's Statistics tab over a month of fictional history (1366x768)."""
    with (
        SimulatorServer(SimConfig(scenario="quiet", seed=4)) as sim,
        httpx.Client(base_url=f"{sim.url}/_sim") as admin,
    ):
        body = {"contacts": 20000, "seed": 7, "from": "2026-09-01", "to": "2026-11-30"}
        admin.post("/history", json=body, timeout=60)
        console = build_console(app, sim.url, login_hint="demo-coordinator", language=language)
        window = console.window
        window.resize(1366, 768)
        window.show()
        settle(lambda: window.statistics is not None)
        from console.ui.statistics_tab import StatisticsTab  # noqa: PLC0415 - loads pyqtgraph

        tab = window.statistics
        assert isinstance(tab, StatisticsTab)
        window.views.setCurrentWidget(tab)
        tab.first.setDate(QDate(2026, 11, 1))
        tab.last.setDate(QDate(2026, 11, 30))
        tab.refresh()
        settle(lambda: len(tab.reports) == 3 and not tab.progress.isVisible(), 20_000)
        shoot(window, out / f"statistics-{language}.png")
        console.shutdown()


def set_zoom(window: Any, percent: int) -> None:
    appearance = window.view_menu._appearance
    assert appearance is not None
    appearance.set_zoom(percent)


def shift_1366_scene(console: Console, admin: httpx.Client, out: Path, language: str) -> None:
    """A small laptop screen (1366x768) at the chosen text size: a call on hold in a warm
    consult with Legevakt (Tromsø), then two chats, the first in a call on behalf."""
    window = console.window
    zoom = int(os.environ.get("SHOT_ZOOM", "100"))
    set_zoom(window, zoom)  # as View > Larger text would, in one step
    window.resize(1366, 768)
    settle(lambda: bool(window.municipalities()))
    call = take(
        console, admin, channel="voice", age_group="adult", language="nb", org_id="kirkens-sos"
    )
    bar = call.transfer_bar
    bar.buttons["legevakt"].click()
    settle(lambda: bar.picker is not None and bar.picker.isVisible())
    assert bar.picker is not None
    bar.picker.search.setText("Romsa")
    bar.picker.choose_button.click()
    settle(lambda: bar.transfer is not None and bar.transfer.state == "consulting")
    admin.post("/clock/advance", json={"seconds": 1})
    settle()
    shoot(window, out / f"shift-1366-call-consult-{zoom}-{language}.png")
    bar.cancel_button.click()
    settle(lambda: not call.interaction.on_hold)
    call.end_button.click()
    window.shift_page.end_undo.send_now()  # as when the undo time runs out
    settle(call.finish_button.isVisible)
    form = call.record_form
    (form.closing_buttons["hang_up"] if form is not None else call.finish_button).click()
    settle(lambda: window.contacts.count() == 0)
    first = take(
        console,
        admin,
        channel="chat",
        age_group="child_youth",
        language="nb",
        org_id="kors-paa-halsen",
    )
    admin.post(f"/interactions/{first.interaction.id}/messages", json={"text": CHAT_LINES["nb"][0]})
    settle(lambda: CHAT_LINES["nb"][0] in first.transcript.toPlainText())
    second = take(
        console, admin, channel="chat", age_group="adult", language="se", org_id="kirkens-sos"
    )
    admin.post(
        f"/interactions/{second.interaction.id}/messages", json={"text": CHAT_LINES["se"][0]}
    )
    window.contacts.setCurrentWidget(first)
    chat_bar = first.transfer_bar
    chat_bar.buttons["legevakt"].click()
    settle(lambda: chat_bar.picker is not None and chat_bar.picker.isVisible())
    assert chat_bar.picker is not None
    chat_bar.picker.search.setText("Tromso")
    chat_bar.picker.choose_button.click()
    settle(lambda: chat_bar.transfer is not None and chat_bar.transfer.state == "consulting")
    first.chat_input.setText(CHAT_LINES["nb"][1])
    # The screen is 1366x768: the window is held to it, as a window manager would.
    window.resize(1366, 768)
    settle()
    shoot(window, out / f"shift-1366-two-chats-{zoom}-{language}.png")
    set_zoom(window, 100)  # the next scene starts from the usual size


SCENES = {
    "wrap-up": wrap_up_scene,
    "chat": chat_scene,
    "risk": risk_scene,
    "transfer": voice_transfer_scene,
    "call-on-behalf": call_on_behalf_scene,
    "training": training_scene,
    "shift-1366": shift_1366_scene,
}


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    languages = os.environ.get("SHOT_LANGUAGE", "en").split(",")
    every = [name for name in SCENES if name != "shift-1366"]
    wanted = os.environ.get("SHOT_SCENES", ",".join(every) + ",supervisor,statistics").split(",")
    for language in languages:
        for name, play in SCENES.items():
            if name in wanted:
                with scene(app, language, training=name == "training") as (console, admin):
                    play(console, admin, out, language)
        if "supervisor" in wanted:
            supervisor_scene(app, out, language)
        if "statistics" in wanted:
            statistics_scene(app, out, language)
    return 0


if __name__ == "__main__":
    sys.exit(main())

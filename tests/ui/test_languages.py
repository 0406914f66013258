"""Languages: live switching on shift, and the catalogues kept honest against the code."""

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from console.app import Console
from console.contract.enums import Presence
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "i18n").glob("console_*.ts"))
COMPLETE = ("nb_NO", "nn_NO")  # se_NO, smj_NO, sma_NO: not yet (they fall back to bokmål)
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(path: Path) -> list[tuple[str, str, str | None, bool]]:
    """(context, source, translation, finished) for every message of a catalogue."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found.append((name, message.findtext("source") or "", translation.text, finished))
    return found


def choose_language(console: Console, code: str) -> None:
    for action in console.window.language_menu.actions():
        if action.data() == code:
            assert isinstance(action, QAction)
            action.trigger()
            return
    raise AssertionError(f"{code} is not in the language menu")


def test_language_menu_lists_each_language_by_its_own_name(console: Console) -> None:
    names = [a.text() for a in console.window.language_menu.actions()]
    assert names == [
        "Davvisámegiella",
        "Julevsámegiella",
        "Åarjelsaemien gïele",
        "Norsk bokmål",
        "Norsk nynorsk",
        "English",
    ]


def test_switching_on_shift_keeps_the_chat_and_the_stream(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    admin.post(f"/interactions/{panel.interaction.id}/messages", json={"text": "hei"})
    qtbot.waitUntil(lambda: "hei" in panel.transcript.toPlainText(), timeout=WAIT_MS)
    admin.post("/interactions", json={"channel": "chat", "age_group": "child_youth"})
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)  # ringing
    expected = {
        "nb_NO": ("Ta imot", "Send", "Tilgjengelig"),
        "nn_NO": ("Ta imot", "Send", "Tilgjengeleg"),
        "en": ("Accept", "Send", "Available"),
    }
    for code, (accept, send, available) in expected.items():
        choose_language(console, code)
        assert window.offers.accept_button.text() == accept
        assert panel.send_button.text() == send
        assert window.presence.itemText(window.presence.findData(Presence.AVAILABLE)) == available
        assert window.offers.list.count() == 1 and window.contacts.count() == 1
        assert "hei" in panel.transcript.toPlainText()
    choose_language(console, "nb_NO")
    assert window.sign_in_button.text() == "Logg inn med organisasjonen din"
    header = window.offers.list.item(0).text()
    assert "Barn/unge" in header and "venter" in header
    # The stream never noticed: a message sent now still arrives.
    admin.post(f"/interactions/{panel.interaction.id}/messages", json={"text": "fortsatt her"})
    qtbot.waitUntil(lambda: "fortsatt her" in panel.transcript.toPlainText(), timeout=WAIT_MS)
    choose_language(console, "en")


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
def test_placeholders_match_the_source(path: Path) -> None:
    for context, source, translation, finished in messages(path):
        if finished and translation:
            assert sorted(PLACEHOLDER.findall(translation)) == sorted(
                PLACEHOLDER.findall(source)
            ), f"{path.name} {context}: {source!r}"


@pytest.mark.parametrize("language", COMPLETE)
def test_complete_catalogues_have_nothing_unfinished(language: str) -> None:
    unfinished = [
        source
        for _, source, text, done in messages(ROOT / "i18n" / f"console_{language}.ts")
        if not done or not text
    ]
    assert unfinished == []


def test_every_string_in_the_code_is_in_the_catalogues(tmp_path: Path) -> None:
    fresh = tmp_path / "console_xx.ts"
    sources = [str(p) for p in sorted((ROOT / "console" / "ui").glob("*.py"))]
    sources += [str(ROOT / "console" / "app.py"), str(ROOT / "console" / "i18n.py")]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        timeout=60,
    )
    wanted = {(c, s) for c, s, _, _ in messages(fresh)}
    for path in CATALOGUES:
        have = {(c, s) for c, s, _, done in messages(path)}
        assert wanted <= have, f"{path.name} lacks {sorted(wanted - have)[:3]}: make i18n-update"


def test_translation_calls_take_literal_text_only() -> None:
    """No f-strings, concatenation or variables inside a translation call."""
    offenders = []
    for path in sorted((ROOT / "console").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("translate", "tr")
            ):
                texts = node.args[:2] if node.func.attr == "translate" else node.args[:1]
                literal = all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts
                )
                if not literal:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []

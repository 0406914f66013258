"""Languages: live switching on shift, and the catalogues kept honest against the code."""

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from console.app import Console
from console.contract.enums import Presence
from console.ui.formatting import format_clock
from console.ui.language_menu import LANGUAGES
from console.ui.plurals import Plurals
from console.ui.view_menu import ZOOM_STEP
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available
from tools.i18n_catalogues import (
    I18N,
    PLACEHOLDER,
    all_catalogues,
    problems,
    read_catalogue,
    review_problems,
)

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ("se_NO", "nb_NO", "nn_NO", "en")  # Lule and South Sámi fall back to bokmål
CODES = [code for code, _ in LANGUAGES]


def choose_language(console: Console, code: str) -> None:
    for action in console.window.language_menu.actions():
        if action.data() == code:
            assert isinstance(action, QAction)
            action.trigger()
            return
    raise AssertionError(f"{code} is not in the language menu")


def visible_texts(window: QWidget) -> list[str]:
    """Every piece of text a person can see or hover in the window right now."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
    return [text for text in texts if text]


def parts(text: str) -> list[str]:
    """A composed line ("Chat · Adult · …") is checked piece by piece."""
    return [text, *(piece.strip() for piece in text.split(" · "))]


def stale_english(console: Console, code: str) -> list[str]:
    """Visible texts still in English although the catalogue translates them differently."""
    catalogue = I18N / f"console_{code}.ts"
    translated_away = {
        m.source
        for m in read_catalogue(catalogue)
        if m.finished
        and not m.numerus
        and m.forms[0] != m.source
        and not PLACEHOLDER.search(m.source)
    }
    menus = [a.text() for a in console.window.menuBar().actions()]
    return [
        text
        for text in visible_texts(console.window) + menus
        for piece in parts(text)
        if piece in translated_away
    ]


def test_language_menu_lists_each_language_by_its_own_name(console: Console) -> None:
    names = [a.text() for a in console.window.language_menu.actions() if a.data()]
    assert names == [
        "Davvisámegiella",
        "Julevsámegiella (partly translated)",
        "Åarjelsaemien gïele (partly translated)",
        "Norsk bokmål",
        "Norsk nynorsk",
        "English",
    ]


def test_switching_on_shift_keeps_the_chat_the_offer_and_the_stream(
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
    # Open dialogs must follow too: the shortcut sheet and the legevakt municipality picker.
    window.show_shortcuts()
    panel.transfer_bar.buttons["legevakt"].click()
    assert panel.transfer_bar.picker is not None and panel.transfer_bar.picker.isVisible()
    english = visible_texts(window)
    expected = {
        "se_NO": ("Dohkket", "Sádde", "Olámuttos", "Mánná/nuorra"),
        "nb_NO": ("Ta imot", "Send", "Tilgjengelig", "Barn/unge"),
        "nn_NO": ("Ta imot", "Send", "Tilgjengeleg", "Barn/unge"),
        "en": ("Accept", "Send", "Available", "Child/youth"),
    }
    for code in ("se_NO", "nb_NO", "nn_NO", "en", "se_NO"):
        accept, send, available, young = expected[code]
        choose_language(console, code)
        assert window.offers.accept_button.text() == accept
        assert panel.send_button.text() == send
        assert window.presence.itemText(window.presence.findData(Presence.AVAILABLE)) == available
        assert young in window.offers.list.item(0).text()
        if code != "en":
            assert stale_english(console, code) == []
        if code == "se_NO":
            changed = [a != b for a, b in zip(english, visible_texts(window), strict=False)]
            assert sum(changed) >= 0.8 * len(english), "most visible text is translated"
        assert QLocale().name() == (code if code != "en" else "en_GB")
        # Nothing on shift was touched: the contact, its transcript and the offer are all there.
        assert window.offers.list.count() == 1 and window.contacts.count() == 1
        assert "hei" in panel.transcript.toPlainText()
    # The stream never noticed: a message sent now still arrives.
    admin.post(f"/interactions/{panel.interaction.id}/messages", json={"text": "ain dás"})
    qtbot.waitUntil(lambda: "ain dás" in panel.transcript.toPlainText(), timeout=WAIT_MS)
    choose_language(console, "en")


def clipped(window: QWidget) -> list[str]:
    """Visible texts that do not fit the widget that shows them, as rendered."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() < widget.sizeHint().width():
                found.append(
                    f"button {widget.text()!r}: {widget.width()} < {widget.sizeHint().width()}"
                )
        elif isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            room = widget.contentsRect()
            if widget.wordWrap():
                if widget.heightForWidth(room.width()) > room.height() + 1:
                    found.append(f"label {widget.text()!r} is cut off at the bottom")
            elif widget.fontMetrics().horizontalAdvance(widget.text()) > room.width():
                found.append(f"label {widget.text()!r} is wider than {room.width()}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabRect(index).width() < widget.tabSizeHint(index).width():
                    found.append(f"tab {widget.tabText(index)!r} is squeezed")
        elif (
            isinstance(widget, QComboBox)
            and widget.fontMetrics().horizontalAdvance(widget.currentText()) > widget.width()
        ):
            found.append(f"choice {widget.currentText()!r} is wider than its box")
    return found


@pytest.mark.parametrize(
    ("channel", "zoom", "screen"),
    [
        ("voice", 100, (1100, 700)),
        ("chat", 100, (1100, 700)),
        ("voice", 150, (1366, 768)),
        ("chat", 150, (1366, 768)),
    ],
    ids=["voice-100", "chat-100", "voice-150-1366x768", "chat-150-1366x768"],
)
def test_every_language_fits_the_main_window(
    qtbot: QtBot,
    console: Console,
    admin: httpx.Client,
    channel: str,
    zoom: int,
    screen: tuple[int, int],
) -> None:
    """The busiest volunteer views (a call with hold and transfer controls; two chats with
    their composer and handover note), in every language; at 150 % text size on a 1366x768
    screen too, where nothing may be cut off and the window may not outgrow the screen."""
    window = console.window
    base = QApplication.font().pointSizeF()
    for _ in range((zoom - 100) // ZOOM_STEP):  # Ctrl++ as the volunteer presses it
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(base * zoom / 100, rel=0.02)
    window.resize(*screen)
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": channel, "age_group": "child_youth"})
    accept_first(qtbot, console)
    if channel == "chat":  # a second chat: two tabs side by side
        admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
        qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
        qtbot.mouseClick(window.offers.accept_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.contacts.count() == 2, timeout=WAIT_MS)
    problems_by_language = {}
    try:
        for code in CODES:
            choose_language(console, code)
            try:
                # The layouts settle on the next passes of the event loop, not in the switch.
                qtbot.waitUntil(lambda: not clipped(window), timeout=3000)
            except TimeoutError:
                problems_by_language[code] = clipped(window)
            if window.width() > screen[0] or window.height() > screen[1]:
                problems_by_language.setdefault(code, []).append(
                    f"window {window.width()}x{window.height()} outgrows {screen}"
                )
    finally:
        choose_language(console, "en")
        qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # 100 % again
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert problems_by_language == {}


def test_the_fit_check_sees_a_squeezed_button(qtbot: QtBot, console: Console) -> None:
    button = console.window.offers.accept_button
    button.setMaximumWidth(button.fontMetrics().horizontalAdvance(button.text()) // 2)
    qtbot.waitUntil(lambda: button.width() < button.sizeHint().width())
    assert any(repr(button.text()) in problem for problem in clipped(console.window))


@pytest.mark.parametrize("path", all_catalogues(), ids=lambda p: p.stem)
def test_catalogue_has_no_problems(path: Path) -> None:
    complete = any(path.stem.endswith(code) for code in COMPLETE)
    assert problems(path, complete=complete) == []


def test_the_check_fails_when_a_northern_sami_message_is_left_untranslated(
    tmp_path: Path,
) -> None:
    damaged = tmp_path / "console_se_NO.ts"
    shutil.copy(I18N / "console_se_NO.ts", damaged)
    tree = ET.parse(damaged)
    message = next(m for m in tree.getroot().iter("message") if m.findtext("source") == "Accept")
    translation = message.find("translation")
    assert translation is not None
    translation.set("type", "unfinished")
    tree.write(damaged, encoding="utf-8")
    assert problems(I18N / "console_se_NO.ts", complete=True) == []
    assert problems(damaged, complete=True) == [
        "console_se_NO.ts [OffersPanel] 'Accept': not translated"
    ]


def test_the_check_fails_when_a_placeholder_is_lost(tmp_path: Path) -> None:
    damaged = tmp_path / "console_se_NO.ts"
    text = (I18N / "console_se_NO.ts").read_text(encoding="utf-8")
    damaged.write_text(text.replace("%1 bivdá veahki", "bivdá veahki"), encoding="utf-8")
    assert any("placeholders" in p for p in problems(damaged, complete=True))


def test_every_translation_is_in_the_review_file() -> None:
    assert review_problems(all_catalogues()) == []


def test_the_review_file_notices_a_changed_translation(tmp_path: Path) -> None:
    changed = tmp_path / "console_se_NO.ts"
    text = (I18N / "console_se_NO.ts").read_text(encoding="utf-8")
    changed.write_text(text.replace(">Sádde<", ">Sádde dál<"), encoding="utf-8")
    found = review_problems([changed])
    assert "changed since review: ('console:se_NO', 'ContactPanel', 'Send')" in found


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
    wanted = {(m.context, m.source) for m in read_catalogue(fresh)}
    for path in sorted(I18N.glob("console_*_NO.ts")):
        have = {(m.context, m.source) for m in read_catalogue(path)}
        assert wanted <= have, f"{path.name} lacks {sorted(wanted - have)[:3]}: make i18n-update"
    plural = {(m.context, m.source) for m in read_catalogue(fresh) if m.numerus}
    english = {(m.context, m.source) for m in read_catalogue(I18N / "console_en.ts")}
    assert plural and plural <= english


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
            # An alias (tr = QCoreApplication.translate) hides the strings from lupdate.
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr in ("translate", "tr")
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} (alias)")
    assert offenders == []


@pytest.mark.parametrize(
    ("code", "forms"),
    [
        ("se_NO", {1: "eaktodáhtolaš ", 2: "eaktodáhtolačča ", 5: "eaktodáhtolačča "}),
        ("nb_NO", {1: "frivillig ", 2: "frivillige ", 5: "frivillige "}),
        ("nn_NO", {1: "frivillig ", 2: "frivillige ", 5: "frivillige "}),
        ("en", {1: "volunteer ", 2: "volunteers ", 5: "volunteers "}),
    ],
)
def test_counted_words_agree_with_the_count(
    console: Console, code: str, forms: dict[int, str]
) -> None:
    console.languages.switch(code)
    plurals = Plurals()
    for count, word in forms.items():
        text = plurals.too_few_on_duty(count, 0)
        assert f"{count}\u00a0{word}" in text and "0" in text, text  # kept on one line
    console.languages.switch("en")


@pytest.mark.parametrize(
    ("code", "cancel", "menu_word"),
    [("nb_NO", "Avbryt", "Kopier"), ("se_NO", "Gaskkalduhte", "Máŋge"), ("nn_NO", "Avbryt", "")],
)
def test_qt_own_strings_are_translated(
    console: Console, code: str, cancel: str, menu_word: str
) -> None:
    """Standard buttons and the text context menu speak the chosen language too."""
    console.languages.switch(code)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close
    )
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None and button.text() == cancel
    editor = QPlainTextEdit()
    menu = editor.createStandardContextMenu()
    words = [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if a.text()]
    assert "Copy" not in words and "Select All" not in words, words
    if menu_word:
        assert menu_word in words
    menu.deleteLater()
    editor.deleteLater()
    box.deleteLater()
    console.languages.switch("en")


def test_times_follow_the_chosen_language(console: Console) -> None:
    moment = datetime(2026, 11, 24, 21, 5, tzinfo=UTC)
    for code, locale in (("se_NO", "se_NO"), ("nb_NO", "nb_NO"), ("en", "en_GB")):
        console.languages.switch(code)
        local = moment.astimezone()
        expected = QLocale(locale).toString(
            QTime(local.hour, local.minute, local.second), QLocale.FormatType.ShortFormat
        )
        assert format_clock(moment) == expected
    console.languages.switch("en")


def test_the_window_font_has_every_sami_letter(console: Console) -> None:
    """The reference's rendering test string, checked against the font the window uses."""
    metrics = QFontMetrics(console.window.font())
    missing = [
        c for c in "ášŧŋđžč ÁŠŦŊĐŽČ åäöïæø".replace(" ", "") if not metrics.inFontUcs4(ord(c))
    ]
    assert missing == [], f"{console.window.font().family()} lacks {missing}"

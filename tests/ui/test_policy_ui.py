"""Machine policy as the volunteer sees it: offered languages, a locked choice, and where
each setting comes from; a bad settings file explained in a window."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from console.app import Console, build_console
from console.config import EffectiveSettings, load_settings
from console.core.backoff import Backoff
from console.i18n import pick_language
from console.simulator.server import SimulatorServer
from console.ui.installation_dialog import InstallationDialog
from console.ui.startup_problem import settings_problem_box
from console.ui.style import Theme


def policy_settings(tmp_path: Path, policy: str) -> EffectiveSettings:
    (tmp_path / "policy.toml").write_text(policy, encoding="utf-8")
    return load_settings({}, {}, tmp_path / "policy.toml", tmp_path / "user.toml", {})


@pytest.fixture
def start(qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer) -> Iterator[list[Console]]:
    started: list[Console] = []
    yield started
    for console in started:
        console.shutdown()


def open_console(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer, settings: EffectiveSettings
) -> Console:
    console = build_console(
        qapp,
        simulator.url,
        login_hint="demo-volunteer",
        language=settings.values.language,
        backoff=Backoff(base_s=0.05, cap_s=0.3),
        settings=settings,
    )
    qtbot.addWidget(console.window)
    return console


def test_only_the_languages_policy_offers_are_listed(
    qtbot: QtBot,
    qapp: QApplication,
    simulator: SimulatorServer,
    tmp_path: Path,
    start: list[Console],
) -> None:
    settings = policy_settings(tmp_path, 'allowed_languages = ["se_NO", "nb_NO"]\n')
    console = open_console(qtbot, qapp, simulator, settings)
    start.append(console)
    entries = [a for a in console.window.language_menu.actions() if a.data()]
    assert [a.data() for a in entries] == ["se_NO", "nb_NO"]
    assert all(a.isEnabled() for a in entries)
    assert not console.window.language_locked_note.isVisible()
    # English is not offered, so the console starts in an offered language.
    assert console.languages.current in ("se_NO", "nb_NO")


def test_a_locked_language_is_shown_as_locked(
    qtbot: QtBot,
    qapp: QApplication,
    simulator: SimulatorServer,
    tmp_path: Path,
    start: list[Console],
) -> None:
    settings = policy_settings(tmp_path, 'language = "se_NO"\n')
    console = open_console(qtbot, qapp, simulator, settings)
    start.append(console)
    assert console.languages.current == "se_NO"
    entries = {a.data(): a for a in console.window.language_menu.actions() if a.data()}
    assert entries["se_NO"].isChecked() and entries["se_NO"].isEnabled()
    assert not any(a.isEnabled() for code, a in entries.items() if code != "se_NO")
    note = console.window.language_locked_note
    assert note.isVisible() and not note.isEnabled()
    assert note.text() == "Lohkkaduvvon: du organisašuvnna IT lea bidjan"


def test_the_installation_dialog_marks_policy_settings_locked(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    settings = policy_settings(tmp_path, 'organisation = "kirkens-sos"\nidle_lock_minutes = 5\n')
    dialog = InstallationDialog(settings, {"version": "0.1.0", "commit": "abc123def4567"}, None)
    qtbot.addWidget(dialog)

    def cell(row: int, column: int) -> str:
        item = dialog.table.item(row, column)
        assert item is not None
        return item.text()

    rows = {cell(r, 0): [cell(r, c) for c in range(1, 4)] for r in range(dialog.table.rowCount())}
    assert rows["Organisation"] == ["kirkens-sos", "Set by IT (policy file)", "Locked"]
    assert rows["Lock after idle minutes"] == ["5", "Set by IT (policy file)", "Locked"]
    assert rows["Remember sign-in"] == ["No", "Default", ""]
    assert "0.1.0" in dialog._version.text() and "abc123def456" in dialog._version.text()


def test_a_bad_settings_file_is_explained_in_a_window(qapp: QApplication) -> None:
    detail = "/etc/helpline-console/policy.toml, line 3, key 'colour': is not a known setting"
    box = settings_problem_box(detail)
    assert "cannot start" in box.text()
    assert box.detailedText() == detail
    assert box.standardButtons() == QMessageBox.StandardButton.Close
    box.deleteLater()


def test_the_start_language_respects_policy() -> None:
    assert pick_language(None, ["nb-NO"], ("se_NO", "nn_NO")) == "se_NO"
    assert pick_language(None, ["nn-NO", "en-GB"], ("se_NO", "nn_NO")) == "nn_NO"
    assert pick_language("en", ["nb-NO"], ("se_NO", "nb_NO", "en")) == "en"
    assert pick_language(None, ["fr-FR"], ("nb_NO", "en")) == "en"
    assert pick_language(None, ["no"], ("se_NO", "nb_NO", "nn_NO", "en")) == "nb_NO"


def test_a_shut_down_console_takes_its_language_with_it(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer, tmp_path: Path
) -> None:
    settings = policy_settings(tmp_path, 'language = "se_NO"\n')
    console = open_console(qtbot, qapp, simulator, settings)
    assert QApplication.translate("OffersPanel", "Accept") == "Dohkket"
    console.shutdown()
    assert QApplication.translate("OffersPanel", "Accept") == "Accept"


def test_menu_choices_are_remembered_unless_policy_locked_them(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer, tmp_path: Path
) -> None:
    (tmp_path / "policy.toml").write_text("ring_volume = 100\n", encoding="utf-8")
    user_file = tmp_path / "user.toml"
    settings = load_settings({}, {}, tmp_path / "policy.toml", user_file, {})
    console = build_console(
        qapp,
        simulator.url,
        login_hint="demo-volunteer",
        language="en",
        settings=settings,
        user_file=user_file,
    )
    qtbot.addWidget(console.window)
    try:
        window = console.window
        window.ring_player.play = lambda: None  # type: ignore[method-assign]  # no sound here
        choose = {a.data(): a for a in window.language_menu.actions() if a.data()}
        choose["se_NO"].trigger()
        window.theme_actions[Theme.DARK].trigger()
        window.ring_sound_actions["bell"].trigger()
        assert not window.ring_volume_actions[25].isEnabled()  # policy set the volume
        window.ring_volume_actions[25].trigger()  # a disabled action does nothing
        again = load_settings({}, {}, tmp_path / "policy.toml", user_file, {}).values
        assert (again.language, again.theme, again.ring_sound) == ("se_NO", "dark", "bell")
        assert again.ring_volume == 100
        assert "ring_volume" not in user_file.read_text(encoding="utf-8")
    finally:
        console.languages.switch("en")
        console.window.theme_actions[Theme.LIGHT].trigger()
        console.shutdown()

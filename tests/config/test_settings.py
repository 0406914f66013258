"""Settings layering for IT: precedence, policy locking, and bad files that stop the start."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from console.config import SettingsError, Source, load_settings
from console.config.shortcuts import effective_shortcuts
from console.config.user_file import remember


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_each_layer_overrides_the_one_below(tmp_path: Path) -> None:
    policy = write(tmp_path / "policy.toml", 'organisation = "Kirkens SOS"\n')
    user = write(tmp_path / "user.toml", 'language = "nb_NO"\nidle_lock_minutes = 20\n')
    env = {"HELPLINE_IDLE_LOCK_MINUTES": "15", "HELPLINE_LANGUAGE": "nn_NO"}
    effective = load_settings({"language": "se_NO"}, env, policy, user)
    assert effective.values.organisation == "Kirkens SOS"
    assert effective.values.idle_lock_minutes == 15
    assert effective.values.language == "se_NO"
    assert effective.sources["organisation"] is Source.POLICY
    assert effective.sources["idle_lock_minutes"] is Source.ENVIRONMENT
    assert effective.sources["language"] is Source.COMMAND_LINE
    assert effective.sources["auto_update"] is Source.BUILT_IN
    assert effective.values.auto_update is False


def test_policy_locks_what_it_sets(tmp_path: Path) -> None:
    policy = write(
        tmp_path / "policy.toml",
        'backend_url = "https://routing.example.no"\nidle_lock_minutes = 5\n',
    )
    user = write(tmp_path / "user.toml", "idle_lock_minutes = 60\n")
    env = {"HELPLINE_BACKEND_URL": "https://other.example"}
    effective = load_settings(
        {"backend_url": "https://evil.example", "idle_lock_minutes": 90}, env, policy, user
    )
    assert effective.values.backend_url == "https://routing.example.no"
    assert effective.values.idle_lock_minutes == 5
    assert effective.locked == {"backend_url", "idle_lock_minutes"}
    assert "[locked]" in effective.describe()


@pytest.mark.parametrize(
    ("text", "line", "key", "words"),
    [
        ('organisation = "x"\nidle_lock_minutes = = 3\n', 2, None, "not valid TOML"),
        ('organisation = "x"\n\ncolour = "red"\n', 3, "colour", "not a known setting"),
        ("idle_lock_minutes = 0\n", 1, "idle_lock_minutes", "greater than or equal to 1"),
        ('backend_url = "http://10.0.0.5"\n', 1, "backend_url", "https"),
        ('language = "fr_FR"\n', 1, "language", "must be one of"),
        ('auto_update = "maybe"\n', 1, "auto_update", "boolean"),
    ],
)
def test_a_bad_policy_file_names_file_line_and_key(
    tmp_path: Path, text: str, line: int, key: str | None, words: str
) -> None:
    policy = write(tmp_path / "policy.toml", text)
    with pytest.raises(SettingsError) as failure:
        load_settings({}, {}, policy, tmp_path / "none.toml")
    error = failure.value
    assert (error.path, error.line, error.key) == (str(policy), line, key)
    assert words in str(error)


def test_a_bad_environment_value_is_named(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as failure:
        load_settings({}, {"HELPLINE_IDLE_LOCK_MINUTES": "soon"}, tmp_path / "p", tmp_path / "u")
    assert "HELPLINE_IDLE_LOCK_MINUTES" in str(failure.value)


def test_check_config_prints_values_and_sources() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "console", "--check-config", "--language", "nn_NO"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"HELPLINE_IDLE_LOCK_MINUTES": "12", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert "language = 'nn_NO'    (command line)" in result.stdout
    assert "idle_lock_minutes = 12    (environment)" in result.stdout
    assert "token" not in result.stdout.lower()


def test_the_console_refuses_to_start_on_bad_settings() -> None:
    # No display: the message goes to the terminal only (with one, a window shows it too).
    headless = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-m", "console", "--backend", "http://192.0.2.1:8080"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=headless,
    )
    assert result.returncode == 78
    assert "cannot start" in result.stderr and "backend_url" in result.stderr


def test_registry_policy_is_locked_and_wins_over_the_policy_file(tmp_path: Path) -> None:
    policy = write(tmp_path / "policy.toml", 'organisation = "Mental Helse"\n')
    user = write(tmp_path / "user.toml", 'backend_url = "https://mine.example"\n')
    registry: dict[str, object] = {
        "backend_url": "https://routing.example.no",
        "organisation": "Kirkens SOS",
        "remember_sign_in": 1,
        "allowed_languages": "se_NO, nb_NO",
    }
    effective = load_settings({"backend_url": None}, {}, policy, user, registry)
    assert effective.values.backend_url == "https://routing.example.no"
    assert effective.values.organisation == "Kirkens SOS"
    assert effective.values.remember_sign_in is True
    assert effective.values.allowed_languages == ["se_NO", "nb_NO"]
    assert effective.sources["organisation"] is Source.REGISTRY
    assert effective.locked == {
        "backend_url",
        "organisation",
        "remember_sign_in",
        "allowed_languages",
    }
    assert "machine policy (registry)" in effective.describe()


@pytest.mark.parametrize(
    ("raw", "key", "words"),
    [
        ({"colour": "red"}, "colour", "not a known setting"),
        ({"remember_sign_in": 7}, "remember_sign_in", "boolean"),
        ({"backend_url": "http://routing.example.no"}, "backend_url", "https"),
        ({"allowed_languages": "fr_FR"}, "allowed_languages", "non-empty list"),
    ],
)
def test_a_bad_registry_policy_value_is_named(
    tmp_path: Path, raw: dict[str, object], key: str, words: str
) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings({}, {}, tmp_path / "none.toml", tmp_path / "none2.toml", raw)
    assert caught.value.key == key
    assert words in caught.value.problem
    assert r"HKLM\Software\Policies\HelplineConsole" in str(caught.value)


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ('[shortcuts]\naccept = "Ctrl+E"\n', "Ctrl+E is set for both accept and end"),
        (
            '[shortcuts]\naccept = "shift+ctrl+d"\n',
            "Ctrl+Shift+D is set for both accept and decline",
        ),
        ('[shortcuts]\nend = "Return"\n', "Return is kept for send"),
        ('[shortcuts]\nhold = "Ctrl+Shift+M"\n', "Ctrl+Shift+M is set for both hold and mute"),
        ('[shortcuts]\nexplode = "F9"\n', "unknown action 'explode'"),
        ('[shortcuts]\naccept = "Ctrl+Banana"\n', "is not a key"),
    ],
)
def test_shortcut_conflicts_stop_the_start_with_both_actions_named(
    tmp_path: Path, table: str, words: str
) -> None:
    user = write(tmp_path / "user.toml", table)
    with pytest.raises(SettingsError) as failure:
        load_settings({}, {}, tmp_path / "none.toml", user, {})
    assert failure.value.key == "shortcuts"
    assert words in failure.value.problem


def test_policy_shortcuts_are_locked_and_a_user_cannot_change_them(tmp_path: Path) -> None:
    policy = write(tmp_path / "policy.toml", '[shortcuts]\naccept = "F5"\n')
    user = write(tmp_path / "user.toml", '[shortcuts]\naccept = "F6"\n')
    effective = load_settings({}, {"HELPLINE_SHORTCUTS": "accept=F7"}, policy, user, {})
    assert effective.values.shortcuts == {"accept": "F5"}
    assert "shortcuts" in effective.locked
    assert effective_shortcuts(effective.values.shortcuts)["accept"] == "F5"


def test_a_remembered_choice_keeps_everything_else_in_the_user_file(tmp_path: Path) -> None:
    user = write(
        tmp_path / "user.toml",
        'idle_lock_minutes = 20\nallowed_languages = ["se_NO", "nb_NO"]\n'
        '[shortcuts]\naccept = "F5"\n',
    )
    remember(user, "language", "se_NO")
    remember(user, "zoom_percent", 130)
    effective = load_settings({}, {}, tmp_path / "none.toml", user, {})
    assert effective.values.language == "se_NO"
    assert effective.values.zoom_percent == 130
    assert effective.values.idle_lock_minutes == 20
    assert effective.values.allowed_languages == ["se_NO", "nb_NO"]
    assert effective.values.shortcuts == {"accept": "F5"}


def test_a_user_file_with_a_mistake_is_left_as_the_person_wrote_it(tmp_path: Path) -> None:
    text = 'language = "se_NO"\ncolour = "red"\n'
    user = write(tmp_path / "user.toml", text)
    with pytest.raises(SettingsError):
        remember(user, "theme", "dark")
    assert user.read_text(encoding="utf-8") == text

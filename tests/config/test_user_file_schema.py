"""The user's settings file carries a schema version: older files are migrated, a file from a
newer console is a clear error and is never overwritten."""

import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from console.config import SettingsError, load_settings, schema
from console.config.schema import MIGRATIONS, SCHEMA_VERSION, VERSION_KEY
from console.config.user_file import remember

ROOT = Path(__file__).resolve().parents[2]


def user_values(user: Path, tmp_path: Path) -> dict[str, Any]:
    return dict(load_settings({}, {}, tmp_path / "none.toml", user, {}).values)


def test_every_older_version_has_a_migration() -> None:
    assert set(MIGRATIONS) == set(range(SCHEMA_VERSION))


def test_a_remembered_choice_writes_the_schema_version(tmp_path: Path) -> None:
    user = tmp_path / "user.toml"
    remember(user, "theme", "dark")
    written = tomllib.loads(user.read_text(encoding="utf-8"))
    assert written == {VERSION_KEY: SCHEMA_VERSION, "theme": "dark"}
    assert user_values(user, tmp_path)["theme"] == "dark"


def test_a_file_from_before_versions_is_read_and_written_back_versioned(tmp_path: Path) -> None:
    user = tmp_path / "user.toml"
    user.write_text('ring_sound = "bell"\n[shortcuts]\naccept = "F5"\n', encoding="utf-8")
    assert user_values(user, tmp_path)["ring_sound"] == "bell"
    remember(user, "zoom_percent", 120)
    written = tomllib.loads(user.read_text(encoding="utf-8"))
    assert written[VERSION_KEY] == SCHEMA_VERSION
    assert (written["ring_sound"], written["shortcuts"], written["zoom_percent"]) == (
        "bell",
        {"accept": "F5"},
        120,
    )


def test_migrations_run_in_order_from_the_file_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As if two later versions had renamed a setting and then changed its unit."""
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(
        MIGRATIONS, 1, lambda d: {("ring_volume" if k == "volume" else k): v for k, v in d.items()}
    )
    monkeypatch.setitem(MIGRATIONS, 2, lambda d: d | {"ring_volume": d["ring_volume"] * 10})
    user = tmp_path / "user.toml"
    user.write_text(f"{VERSION_KEY} = 1\nvolume = 5\n", encoding="utf-8")
    assert user_values(user, tmp_path)["ring_volume"] == 50
    user.write_text(f"{VERSION_KEY} = 2\nring_volume = 5\n", encoding="utf-8")
    assert user_values(user, tmp_path)["ring_volume"] == 50


def test_a_file_from_a_newer_console_is_named_and_left_as_it_is(tmp_path: Path) -> None:
    user = tmp_path / "user.toml"
    text = f'theme = "dark"\n{VERSION_KEY} = {SCHEMA_VERSION + 1}\nhologram = true\n'
    user.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings({}, {}, tmp_path / "none.toml", user, {})
    assert (caught.value.line, caught.value.key) == (2, VERSION_KEY)
    assert "newer Helpline Console" in caught.value.problem
    with pytest.raises(SettingsError):
        remember(user, "theme", "light")
    assert user.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("version", ['"2"', "-1", "true", "1.5", "[1]"])
def test_a_version_that_is_not_a_whole_number_is_named(tmp_path: Path, version: str) -> None:
    user = tmp_path / "user.toml"
    user.write_text(f'theme = "dark"\n{VERSION_KEY} = {version}\n', encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings({}, {}, tmp_path / "none.toml", user, {})
    assert (caught.value.line, caught.value.key) == (2, VERSION_KEY)


def test_the_version_is_not_a_setting_in_the_policy_file(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(f"{VERSION_KEY} = 1\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="not a known setting"):
        load_settings({}, {}, policy, tmp_path / "none.toml", {})


def test_the_real_command_explains_a_newer_file_and_exits_78(tmp_path: Path) -> None:
    user = tmp_path / "HelplineConsole" / "settings.toml"
    user.parent.mkdir()
    user.write_text(f"{VERSION_KEY} = 99\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "console", "--check-config"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)},
    )
    assert result.returncode == 78
    assert f"{user}, line 1, key '{VERSION_KEY}': is 99: the file was written by a newer" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr
    assert user.read_text(encoding="utf-8") == f"{VERSION_KEY} = 99\n"

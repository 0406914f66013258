"""Settings files written by an attacker (or by accident): whatever is in them, the console
names the file, line and key and stops with exit 78; it never shows a traceback, hangs, reads
a huge file whole, or echoes terminal control characters."""

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.config import EffectiveSettings, SettingsError, load_settings, read_toml
from console.config.files import MAX_DEPTH, MAX_FILE_BYTES
from console.config.problems import MAX_LISTED

ROOT = Path(__file__).resolve().parents[2]
CONTROL = {chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))} - {"\n"}


def assert_safe_message(error: SettingsError, path: Path) -> None:
    text = str(error)
    assert text.startswith(str(path))
    assert not CONTROL & set(text), text
    assert "\u202e" not in text
    assert min(len(error.problems), MAX_LISTED + 1) == len(text.splitlines())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_give_settings_or_a_named_error(data: bytes) -> None:
    with Scratch() as folder:
        path = folder / "policy.toml"
        path.write_bytes(data)
        try:
            read_toml(path)
        except SettingsError as error:
            assert error.path == str(path)
            assert_safe_message(error, path)


def toml_string(text: str) -> str:
    escaped = (
        f"\\u{ord(c):04x}" if ord(c) < 0x20 or ord(c) == 0x7F or c in '"\\' else c for c in text
    )
    return '"' + "".join(escaped) + '"'


def toml_value(value: Any) -> str:
    """Inline TOML for what the strategy below builds."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


KEYS = st.sampled_from(
    ["theme", "zoom_percent", "shortcuts", "allowed_languages", "language", "\x1b[2Jx", "colour"]
)
LEAVES = st.one_of(
    st.booleans(), st.integers(-(2**63), 2**63 - 1), st.text(max_size=12), st.just("se_NO")
)
NESTED = st.recursive(
    LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(KEYS, NESTED, max_size=4))
def test_any_nested_toml_gives_settings_or_an_error_naming_its_keys(
    document: dict[str, Any],
) -> None:
    with Scratch() as folder:
        policy = folder / "policy.toml"
        policy.write_text(
            "".join(f"{toml_string(k)} = {toml_value(v)}\n" for k, v in document.items()),
            encoding="utf-8",
        )
        try:
            effective = load_settings({}, {}, policy, folder / "none.toml", {})
        except SettingsError as error:
            assert_safe_message(error, policy)
            assert all(p.key in document for p in error.problems)
            assert all(p.line is not None for p in error.problems)
        else:
            assert isinstance(effective, EffectiveSettings)
            assert effective.locked == set(document)


class Scratch:
    """A fresh folder per example (hypothesis runs many examples in one test call)."""

    def __enter__(self) -> Path:
        import tempfile  # noqa: PLC0415

        self._folder = tempfile.TemporaryDirectory()
        return Path(self._folder.name)

    def __exit__(self, *exc: object) -> None:
        self._folder.cleanup()


@pytest.mark.parametrize(
    ("text", "line", "key", "words"),
    [
        ("shortcuts = " + "[" * 5000 + "]" * 5000 + "\n", None, None, "nests deeper"),
        ("shortcuts = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n", None, None, "nests deeper"),
        ('theme = "dark"\nshortcuts = [[[[["F5"]]]]]\n', 2, "shortcuts", "nests deeper"),
        (
            'theme = "dark"\n"\\u001b[2J\\u001b]0;owned\\u0007" = 1\n',
            2,
            "\x1b[2J\x1b]0;owned\x07",
            "known",
        ),
        ('[shortcuts]\naccept = "\\u001b[2J"\n', 1, "shortcuts", "is not a key"),
    ],
)
def test_hostile_content_is_named_by_file_line_and_key(
    tmp_path: Path, text: str, line: int | None, key: str | None, words: str
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings({}, {}, policy, tmp_path / "none.toml", {})
    assert (caught.value.line, caught.value.key) == (line, key)
    assert words in caught.value.problem
    assert_safe_message(caught.value, policy)


def test_every_problem_in_a_file_is_named_at_once(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        'organisation = "x"\ncolour = "red"\nidle_lock_minutes = 0\nlanguage = "fr"\n',
        encoding="utf-8",
    )
    with pytest.raises(SettingsError) as caught:
        load_settings({}, {}, policy, tmp_path / "none.toml", {})
    found = [(p.line, p.key) for p in caught.value.problems]
    assert found == [(2, "colour"), (3, "idle_lock_minutes"), (4, "language")]
    assert str(caught.value).splitlines()[2].startswith(f"{policy}, line 4, key 'language': ")


def test_a_too_deep_value_does_not_hide_the_other_problems(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        'colour = "red"\nshortcuts = [[[[["F5"]]]]]\nzoom_percent = 5\n', encoding="utf-8"
    )
    with pytest.raises(SettingsError) as caught:
        read_toml(policy)
    assert [(p.line, p.key) for p in caught.value.problems] == [
        (1, "colour"),
        (2, "shortcuts"),
        (3, "zoom_percent"),
    ]


def test_thousands_of_problems_are_counted_not_all_listed(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("".join(f"k{i} = 1\n" for i in range(5000)), encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        read_toml(policy)
    lines = str(caught.value).splitlines()
    assert len(caught.value.problems) == 5000
    assert (
        lines[MAX_LISTED - 1]
        == f"{policy}, line {MAX_LISTED}, key 'k{MAX_LISTED - 1}': is not a known setting"
    )
    assert lines[MAX_LISTED:] == [f"{policy}: {5000 - MAX_LISTED} more problems"]


def test_text_that_is_not_utf8_is_named_by_line(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_bytes(b'theme = "dark"\norganisation = "Kirkens SOS \xff"\n')
    with pytest.raises(SettingsError) as caught:
        read_toml(policy)
    assert (caught.value.line, caught.value.problem) == (2, "is not UTF-8 text")


def test_an_enormous_file_is_refused_without_being_read(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    with policy.open("wb") as handle:
        handle.truncate(8 * 1024**3)  # 8 GiB, sparse: reading it whole would not finish
    with pytest.raises(SettingsError) as caught:
        read_toml(policy)
    assert "larger than" in caught.value.problem


def test_a_file_just_over_the_limit_is_refused(tmp_path: Path) -> None:
    user = tmp_path / "user.toml"
    user.write_text("# " + "x" * MAX_FILE_BYTES + "\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="larger than"):
        read_toml(user)


def test_nesting_up_to_the_limit_is_read_and_beyond_it_is_named(tmp_path: Path) -> None:
    user = tmp_path / "user.toml"
    user.write_text("colour = " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n", encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        read_toml(user)
    assert caught.value.problem == "is not a known setting"  # deep, but not too deep
    user.write_text("colour = " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n")
    with pytest.raises(SettingsError) as caught:
        read_toml(user)
    assert (caught.value.line, caught.value.key) == (1, "colour")
    assert "nests deeper" in caught.value.problem


def test_a_policy_path_that_is_a_folder_is_an_error(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.mkdir()
    with pytest.raises(SettingsError) as caught:
        load_settings({}, {}, policy, tmp_path / "none.toml", {})
    assert caught.value.path == str(policy)
    assert "is not a file" in caught.value.problem


def test_a_policy_path_that_is_a_pipe_is_an_error_without_waiting(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    os.mkfifo(policy)  # opening a pipe for reading would wait for a writer forever
    with pytest.raises(SettingsError, match="is not a file"):
        load_settings({}, {}, policy, tmp_path / "none.toml", {})


def test_a_policy_link_to_nothing_is_an_error(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.symlink_to(tmp_path / "gone.toml")
    with pytest.raises(SettingsError, match="cannot be read"):
        load_settings({}, {}, policy, tmp_path / "none.toml", {})


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_policy_file_is_an_error(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('theme = "dark"\n', encoding="utf-8")
    policy.chmod(0)
    with pytest.raises(SettingsError, match="cannot be read"):
        load_settings({}, {}, policy, tmp_path / "none.toml", {})


def test_an_unreadable_policy_folder_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root can read anything, so the refusal the OS would give is played here."""
    policy = tmp_path / "policy.toml"
    policy.write_text('theme = "dark"\n', encoding="utf-8")
    real_open = os.open

    def refused(path: object, *args: Any, **kwargs: Any) -> int:
        if Path(str(path)) == policy:
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refused)
    with pytest.raises(SettingsError) as caught:
        load_settings({}, {}, policy, tmp_path / "none.toml", {})
    assert str(caught.value) == f"{policy}: cannot be read (Permission denied)"


def run_console(
    args: list[str], home: Path, policy: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """The real command line. The user file is found through XDG_CONFIG_HOME (as on any Linux
    desktop); the machine policy's place is fixed, so a policy test points it here first."""
    env = {
        "PATH": "/usr/bin:/bin",
        "XDG_CONFIG_HOME": str(home),
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
    }
    if policy is None:
        command = [sys.executable, "-m", "console", *args]
    else:
        start = (
            "import sys, pathlib, console.config as c; "
            f"c.policy_path = lambda: pathlib.Path({str(policy)!r}); "
            "from console.__main__ import main; sys.exit(main(sys.argv[1:]))"
        )
        command = [sys.executable, "-c", start, *args]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=60, check=False, env=env, cwd=ROOT
    )


def test_a_hostile_user_file_stops_the_real_command_with_78(tmp_path: Path) -> None:
    user = tmp_path / "HelplineConsole" / "settings.toml"
    user.parent.mkdir()
    user.write_text("shortcuts = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    result = run_console(["--check-config"], tmp_path)
    assert result.returncode == 78, result.stderr
    assert result.stderr == f"Helpline Console cannot start: {user}: nests deeper than 4 levels\n"


def test_a_bad_policy_stops_the_real_command_with_78_and_every_problem(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('"\\u001b]0;owned\\u0007" = 1\nidle_lock_minutes = 0\n', encoding="utf-8")
    result = run_console(["--check-config"], tmp_path, policy)
    assert result.returncode == 78, result.stderr
    assert "Traceback" not in result.stderr
    assert not CONTROL & set(result.stderr)
    assert f"{policy}, line 1, key '\\x1b]0;owned\\x07': is not a known setting" in result.stderr
    assert f"{policy}, line 2, key 'idle_lock_minutes': " in result.stderr


def test_a_policy_folder_stops_the_real_command_with_78(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.mkdir()
    result = run_console(["--check-config"], tmp_path, policy)
    assert result.returncode == 78, result.stderr
    assert f"{policy}: is not a file" in result.stderr


def test_check_config_names_the_files_read_and_those_not_found(tmp_path: Path) -> None:
    user = tmp_path / "HelplineConsole" / "settings.toml"
    user.parent.mkdir()
    user.write_text('theme = "dark"\n', encoding="utf-8")
    result = run_console(["--check-config"], tmp_path, tmp_path / "no-policy.toml")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"# machine policy: {tmp_path / 'no-policy.toml'} (not found)" in lines
    assert f"# user settings: {user} (read)" in lines
    assert "theme = 'dark'    (user settings)" in lines

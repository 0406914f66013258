"""Risk-support form files: the sample is valid, levels come from the file's rules, and a bad
file is refused with a message that names the file and the field."""

import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.config.risk_forms import (
    RiskFormError,
    load_form,
    parse_form,
    render_plan,
)
from console.contract.enums import RiskLevel
from console.paths import resources_dir

SAMPLE = resources_dir() / "risk" / "sample-v1.toml"
FORM = load_form()


def test_every_shipped_form_is_valid_and_marked_as_a_sample() -> None:
    files = sorted((resources_dir() / "risk").glob("*.toml"))
    assert files
    for path in files:
        form = load_form(path)
        assert form.sample, f"{path.name}: the console ships samples only"
        assert form.steps_for(RiskLevel.ACUTE) and form.steps_for(RiskLevel.HIGH)


def test_levels_follow_the_rules_in_the_file() -> None:
    assert FORM.level({}) is None
    assert FORM.level({"thoughts": "no"}) is RiskLevel.LOW
    assert FORM.level({"thoughts": "yes"}) is RiskLevel.MODERATE
    assert FORM.level({"thoughts": "yes", "means": "yes"}) is RiskLevel.HIGH
    assert FORM.level({"plan": "yes", "means": "yes", "time_frame": "now"}) is RiskLevel.ACUTE


answers = st.fixed_dictionaries(
    {},
    optional={q.id: st.sampled_from([a.id for a in q.answers]) for q in FORM.questions},
)


@given(answers)
def test_the_first_matching_rule_wins_whatever_was_answered(given_answers: dict[str, str]) -> None:
    level = FORM.level(given_answers)
    matching = [rule.level for rule in FORM.rules if rule.holds(given_answers)]
    if not given_answers:
        assert level is None
    else:
        assert level == (matching[0] if matching else FORM.default_level)


def _edited(change: str, old: str) -> str:
    text = SAMPLE.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, change, 1)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('all = ["thoughts=yes"]\nany', 'all = ["thoughts=maybe"]\nany', "has no answer 'maybe'"),
        ('all = ["plan=yes", "means', 'all = ["mood=yes", "means', "unknown question 'mood'"),
        ('level = "acute"', 'level = "severe"', "rules.0.level"),
        ("version = 1", 'version = "one"', "version"),
        ('nn = "Eksempelskjema"\n', "", "title.nn"),
    ],
)
def test_a_bad_form_names_the_file_and_the_field(old: str, new: str, message: str) -> None:
    with pytest.raises(RiskFormError) as raised:
        parse_form("org-v2.toml", _edited(new, old))
    assert str(raised.value).startswith("org-v2.toml: ")
    assert message in str(raised.value)


@given(st.text(max_size=300))
def test_any_text_is_a_form_or_a_clear_error(text: str) -> None:
    try:
        parse_form("x.toml", text)
    except RiskFormError as error:
        assert str(error).startswith("x.toml: ")


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RiskFormError, match=r"missing\.toml: cannot be read"):
        load_form(tmp_path / "missing.toml")


@pytest.mark.parametrize(
    ("language", "code"),
    [("nb_NO", "nb"), ("se_NO", "se"), ("smj_NO", "nb"), ("sma", "nb"), ("en", "en"), ("nn", "nn")],
)
def test_the_plan_is_one_text_in_the_chatters_language(language: str, code: str) -> None:
    raw = tomllib.loads(SAMPLE.read_text(encoding="utf-8"))
    text = render_plan(FORM, language, {"coping": "  gå en tur  ", "people": "Kari"})
    assert text.startswith(raw["safety_plan"]["heading"][code])
    coping = next(s for s in raw["safety_plan"]["steps"] if s["id"] == "coping")
    assert f"{coping['title'][code]}:\ngå en tur" in text
    assert "Kari" in text
    warning = next(s for s in raw["safety_plan"]["steps"] if s["id"] == "warning_signs")
    assert warning["title"][code] not in text  # an empty step is left out

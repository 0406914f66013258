"""Numbers keep their units on one line: the count and its word are joined by a no-break
space wherever the console fills a number into a message, in every language."""

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from console.contract.training import ExpectationResult, LocalText
from console.i18n import LanguageManager
from console.ui.formatting import NBSP, fill_number, keep_units
from console.ui.plurals import Plurals
from console.ui.training import TARGET_NAMES, seconds_text, verdict_text

pytestmark = pytest.mark.qt


@pytest.fixture(params=["en", "nb_NO", "se_NO"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    languages = LanguageManager(qapp)
    languages.switch(request.param)
    yield request.param
    languages.remove()


def test_counts_and_seconds_stay_with_their_words(language: str) -> None:
    plurals = Plurals()
    for text, number in (
        (plurals.reconnecting_in(45), "45"),
        (plurals.too_few_on_duty(3, 1), "3"),
        (seconds_text(12.5), "12.5"),
    ):
        assert f"{number}{NBSP}" in text, (language, text)
        assert f"{number} " not in text, (language, text)


def test_training_verdicts_and_phone_numbers_do_not_break(language: str) -> None:
    late = ExpectationResult(
        action="flag_risk",
        why=LocalText(nb="x", se="x", en="x"),
        met=False,
        at_s=75,
        limit_s=60,
    )
    text = verdict_text(late)
    assert f"75{NBSP}" in text and f"60{NBSP}" in text, (language, text)
    assert " " not in TARGET_NAMES["legevakt"].split("legevakt")[1]
    assert " " not in TARGET_NAMES["alarmtelefonen"]


@given(
    template=st.sampled_from(["%1 s", "waiting %1 min", "(%1 s)", "%1", "om %1 minutt", "%1."]),
    value=st.integers(min_value=0, max_value=10**6),
)
def test_fill_number_only_ever_glues_the_number_to_what_follows(template: str, value: int) -> None:
    text = fill_number(template, "%1", value)
    assert text.replace(NBSP, " ") == template.replace("%1", str(value))
    assert f"{value} " not in text
    assert keep_units(text) == text

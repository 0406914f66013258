"""The municipality search, alone: folding (Hypothesis) and the picker with the real list."""

import csv
import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.contract.resources import Municipality
from console.paths import resources_dir
from console.ui.municipality_picker import MunicipalityPicker
from console.ui.municipality_search import (
    OTHER_OFFICIAL_NAMES,
    fold_query,
    matches,
    search_keys,
)


def all_municipalities() -> list[Municipality]:
    path = resources_dir() / "data" / "municipalities-2026.csv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [
            Municipality(number=r["kommunenummer"], name=r["name"], county_code=r["county_code"])
            for r in rows
        ]


MUNICIPALITIES = all_municipalities()
NAMES = [(m.number, part) for m in MUNICIPALITIES for part in m.name.split(" - ")]
# How a Norwegian writes each letter on an English keyboard (or keeps it).
TYPED = {"ø": ("ø", "o", "oe"), "å": ("å", "a", "aa"), "æ": ("æ", "ae", "a")}


def typed_as(name: str, choice: dict[str, str], upper: bool) -> str:
    """The name as typed: one way per Norwegian letter, other accents dropped, any case."""
    out = []
    for char in name.lower():
        if char in TYPED:
            out.append(choice[char])
        else:
            base = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in base if not unicodedata.combining(c)))
    typed = "".join(out).replace("đ", "d").replace("ŋ", "n").replace("ŧ", "t")
    return typed.upper() if upper else typed


@given(
    st.sampled_from(NAMES),
    st.fixed_dictionaries({letter: st.sampled_from(ways) for letter, ways in TYPED.items()}),
    st.booleans(),
    st.data(),
)
def test_every_name_is_found_however_it_is_typed(
    name: tuple[str, str], choice: dict[str, str], upper: bool, data: st.DataObject
) -> None:
    number, official = name
    full = next(m.name for m in MUNICIPALITIES if m.number == number)
    keys = search_keys(number, full, OTHER_OFFICIAL_NAMES.get(number, ()))
    typed = typed_as(official, choice, upper)
    start = data.draw(st.integers(0, max(0, len(typed) - 1)))
    end = data.draw(st.integers(start + 1, len(typed)))
    assert matches(typed, keys)
    assert matches(typed[start:end].strip(" -") or typed, keys)  # any part of it, too


@given(st.text())
def test_folding_is_stable_and_leaves_no_norwegian_letters(text: str) -> None:
    folded = fold_query(text)
    assert fold_query(folded) == folded
    assert not set(folded) & {"ø", "å", "æ", "Ø", "Å", "Æ"}
    assert "\n" not in folded  # a query never spans two names


@given(st.sampled_from(MUNICIPALITIES), st.sampled_from(MUNICIPALITIES))
def test_a_full_name_finds_its_own_municipality_and_no_unrelated_one(
    one: Municipality, other: Municipality
) -> None:
    keys = search_keys(other.number, other.name, OTHER_OFFICIAL_NAMES.get(other.number, ()))
    if one.number == other.number:
        assert matches(one.name, keys) and matches(one.number, keys)
    elif fold_query(one.name) not in fold_query(other.name):
        assert not matches(one.name, keys)


def found(qtbot: QtBot, picker: MunicipalityPicker, text: str) -> list[str]:
    picker.search.clear()
    qtbot.keyClicks(picker.search, text)
    model = picker.results.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_the_picker_finds_by_any_spelling_and_every_parallel_name(qtbot: QtBot) -> None:
    picker = MunicipalityPicker(MUNICIPALITIES)
    qtbot.addWidget(picker)
    for typed in ("Tromso", "tromsoe", "Romsa", "Tromssa", "5501"):
        assert found(qtbot, picker, typed) == ["Tromsø - Romsa - Tromssa (5501)"], typed
    assert found(qtbot, picker, "Alesund") == ["Ålesund (1508)"]
    assert found(qtbot, picker, "Aalesund") == ["Ålesund (1508)"]
    assert "Bodø (1804)" in found(qtbot, picker, "Bodo")
    assert found(qtbot, picker, "Guovdageaidnu") == ["Guovdageaidnu - Kautokeino (5612)"]
    assert found(qtbot, picker, "Kaafjord")[0].startswith("Gáivuotna - Kåfjord")
    assert found(qtbot, picker, "Baerum") == found(qtbot, picker, "Barum") != []
    assert found(qtbot, picker, "Zzzz") == []
    found(qtbot, picker, "Karasjohka")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.chosen == "5610"

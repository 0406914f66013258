"""Which resources fit a contact, and what of one may reach a chat."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.contract.enums import AgeGroup, RegionLevel
from console.contract.resources import (
    DirectoryEntry,
    LocalText,
    PrivateFields,
    Region,
    ResourceDirectory,
)
from console.core.directory_search import (
    DirectoryFilter,
    hidden_by_age,
    search,
    shareable_text,
)
from console.core.errors import CoreError, ErrorKind
from console.core.resource_cache import ResourceCache, fresh_or_cached
from console.simulator.resource_directory import load_directory

pytestmark = pytest.mark.anyio


def _ids(entries: list[DirectoryEntry]) -> set[str]:
    return {e.id for e in entries}


def test_a_16_plus_resource_is_hidden_for_a_youth_under_16() -> None:
    entries = load_directory().entries
    unknown_age = DirectoryFilter(AgeGroup.CHILD_YOUTH, "nb")
    fourteen = DirectoryFilter(AgeGroup.CHILD_YOUTH, "nb", age=14)
    sixteen = DirectoryFilter(AgeGroup.CHILD_YOUTH, "nb", age=16)
    assert "self-help-apps-16" not in _ids(search(entries, unknown_age))
    assert "self-help-apps-16" not in _ids(search(entries, fourteen))
    assert "self-help-apps-13" in _ids(search(entries, fourteen))
    assert "self-help-apps-16" in _ids(search(entries, sixteen))
    assert hidden_by_age(entries, fourteen) == 1


def test_the_contacts_target_group_filters_by_default() -> None:
    entries = load_directory().entries
    adult = _ids(search(entries, DirectoryFilter(AgeGroup.ADULT, "nb")))
    assert "alarmtelefonen" not in adult and "mental-helse-hjelpetelefonen" in adult
    everyone = _ids(search(entries, DirectoryFilter(AgeGroup.ADULT, "nb", all_groups=True)))
    assert "alarmtelefonen" in everyone


def test_words_match_without_case_or_accents() -> None:
    entries = load_directory().entries
    found = search(entries, DirectoryFilter(AgeGroup.ADULT, "se", words="DEARVVASVUODA"))
    assert "mental-helse-hjelpetelefonen" in _ids(found)


def test_lule_and_south_sami_read_bokmal() -> None:
    entry = next(e for e in load_directory().entries if e.id == "alarmtelefonen")
    assert shareable_text(entry, "smj").startswith("Alarmtelefonen for barn og unge:")
    assert shareable_text(entry, "se").startswith("Alarmtelefovdna")
    assert "116 111" in shareable_text(entry, "en")


text = st.text(min_size=1, max_size=40)


@given(
    secret=text,
    direct=st.from_regex(r"[0-9]{8}", fullmatch=True),
    language=st.sampled_from(["nb", "nn", "se", "en", "smj", "sma"]),
)
def test_private_fields_never_reach_the_shared_text(
    secret: str, direct: str, language: str
) -> None:
    marker = f"PRIVATE<{secret}>"
    entry = DirectoryEntry(
        id="x",
        name=LocalText(nb="Navn", se="Namma"),
        description=LocalText(nb="Offentlig tekst"),
        phone="116123",
        target_groups=[AgeGroup.ADULT],
        region=Region(level=RegionLevel.NATIONAL),
        source="test",
        verified=False,
        private=PrivateFields(
            note=LocalText(nb=marker, nn=marker, se=marker, en=marker), direct_phone=direct
        ),
    )
    shared = shareable_text(entry, language)
    assert marker not in shared and direct not in shared
    assert "116 123" in shared


async def test_the_cached_directory_serves_when_the_backend_is_down(tmp_path: Path) -> None:
    cache = ResourceCache(tmp_path / "resources.json")
    served = load_directory()

    async def online() -> ResourceDirectory:
        return served

    async def offline() -> ResourceDirectory:
        raise CoreError(ErrorKind.OFFLINE, "down")

    assert await fresh_or_cached(online, cache) == (served, False)
    assert await fresh_or_cached(offline, cache) == (served, True)
    (tmp_path / "resources.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CoreError):
        await fresh_or_cached(offline, cache)  # a broken copy is no copy; the error stands

"""Each language is declared once (console/languages.py): what else lists languages derives
from that table, and the one list kept apart (the Makefile's) is checked against it."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from console.languages import LANGUAGE_CODES, LANGUAGES, TRANSLATED_CODES, is_partial

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
# Files that still spell out language codes until the lead derives them from the table:
# main_window.py is being refactored by someone else; screenshots.py picks Sámi chat text.
PENDING = {"console/ui/main_window.py", "tools/screenshots.py"}


def make_list(name: str) -> list[str]:
    found = re.search(rf"^{name} := (.*)$", (ROOT / "Makefile").read_text(), re.MULTILINE)
    assert found, name
    return found.group(1).split()


def test_the_makefile_lists_equal_the_table() -> None:
    assert make_list("LANGUAGES") == list(TRANSLATED_CODES)
    assert make_list("QT_LANGUAGES") == [lang.code for lang in LANGUAGES if lang.qt_supplement]


def test_every_language_has_its_catalogues_in_its_declared_language() -> None:
    for language in LANGUAGES:
        catalogue = I18N / f"console_{language.code}.ts"
        assert ET.parse(catalogue).getroot().get("language") == language.catalogue_language
        assert (I18N / f"qt_{language.code}.ts").exists() == language.qt_supplement
    found = {p.stem.removeprefix("console_") for p in I18N.glob("console_*.ts")}
    assert found == set(LANGUAGE_CODES)


def test_partial_languages_are_lule_and_south_sami_and_fall_back_to_bokmal() -> None:
    assert [code for code in LANGUAGE_CODES if is_partial(code)] == ["smj_NO", "sma_NO"]
    assert all(lang.fallback == ("nb_NO",) for lang in LANGUAGES if lang.partial)
    assert not is_partial("fr_FR")
    for language in LANGUAGES:
        assert set(language.fallback) <= set(LANGUAGE_CODES)
        assert language.native_name and language.note


def test_no_other_file_spells_out_the_language_list() -> None:
    """A second list would drift: Lule Sámi's code appears only in the table (and PENDING)."""
    spelled = []
    for folder in ("console", "tools"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name != "console/languages.py" and "smj_NO" in path.read_text(encoding="utf-8"):
                spelled.append(name)
    assert set(spelled) <= PENDING, spelled


def test_the_language_menu_lists_the_table() -> None:
    """Holds main_window's list to the table until it derives from it (see PENDING)."""
    from console.ui.main_window import LANGUAGES as MENU  # noqa: PLC0415

    assert list(MENU) == [(lang.code, lang.native_name) for lang in LANGUAGES]

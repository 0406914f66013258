"""The languages the console speaks: declared once, here. Everything else derives from this
table (settings validation, the fallback chain, the language menu, the catalogue tools, and the
Makefile's list, which a test holds equal to it).

Plain data without Qt, so settings, tools and the UI can all read it.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # the setting's value and the catalogue suffix: console_<code>.ts
    native_name: str  # how the language menu lists it (autonyms are never translated)
    partial: bool  # parts are not translated yet and show in the fallback language
    fallback: tuple[str, ...]  # asked in order when a message is missing, then English
    catalogue_language: str  # the language attribute of console_<code>.ts
    qt_supplement: bool  # we keep i18n/qt_<code>.ts for Qt's own strings (Qt ships none)
    plural_forms: int | None  # Qt's plural rule; None: Qt knows none, plurals fall back
    note: str = ""


LANGUAGES: tuple[Language, ...] = (
    Language("se_NO", "Davvisámegiella", False, ("nb_NO",), "se_NO", True, 3, "one/two/other"),
    Language(
        "smj_NO",
        "Julevsámegiella",
        True,
        ("nb_NO",),
        "smj_NO",
        True,
        None,
        "CLDR one/two/other like se, but Qt has no rule: plurals fall back to bokmål",
    ),
    Language(
        "sma_NO",
        "Åarjelsaemien gïele",
        True,
        ("nb_NO",),
        "sma_NO",
        True,
        None,
        "CLDR one/two/other like se, but Qt has no rule: plurals fall back to bokmål",
    ),
    Language("nb_NO", "Norsk bokmål", False, (), "nb_NO", True, 2, "one/other"),
    Language(
        "nn_NO", "Norsk nynorsk", False, (), "nn_NO", False, 2, "one/other; Qt ships qtbase_nn"
    ),
    Language(
        "en",
        "English",
        False,
        (),
        "en_GB",
        False,
        2,
        "source language; catalogue holds plurals only",
    ),
)

BY_CODE = {language.code: language for language in LANGUAGES}
LANGUAGE_CODES = tuple(BY_CODE)
SOURCE_LANGUAGE = "en"  # the text in the code: its catalogue holds only plural forms
TRANSLATED_CODES = tuple(code for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE)


def is_partial(code: str) -> bool:
    language = BY_CODE.get(code)
    return language is not None and language.partial

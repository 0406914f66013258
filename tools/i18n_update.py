"""Bring every catalogue up to date with the code (what `make i18n-update` runs).

    .venv/bin/python -m tools.i18n_update

lupdate refuses to update a Lule or South Sámi catalogue once it holds a translation: Qt knows
no plural rule for smj or sma. Those two are updated under Northern Sámi's rules (the same
one/two/other rule in CLDR) and given their own language back; their plural messages stay
untranslated, so they fall back to bokmål (docs/translations.md).
"""

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from console.languages import LANGUAGES, SOURCE_LANGUAGE, TRANSLATED_CODES
from tools.i18n_catalogues import I18N, ROOT

LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
SOURCES = [*sorted((ROOT / "console" / "ui").glob("*.py")), ROOT / "console" / "app.py"]
SOURCES.append(ROOT / "console" / "i18n.py")
WITHOUT_QT_RULES = tuple(lang.code for lang in LANGUAGES if lang.plural_forms is None)
FULL = TRANSLATED_CODES  # every language but English, whose catalogue holds plurals only
# The stand-in whose plural rule lupdate uses for those: Northern Sámi (the same CLDR rule).
STAND_IN = "se_NO"


def lupdate(target: Path, *options: str) -> None:
    command = [str(LUPDATE), "-silent", "-no-obsolete", "-locations", "none", *options]
    subprocess.run([*command, *map(str, SOURCES), "-ts", str(target)], check=True, timeout=120)


def set_language(text: str, language: str) -> str:
    return re.sub(r'(<TS version="[^"]+" language=")[^"]+(")', rf"\g<1>{language}\g<2>", text)


def update_without_qt_rules(path: Path, language: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        stand_in = Path(folder) / path.name
        stand_in.write_text(set_language(path.read_text("utf-8"), STAND_IN), encoding="utf-8")
        lupdate(stand_in)
        path.write_text(set_language(stand_in.read_text("utf-8"), language), encoding="utf-8")


def main() -> None:
    for language in FULL:
        path = I18N / f"console_{language}.ts"
        if language in WITHOUT_QT_RULES:
            update_without_qt_rules(path, language)
        else:
            lupdate(path)
    lupdate(I18N / f"console_{SOURCE_LANGUAGE}.ts", "-pluralonly")
    print("catalogues updated: " + ", ".join((*FULL, "en (plurals)")))


if __name__ == "__main__":
    main()

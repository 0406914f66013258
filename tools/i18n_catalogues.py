"""Reading and checking the translation catalogues (i18n/*.ts) and the review file.

Used by the test suite and by `tools/i18n_review.py`; nothing here is loaded by the console.
"""

import csv
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from console.languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
REVIEW_FILE = I18N / "review.tsv"
PLACEHOLDER = re.compile(r"%(?:\d|n)")
# How many plural forms Qt uses for each catalogue language (`pyside6-lupdate -list-languages`).
# Qt knows no plural rule for Lule and South Sámi, so lrelease would cut theirs to one form.
PLURAL_FORMS = {
    language.catalogue_language: language.plural_forms
    for language in LANGUAGES
    if language.plural_forms is not None
}
STATUSES = ("sourced", "needs native review", "name", "source text")
REVIEW_COLUMNS = ("language", "context", "source", "translation", "status", "reference")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # one text, or one per plural form
    numerus: bool
    finished: bool

    @property
    def text(self) -> str:
        return " | ".join(self.forms)


def catalogue_language(path: Path) -> str:
    return ET.parse(path).getroot().get("language") or ""


def read_catalogue(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                raise ValueError(f"{path.name}: a message without a translation element")
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            state = translation.get("type")
            finished = state not in ("unfinished", "vanished", "obsolete") and all(forms)
            found.append(Message(name, message.findtext("source") or "", forms, numerus, finished))
    return found


def problems(path: Path, complete: bool) -> list[str]:
    """What is wrong with one catalogue; `complete` ones may leave nothing untranslated."""
    language = catalogue_language(path)
    found = []
    for message in read_catalogue(path):
        where = f"{path.name} [{message.context}] {message.source!r}"
        if not message.finished:
            if complete:
                found.append(f"{where}: not translated")
            continue
        wanted = sorted(PLACEHOLDER.findall(message.source))
        for form in message.forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                found.append(f"{where}: placeholders {form!r} do not match the source")
        if message.numerus:
            expected = PLURAL_FORMS.get(language)
            if expected is None:
                found.append(
                    f"{where}: Qt has no plural rule for {language}; leave it to the fallback"
                )
            elif len(message.forms) != expected:
                found.append(
                    f"{where}: {len(message.forms)} plural forms, {language} has {expected}"
                )
    return found


def review_rows(catalogues: list[Path]) -> list[dict[str, str]]:
    """One row per finished translation: what the review file must list."""
    rows = []
    for path in catalogues:
        language = catalogue_language(path)
        for message in read_catalogue(path):
            if message.finished:
                rows.append(
                    {
                        "language": f"{path.stem.split('_')[0]}:{language}",
                        "context": message.context,
                        "source": message.source,
                        "translation": message.text,
                    }
                )
    return rows


def read_review(path: Path = REVIEW_FILE) -> dict[tuple[str, str, str], dict[str, str]]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {(r["language"], r["context"], r["source"]): r for r in reader}


def write_review(rows: list[dict[str, str]], path: Path = REVIEW_FILE) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, REVIEW_COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(rows)


def review_problems(catalogues: list[Path], path: Path = REVIEW_FILE) -> list[str]:
    """Every finished translation is listed with its current text and a valid status."""
    recorded = read_review(path)
    found = []
    for row in review_rows(catalogues):
        key = (row["language"], row["context"], row["source"])
        entry = recorded.pop(key, None)
        if entry is None:
            found.append(f"not in the review file: {key}")
        elif entry["translation"] != row["translation"]:
            found.append(f"changed since review: {key}")
        elif entry["status"] not in STATUSES:
            found.append(f"unknown status {entry['status']!r}: {key}")
        elif entry["status"] == "sourced" and not entry["reference"]:
            found.append(f"sourced without a reference: {key}")
    found.extend(f"no longer in a catalogue: {key}" for key in recorded)
    return found


def all_catalogues() -> list[Path]:
    return sorted(I18N.glob("*.ts"))

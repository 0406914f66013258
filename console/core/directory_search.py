"""Finding a resource for a contact, and the text that may be shared from it.

Pure functions (no Qt, no I/O) so the rules are tested on their own: which entries fit a
contact (target group, age floor, language, words typed), and what of an entry may reach a chat.
`shareable_text` reads only public fields: the private ones (`entry.private`) have no way in.
"""

from dataclasses import dataclass

from console.contract.enums import AgeGroup
from console.contract.resources import DirectoryEntry, LocalText
from console.core.textfold import fold

# Languages the directory holds texts in; Lule and South Sámi read bokmål until they have their
# own (as the issue asks), and a missing text falls back to bokmål.
DIRECTORY_LANGUAGES = ("nb", "nn", "se", "en")


def text_language(language: str) -> str:
    """The directory language for a contact's or volunteer's language code."""
    code = language.split("_", maxsplit=1)[0]
    return code if code in DIRECTORY_LANGUAGES else "nb"


def pick(text: LocalText, language: str) -> str:
    found: str | None = getattr(text, text_language(language), None)
    return found or text.nb


def has_language(entry: DirectoryEntry, language: str) -> bool:
    code = text_language(language)
    return getattr(entry.name, code, None) is not None and (
        getattr(entry.description, code, None) is not None
    )


@dataclass(frozen=True)
class DirectoryFilter:
    """What the volunteer is looking for, for one contact."""

    age_group: AgeGroup
    language: str
    words: str = ""
    age: int | None = None  # the contact's age, when the volunteer knows it
    all_groups: bool = False  # off: only services for the contact's target group
    only_language: bool = True  # only entries with texts in the contact's language


def fits_age(entry: DirectoryEntry, flt: DirectoryFilter) -> bool:
    """An age-limited service is shown only when the contact is known to be old enough.

    For a child or young person of unknown age, every entry with an age floor stays hidden
    until the volunteer enters the age: a 16+ app is never offered to a 14-year-old by chance.
    """
    if entry.age_floor is None or entry.age_floor == 0:
        return True
    if flt.age is not None:
        return flt.age >= entry.age_floor
    return flt.age_group is not AgeGroup.CHILD_YOUTH


def matches(entry: DirectoryEntry, flt: DirectoryFilter) -> bool:
    if not fits_age(entry, flt):
        return False
    if (
        not flt.all_groups
        and flt.age_group is not AgeGroup.UNKNOWN
        and flt.age_group not in entry.target_groups
    ):
        return False
    if flt.only_language and not has_language(entry, flt.language):
        return False
    words = fold(flt.words).split()
    if not words:
        return True
    haystack = fold(
        " ".join(
            [
                pick(entry.name, flt.language),
                pick(entry.description, flt.language),
                entry.id,
                entry.phone or "",
                entry.web or "",
            ]
        )
    )
    return all(word in haystack for word in words)


def search(entries: list[DirectoryEntry], flt: DirectoryFilter) -> list[DirectoryEntry]:
    return [entry for entry in entries if matches(entry, flt)]


def hidden_by_age(entries: list[DirectoryEntry], flt: DirectoryFilter) -> int:
    return sum(1 for entry in entries if not fits_age(entry, flt))


def spaced_phone(number: str) -> str:
    """How people read numbers aloud: 116 123, 22 40 00 40, 113."""
    if len(number) == 6 and number.isdigit():
        return f"{number[:3]} {number[3:]}"
    if len(number) == 8 and number.isdigit():
        return " ".join(number[i : i + 2] for i in range(0, 8, 2))
    return number


def shareable_text(entry: DirectoryEntry, language: str) -> str:
    """What goes into the reply box, in the contact's language: public fields only."""
    parts = [f"{pick(entry.name, language)}: {pick(entry.description, language)}"]
    if entry.opening_hours is not None:
        parts.append(pick(entry.opening_hours, language))
    parts.extend(x for x in (spaced_phone(entry.phone or ""), entry.web or "") if x)
    return " · ".join(part.strip() for part in parts)

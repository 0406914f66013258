"""Finding a municipality the way a volunteer types it: any of its names, with or without
Norwegian and Sámi letters, or its number. Pure Python (no Qt), so it is tested alone.

"Tromso", "Tromsoe" and "Tromsø" all find Tromsø: å, æ and ø are folded both ways a Norwegian
types them on an English keyboard (ø as o or oe, å as a or aa, æ as ae or a), and every other
accent is dropped (á, č, đ, ŋ, š, ŧ, ž, ï ...). Each official parallel name (Sámi, Kven) is a
name of its own.
"""

import unicodedata
from collections.abc import Iterable
from itertools import product

# Letters without a Unicode decomposition, and their plain-keyboard spelling.
_PLAIN = {"đ": "d", "ŋ": "n", "ŧ": "t", "ł": "l", "ß": "ss"}
# The Norwegian letters, each with the spellings people type for it (the first is canonical).
_NORWEGIAN = {"ø": ("o", "oe"), "å": ("a", "aa"), "æ": ("ae", "a")}
_CANONICAL = {letter: ways[0] for letter, ways in _NORWEGIAN.items()}

# Official Sámi and Kven names that Statistics Norway's municipality list does not carry in
# its name field (Språkrådet's list of approved place names). Keyed by kommunenummer.
OTHER_OFFICIAL_NAMES: dict[str, tuple[str, ...]] = {
    "5501": ("Romsa", "Tromssa"),  # Tromsø: Northern Sámi, Kven
}


def _respell(text: str, table: dict[str, str]) -> str:
    # A mapping by hand, not str.translate: the translation-call check reads every
    # `.translate(` as Qt's.
    return "".join(table.get(char, char) for char in text)


def _strip(text: str) -> str:
    """Lower case, å/æ/ø kept, every other accent dropped; spaces and dashes made single."""
    kept = []
    for char in unicodedata.normalize("NFC", text).casefold():
        if char in _NORWEGIAN:
            kept.append(char)
            continue
        base = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", char).casefold())
        kept.append("".join(c for c in base if not unicodedata.combining(c)))
    return " ".join(_respell("".join(kept), _PLAIN).replace("-", " ").split())


def fold_query(text: str) -> str:
    """What the volunteer typed, in the one canonical plain spelling."""
    return _respell(_strip(text), _CANONICAL)


def spellings(name: str) -> set[str]:
    """Every plain spelling of a name: each Norwegian letter written each way it is typed
    (consistently within a name, so a name has at most 2 x 2 x 2 spellings)."""
    stripped = _strip(name)
    present = [letter for letter in _NORWEGIAN if letter in stripped]
    found = set()
    for choice in product(*(_NORWEGIAN[letter] for letter in present)):
        spelled = stripped
        for letter, way in zip(present, choice, strict=True):
            spelled = spelled.replace(letter, way)
        found.add(spelled)
    return found


def search_keys(number: str, name: str, other_names: Iterable[str] = ()) -> str:
    """One string to find a municipality in: its number and every spelling of every name."""
    names = [name, *name.split(" - "), *other_names]
    keys = {number}
    for each in names:
        keys |= spellings(each)
    return "\n".join(sorted(keys))


def display_name(number: str, name: str) -> str:
    """The official name with the parallel names the list lacks: "Tromsø - Romsa - Tromssa"."""
    return " - ".join([name, *OTHER_OFFICIAL_NAMES.get(number, ())])


def matches(query: str, keys: str) -> bool:
    folded = fold_query(query)
    return folded in keys if folded else True

"""Search folding: case and accents ignored, so "sami" finds "Sámi" and "dearvvasvuoda" finds
"dearvvašvuođa" (Sámi letters without a decomposition are mapped to their base letter, for
keyboards that lack them)."""

import unicodedata

_BASE = {"đ": "d", "ŧ": "t", "ŋ": "n", "ø": "o", "æ": "ae"}


def fold(text: str) -> str:
    based = "".join(_BASE.get(c, c) for c in text.casefold())
    decomposed = unicodedata.normalize("NFKD", based)
    return "".join(c for c in decomposed if not unicodedata.combining(c))

"""Search folding: case and accents ignored, so "sami" finds "Sámi" and "dearvvasvuoda" finds
"dearvvašvuođa" (Sámi letters without a decomposition are mapped to their base letter, for
keyboards that lack them)."""

import unicodedata

_BASE = str.maketrans({"đ": "d", "ŧ": "t", "ŋ": "n", "ø": "o", "æ": "ae"})


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_BASE))
    return "".join(c for c in decomposed if not unicodedata.combining(c))

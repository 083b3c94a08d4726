"""The Arabic folding used by search, on the index side. theme_overrides/assets/arabic.js
is its twin on the query side; tests/arabic_vectors.json holds the cases both must pass.

fold(): what readers leave out or write either way — diacritics (with the dagger alef),
tatweel, alef forms (أ إ آ ٱ → ا), ta marbuta (ة → ه), alef maqsura (ى → ي), hamza on
waw and ya (ؤ → و, ئ → ي), the letters borrowed for foreign sounds (ڤ → ف, پ → ب,
گ → ك, چ → ج), Arabic-Indic digits (→ 0-9), Latin case.
stem(): a light stemmer: the common attached prefixes (و ف ب ل ك ال and their
combinations), then one ending: the plural and dual suffixes (ات ون ين ان) or a final ه
(ة folded, or the pronoun "his"), so that غارة and غارات meet (غار), as Larkey's Light10
does; never leaving fewer than three letters.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_FOLDS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك",
    "ڤ": "ف", "پ": "ب", "گ": "ك", "چ": "ج",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    "\u0640": None,  # tatweel
    "\u0670": None,  # dagger alef
    **{chr(c): None for c in range(0x064B, 0x0660)},  # harakat, shadda, sukun, …
    **{chr(c): None for c in range(0x06D6, 0x06EE)},  # Quranic annotation marks
}
# str.translate looks every character up; most of a text's are left as they are, so only
# those that fold are found and replaced (three times faster on the corpus)
_FOLDABLE = re.compile("[" + re.escape("".join(_FOLDS)) + "]")
_FOLDED = {c: v or "" for c, v in _FOLDS.items()}
# digits, Latin and Arabic letters are separate words: بـ٥ is ب and 5
TOKEN = re.compile(r"[0-9]+|[a-z]+|[\u0621-\u064a]+")
PREFIXES = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال")
SUFFIXES = ("ات", "ون", "ين", "ان", "ه")
MIN_STEM = 3


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()  # as JS toLowerCase()
    return _FOLDABLE.sub(lambda m: _FOLDED[m.group()], text)


@functools.lru_cache(maxsize=500_000)  # a corpus has far fewer distinct words than words
def stem(token: str) -> str:
    if token.isascii():
        return token
    for prefix in PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= MIN_STEM:
            token = token[len(prefix):]
            break
    else:
        if token[0] in "وفبلك" and len(token) - 1 >= MIN_STEM:
            token = token[1:]
    for suffix in SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= MIN_STEM:
            return token[: -len(suffix)]
    return token


def terms(text: str) -> list[str]:
    """Search terms of a text, in order: folded, split into words, stemmed."""
    return list(map(stem, TOKEN.findall(fold(text))))

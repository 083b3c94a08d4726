"""Spellings of one foreign name, found in the archive's own vocabulary when it is indexed.

Arabic writes a foreign g as غ, ج, ق or ك, so newspapers print باراغواي and باراجواي,
روهينغيا and روهينجيا (v and p need nothing here: ڤ and پ fold to ف and ب, arabic.fold).
Real Arabic words that differ by those letters are other words (استغلال and استقلال,
برتغالي and برتقالي, إجراء and إغراء), so two search terms that differ only in them are
taken for spellings of one name when both

- look like transliterations (`looks_foreign`): five letters or more, no attached pronoun
  or verb ending, and long vowels (ا و ي) after the first letter making at least 40% of the
  word, or two of them side by side — Arabic's own patterns rarely do either;
- are used alike (`MIN_CONTEXT`): the words around them (two on each side, weighted by how
  rare they are, every number as one word) point the same way, a cosine of at least 0.1.
  On the SaudiNewsNet corpus no pair above that line was a pair of different words in a
  sample read by eye, while names such as غينيا and كينيا (Guinea, Kenya) stay apart.

Spellings are never guessed at query time: search.js only reads the table made here.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable

G_LETTERS = str.maketrans({"غ": "G", "ج": "G", "ق": "G", "ك": "G"})
ENDINGS = ("ها", "هم", "هما", "هن", "نا", "وا", "كم", "ني", "تم", "تي")
LONG_VOWELS = "اوي"
MIN_LETTERS = 5
MIN_VOWEL_SHARE = 0.4
MIN_CONTEXT = 0.1
WINDOW = 2


def looks_foreign(term: str) -> bool:
    if len(term) < MIN_LETTERS or term.isascii() or term.endswith(ENDINGS):
        return False
    inner = term[1:]
    vowels = sum(c in LONG_VOWELS for c in inner)
    side_by_side = any(a in LONG_VOWELS and b in LONG_VOWELS for a, b in zip(inner, inner[1:], strict=False))
    return vowels / len(term) >= MIN_VOWEL_SHARE or (side_by_side and len(term) > MIN_LETTERS)


def key(term: str) -> str:
    """What spellings of one name share: the word with its g letters as one."""
    return term.translate(G_LETTERS)


def spellings(documents: Iterable[list[str]]) -> dict[str, list[str]]:
    """term → the other spellings of it that the documents use, for every term that has any.
    `documents` are the documents' search terms in order (arabic.terms); it is read twice."""
    documents = list(documents)
    df: Counter[str] = Counter()
    for terms in documents:
        df.update(set(terms))
    groups: dict[str, list[str]] = defaultdict(list)
    for term in df:
        if "G" not in term and looks_foreign(term):
            groups[key(term)].append(term)
    wanted = {t for group in groups.values() if len(group) > 1 for t in group}
    if not wanted:
        return {}
    contexts = _contexts(documents, wanted)
    n = len(documents)
    idf = {t: math.log(n / c) for t, c in df.items()}
    idf["#"] = math.log(n / max(1, sum(1 for terms in documents if any(t.isdigit() for t in terms))))
    vectors = {t: {u: c * idf.get(u, 0.0) for u, c in contexts[t].items()} for t in wanted}
    found: dict[str, set[str]] = defaultdict(set)
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if _cosine(vectors[a], vectors[b]) >= MIN_CONTEXT:
                    found[a].add(b)
                    found[b].add(a)
    return {t: sorted(_closure(t, found) - {t}) for t in sorted(found)}


def _contexts(documents: list[list[str]], wanted: set[str]) -> dict[str, Counter]:
    out: dict[str, Counter] = defaultdict(Counter)
    for terms in documents:
        if wanted.isdisjoint(terms):
            continue
        words = ["#" if t.isdigit() else t for t in terms]
        for i, t in enumerate(words):
            if t in wanted:
                out[t].update(words[max(0, i - WINDOW):i] + words[i + 1:i + 1 + WINDOW])
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(v * b.get(u, 0.0) for u, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def _closure(term: str, links: dict[str, set[str]]) -> set[str]:
    seen, todo = {term}, [term]
    while todo:
        for other in links[todo.pop()] - seen:
            seen.add(other)
            todo.append(other)
    return seen

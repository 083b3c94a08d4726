"""Spellings of one foreign name, found in the archive's own vocabulary when it is indexed.

Arabic writes a foreign g as غ, ج, ق or ك, so newspapers print باراغواي and باراجواي,
روهينغيا and روهينجيا (v and p need nothing here: ڤ and پ fold to ف and ب, arabic.fold);
and a long vowel inside a foreign name is written or not: نيويورك and نيويرك, ميليشيا and
مليشيا. Real Arabic words that differ so are other words (استغلال and استقلال, برتغالي
and برتقالي, إجراء and إغراء, تأثير and تأثر), so two search terms that differ only in those
letters, or by one long vowel inside the word, are taken for spellings of one name when
both

- look like transliterations (`looks_foreign`): five letters or more, no attached pronoun
  or verb ending, and long vowels (ا و ي) after the first letter making at least 40% of the
  word, or two of them side by side — Arabic's own patterns rarely do either;
- are used alike: the words around them (two on each side, weighted by how rare they
  are, every number as one word) point the same way, a cosine of at least MIN_CONTEXT
  (0.1) for letters of g, MIN_CONTEXT_VOWEL (0.3) for a vowel, where Arabic's own forms
  are nearer. On the SaudiNewsNet corpus few pairs above those lines are different words
  (README, Search), while names such as غينيا and كينيا (Guinea, Kenya) stay apart.

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
MIN_CONTEXT_VOWEL = 0.3
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


def skeleton(term: str) -> str:
    """What spellings that differ in g letters or long vowels share: the key without the
    long vowels after the first letter."""
    k = key(term)
    return k[0] + "".join(c for c in k[1:] if c not in LONG_VOWELS)


def one_vowel_apart(a: str, b: str) -> bool:
    """Of two keys: b is a with one long vowel more inside it (not first, not last), or a
    is b with one."""
    a, b = sorted((a, b), key=len)
    if len(b) != len(a) + 1:
        return False
    return any(b[i] in LONG_VOWELS and b[:i] + b[i + 1:] == a for i in range(1, len(b) - 1))


def threshold(a: str, b: str) -> float | None:
    """How alike the contexts of two terms, by their keys, must be for them to be one
    name's spellings; None when their letters alone rule it out."""
    if a == b:
        return MIN_CONTEXT
    return MIN_CONTEXT_VOWEL if one_vowel_apart(a, b) else None


def spellings(documents: Iterable[list[str]]) -> dict[str, list[str]]:
    """term → the other spellings of it that the documents use, for every term that has any.
    `documents` are the documents' search terms in order (arabic.terms)."""
    usage = Usage()
    usage.add(documents)
    return usage.spellings()


class Usage:
    """What spellings() needs to know of the documents, gathered a document at a time, so
    that an index adding documents to itself (search_index) adds only theirs, and indexes
    of shards join by adding theirs (absorb): how many documents use each term, how many
    use a number, and the words around every term that may be a spelling of another (it
    looks foreign), in the order the documents come."""

    def __init__(self) -> None:
        self.documents = 0
        self.df: Counter[str] = Counter()
        self.with_numbers = 0
        self.contexts: dict[str, Counter] = {}  # of the terms that look foreign, first seen first

    def add(self, documents: Iterable[list[str]]) -> None:
        for terms in documents:
            self.documents += 1
            distinct = set(terms)
            for term in distinct:
                if term not in self.df and "G" not in term and looks_foreign(term):
                    self.contexts[term] = Counter()
            self.df.update(distinct)
            self.with_numbers += any(map(str.isdigit, terms))
            if self.contexts.keys().isdisjoint(terms):
                continue
            words = ["#" if t.isdigit() else t for t in terms]
            for i, t in enumerate(words):
                if t in self.contexts:
                    self.contexts[t].update(words[max(0, i - WINDOW):i] + words[i + 1:i + 1 + WINDOW])

    def absorb(self, other: Usage) -> None:
        """Add the usage of documents that follow these (another shard's)."""
        self.documents += other.documents
        self.with_numbers += other.with_numbers
        self.df.update(other.df)
        for term, around in other.contexts.items():
            self.contexts.setdefault(term, Counter()).update(around)

    def groups(self, *more: Usage) -> list[list[str]]:
        """The terms that look foreign, by skeleton, where a skeleton has several (of
        these documents' and, with `more`, of theirs too)."""
        skeletons: dict[str, list[str]] = defaultdict(list)
        for term in dict.fromkeys(t for usage in (self, *more) for t in usage.contexts):  # first seen first
            skeletons[skeleton(term)].append(term)
        return [group for group in skeletons.values() if len(group) > 1]

    def spellings(self, *more: Usage) -> dict[str, list[str]]:
        """term → its other spellings, for every term that has any. With `more`, the
        usages of documents that follow these (a recent segment's), the spellings of all
        of them together: what absorb() of theirs and then spellings() would find,
        without adding them up but for the terms that may be spellings (an append's)."""
        usages = (self, *more)
        n = sum(u.documents for u in usages)
        groups = self.groups(*more)
        if not groups:
            return {}
        # the pairs that their letters allow (most are not), then the contexts of their
        # terms alone, each weighed and its length taken once
        keys = {t: key(t) for group in groups for t in group}
        pairs = [(a, b, need) for group in groups for i, a in enumerate(group) for b in group[i + 1:]
                 if (need := threshold(keys[a], keys[b])) is not None]
        paired = dict.fromkeys(t for pair in pairs for t in pair[:2])  # each term once, however many pairs
        contexts = {t: _summed([u.contexts[t] for u in usages if t in u.contexts]) for t in paired}
        # the weights of the words around them alone (a few thousand of the index's terms)
        numbers = math.log(n / max(1, sum(u.with_numbers for u in usages)))
        idf = {w: numbers if w == "#" else math.log(n / c) if (c := sum(u.df.get(w, 0) for u in usages)) else 0.0
               for w in dict.fromkeys(w for around in contexts.values() for w in around)}
        vectors = {t: {u: c * idf[u] for u, c in around.items()} for t, around in contexts.items()}
        lengths = {t: _length(v) for t, v in vectors.items()}
        found: dict[str, set[str]] = defaultdict(set)
        for a, b, need in pairs:
            if _cosine(vectors[a], vectors[b], lengths[a] * lengths[b]) >= need:
                found[a].add(b)
                found[b].add(a)
        return {t: sorted(_closure(t, found) - {t}) for t in sorted(found)}


def _summed(counts: list[Counter]) -> Counter:
    """Counts added up as absorb() adds them (each word where it was first seen), in a
    new Counter: those given are left as they are."""
    if len(counts) == 1:
        return counts[0]
    total = Counter(counts[0])
    for more in counts[1:]:
        total.update(more)
    return total


def _length(v: dict[str, float]) -> float:
    return math.sqrt(sum(x * x for x in v.values()))


def _cosine(a: dict[str, float], b: dict[str, float], norm: float) -> float:
    """Of two vectors, with the product of their lengths."""
    dot = sum(v * b.get(u, 0.0) for u, v in a.items())
    return dot / norm if norm else 0.0


def _closure(term: str, links: dict[str, set[str]]) -> set[str]:
    seen, todo = {term}, [term]
    while todo:
        for other in links[todo.pop()] - seen:
            seen.add(other)
            todo.append(other)
    return seen

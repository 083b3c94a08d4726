"""Bylines: «بريدة – منصور الجفن» → the place (بريدة) and the author (منصور الجفن).

A byline is split at its separators (dashes, colons, commas, brackets, «من») and each part
is told apart with archive/gazetteer.yml: a place, an agency or newspaper, a word that is
neither, or — two to five Arabic words and none of those — a person's name. What cannot be
told apart stays only in the original byline, which the front-matter keeps as it is.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from .words import data_file

GAZETTEER = Path(__file__).with_name("gazetteer.yml")
_SEPARATORS = re.compile(r"\s+ـ+\s*|\s*ـ+\s+|\s*[-–—:،,/|()«»\"“”*]+\s*|(?:^|\s+)من\s+")
_NAME_WORD = re.compile(r"^(?:[\u0621-\u064a]{2,}|د\.|أ\.|م\.)$")
_TITLES = ("د.", "أ.", "م.")
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 6


@dataclass
class Byline:
    place: str | None = None
    authors: list[str] = field(default_factory=list)


@functools.cache
def _lists() -> tuple[frozenset, frozenset, frozenset]:
    data = data_file(GAZETTEER)
    return frozenset(data["places"]), frozenset(data["agencies"]), frozenset(data["generic"])


def _tidy(part: str) -> str:
    part = re.sub(r"\b(د|أ|م)\.\s*", r"\1. ", part)  # "د.سامي" → "د. سامي"
    return " ".join(part.replace("\u0640", "").split())


def parse(byline: str | None) -> Byline:
    out = Byline()
    if not byline:
        return out
    places, agencies, generic = _lists()
    text = html.unescape(byline).replace("\xa0", " ")
    for raw in _SEPARATORS.split(text):
        part = _tidy(re.sub(r"^\s*من\s+", "", raw))  # "«الاقتصادية» من الرياض"
        if not part:
            continue
        words = part.split()
        if part in places:
            out.place = out.place or part
        elif part in agencies or any(w in generic for w in words) or part in generic:
            continue
        elif MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS and all(_NAME_WORD.match(w) for w in words) \
                and not words[-1].startswith(_TITLES) and part not in out.authors:
            out.authors.append(part)
        elif len(words) == 1 and out.place is None and _NAME_WORD.match(part):
            out.place = part  # a single word that is no agency: a town the gazetteer lacks
    return out

"""The interface's words (archive/words.yml) and the rules for numbers in Arabic text.

`t(key, name=…)` fills a phrase; `count(n, "article")` picks the plural form Arabic
grammar asks for after n (CLDR's rules: 0, 1, 2, 3–10, 11–99, and 100, 101, 102, …) and
groups the digits (14,460). search.js does the same with the browser's Intl.PluralRules;
tests/words_vectors.json holds the cases both must agree on.
"""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

WORDS_FILE = Path(__file__).with_name("words.yml")


def data_file(path: Path):
    """One of the YAML files the archive ships (words, sources, gazetteer), read by
    PyYAML's C loader where it has one: a tenth of the time of the Python one."""
    return yaml.load(path.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@functools.cache
def words() -> dict:
    return data_file(WORDS_FILE)["extra"]["words"]


def t(key: str, **values) -> str:
    return words()[key].format(**values)


def number(n: int) -> str:
    """Western digits grouped by thousands: 14460 → 14,460."""
    return f"{n:,}"


def plural_category(n: int) -> str:
    """CLDR's Arabic plural category of a whole number."""
    if n in (0, 1, 2):
        return ("zero", "one", "two")[n]
    rest = n % 100
    if 3 <= rest <= 10:
        return "few"
    if 11 <= rest <= 99:
        return "many"
    return "other"


def count(n: int, unit: str) -> str:
    """'مقال واحد', 'مقالان', '3 مقالات', '14,460 مقالًا', '100 مقال'."""
    return words()["counted"][unit][plural_category(n)].format(n=number(n))


def month_name(month: int) -> str:
    return words()["months"][month - 1]

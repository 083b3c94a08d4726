"""The article and its schema: the one place that says what an article is.

Readers produce `Article`s, the validator checks them against `SCHEMA`, the renderer
writes `SCHEMA`'s fields as front-matter in `SCHEMA`'s order, and `docs/schema.md`
is generated from it (`python -m archive.model`).
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field

# EDTF level 0 and the level-1 qualifiers: 2015, 2015-07, 2015-07-21, an optional time,
# and ? (uncertain), ~ (approximate) or % (both) after the date.
EDTF_DATE = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?P<t>\d{2}:\d{2}(?::\d{2})?))?)?)?"
    r"(?P<q>[?~%])?$"
)
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # "str", "int", "list[str]", "date"
    required: bool
    doc: str


SCHEMA: tuple[Field, ...] = (
    Field("id", "str", True, "Stable address of the article: lowercase a-z, 0-9, - and _, "
          "derived from the seed's file name or record URL, never from the title."),
    Field("title", "str", True, "Headline; taken from the opening clause when the seed has none."),
    Field("date", "date", False, "Publication date, ISO 8601 / EDTF (2015-07-21, 2015-07, "
          "2015-07-21T09:05:00, 2015~). Absent means undated."),
    Field("source", "str", False, "Newspaper or publisher."),
    Field("url", "str", False, "The article's original address (http or https only)."),
    Field("author", "str", False, "Byline."),
    Field("tags", "list[str]", False, "Subjects: places, people, organisations."),
    Field("lang", "str", True, "Always `ar`."),
    Field("dir", "str", True, "Always `rtl`."),
    Field("summary", "str", True, "The first words of the text, unless the seed gives one."),
    Field("word_count", "int", True, "Words in the display text."),
    Field("reading_time", "int", True, "Minutes to read, at 180 words a minute, at least 1."),
    Field("sha256", "str", True, "SHA-256 of the original bytes, as published in `original`."),
    Field("original", "str", True, "Seed file (and member, for a zip) the article came from."),
    Field("record", "int", False, "Record number inside a JSON, JSONL or zip seed (from 1)."),
    Field("repairs", "int", False, "Crawl defects repaired in the display text (missing "
          "space after a word-final ta marbuta)."),
)
FIELDS = {f.name: f for f in SCHEMA}
WORDS_PER_MINUTE = 180
SUMMARY_WORDS = 40


@dataclass
class Article:
    """One article, as every stage after the readers sees it."""

    id: str
    title: str
    text: str  # display copy: cleaned, paragraphs separated by blank lines
    original_bytes: bytes = field(repr=False)
    original: str  # e.g. "seeds/a.txt" or "2015-07-21.zip/2015-07-21.json"
    original_ext: str = ".txt"
    record: int | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    summary: str = ""
    repairs: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        return f"{self.original} record {self.record}" if self.record else self.original

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    @property
    def reading_time(self) -> int:
        return max(1, round(self.word_count / WORDS_PER_MINUTE))

    @functools.cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.original_bytes).hexdigest()

    @functools.cached_property
    def terms(self) -> tuple[list[str], list[str]]:
        """Search terms of the title and of the text (archive/arabic.py)."""
        from .arabic import terms

        return terms(self.title), terms(self.text)

    @property
    def year(self) -> str | None:
        return self.date[:4] if self.date else None

    @property
    def month(self) -> str | None:
        return self.date[:7] if self.date and len(self.date) >= 7 and self.date[4] == "-" else None

    def front_matter(self) -> dict:
        """The front-matter, in SCHEMA order, without empty optional fields."""
        values = {
            **{f.name: getattr(self, f.name) for f in SCHEMA if hasattr(self, f.name)},
            "lang": "ar",
            "dir": "rtl",
        }
        out = {}
        for f in SCHEMA:
            value = values.get(f.name)
            if value in (None, "", [], 0) and not f.required:
                continue
            out[f.name] = value
        return out


def schema_markdown() -> str:
    lines = ["# Article front-matter", "", "Generated from `archive/model.py` by "
             "`python -m archive.model`.", "", "| field | type | required | meaning |",
             "|---|---|---|---|"]
    for f in SCHEMA:
        lines.append(f"| `{f.name}` | {f.type} | {'yes' if f.required else 'no'} | {f.doc} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(schema_markdown(), end="")

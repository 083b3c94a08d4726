"""The article and its schema: the one place that says what an article is.

`SCHEMA` declares every field once: its name, type, where its value comes from, the
check a seed's value goes through, and what it means. From it come the validation of
seeds (archive/validate.py), the front-matter and its order, the catalog's columns and
JSON Schema (archive/exports.py), and docs/schema.md (`python -m archive.model`).
Adding a field is adding a line here (and regenerating the golden files).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import arabic, bylines, checks, sources
from .dates import When

SEED = "seed"  # given by the seed, checked
SEED_OR_BUILD = "seed, else build"  # given by the seed, or made by the build
BUILD = "build"  # made by the build; a seed's value is ignored


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # "str", "int", "list[str]", "date"
    origin: str  # SEED, SEED_OR_BUILD or BUILD
    required: bool
    doc: str
    check: Callable[[Any, list[str], str], Any] | None = None  # (seed value, warnings, name) → kept


SCHEMA: tuple[Field, ...] = (
    Field("id", "str", SEED_OR_BUILD, True, "Stable address of the article: lowercase a-z, 0-9, - and "
          "_, derived from the seed's file name or record URL, never from the title.", checks.identifier),
    Field("title", "str", SEED_OR_BUILD, True, "Headline; taken from the opening clause when the seed "
          "has none.", checks.text),
    Field("date", "date", SEED, False, "Publication date, ISO 8601 / EDTF (2015-07-21, 2015-07, "
          "2015-07-21T09:05:00, 2015~). Absent means undated.", checks.date),
    Field("source", "str", SEED, False, "Newspaper or publisher.", checks.text),
    Field("url", "str", SEED, False, "The article's original address (http or https only).", checks.url),
    Field("author", "str", SEED, False, "Byline, as the seed wrote it.", checks.text),
    Field("source_name", "str", BUILD, False, "The source's name as readers see it (archive/sources.yml); "
          "a source the registry lacks, as written."),
    Field("authors", "list[str]", BUILD, False, "People the byline names (archive/bylines.py)."),
    Field("place", "str", BUILD, False, "Where the byline says the article was filed."),
    Field("archived", "date", SEED, False, "When the article was archived (crawled or collected); "
          "SaudiNewsNet's date_extracted.", checks.date),
    Field("tags", "list[str]", SEED, False, "Subjects: places, people, organisations.", checks.names),
    Field("lang", "str", BUILD, True, "Always `ar`."),
    Field("dir", "str", BUILD, True, "Always `rtl`."),
    Field("summary", "str", SEED_OR_BUILD, True, "The first words of the text, unless the seed gives "
          "one.", checks.text),
    Field("word_count", "int", BUILD, True, "Words in the display text."),
    Field("reading_time", "int", BUILD, True, "Minutes to read, at 180 words a minute, at least 1."),
    Field("sha256", "str", BUILD, True, "SHA-256 of the article's own original bytes: its seed file, or "
          "for a record of a JSON, JSONL or zip seed, the record's exact span of its file."),
    Field("original", "str", BUILD, True, "Seed file (and member, for a zip) the article came from."),
    Field("record", "int", BUILD, False, "Record number inside a JSON, JSONL or zip seed (from 1)."),
    Field("repairs", "int", BUILD, False, "Crawl defects repaired in the display text (missing "
          "space after a word-final ta marbuta)."),
    Field("publications", "list[object]", BUILD, False, "The same text published again, under another "
          "address or by another source: each one's id, title, source, date, url, original and sha256."),
)
FIELDS = {f.name: f for f in SCHEMA}
SEED_FIELDS = {f.name: f for f in SCHEMA if f.origin != BUILD}
# The catalog (catalog.json, catalog.csv) has a row per article: its fields, then these.
CATALOG_EXTRA: tuple[Field, ...] = (
    Field("article", "str", BUILD, True, "The article this record is a publication of: its own id, "
          "or the id of the first publication of the same text."),
    Field("page", "str", BUILD, True, "The article's page, relative to the site's root."),
    Field("original_file", "str", BUILD, True, "The published original, relative to the site's root: the "
          "seed file itself, as it came (for a record, the file that holds it; its SHA-256 is in "
          "originals/SHA256SUMS.txt)."),
)
WORDS_PER_MINUTE = 180
# About the 150 characters a search engine or a link's preview shows; the summary is
# printed in every page's head twice and in the catalogs and the search index: 40 words
# were 170 bytes more an article in each.
SUMMARY_WORDS = 24


SUMS = "originals/SHA256SUMS.txt"  # the digest of every published original file, for sha256sum -c


@dataclass(frozen=True)
class Container:
    """A seed file of several articles (JSON, JSONL, zip), published once as it came: the
    original of each of its records. Its digest is listed in originals/SHA256SUMS.txt, not on
    the pages, so that a record added to the file leaves the other records' pages as they were."""

    origin: str  # "seeds/2015-07-21.zip"
    path: str  # "originals/2015-07-21.zip", under the site's root


@dataclass
class Article:
    """One article, as every stage after the readers sees it. The values of the seed's
    fields (SEED_FIELDS: id, title, date, …) are read as attributes: `article.title`
    (_seed_value, below)."""

    values: dict[str, Any]
    text: str  # display copy: cleaned, paragraphs separated by blank lines
    original_bytes: bytes = field(repr=False)
    original: str  # e.g. "seeds/a.txt" or "2015-07-21.zip/2015-07-21.json"
    original_ext: str = ".txt"
    record: int | None = None
    # for a record (or a zip's member): the seed file that holds it, published as it came
    container: Container | None = None
    repairs: int = 0
    merged: list[Article] = field(default_factory=list, repr=False)  # the other publications
    primary: Article | None = field(default=None, repr=False)  # for a merged publication
    lang = "ar"
    dir = "rtl"

    @property
    def source_name(self) -> str | None:
        return sources.name(self.source) if self.source else None

    @functools.cached_property
    def _byline(self) -> bylines.Byline:
        return bylines.parse(self.author)

    @functools.cached_property
    def text_key(self) -> str:
        """The text's identity, whatever its spacing: the same text under two addresses
        is two publications of one article (validate.duplicates)."""
        return hashlib.sha1(" ".join(self.text.split()).encode("utf-8")).hexdigest()

    @functools.cached_property
    def values_key(self) -> str:
        """The values the seed gave (title, date, byline, …), as one digest."""
        return hashlib.sha1(repr(sorted(self.values.items())).encode("utf-8")).hexdigest()

    @property
    def seed_key(self) -> str:
        """What its seed gave the article: the values, and the original (whose bytes make
        the text) and where it is. With the code's digest, it stands for everything the
        article's page and catalog row show of the article itself (bylines, lists, counts
        are made from these by the code)."""
        return (f"{self.values_key} {self.sha256} {self.original} {self.record} {self.original_ext} "
                f"{self.container.path if self.container else ''}")

    @property
    def authors(self) -> list[str]:
        return self._byline.authors

    @property
    def place(self) -> str | None:
        return self._byline.place

    @property
    def publications(self) -> list[dict]:
        return [{"id": m.id, "title": m.title, "source": m.source, "date": plain(m.date), "url": m.url,
                 "original": m.original_path, "sha256": m.sha256} for m in self.merged]

    @property
    def where(self) -> str:
        return f"{self.original} record {self.record}" if self.record else self.original

    @functools.cached_property
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
        return arabic.terms(self.title), arabic.terms(self.text)

    @property
    def original_path(self) -> str:
        """Where the original bytes are published, under the site's root: the seed file
        itself, or the one that holds the record."""
        return self.container.path if self.container else f"originals/{self.id}{self.original_ext}"

    def __getstate__(self) -> dict:
        # pickled (the seeds' memo) with its text as UTF-8 bytes: read back, the text
        # stays bytes until something reads it (_Text), which an append does only for the
        # articles whose pages it makes again; decoding every article's text was two
        # thirds of reading the memo of the corpus (0.55 of 0.83 s)
        state = self.__dict__.copy()
        if "text" in state:
            state["_text"] = state.pop("text").encode("utf-8")
        return state

    def front_matter(self) -> dict:
        """The front-matter, in SCHEMA order, without empty optional fields."""
        out = {}
        for f in SCHEMA:
            value = plain(getattr(self, f.name))
            if value in (None, "", [], 0) and not f.required:
                continue
            out[f.name] = value
        return out


def _seed_value(name: str, listed: bool) -> property:
    """A seed field read as an attribute (`article.title`): its value; [] for a list the
    seed did not give. (A property a field: the build reads them millions of times, and a
    class's __getattr__, tried only after a failed lookup, took a tenth of an append.)"""
    if listed:
        return property(lambda self: [] if (v := self.values.get(name)) is None else v)
    return property(lambda self: self.values.get(name))


for _f in SEED_FIELDS.values():
    setattr(Article, _f.name, _seed_value(_f.name, _f.type == "list[str]"))


class _Text:
    """Article.text, for an article read back from a pickle (Article.__getstate__): its
    UTF-8 bytes decoded the first time it is read. An article made otherwise has its text
    in its __dict__, which comes before this."""

    def __get__(self, article: Article | None, owner=None):
        if article is None:
            return self
        text = article.__dict__["text"] = article.__dict__.pop("_text").decode("utf-8")
        return text


Article.text = _Text()


def plain(value):
    """A field's value as YAML and JSON write it: a date as its EDTF text."""
    return str(value) if isinstance(value, When) else value


_JSON_TYPES = {"str": {"type": "string"}, "int": {"type": "integer"},
               "list[str]": {"type": "array", "items": {"type": "string"}},
               "list[object]": {"type": "array", "items": {"type": "object"}},
               "date": {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?[?~%]?$"}}


def catalog_schema() -> dict:
    """JSON Schema of catalog.json: an array of rows, a row's keys the catalog's fields."""
    props = {}
    for f in SCHEMA + CATALOG_EXTRA:
        kind = dict(_JSON_TYPES[f.type])
        if not f.required:
            kind["type"] = [kind["type"], "null"]
        props[f.name] = {**kind, "description": f.doc}
    required = [f.name for f in SCHEMA + CATALOG_EXTRA if f.required]
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Archive catalog",
            "type": "array", "items": {"type": "object", "properties": props, "required": required,
                                       "additionalProperties": False}}


def schema_markdown() -> str:
    lines = ["# Article front-matter", "", "Generated from `archive/model.py` by "
             "`python -m archive.model`.", "", "| field | type | from | required | meaning |",
             "|---|---|---|---|---|"]
    for f in SCHEMA:
        lines.append(f"| `{f.name}` | {f.type} | {f.origin} | {'yes' if f.required else 'no'} | {f.doc} |")
    lines += ["", "The catalog (`catalog.json`, `catalog.csv`) has these fields for every article, "
              "then:", "", "| field | type | meaning |", "|---|---|---|"]
    lines += [f"| `{f.name}` | {f.type} | {f.doc} |" for f in CATALOG_EXTRA]
    lines += ["", "An article's page (`content/articles/ID.md`) has these fields, then two that are "
              "not the record but its page: `template` (`archive-article.html`, the theme's template "
              "that prints the page) and `view`, what the page shows besides the record (the pages "
              "of its lists, its neighbours, its other publications, its citation, every phrase in "
              "the archive's words; `archive.render.article_view`). Its Markdown is the text."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(schema_markdown(), end="")

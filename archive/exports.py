"""Exports: the data a researcher takes away — the Atom feed, the catalog as JSON and CSV,
and the catalog's JSON Schema. Each is written by a library (feedgen, json, csv), from
the views and the one schema (model.SCHEMA), never by assembling markup.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import pickle
from pathlib import Path

from feedgen.feed import FeedGenerator

from . import words, write
from .model import CATALOG_EXTRA, SCHEMA, Article, catalog_schema

FEED_SIZE = 50
CATALOG_JSON, CATALOG_CSV = "catalog.json", "catalog.csv"
JSON_START, JSON_BETWEEN = b"[\n", b",\n"  # catalog.json: before the first row, between two rows
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = [f.name for f in SCHEMA + CATALOG_EXTRA]


def files(articles: list[Article], root: str | None, rows: Rows | None = None):
    """Yield (path, bytes) for feed.xml, catalog.json, catalog.csv, catalog.schema.json;
    `articles` newest first, `root` the site's address ending in /. A feed's entries need
    absolute addresses: without `root` there is no feed. With `rows`, a catalog row is
    made again only for a publication whose seed (or whose article's) changed."""
    if root:
        yield "feed.xml", feed(articles, root)
    rows = rows or Rows()
    lines = [rows.get(_row_key(article, a), lambda article=article, a=a: _lines(catalog_row(article, a)))
             for article in articles for a in (article, *article.merged)]
    made = catalog_json([j for j, _ in lines]), catalog_csv([c for _, c in lines])
    yield CATALOG_JSON, made[0]
    yield CATALOG_CSV, made[1]
    yield "catalog.schema.json", json.dumps(catalog_schema(), ensure_ascii=False, indent=1).encode()
    rows.save(*made)


def _row_key(article: Article, a: Article) -> str:
    """What a publication's row (`a`, of `article`) is made from: its seeds (the code is
    the same)."""
    return repr([a.seed_key, article.id, [m.seed_key for m in a.merged]])


class Rows:
    """The catalogs' rows from one build to the next: each row's lines of catalog.json and
    catalog.csv are kept by its key (_row_key) as where they are in the files the last
    build wrote (`content`/, with their digests, in `path`, for one version of the
    `code`), and taken from those files, as bytes, while they are as it wrote them. A
    day added keeps 16,000 rows: made, encoded or pickled one by one, that was a
    third of an append of ten articles' catalogs. Without `path`, every row is made."""

    def __init__(self, path: Path | None = None, content: Path | None = None, code: str = "") -> None:
        self.path, self.content, self.code = path, content, code
        self.now: list[tuple[str, bytes, bytes]] = []  # this build's rows: key, JSON line, CSV line

    @functools.cached_property
    def last(self) -> dict[str, tuple[bytes, bytes]]:
        """The last build's rows, by key: their lines of the two catalogs."""
        if self.path is None:
            return {}
        try:
            kept = pickle.loads(self.path.read_bytes())
            files = [(self.content / name).read_bytes() for name in (CATALOG_JSON, CATALOG_CSV)]
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, ImportError):
            return {}
        if not isinstance(kept, dict) or kept.get("code") != self.code or \
                kept.get("sha256") != [hashlib.sha256(f).hexdigest() for f in files]:
            return {}  # another code's, or the catalogs were changed since
        js, cs = (memoryview(f) for f in files)
        return {key: (js[a:b], cs[c:d]) for key, (a, b, c, d) in kept["rows"].items()}

    def get(self, key: str, make) -> tuple[bytes, bytes]:
        lines = self.last.get(key)
        if lines is None:
            json_line, csv_line = make()
            lines = json_line.encode(), csv_line.encode()
        self.now.append((key, *lines))
        return lines

    def save(self, *files: bytes) -> None:
        """Keep this build's rows: where each one's lines are in the catalogs it wrote
        (`files`: catalog.json's bytes, then catalog.csv's)."""
        if self.path is None:
            return
        rows, at_json, at_csv = {}, len(JSON_START), len(catalog_csv([]))
        for key, json_line, csv_line in self.now:
            rows[key] = (at_json, at_json + len(json_line), at_csv, at_csv + len(csv_line))
            at_json += len(json_line) + len(JSON_BETWEEN)
            at_csv += len(csv_line)
        write.atomic_write(self.path, pickle.dumps(
            {"code": self.code, "sha256": [hashlib.sha256(f).hexdigest() for f in files], "rows": rows},
            protocol=pickle.HIGHEST_PROTOCOL))


def feed(articles: list[Article], root: str) -> bytes:
    fg = FeedGenerator()
    fg.id(root)
    fg.title(words.t("site"))
    fg.subtitle(words.t("feed_subtitle"))
    fg.language("ar")
    fg.link(href=root, rel="alternate")
    fg.link(href=root + "feed.xml", rel="self")
    latest = [a for a in articles if a.date][:FEED_SIZE]
    fg.updated(latest[0].date.timestamp() if latest else "1970-01-01T00:00:00+00:00")
    for a in reversed(latest):  # feedgen puts the last added first
        address = f"{root}articles/{a.id}/"
        entry = fg.add_entry()
        entry.id(address)
        entry.title(a.title)
        entry.link(href=address)
        entry.updated(a.date.timestamp())
        entry.published(a.date.timestamp())
        entry.summary(a.summary)
        for name in a.authors:
            entry.author(name=name)
        for t in a.tags:
            entry.category(term=t)
    return fg.atom_str(pretty=True)


def catalog_row(article: Article, a: Article) -> dict:
    """The row of a publication `a` of `article` (`a` itself, or one of its merged)."""
    fm = a.front_matter()  # empty optional fields are left out there: null here
    row = {f.name: fm.get(f.name) for f in SCHEMA}
    row.update(article=article.id, page=f"articles/{article.id}/", original_file=a.original_path)
    return row


def _lines(row: dict) -> tuple[str, str]:
    """A row as a line of each catalog: JSON by json's C encoder, CSV by the csv module."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(
        [csv_cell("|".join(x["id"] if isinstance(x, dict) else x for x in v) if isinstance(v, list) else v)
         for v in (row[k] for k in COLUMNS)])
    return json.dumps(row, ensure_ascii=False), out.getvalue()


def catalog_json(lines: list[bytes]) -> bytes:
    """The catalog as a JSON array, a row a line: joined once (17 MB for the corpus), not
    copied again for its brackets."""
    if not lines:
        return b"[]\n"
    pieces = [JSON_START]
    for line in lines:
        pieces += (line, JSON_BETWEEN)
    pieces[-1] = b"\n]\n"
    return b"".join(pieces)


def catalog_csv(lines: list[bytes]) -> bytes:
    header = io.StringIO()
    csv.writer(header, lineterminator="\r\n").writerow(COLUMNS)
    # A BOM, so that spreadsheet programs open the Arabic text as UTF-8.
    return b"".join([("\ufeff" + header.getvalue()).encode("utf-8"), *lines])


def csv_cell(value) -> str | int | float:
    """A catalog value as a CSV cell. Text a spreadsheet would run as a formula (a seed's
    title "=HYPERLINK(…)") starts with an apostrophe, which spreadsheets show as text;
    catalog.json keeps the value as it is."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value

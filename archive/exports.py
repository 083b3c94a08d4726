"""Exports: the data a researcher takes away — the Atom feed, the catalog as JSON and CSV,
and the catalog's JSON Schema. Each is written by a library (feedgen, json, csv), from
the views and the one schema (model.SCHEMA), never by assembling markup.
"""

from __future__ import annotations

import csv
import io
import json

from feedgen.feed import FeedGenerator

from . import words
from .model import CATALOG_EXTRA, SCHEMA, Article, catalog_schema
from .write import Memo

FEED_SIZE = 50
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = [f.name for f in SCHEMA + CATALOG_EXTRA]


def files(articles: list[Article], root: str | None, memo: Memo | None = None):
    """Yield (path, bytes) for feed.xml, catalog.json, catalog.csv, catalog.schema.json;
    `articles` newest first, `root` the site's address ending in /. A feed's entries need
    absolute addresses: without `root` there is no feed. With `memo`, a catalog row is
    written again only for a publication whose seed (or whose article's) changed."""
    if root:
        yield "feed.xml", feed(articles, root)
    lines = [_row_lines(article, a, memo) for article in articles for a in (article, *article.merged)]
    yield "catalog.json", catalog_json([j for j, _ in lines])
    yield "catalog.csv", catalog_csv([c for _, c in lines])
    yield "catalog.schema.json", json.dumps(catalog_schema(), ensure_ascii=False, indent=1).encode()
    if memo:
        memo.save()


def _row_lines(article: Article, a: Article, memo: Memo | None) -> tuple[str, str]:
    """A publication's row (`a`, of `article`), as a line of catalog.json and of
    catalog.csv: kept in `memo` by what its seeds gave (the code is the memo's)."""
    key = repr([a.seed_key, article.id, [m.seed_key for m in a.merged]])
    return memo.get(key, lambda: _lines(catalog_row(article, a))) if memo else _lines(catalog_row(article, a))


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


def catalog_json(lines: list[str]) -> bytes:
    """The catalog as a JSON array, a row a line."""
    return ("[\n" + ",\n".join(lines) + "\n]\n").encode() if lines else b"[]\n"


def catalog_csv(lines: list[str]) -> bytes:
    header = io.StringIO()
    csv.writer(header, lineterminator="\r\n").writerow(COLUMNS)
    # A BOM, so that spreadsheet programs open the Arabic text as UTF-8.
    return ("\ufeff" + header.getvalue() + "".join(lines)).encode("utf-8")


def csv_cell(value) -> str | int | float:
    """A catalog value as a CSV cell. Text a spreadsheet would run as a formula (a seed's
    title "=HYPERLINK(…)") starts with an apostrophe, which spreadsheets show as text;
    catalog.json keeps the value as it is."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value

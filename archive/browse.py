"""Browse: the pages a reader walks — home, timeline (years, months), sources, tags —
and the data a researcher takes away: feed, catalog (JSON, CSV).

Every list of articles is newest first and paginated at PAGE_SIZE items; every page of a
list links to every other page, so any article is a few clicks from home:
home → year → month page → article, and home → source page → article.
Digits are Western (0-9) throughout; month names as in archive/dates.py.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterator

from . import dates, render
from .model import SCHEMA, Article
from .render import escape_inline
from .search_index import by_date

PAGE_SIZE = 50
LIST_SUMMARY_WORDS = 24
LATEST = 10
FEED_SIZE = 50
UNDATED = "undated"


def slug(name: str) -> str:
    """A file-safe, stable name for a source or tag page."""
    ascii_slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if ascii_slug and ascii_slug == name.lower() and len(ascii_slug) <= 40:
        return ascii_slug
    return "x-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def page_path(base: str, number: int) -> str:
    return f"{base}.md" if number == 1 else f"{base}-{number}.md"


def pages_of(items: list) -> list[list]:
    return [items[i:i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]


def by_size(groups: dict[str, list[Article]]) -> list[tuple[str, list[Article]]]:
    """Sources or tags, the one with most articles first, then by name."""
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def rel(from_path: str, to_path: str) -> str:
    """Relative Markdown link between two files under content/."""
    up = from_path.count("/")
    return "../" * up + to_path


def _page(title: str, body: list[str]) -> bytes:
    fm = render.dump_yaml({"title": title})
    return ("---\n" + fm + "---\n\n" + "\n".join(body) + "\n").encode("utf-8")


class Browse:
    """Groups the published articles once; then yields every browse page."""

    def __init__(self, articles: list[Article], site_url: str = ""):
        self.articles = by_date(articles)  # newest first, undated last
        self.root = site_url.rstrip("/") + "/"  # the site's address, ending in one /
        self.position = {a.id: i for i, a in enumerate(self.articles)}
        self._places: dict[str, dict[str, int]] = {}
        self.months: dict[str, list[Article]] = defaultdict(list)  # "2015-07", "2015", UNDATED
        self.sources: dict[str, list[Article]] = defaultdict(list)
        self.tags: dict[str, list[Article]] = defaultdict(list)
        for a in self.articles:
            self.months[a.month or a.year or UNDATED].append(a)
            if a.source:
                self.sources[a.source].append(a)
            for t in a.tags:
                self.tags[t].append(a)
        self.years: dict[str, dict[str, int]] = defaultdict(dict)
        for key, items in self.months.items():
            if key != UNDATED:
                self.years[key[:4]][key] = len(items)

    # --- where an article is listed ---------------------------------------------------
    def _bucket_base(self, key: str) -> str:
        # a year-only date ("2014", "2014~") goes to month 00 of its year
        return f"timeline/{key}-00" if len(key) == 4 else f"timeline/{key}"

    def _listed_at(self, base: str, items: list[Article], article: Article) -> str:
        if base not in self._places:  # each article's position in each list, computed once
            self._places[base] = {a.id: i for i, a in enumerate(items)}
        return page_path(base, self._places[base][article.id] // PAGE_SIZE + 1)

    def links(self, article: Article) -> dict:
        """Links from an article page (articles/ID.md) to the lists that hold it."""
        key = article.month or article.year or UNDATED
        links = {"date": rel("articles/x", self._listed_at(self._bucket_base(key), self.months[key], article))}
        if article.source:
            base = f"sources/{slug(article.source)}"
            links["source"] = rel("articles/x", self._listed_at(base, self.sources[article.source], article))
        links["tags"] = {t: rel("articles/x", self._listed_at(f"tags/{slug(t)}", self.tags[t], article))
                         for t in article.tags}
        return links

    def around(self, article: Article) -> str:
        """Previous (older) and next (newer) article in time."""
        i = self.position[article.id]
        parts = []
        # undated articles sit after the dated ones; neither leads into the other

        def same_kind(other: Article) -> bool:
            return bool(other.date) == bool(article.date)

        if i + 1 < len(self.articles) and same_kind(self.articles[i + 1]):
            older = self.articles[i + 1]
            parts.append(f"- **الأقدم:** [{escape_inline(older.title)}]({older.id}.md)")
        if i > 0 and same_kind(self.articles[i - 1]):
            newer = self.articles[i - 1]
            parts.append(f"- **الأحدث:** [{escape_inline(newer.title)}]({newer.id}.md)")
        if not parts:
            return ""
        return '<nav class="archive-around" markdown>\n\n' + "\n".join(parts) + "\n\n</nav>\n"

    # --- the pages -----------------------------------------------------------------------
    def pages(self) -> Iterator[tuple[str, bytes]]:
        yield "index.md", self.home()
        yield "search.md", SEARCH_PAGE.encode("utf-8")
        yield from self.timeline()
        yield from self.grouped("sources", "المصادر", "المصدر", self.sources)
        yield from self.grouped("tags", "الوسوم", "الوسم", self.tags)
        yield "feed.xml", self.feed()
        yield "catalog.json", self.catalog_json()
        yield "catalog.csv", self.catalog_csv()
        yield "catalog.schema.json", json.dumps(catalog_schema(), ensure_ascii=False, indent=1).encode()

    def home(self) -> bytes:
        dated = [a for a in self.articles if a.date]
        body = ["# أرشيف الأخبار", ""]
        if dated:
            newest, oldest = dated[0].date, dated[-1].date
            body.append(f"يضم الأرشيف **{len(self.articles)}** مقالًا، من {escape_inline(dates.display(oldest))} "
                        f"إلى {escape_inline(dates.display(newest))}.")
        else:
            body.append(f"يضم الأرشيف **{len(self.articles)}** مقالًا.")
        undated = len(self.months.get(UNDATED, []))
        if undated:
            body[-1] += f" منها {undated} بلا تاريخ."
        body += ["", '<div class="archive-ways" markdown>', "",
                 "- [البحث في الأرشيف](search.md)",
                 "- [التسلسل الزمني](timeline.md)",
                 "- [المصادر](sources.md)",
                 "- [الوسوم](tags.md)",
                 "- البيانات: [catalog.json](catalog.json) · [catalog.csv](catalog.csv) · "
                 "[موجز Atom](feed.xml) · [تقرير البناء](build-report.json)",
                 "", "</div>", ""]
        if self.years:
            body += ["## حسب السنة", "", *self._year_lines(), ""]
        if self.sources:
            body += ["## المصادر", ""]
            ranked = by_size(self.sources)
            for name, items in ranked[:PAGE_SIZE]:
                body.append(f"- [{escape_inline(name)}]({page_path('sources/' + slug(name), 1)}) ({len(items)})")
            if len(ranked) > PAGE_SIZE:
                body.append(f"- [كل المصادر ({len(ranked)})](sources.md)")
            body.append("")
        body += ["## أحدث الإضافات", ""]
        body += self._items("index.md", self.articles[:LATEST])
        return _page("الرئيسية", body)

    def _year_lines(self) -> list[str]:
        """The years, newest first, then the undated: for a page at the top of content/."""
        lines = [f"- [{year}](timeline/{year}.md) ({sum(self.years[year].values())})"
                 for year in sorted(self.years, reverse=True)]
        if UNDATED in self.months:
            lines.append(f"- [بلا تاريخ]({page_path('timeline/' + UNDATED, 1)}) ({len(self.months[UNDATED])})")
        return lines

    def _items(self, where: str, items: list[Article]) -> list[str]:
        out = ['<div class="archive-list" markdown>', ""]
        for a in items:
            meta = escape_inline(dates.display(a.date) or "غير مؤرخ")
            if a.source:
                meta += f" · {escape_inline(a.source)}"
            words = a.summary.split()
            summary = " ".join(words[:LIST_SUMMARY_WORDS]) + ("…" if len(words) > LIST_SUMMARY_WORDS else "")
            out.append(f"- [{escape_inline(a.title)}]({rel(where, 'articles/' + a.id + '.md')})  \n"
                       f"  <small>{meta}</small>  \n  {escape_inline(summary)}")
        return out + ["", "</div>"]

    def _paginated(self, base: str, title: str, intro: list[str], items: list[Article],
                   up: tuple[str, str]) -> Iterator[tuple[str, bytes]]:
        chunks = pages_of(items)
        for n, chunk in enumerate(chunks, 1):
            path = page_path(base, n)
            body = [f"# {escape_inline(title)}", "", f"[↑ {up[1]}]({rel(path, up[0])})", "", *intro]
            body += self._pager(path, base, n, len(chunks))
            body += self._items(path, chunk)
            body += self._pager(path, base, n, len(chunks))
            suffix = f" — صفحة {n}" if n > 1 else ""
            yield path, _page(title + suffix, body)

    def _pager(self, path: str, base: str, n: int, total: int) -> list[str]:
        if total == 1:
            return []
        links = [f"**{i}**" if i == n else f"[{i}]({rel(path, page_path(base, i))})"
                 for i in range(1, total + 1)]
        return ["", f'<p class="archive-pager" markdown>الصفحة {n} من {total}: ' + " ".join(links) + "</p>", ""]

    def timeline(self) -> Iterator[tuple[str, bytes]]:
        body = ["# التسلسل الزمني", "",
                "الأشهر بأسمائها الشائعة في السعودية ومصر والخليج (يناير … ديسمبر)، "
                "ومعها الأشهر الهجرية (تقويم أم القرى).", "", *self._year_lines()]
        yield "timeline.md", _page("التسلسل الزمني", body)
        for year, months in sorted(self.years.items(), reverse=True):
            path = f"timeline/{year}.md"
            body = [f"# {year}", "", f"[↑ التسلسل الزمني]({rel(path, 'timeline.md')})", ""]
            for key in sorted(months, reverse=True):
                base = self._bucket_base(key)
                count = len(self.months[key])
                label = "بلا شهر محدد" if key == year else (
                    f"{dates.month_name(int(key[5:7]))} {year}")
                hijri = "" if key == year else dates.hijri_month_span(int(year), int(key[5:7]))
                total = len(pages_of(self.months[key]))
                pages = "" if total == 1 else " — الصفحات: " + " ".join(
                    f"[{i}]({rel(path, page_path(base, i))})" for i in range(1, total + 1))
                body.append(f"- [{label}]({rel(path, page_path(base, 1))}) ({count})"
                            f"{' · ' + hijri if hijri else ''}{pages}")
            yield path, _page(year, body)
        for key, items in self.months.items():
            if key == UNDATED:
                title, up = "بلا تاريخ", ("timeline.md", "التسلسل الزمني")
            elif len(key) == 4:
                title, up = f"{key} (بلا شهر محدد)", (f"timeline/{key}.md", key)
            else:
                year, month = int(key[:4]), int(key[5:7])
                title = f"{dates.month_name(month)} {year}"
                hijri = dates.hijri_month_span(year, month)
                title += f" ({hijri})" if hijri else ""
                up = (f"timeline/{key[:4]}.md", key[:4])
            intro = [f"{len(items)} مقالًا، الأحدث أولًا.", ""]
            yield from self._paginated(self._bucket_base(key), title, intro, items, up)

    def grouped(self, folder: str, title: str, label: str,
                groups: dict[str, list[Article]]) -> Iterator[tuple[str, bytes]]:
        ranked = by_size(groups)
        index_pages = pages_of(ranked)
        for n, chunk in enumerate(index_pages, 1):
            path = page_path(folder, n)
            body = [f"# {title}", "", f"{len(ranked)} {label if len(ranked) == 1 else title}، "
                    "بحسب عدد المقالات.", ""]
            body += self._pager(path, folder, n, len(index_pages))
            body += [f"- [{escape_inline(name)}]({rel(path, page_path(folder + '/' + slug(name), 1))}) "
                     f"({len(items)})" for name, items in chunk]
            if not ranked:
                body.append("لا شيء بعد.")
            yield path, _page(title, body)
        for name, items in ranked:
            base = f"{folder}/{slug(name)}"
            intro = [f"{len(items)} مقالًا، الأحدث أولًا.", ""]
            yield from self._paginated(base, f"{label}: {name}", intro, items, (f"{folder}.md", title))

    # --- data --------------------------------------------------------------------------
    def _url(self, article: Article) -> str:
        return f"{self.root}articles/{article.id}/"

    def feed(self) -> bytes:
        from feedgen.feed import FeedGenerator

        fg = FeedGenerator()
        fg.id(self.root)
        fg.title("أرشيف الأخبار")
        fg.subtitle("أحدث المقالات في الأرشيف")
        fg.language("ar")
        fg.link(href=self.root, rel="alternate")
        fg.link(href=self.root + "feed.xml", rel="self")
        latest = [a for a in self.articles if a.date][:FEED_SIZE]
        newest = _timestamp(latest[0].date) if latest else "1970-01-01T00:00:00+00:00"
        fg.updated(newest)
        for a in reversed(latest):  # feedgen puts the last added first
            entry = fg.add_entry()
            entry.id(self._url(a))
            entry.title(a.title)
            entry.link(href=self._url(a))
            entry.updated(_timestamp(a.date))
            entry.published(_timestamp(a.date))
            entry.summary(a.summary)
            if a.author:
                entry.author(name=a.author)
            for t in a.tags:
                entry.category(term=t)
        return fg.atom_str(pretty=True)

    @functools.cached_property
    def catalog_rows(self) -> list[dict]:
        fields = [f.name for f in SCHEMA]
        rows = []
        for a in self.articles:
            fm = a.front_matter()
            row = {k: fm.get(k) for k in fields}
            row["page"] = f"articles/{a.id}/"
            row["original_file"] = render.original_path(a)
            rows.append(row)
        return rows

    def catalog_json(self) -> bytes:
        return (json.dumps(self.catalog_rows, ensure_ascii=False, indent=0) + "\n").encode("utf-8")

    def catalog_csv(self) -> bytes:
        rows = self.catalog_rows
        out = io.StringIO()
        fields = [f.name for f in SCHEMA] + ["page", "original_file"]
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: csv_cell("|".join(v) if isinstance(v, list) else v) for k, v in row.items()})
        # A BOM, so that spreadsheet programs open the Arabic text as UTF-8.
        return "\ufeff".encode() + out.getvalue().encode("utf-8")


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> str | int | float:
    """A catalog value as a CSV cell. Text a spreadsheet would run as a formula (a seed's
    title "=HYPERLINK(…)") starts with an apostrophe, which spreadsheets show as text;
    catalog.json keeps the value as it is."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _timestamp(date: str) -> str:
    core = date.rstrip("?~%")
    if "T" in core:
        core = core if core.count(":") == 2 else core + ":00"
    else:
        parts = core.split("-") + ["01", "01"]
        core = "-".join(parts[:3]) + "T00:00:00"
    return core + "+00:00"


def catalog_schema() -> dict:
    """JSON Schema of catalog.json, from the one SCHEMA."""
    types = {"str": {"type": ["string", "null"]}, "int": {"type": ["integer", "null"]},
             "list[str]": {"type": ["array", "null"], "items": {"type": "string"}},
             "date": {"type": ["string", "null"]}}
    props = {f.name: {**types[f.type], "description": f.doc} for f in SCHEMA}
    props["page"] = {"type": "string"}
    props["original_file"] = {"type": "string"}
    required = [f.name for f in SCHEMA if f.required] + ["page", "original_file"]
    for name in required:
        props[name]["type"] = props[name]["type"][0] if isinstance(props[name]["type"], list) else props[name]["type"]
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Archive catalog",
            "type": "array", "items": {"type": "object", "properties": props, "required": required,
                                       "additionalProperties": False}}


SEARCH_PAGE = """---
title: البحث
template: archive-search.html
---
"""

"""Views: the archive's structure as plain data, with no markup in it.

Which lists exist (a month, a year's undated-month bucket, the undated, a source, a tag),
which page of a list an article falls on, an article's neighbours in time, what the home
page counts: all decided here, once, and handed to the templates (archive/render.py).
Every list is newest first and paginated at PAGE_SIZE; paths are relative to content/.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from .model import Article

PAGE_SIZE = 50
LIST_SUMMARY_WORDS = 24
LATEST = 10
UNDATED = "undated"


def by_date(articles: list[Article]) -> list[Article]:
    """Newest first, undated last; the search indexes number documents in this order, so
    'sort by date' is 'sort by doc number'."""
    dated = sorted((a for a in articles if a.date), key=lambda a: (a.date.sort_key, a.id), reverse=True)
    return dated + sorted((a for a in articles if not a.date), key=lambda a: a.id)


def slug(name: str) -> str:
    """A file-safe, stable name for a source or tag page."""
    ascii_slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if ascii_slug and ascii_slug == name.lower() and len(ascii_slug) <= 40:
        return ascii_slug
    return "x-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def page_path(base: str, number: int) -> str:
    return f"{base}.md" if number == 1 else f"{base}-{number}.md"


@dataclass
class Page:
    """One page of a paginated list."""

    base: str
    number: int
    total: int
    items: list

    @property
    def path(self) -> str:
        return page_path(self.base, self.number)

    @property
    def pager(self) -> list[Page]:
        """Every page of the list, for the page numbers; empty when there is one page."""
        return [] if self.total == 1 else [Page(self.base, n, self.total, []) for n in range(1, self.total + 1)]


def paginate(base: str, items: list) -> list[Page]:
    chunks = [items[i:i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]
    return [Page(base, n, len(chunks), chunk) for n, chunk in enumerate(chunks, 1)]


@dataclass
class Listing:
    """A list of articles with a page of its own: a month, a source, a tag, …"""

    kind: str  # "month", "year" (dated by year only), "undated", "source", "tag"
    key: str  # "2015-07", "2014", "undated", the source's or tag's name
    base: str  # "timeline/2015-07", "sources/okaz"
    up: str  # the page above it: "timeline/2015.md", "sources.md"
    items: list[Article] = field(default_factory=list)

    @functools.cached_property
    def pages(self) -> list[Page]:
        return paginate(self.base, self.items)

    @functools.cached_property
    def _page_of(self) -> dict[str, int]:
        return {a.id: i // PAGE_SIZE for i, a in enumerate(self.items)}

    def page_of(self, article: Article) -> Page:
        return self.pages[self._page_of[article.id]]

    @property
    def year(self) -> int | None:
        return int(self.key[:4]) if self.kind in ("month", "year") else None

    @property
    def month(self) -> int | None:
        return int(self.key[5:7]) if self.kind == "month" else None


@dataclass
class Year:
    year: int
    months: list[Listing]  # newest first; the year's date-without-month bucket last

    @property
    def path(self) -> str:
        return f"timeline/{self.year}.md"

    @property
    def count(self) -> int:
        return sum(len(m.items) for m in self.months)


@dataclass
class Memberships:
    """The lists an article is on, each at the page that holds it."""

    date: Page
    source: Page | None
    tags: list[tuple[str, Page]]


@dataclass
class Neighbours:
    older: Article | None
    newer: Article | None


def _by_size(groups: dict[str, Listing]) -> list[Listing]:
    """Sources or tags, the one with most articles first, then by name."""
    return sorted(groups.values(), key=lambda g: (-len(g.items), g.key))


class ArchiveIndex:
    """The published articles, grouped once into every list a reader walks."""

    def __init__(self, articles: list[Article]):
        self.articles = by_date(articles)
        self._position = {a.id: i for i, a in enumerate(self.articles)}
        self.dates: dict[str, Listing] = {}  # "2015-07", "2014" (year only), UNDATED
        sources: dict[str, Listing] = {}
        tags: dict[str, Listing] = {}
        for a in self.articles:
            self._date_listing(a).items.append(a)
            if a.source:
                sources.setdefault(a.source, Listing("source", a.source, f"sources/{slug(a.source)}",
                                                     "sources.md")).items.append(a)
            for t in a.tags:
                tags.setdefault(t, Listing("tag", t, f"tags/{slug(t)}", "tags.md")).items.append(a)
        self.sources = _by_size(sources)
        self.tags = _by_size(tags)
        self._sources, self._tags = sources, tags
        by_year: dict[int, list[Listing]] = defaultdict(list)
        for key, listing in self.dates.items():
            if key != UNDATED:
                by_year[int(key[:4])].append(listing)
        # months newest first; a year's date-without-month bucket ("2014") after its months
        self.years = [Year(y, sorted(ms, key=lambda m: m.key if m.kind == "month" else "", reverse=True))
                      for y, ms in sorted(by_year.items(), reverse=True)]
        self.undated = self.dates.get(UNDATED)

    def _date_listing(self, a: Article) -> Listing:
        if a.date is None:
            key, base, kind, up = UNDATED, f"timeline/{UNDATED}", "undated", "timeline.md"
        elif a.date.month_key:
            key, kind = a.date.month_key, "month"
            base, up = f"timeline/{key}", f"timeline/{a.date.year}.md"
        else:  # a year-only date ("2014", "2014~") goes to month 00 of its year
            key, kind = str(a.date.year), "year"
            base, up = f"timeline/{key}-00", f"timeline/{key}.md"
        if key not in self.dates:
            self.dates[key] = Listing(kind, key, base, up)
        return self.dates[key]

    @property
    def dated(self) -> list[Article]:
        return [a for a in self.articles if a.date]

    @property
    def latest(self) -> list[Article]:
        return self.articles[:LATEST]

    def source_pages(self) -> list[Page]:
        return paginate("sources", self.sources)

    def tag_pages(self) -> list[Page]:
        return paginate("tags", self.tags)

    def memberships(self, article: Article) -> Memberships:
        return Memberships(
            date=self._date_listing(article).page_of(article),
            source=self._sources[article.source].page_of(article) if article.source else None,
            tags=[(t, self._tags[t].page_of(article)) for t in article.tags],
        )

    def neighbours(self, article: Article) -> Neighbours:
        """The previous (older) and next (newer) article in time; undated articles sit
        after the dated ones, and neither leads into the other."""
        i = self._position[article.id]

        def same_kind(j: int) -> Article | None:
            if 0 <= j < len(self.articles) and bool(self.articles[j].date) == bool(article.date):
                return self.articles[j]
            return None

        return Neighbours(older=same_kind(i + 1), newer=same_kind(i - 1))

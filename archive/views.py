"""Views: the archive's structure as plain data, with no markup in it.

Every list is keyed by what it lists — a day, the articles of a month or year that carry
no finer date, the undated, a source in a month, a tag — so its address never shifts as
the archive grows, and an article's page links only to such addresses. Adding a day's
articles changes those articles, their neighbours in time, the lists they join and the
archive-wide pages (home, indexes), nothing else. Lists are newest first, their pages cut
from the oldest end (ListPage), so that a page once full keeps its address and articles.
The templates (archive/render.py) print these objects; paths are under content/.
"""

from __future__ import annotations

import calendar
import functools
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .model import SUMMARY_WORDS, Article

PAGE_SIZE = 25  # the newest page of a list holds up to twice that, less one (ListPage)
GROUP_PAGE_SIZE = 100  # of the indexes of sources, tags and authors: a name and a count each
PAGER_AROUND = 2  # page numbers shown on each side of the current one
LIST_SUMMARY_WORDS = SUMMARY_WORDS  # a seed may give a longer summary of its own
LATEST_DAYS = 7
UNDATED = "undated"
FIRST_WEEKDAY = calendar.SATURDAY  # the week as calendars in Saudi Arabia and Egypt print it
HEAT_LEVELS = 4


def by_date(articles: list[Article]) -> list[Article]:
    """Newest first, undated last."""
    dated = sorted((a for a in articles if a.date), key=lambda a: (a.date.sort_key, a.id), reverse=True)
    return dated + sorted((a for a in articles if not a.date), key=lambda a: a.id)


@functools.cache  # a source's or author's, for each of their articles
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

    def at(self, number: int) -> Page:
        return Page(self.base, number, self.total, [])

    @property
    def pager(self) -> Pager | None:
        return Pager(self) if self.total > 1 else None


@dataclass
class Pager:
    """A short pager: first, previous, a few numbers around the current page, next, last."""

    page: Page

    @property
    def first(self) -> Page | None:
        return self.page.at(1) if self.page.number > 1 else None

    @property
    def previous(self) -> Page | None:
        return self.page.at(self.page.number - 1) if self.page.number > 1 else None

    @property
    def next(self) -> Page | None:
        return self.page.at(self.page.number + 1) if self.page.number < self.page.total else None

    @property
    def last(self) -> Page | None:
        return self.page.at(self.page.total) if self.page.number < self.page.total else None

    @property
    def around(self) -> list[Page]:
        low = max(1, self.page.number - PAGER_AROUND)
        high = min(self.page.total, self.page.number + PAGER_AROUND)
        return [self.page.at(n) for n in range(low, high + 1)]


def paginate(base: str, items: list) -> list[Page]:
    """The indexes' pages (of sources, tags, authors), GROUP_PAGE_SIZE names each."""
    chunks = [items[i:i + GROUP_PAGE_SIZE] for i in range(0, len(items), GROUP_PAGE_SIZE)] or [[]]
    return [Page(base, n, len(chunks), chunk) for n, chunk in enumerate(chunks, 1)]


@dataclass
class ListPage:
    """One page of a list of articles, newest first. Pages are cut from the oldest end,
    PAGE_SIZE articles each, and numbered from it: page n holds the same articles at the
    same address (BASE-n.md) however many are added after them. The newest page is the
    list's own address (BASE.md); it holds the newest full page's articles and those
    after them (PAGE_SIZE to twice that, less one), so that it is never nearly empty.
    Adding the day's news changes the newest page; when it fills a page, that page gets
    its number, and the one before it a link to it."""

    base: str
    number: int
    newest: int  # the newest page's number: how many pages
    items: list

    @property
    def path(self) -> str:
        return f"{self.base}.md" if self.is_newest else f"{self.base}-{self.number}.md"

    @property
    def is_newest(self) -> bool:
        return self.number == self.newest

    def at(self, number: int) -> ListPage:
        return ListPage(self.base, number, self.newest, [])

    @property
    def newer(self) -> ListPage | None:
        return self.at(self.number + 1) if self.number < self.newest else None

    @property
    def older(self) -> ListPage | None:
        return self.at(self.number - 1) if self.number > 1 else None

    @property
    def newest_page(self) -> ListPage | None:
        """The newest page, when it is not the next one."""
        return self.at(self.newest) if self.number + 1 < self.newest else None

    @property
    def oldest_page(self) -> ListPage | None:
        """The oldest page, when it is not the one before."""
        return self.at(1) if self.number > 2 else None

    @property
    def older_pages(self) -> list[ListPage]:
        """On the newest page, every other, newest first: a click to any page of the list."""
        return [self.at(n) for n in range(self.number - 1, 0, -1)] if self.is_newest else []


def paginate_from_oldest(base: str, items: list) -> list[ListPage]:
    """`items`, newest first, in ListPages: the newest page first."""
    pages = max(1, len(items) // PAGE_SIZE)
    out = [ListPage(base, pages, pages, items[:len(items) - (pages - 1) * PAGE_SIZE])]
    for n in range(pages - 1, 0, -1):
        end = len(items) - (n - 1) * PAGE_SIZE
        out.append(ListPage(base, n, pages, items[end - PAGE_SIZE:end]))
    return out


@dataclass
class Listing:
    """A list of articles with pages of its own."""

    kind: str  # "day", "month" (no day given), "year" (no month given), "undated", "source", "tag", "author"
    key: str  # "2015-07-21", "2015-07", "2014", "undated", "2015-07" or "other" of a source, a tag
    base: str  # "timeline/2015-07-21", "sources/okaz/2015-07", "tags/x-…"
    up: str  # the page above it
    name: str = ""  # the source's or tag's name
    items: list[Article] = field(default_factory=list)

    @functools.cached_property
    def pages(self) -> list[ListPage]:
        return paginate_from_oldest(self.base, self.items)

    @property
    def first(self) -> ListPage:
        """The newest page: the list's own address."""
        return self.pages[0]

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def year(self) -> int | None:
        return int(self.key[:4]) if self.key[:4].isdigit() else None

    @property
    def month(self) -> int | None:
        return int(self.key[5:7]) if len(self.key) >= 7 and self.key[4] == "-" else None

    @property
    def day(self) -> int | None:
        return int(self.key[8:10]) if len(self.key) == 10 else None


@dataclass
class Day:
    """A day in a calendar: its number, and the list of its articles if it has any."""

    day: int
    listing: Listing | None
    level: int  # 0 (none) … HEAT_LEVELS, by its count against the busiest day's


@dataclass
class Month:
    year: int
    month: int
    days: dict[int, Listing]  # the days that have articles
    no_day: Listing | None  # articles dated to the month only
    heat: functools.partial = field(repr=False)

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def path(self) -> str:
        return f"timeline/{self.key}.md"

    @property
    def count(self) -> int:
        return sum(d.count for d in self.days.values()) + (self.no_day.count if self.no_day else 0)

    @property
    def weeks(self) -> list[list[Day | None]]:
        """The month's calendar, a row a week from Saturday; None outside the month."""
        cal = calendar.Calendar(FIRST_WEEKDAY)
        return [[None if d == 0 else Day(d, self.days.get(d), self.heat(self.days.get(d)))
                 for d in week] for week in cal.monthdayscalendar(self.year, self.month)]

    @property
    def weekdays(self) -> list[int]:
        """Weekday numbers in calendar order (0 is Monday, as Python counts)."""
        return list(calendar.Calendar(FIRST_WEEKDAY).iterweekdays())


@dataclass
class Year:
    year: int
    months: list[Month]  # newest first
    no_month: Listing | None  # articles dated to the year only

    @property
    def path(self) -> str:
        return f"timeline/{self.year}.md"

    @property
    def count(self) -> int:
        return sum(m.count for m in self.months) + (self.no_month.count if self.no_month else 0)


@dataclass
class Source:
    """A source: its page, and its articles month by month."""

    name: str
    months: list[Listing]  # newest first; "other" (no month) last

    @property
    def path(self) -> str:
        return f"sources/{slug(self.name)}.md"

    @property
    def count(self) -> int:
        return sum(m.count for m in self.months)


@dataclass
class Memberships:
    """The lists an article is on, by their first pages: stable addresses."""

    date: Listing
    source: Listing | None
    tags: list[Listing]
    authors: list[Listing]


@dataclass
class Neighbours:
    older: Article | None
    newer: Article | None


@dataclass
class Bar:
    """One bar of a chart: what it counts, how many, where it leads."""

    label: str
    count: int
    path: str | None = None


class ArchiveIndex:
    """The published articles, grouped once into every list and calendar a reader walks."""

    def __init__(self, articles: list[Article], *, in_order: bool = False):
        """`in_order`: the articles come in by_date()'s order already (and are kept)."""
        self.articles = articles if in_order else by_date(articles)
        self._position = {a.id: i for i, a in enumerate(self.articles)}
        self._dates: dict[str, Listing] = {}
        self._source_months: dict[tuple[str, str], Listing] = {}
        self._tags: dict[str, Listing] = {}
        self._authors: dict[str, Listing] = {}
        for a in self.articles:
            self._date_listing(a).items.append(a)
            publications = (a, *a.merged)  # an article is listed once under each of its sources
            for source in dict.fromkeys(p.source for p in publications if p.source):
                self._source_listing(a, source).items.append(a)
            for t in a.tags:
                self._listing(self._tags, t, lambda t=t: Listing("tag", t, f"tags/{slug(t)}", "tags.md",
                                                                 name=t)).items.append(a)
            for name in dict.fromkeys(n for p in publications for n in p.authors):
                self._listing(self._authors, name, lambda name=name: Listing(
                    "author", name, f"authors/{slug(name)}", "authors.md", name=name)).items.append(a)
        busiest = max((d.count for d in self._dates.values() if d.kind == "day"), default=0)
        heat = functools.partial(_heat, busiest=busiest)
        self.years = self._years(heat)
        self.undated = self._dates.get(UNDATED)
        by_source: dict[str, list[Listing]] = defaultdict(list)
        for (name, _), listing in self._source_months.items():
            by_source[name].append(listing)
        self.sources = sorted((Source(n, sorted(ms, key=_newest_key, reverse=True)) for n, ms in by_source.items()),
                              key=lambda s: (-s.count, s.name))
        self.tags = sorted(self._tags.values(), key=lambda t: (-t.count, t.name))
        self.authors = sorted(self._authors.values(), key=lambda t: (-t.count, t.name))

    # --- building --------------------------------------------------------------------
    def _listing(self, table: dict, key, make) -> Listing:
        """The list of `table` under `key`, made (make()) the first time: its name and
        address are made once a list, not once an article."""
        listing = table.get(key)
        if listing is None:
            listing = table[key] = make()
        return listing

    def _date_listing(self, a: Article) -> Listing:
        when = a.date
        if when is None:
            return self._listing(self._dates, UNDATED,
                                 lambda: Listing("undated", UNDATED, f"timeline/{UNDATED}", "timeline.md"))
        if when.precision == "day":
            key = f"{when.month_key}-{when.day:02d}"
            return self._listing(self._dates, key,
                                 lambda: Listing("day", key, f"timeline/{key}", f"timeline/{when.month_key}.md"))
        if when.precision == "month":
            key = when.month_key
            return self._listing(self._dates, key,
                                 lambda: Listing("month", key, f"timeline/{key}-00", f"timeline/{key}.md"))
        key = str(when.year)
        return self._listing(self._dates, key, lambda: Listing("year", key, f"timeline/{key}-00", f"timeline/{key}.md"))

    def _source_listing(self, a: Article, source: str) -> Listing:
        month = a.date.month_key if a.date and a.date.month_key else "other"
        folder = f"sources/{slug(source)}"
        return self._listing(self._source_months, (source, month),
                             lambda: Listing("source", month, f"{folder}/{month}", f"{folder}.md", name=source))

    def _years(self, heat) -> list[Year]:
        months: dict[str, Month] = {}
        no_month: dict[int, Listing] = {}
        for listing in self._dates.values():
            if listing.kind == "year":
                no_month[listing.year] = listing
                continue
            if listing.kind == UNDATED:
                continue
            key = listing.key[:7]
            if key not in months:
                months[key] = Month(listing.year, listing.month, {}, None, heat)
            if listing.kind == "day":
                months[key].days[listing.day] = listing
            else:
                months[key].no_day = listing
        years: dict[int, list[Month]] = defaultdict(list)
        for key in sorted(months, reverse=True):
            years[months[key].year].append(months[key])
        for y in no_month:
            years.setdefault(y, [])
        return [Year(y, years[y], no_month.get(y)) for y in sorted(years, reverse=True)]

    # --- what pages show -------------------------------------------------------------
    @functools.cached_property  # the home page asks three times
    def dated(self) -> list[Article]:
        return [a for a in self.articles if a.date]

    @property
    def months(self) -> list[Month]:
        return [m for y in self.years for m in y.months]

    @property
    def listings(self) -> list[Listing]:
        """Every list of articles, each with its pages."""
        return [*self._dates.values(), *self._source_months.values(), *self._tags.values(),
                *self._authors.values()]

    def latest_days(self, count: int = LATEST_DAYS) -> list[Listing]:
        days = sorted((d for d in self._dates.values() if d.kind == "day"), key=lambda d: d.key, reverse=True)
        return days[:count]

    def latest_by_source(self, count: int = 10) -> list[Article]:
        """The newest article of each source, newest first: the latest news, many voices."""
        seen, out = set(), []
        for a in self.articles:
            if a.date and a.source not in seen:
                seen.add(a.source)
                out.append(a)
        return out[:count]

    def month_bars(self) -> list[Bar]:
        """Articles per month, oldest first, across the whole archive (a gap is a zero bar)."""
        months = {m.key: m for m in self.months}
        if not months:
            return []
        keys = sorted(months)
        (y, m), end = map(int, keys[0].split("-")), keys[-1]
        bars = []
        while True:
            key = f"{y:04d}-{m:02d}"
            bars.append(Bar(key, months[key].count if key in months else 0,
                            months[key].path if key in months else None))
            if key == end:
                return bars
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)

    def source_bars(self) -> list[Bar]:
        return [Bar(s.name, s.count, s.path) for s in self.sources]  # labels are slugs: the template names them

    def memberships(self, article: Article) -> Memberships:
        return Memberships(
            date=self._date_listing(article),
            source=self._source_listing(article, article.source) if article.source else None,
            tags=[self._tags[t] for t in article.tags],
            authors=[self._authors[n] for n in article.authors],
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

    def source_pages(self) -> list[Page]:
        return paginate("sources", self.sources)

    def tag_pages(self) -> list[Page]:
        return paginate("tags", self.tags)

    def author_pages(self) -> list[Page]:
        return paginate("authors", self.authors)


def _newest_key(listing: Listing) -> str:
    return "" if listing.key == "other" else listing.key


def _heat(listing: Listing | None, busiest: int) -> int:
    if not listing or not busiest:
        return 0
    return max(1, -(-listing.count * HEAT_LEVELS // busiest))


def month_counts(source: Source) -> list[Bar]:
    return [Bar(m.key, m.count, m.first.path) for m in reversed(source.months) if m.key != "other"]


def year_bars(year: Year) -> list[Bar]:
    counts = Counter({m.month: m.count for m in year.months})
    paths = {m.month: m.path for m in year.months}
    return [Bar(f"{year.year:04d}-{n:02d}", counts[n], paths.get(n)) for n in range(1, 13)]

"""Render: every generated page is a template in archive/templates/ fed by the views.

The templates are Markdown with YAML front-matter, for MkDocs to turn into HTML. They
escape what they print themselves: a value reaches a page only through a filter that
escapes it for where it goes (`md` inside a line, `text` for paragraphs, `url`, `attr`,
`yaml`), and printing anything else is an error, so no page can show seed text unescaped
whichever renderer (MkDocs, or Zensical without hooks) turns it into HTML.

An article's page is its record and what the page shows (article_view) as front-matter,
and its text; the theme's archive-article.html prints the rest, escaping each value.
"""

from __future__ import annotations

import contextlib
import string
from collections.abc import Iterator
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, TemplateError, pass_context
from markupsafe import Markup

from . import dates, escape, sources, words, write
from .dates import When
from .model import SUMS, Article
from .views import LIST_SUMMARY_WORDS, ArchiveIndex, Listing, ListPage, Month, month_counts, year_bars

TEMPLATES = Path(__file__).with_name("templates")


def _finalize(value):
    if isinstance(value, (Markup, int, float)) and not isinstance(value, bool):
        return value
    raise TemplateError(f"{value!r:.60} printed without an escape filter (md, html, url, attr, yaml)")


def _md(value) -> Markup:
    return value if isinstance(value, Markup) else Markup(escape.inline(str(value)))


def _md_line(value) -> Markup:
    """Seed text that starts a line of Markdown (a list item's summary): shown as written,
    never read as a list item, a heading or a quote ("- …", "1. …", "# …")."""
    return Markup(escape.block(str(value)))


def t(key: str, **values) -> Markup:
    """A phrase from archive/words.yml, its words and its values escaped for Markdown."""
    out = []
    for literal, name, _, _ in string.Formatter().parse(words.words()[key]):
        out.append(escape.inline(literal))
        if name is not None:
            out.append(_md(values[name]))
    return Markup("".join(out))


def rel(here: str, target: str) -> str:
    """Relative link between two files under content/."""
    return "../" * here.count("/") + target


@pass_context
def href(context, target: str) -> Markup:
    return Markup(escape.url(rel(context["here"], target)))


def shorten(text: str, count: int = LIST_SUMMARY_WORDS) -> str:
    cut = text.split()
    return " ".join(cut[:count]) + ("…" if len(cut) > count else "")


def month_label(item) -> str:
    """'يوليو 2015' for a month's key ('2015-07') on a bar, a list or a month."""
    key = getattr(item, "label", None) or item.key
    return dates.month_title(int(key[:4]), int(key[5:7]))


def month_name(item) -> str:
    """'يوليو' for a month's key on a bar."""
    return words.month_name(int(item.label[5:7]))


def month_title(month: Month) -> str:
    return dates.month_title(month.year, month.month)


def hijri_span(month: Month) -> str:
    return dates.hijri_month_span(month.year, month.month)


def day_title(day: Listing) -> str:
    return dates.display(When(day.year, day.month, day.day))


def listing_title(listing: Listing) -> str:
    """The plain title of a list page, for its front-matter and its heading."""
    if listing.kind == "day":
        return day_title(listing)
    if listing.kind == "month":
        return words.t("month_no_day", month=dates.month_title(listing.year, listing.month))
    if listing.kind == "year":
        return words.t("year_no_month", year=listing.key)
    if listing.kind == "undated":
        return words.t("undated")
    if listing.kind == "source":
        when = words.t("no_month") if listing.key == "other" else month_label(listing)
        return words.t("source_in", name=sources.name(listing.name), when=when)
    return words.t(f"{listing.kind}_named", name=listing.name)


def up_title(listing: Listing) -> str:
    """The title of the page above a list."""
    if listing.kind in ("day", "month"):
        return dates.month_title(listing.year, listing.month)
    if listing.kind == "year":
        return str(listing.year)
    if listing.kind == "source":
        return words.t("source_named", name=sources.name(listing.name))
    return words.t({"undated": "timeline", "tag": "tags", "author": "authors"}[listing.kind])


def source_label(bar) -> str:
    return sources.name(bar.label)


def permalink(a: Article, site: str | None) -> str | None:
    return f"{site}articles/{a.id}/" if site else None


def citation(a: Article, site: str | None) -> list[tuple[str, bool]]:
    """The article as a reader cites it, in Arabic: who, what, where, when, and where it is
    kept; as (text, is it an address) pieces, so that the page can keep each address
    left-to-right inside the Arabic sentence."""
    parts: list[tuple[str, bool]] = []
    if a.authors:
        parts.append(("، ".join(a.authors) + ". ", False))
    parts.append((f"«{a.title}». ", False))
    where = "، ".join(x for x in (a.source_name, dates.display(a.date)) if x)
    if where:
        parts.append((where + ". ", False))
    if a.url:
        parts += [(a.url, True), (". ", False)]
    link = permalink(a, site)
    if link:
        parts += [(words.t("cite_archived_copy", site=words.t("site")) + " ", False), (link, True), (". ", False)]
    if a.archived:
        parts.append((words.t("cite_archived_on", date=dates.display(a.archived)) + ".", False))
    return parts


def weekday(number: int, short: bool = False) -> Markup:
    return _md(words.words()["weekdays_short" if short else "weekdays"][number])


def _environment() -> Environment:
    # autoescape only makes macros hand back Markup; every value is escaped by a filter,
    # and _finalize refuses any that was not.
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, finalize=_finalize,
                      autoescape=True, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(
        md=_md,
        md_line=_md_line,
        html=lambda v: Markup(escape.html_text(v)),
        paragraphs=escape.paragraphs,
        url=lambda v: Markup(escape.url(v)),
        attr=lambda v: Markup(escape.attribute(str(v))),
        yaml=lambda v: Markup(escape.front_matter(v)),
        count=lambda n, unit: _md(words.count(n, unit)),
        num=lambda n: Markup(words.number(n)),
        date=lambda when: _md(dates.display(when)),
        shorten=shorten,
        source_name=sources.name,
    )
    env.globals.update(t=t, plain=words.t, href=href, listing_title=listing_title, up_title=up_title,
                       month_label=month_label, month_name=month_name, month_title=month_title, hijri_span=hijri_span,
                       day_title=day_title, weekday=weekday, year_bars=year_bars, source_bars=month_counts,
                       source_label=source_label)
    return env


ENV = _environment()
PINNED = Path(__file__).resolve().parent.parent / "requirements.txt"


def compiled(cache: Path, made_by: Path) -> FileSystemBytecodeCache:
    """Where templates are kept compiled from one build to the next (Jinja compiles a
    template again when its source changed), in the build's cache: compiling them took a
    third of a second of every build for the theme's, a tenth for these. Kept apart for
    each version of the pinned packages and of `made_by`, the file that makes the
    environment they compile in."""
    folder = cache / "templates" / write.digest([PINNED, made_by])[:16]
    folder.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(folder))


@contextlib.contextmanager
def compiled_in(cache: Path):
    """While the block runs, these templates are kept compiled in `cache` (compiled())."""
    ENV.bytecode_cache = compiled(cache, Path(__file__))
    try:
        yield
    finally:
        ENV.bytecode_cache = None


def render(template: str, here: str, **context) -> bytes:
    return ENV.get_template(template).render(here=here, **context).encode("utf-8")


# The keys an article page's front-matter has besides the record (Article.front_matter()).
PAGE_KEYS = ("template", "view")


def article(a: Article, index: ArchiveIndex, site: str | None = None) -> bytes:
    """articles/ID.md: the article's record and what its page shows (article_view) as
    front-matter, and its text. The theme's archive-article.html prints them: the page's
    markup lives there, so MkDocs converts only the text (a third of the time it took
    with the lists, citation and record in the Markdown)."""
    front = {**a.front_matter(), "template": "archive-article.html", "view": article_view(a, index, site)}
    return render("article.md", f"articles/{a.id}.md", article=a, front=front)


def article_view(a: Article, index: ArchiveIndex, site: str | None = None) -> dict:
    """What an article's page shows besides its record, as plain values: its lists'
    pages, its neighbours, its other publications, how to cite it (`site`, the site's
    address, gives the citation its permanent link), with every phrase in its words."""
    lists, around = index.memberships(a), index.neighbours(a)
    view = {
        "date": {"iso": a.date.iso, "text": dates.display(a.date), "list": lists.date.first.path} if a.date else None,
        "source": lists.source.first.path if lists.source else None,
        "authors": [{"name": x.name, "list": x.first.path} for x in lists.authors],
        "tags": [{"name": x.name, "list": x.first.path} for x in lists.tags],
        "length": f"{words.count(a.word_count, 'word')} · "
                  f"{words.t('reading', minutes=words.count(a.reading_time, 'minute'))}",
        "publications": [_publication(p, a) for p in (a, *a.merged)] if a.merged else None,
        "citation": [{"address" if address else "text": text} for text, address in citation(a, site)],
        "originals": [_original(p) for p in (a, *a.merged)],
        "archived": dates.display(a.archived) if a.archived else None,
        "byline": a.author if a.author and lists.authors else None,
        "older": {"title": around.older.title, "id": around.older.id} if around.older else None,
        "newer": {"title": around.newer.title, "id": around.newer.id} if around.newer else None,
    }
    return {k: v for k, v in view.items() if v not in (None, [])}


def _original(p: Article) -> dict:
    """Where a publication's original is: its seed file, or the file (a zip's member) and
    record that hold it; and its digest."""
    held = p.container
    out = {"name": (held.origin if held else p.original).rsplit("/", 1)[-1], "path": p.original_path,
           "member": p.original[len(held.origin) + 1:] if held and p.original != held.origin else None,
           "record": words.t("record_n", n=p.record) if p.record else None, "sha256": p.sha256,
           "sums": SUMS if held else None}
    return {k: v for k, v in out.items() if v is not None}


def _publication(p: Article, article: Article) -> dict:
    """One publication of an article's text, as its page lists them."""
    out = {"source": p.source_name or None, "date": p.date.iso if p.date else None,
           "date_text": dates.display(p.date) if p.date else None,
           "title": p.title if p.title != article.title else None, "url": p.url or None,
           "id": p.id if p is not article else None}
    return {k: v for k, v in out.items() if v is not None}


def article_inputs(a: Article, index: ArchiveIndex, site: str | None = None) -> list:
    """Everything article() shows, as plain values: the same for two builds, the same page
    (with the same code; write.Output.write_made)."""
    around = index.neighbours(a)
    # an article and its other publications are what their seeds gave (seed_key); the rest
    # of what the page shows of them, their lists' addresses included, is made from that
    # by the code, which the key holds too
    return [site, [p.seed_key for p in (a, *a.merged)],
            [(n.id, n.title) if n else None for n in (around.older, around.newer)]]


def listing_inputs(listing: Listing, page: ListPage) -> list:
    """Everything a list page shows, as plain values (as article_inputs): the list's count
    on its newest page only, so that an older page stays as it is while the list grows."""
    links = [q.path if q else None for q in (page.newest_page, page.newer, page.older, page.oldest_page)]
    counts = (listing.count, page.newest) if page.is_newest else None
    return [listing.kind, listing.key, listing.name, listing.up, counts, page.path, page.number, links,
            [(a.id, a.values_key) for a in page.items]]  # its title, date, source, summary: its values


def redirect(publication: Article) -> bytes:
    """articles/ID.md of another publication of an article's text: it leads to the article."""
    return render("redirect.md", f"articles/{publication.id}.md", publication=publication,
                  article=publication.primary)


def browse_pages(index: ArchiveIndex, site: str | None = None,
                 code: str = "") -> Iterator[tuple[str, bytes | write.Made]]:
    """Home, search, the timeline's levels (years, months, days), sources, tags and authors.
    The feed is linked when there is one: when the site's address is known. `code`, a
    digest of the code, keys the list pages (write.Made) with what they show."""
    yield "index.md", render("home.md", "index.md", index=index, feed=bool(site))
    yield "search.md", render("search.md", "search.md")
    yield "timeline.md", render("timeline.md", "timeline.md", index=index)
    for year in index.years:
        yield year.path, render("year.md", year.path, year=year)
        for month in year.months:
            yield month.path, render("month.md", month.path, month=month)
    for listing in index.listings:  # most of these pages: each made again only if it shows another thing
        for page in listing.pages:
            yield page.path, write.Made.of(code, listing_inputs(listing, page),
                                           lambda listing=listing, page=page: render("listing.md", page.path,
                                                                                     listing=listing, page=page))
    for source in index.sources:
        yield source.path, render("source.md", source.path, source=source)
    for kind, pages, total in (("sources", index.source_pages(), len(index.sources)),
                               ("tags", index.tag_pages(), len(index.tags)),
                               ("authors", index.author_pages(), len(index.authors))):
        for page in pages:
            yield page.path, render("groups.md", page.path, kind=kind, page=page, total=total)

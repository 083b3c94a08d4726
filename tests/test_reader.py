"""The reader's archive, in Chromium: every kind of page passes axe-core (WCAG 2.2 AA) over
http and from file://, in light and dark; no page scrolls sideways on a phone; the
calendar leads to every day; the charts say what the archive holds; the search page
announces what it found and where focus goes."""

import collections
import json
import re

import pytest
from bs4 import BeautifulSoup

from .conftest import address, both_modes, build_site
from .golden import SETS
from .search_helpers import run_query, search_url

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """The golden set (64 made-up articles: every kind of page), hosted and offline."""
    work = tmp_path_factory.mktemp("reader")
    hosted = build_site(SETS["golden"], work)
    offline = build_site(SETS["golden"], work, offline=True)
    catalog = json.loads((work / "content" / "catalog.json").read_text("utf-8"))
    articles = [r for r in catalog if r["article"] == r["id"]]  # articles, not their other publications
    return hosted, offline, articles, catalog


def _tag_page(site) -> str:
    return next(p.stem for p in sorted((site / "tags").iterdir()) if p.name.startswith("x-"))


def page_kinds(site, offline: bool) -> dict[str, str]:
    """One page of every kind, as an address under the site's root. From file:// there is
    no server to answer a missing address, so the offline copy has no 404 page to show."""
    def page(path):  # "timeline/2015" → timeline/2015/ or timeline/2015.html
        return f"{path}.html" if offline else f"{path}/"

    return {"home": "index.html" if offline else "", "timeline": page("timeline"),
            "year": page("timeline/2015"), "month": page("timeline/2015-07"),
            "day": page("timeline/2015-07-21-1"), "sources": page("sources"), "source": page("sources/okaz"),
            "source month": page("sources/okaz/2015-07"), "tags": page("tags"),
            "tag": page(f"tags/{_tag_page(site)}"), "article": page("articles/markup"),
            "search with results": page("search") + "?q=" + "الرياض",
            "search with none": page("search") + "?q=" + "بطيخ", **({} if offline else {"404": "404.html"})}


SCHEMES = {"light": "default", "dark": "slate"}  # mkdocs.yml's palette


def _settle(page):
    page.wait_for_load_state("load")
    if page.locator("#archive-search").count():
        page.wait_for_function("() => document.getElementById('archive-search').dataset.complete "
                               "|| /لا نتائج/.test(document.querySelector('.archive-search__status').textContent)")


@both_modes
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_kind_of_page_passes_axe(sites, serve, browser, offline, scheme):
    from axe_playwright_python.sync_playwright import Axe

    base = address(serve, sites, offline)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    axe = Axe()
    found = {}
    for kind, path in page_kinds(sites[1 if offline else 0], offline).items():
        page.goto(f"{base}/{path}")
        _settle(page)
        # the page follows the reader's preference (header.html's script, not Material's form)
        assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[scheme], kind
        violations = axe.run(page).response["violations"]
        if violations:
            found[kind] = [(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in violations]
    context.close()
    assert found == {}


@pytest.mark.parametrize("width", [320, 390])
def test_no_page_scrolls_sideways_on_a_phone(sites, serve, browser, width):
    base = serve(sites[0])
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    wide = {}
    for kind, path in page_kinds(sites[0], False).items():
        page.goto(f"{base}/{path}")
        _settle(page)
        scroll = page.evaluate("document.documentElement.scrollWidth")
        if scroll > width:
            wide[kind] = scroll
    context.close()
    assert wide == {}


def _soup(site, path):
    return BeautifulSoup((site / path / "index.html").read_text("utf-8"), "html.parser")


def test_every_day_is_reached_from_its_month(sites):
    hosted, _, catalog, _ = sites
    days = collections.Counter(r["date"][:10] for r in catalog if r["date"] and len(r["date"]) >= 10)
    for month in sorted({d[:7] for d in days}):
        links = {a["href"].strip("./"): int(a.select_one("small").get_text().replace(",", ""))
                 for a in _soup(hosted, f"timeline/{month}").select(".archive-calendar td a")}
        assert links == {d: n for d, n in days.items() if d.startswith(month)}, month
        for day in links:
            assert (hosted / "timeline" / day / "index.html").exists()


def test_charts_say_what_the_archive_holds(sites):
    hosted, _, catalog, _ = sites
    home = _soup(hosted, "")
    tables = home.select(".archive-sr table")
    months = collections.Counter(r["date"][:7] for r in catalog if r["date"] and len(r["date"]) >= 7)
    shown = {_cell(tr, 0): int(_cell(tr, 1).replace(",", "")) for tr in tables[0].select("tbody tr")}
    assert {k: v for k, v in shown.items() if v} == {_month_label(m): n for m, n in months.items()}
    # an article counts once under each source that published it
    sources = collections.defaultdict(set)
    for r in sites[3]:
        if r["source"]:
            sources[r["source_name"]].add(r["article"])
    shown = {_cell(tr, 0): int(_cell(tr, 1).replace(",", "")) for tr in tables[1].select("tbody tr")}
    assert shown == {name: len(ids) for name, ids in sources.items()}
    labels = [svg["aria-label"] for svg in home.select("figure.archive-chart svg")]
    assert all(labels) and len(labels) == 2


def _cell(tr, n) -> str:
    return " ".join(tr.select("td")[n].get_text().split())


def _month_label(key: str) -> str:
    from archive import dates

    return " ".join(dates.month_title(int(key[:4]), int(key[5:7])).split())


@both_modes
def test_search_announces_counts_and_moves_focus_to_more(sites, serve, watched, offline, tmp_path):
    w = watched()
    base = address(serve, sites, offline)
    page = w.page
    run_query(page, base, offline, "الرياض")
    page.wait_for_function("() => document.getElementById('archive-search').dataset.complete")
    status = page.locator(".archive-search__status")
    assert status.get_attribute("role") == "status"
    hosted, _, catalog, _ = sites
    from archive.arabic import terms

    holding = [r for r in catalog if "رياض" in terms(r["title"] + " " + _text(hosted, r["id"]))]
    assert re.sub(r"\D", "", status.inner_text()) == str(len(holding))  # exact, not «نحو»
    assert "نحو" not in status.inner_text()
    assert page.locator(".archive-search__results li").count() == 10
    page.locator(".archive-search__more").click()
    page.wait_for_function("() => document.querySelectorAll('.archive-search__results li').length > 10")
    focused = page.evaluate("document.activeElement.closest('li') && "
                            "[...document.querySelectorAll('.archive-search__results li')]"
                            ".indexOf(document.activeElement.closest('li'))")
    assert focused == 10  # the first new result
    assert page.locator("input[type=search]").count() == 1 and page.locator("[role=search]").count() == 1
    assert w.errors == []


def _text(site, article_id: str) -> str:
    return _soup(site, f"articles/{article_id}").select_one(".archive-text").get_text(" ")


@both_modes
def test_a_search_with_no_result_suggests_what_to_try(sites, serve, watched, offline):
    w = watched()
    base = address(serve, sites, offline)
    assert run_query(w.page, base, offline, "بطيخ", source="okaz") == []
    none = w.page.locator(".archive-search__none")
    assert none.is_visible()
    unfilter = w.page.locator(".archive-search__unfilter")
    assert unfilter.is_visible() and "source" not in unfilter.get_attribute("href")
    assert w.page.locator(".archive-search__none a[href*='timeline']").count() == 1
    w.page.goto(search_url(base, offline, "الرياض"))
    w.page.wait_for_function("() => document.getElementById('archive-search').dataset.ready")
    assert not none.is_visible()

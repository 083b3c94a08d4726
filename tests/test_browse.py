"""Browse: a small archive of hand-made seeds with known dates, sources and tags; every
count and link on the generated pages is checked."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest
from bs4 import BeautifulSoup

from archive import exports, views

from .conftest import build_site, write_seeds
from .linkcheck import broken_links

ATOM = "{http://www.w3.org/2005/Atom}"


def _records():
    recs = []
    for i in range(120):  # July 2015: three pages of 50, 50, 20
        recs.append({"title": f"خبر يوليو رقم {i}", "date": f"2015-07-{1 + i % 28:02d} {i % 24:02d}:00:00",
                     "source": "okaz" if i < 100 else "sabq", "url": f"http://news.example/jul/{i}",
                     "content": f"نص خبر يوليو رقم {i} عن الرياض.", "tags": ["السعودية"] if i % 2 else []})
    for i in range(3):
        recs.append({"title": f"خبر أغسطس {i}", "date": f"2015-08-0{i + 1}", "source": "sabq",
                     "url": f"http://news.example/aug/{i}", "content": f"نص خبر أغسطس {i}.",
                     "tags": ["سوريا"]})
    for i in range(2):
        recs.append({"title": f"خبر 2016 {i}", "date": f"2016-01-1{i}", "source": "الرياض",
                     "url": f"http://news.example/2016/{i}", "content": f"نص خبر سنة 2016 رقم {i}."})
    recs.append({"title": "خبر بتاريخ تقريبي", "date": "2014~", "source": "sabq",
                 "url": "http://news.example/2014", "content": "نص خبر من 2014 تقريبا."})
    for i in range(2):
        recs.append({"title": f"خبر بلا تاريخ {i}", "source": "الرياض", "url": f"http://news.example/u/{i}",
                     "content": f"نص خبر بلا تاريخ {i}."})
    recs[5]["title"] = '=HYPERLINK("http://evil.example","خبر")'  # a formula, for the CSV
    recs[7]["tags"] = ["@SUM(1+1)", "السعودية"]
    return recs


@pytest.fixture(scope="module")
def archive_site(tmp_path_factory):
    work = tmp_path_factory.mktemp("browse")
    seeds = write_seeds(work / "seeds", {"news.json": json.dumps(_records(), ensure_ascii=False)})
    site = build_site(seeds, work, base_url="https://archive.example/news/")
    return work / "content", site


def _soup(site, path):
    return BeautifulSoup((site / path).read_text("utf-8"), "html.parser")


def _items(site, path):
    return [a.get_text() for a in _soup(site, path).select(".archive-list li > a")]


def test_home_counts(archive_site):
    _, site = archive_site
    soup = _soup(site, "index.html")
    text = " ".join(soup.select_one("article").get_text(" ").split())
    assert "في الأرشيف 128 مقالًا" in text and "منها مقالان بلا تاريخ" in text
    article = soup.select_one("article")
    years = {a.get_text(): a.parent.get_text() for a in article.select("li > a[href^='timeline/']")}
    assert years["2016"].endswith("(2)") and years["2015"].endswith("(123)") and years["2014"].endswith("(1)")
    assert years["بلا تاريخ"].endswith("(2)")
    sources = [a.get_text(" ", strip=True) for a in article.select("a[href^='sources/']")
               if a["href"] != "sources/"]
    assert sources[:3] == ["عكاظ", "سبق", "الرياض"]  # the chart's numbers, biggest first, by name
    latest = _items(site, "index.html")
    assert latest[0] == "خبر 2016 1" and len(latest) == 3  # the newest of each source


def test_timeline_pages(archive_site):
    _, site = archive_site
    year = " ".join(_soup(site, "timeline/2015/index.html").get_text(" ").split())
    assert "في هذه السنة 123 مقالًا" in year and "في هذا الشهر 120 مقالًا" in year
    assert "رمضان – شوال 1436 هـ" in year  # the Hijri months of July 2015
    month = _soup(site, "timeline/2015-07/index.html")
    days = {a["href"]: int(a.select_one("small").get_text()) for a in month.select(".archive-calendar td a")}
    assert len(days) == 28 and sum(days.values()) == 120
    flat = []
    for href, count in days.items():
        listed = _items(site, f"timeline/2015-07/{href}index.html")
        assert len(listed) == count
        flat += listed
    assert len(set(flat)) == 120
    assert _items(site, "timeline/undated/index.html") == ["خبر بلا تاريخ 0", "خبر بلا تاريخ 1"]
    assert _items(site, "timeline/2014-00/index.html") == ["خبر بتاريخ تقريبي"]  # year only: its own list
    assert "بلا شهر محدد" in _soup(site, "timeline/2014/index.html").get_text()


def test_source_and_tag_pages(archive_site):
    _, site = archive_site
    index = " ".join(_soup(site, "sources/index.html").get_text(" ").split())
    assert "عكاظ (100)" in index and "سبق (24)" in index
    okaz = [_items(site, f"sources/okaz/2015-07{s}/index.html") for s in ("", "-3", "-2", "-1")]
    assert [len(p) for p in okaz] == [25, 25, 25, 25]  # the newest, then pages 3, 2 and 1 (the oldest)
    assert "يوليو 2015 (100)" in " ".join(_soup(site, "sources/okaz/index.html").get_text(" ").split())
    tags = " ".join(_soup(site, "tags/index.html").get_text(" ").split())
    assert "السعودية (60)" in tags and "سوريا (3)" in tags
    syria = views.slug("سوريا")
    assert sorted(_items(site, f"tags/{syria}/index.html")) == ["خبر أغسطس 0", "خبر أغسطس 1", "خبر أغسطس 2"]


def test_article_links_to_its_lists_and_neighbours(archive_site):
    content, site = archive_site
    catalog = json.loads((content / "catalog.json").read_text())
    aug1 = next(r for r in catalog if r["title"] == "خبر أغسطس 1")
    soup = _soup(site, f"{aug1['page']}index.html")
    meta = {a.get_text(): a["href"] for a in soup.select(".archive-meta a")}
    assert meta["سبق"].endswith("sources/sabq/2015-08/") and meta["سوريا"].endswith(f"tags/{views.slug('سوريا')}/")
    assert any(h.endswith("timeline/2015-08-02/") for h in meta.values())
    around = {a.get_text(): a for a in soup.select(".archive-around a")}
    assert set(around) == {"خبر أغسطس 0", "خبر أغسطس 2"}


def test_list_pages_are_numbered_from_the_oldest_and_keep_their_articles(tmp_path):
    """A list's pages are cut from its oldest end: page n holds the same articles at the
    same address however many are added after them; the newest page, the list's own
    address, holds the rest (one to two pages' worth), and says how many there are."""
    def records(count):
        return [{"title": f"خبر {i}", "date": f"2015-07-21 {i // 60 % 24:02d}:{i % 60:02d}:00",
                 "url": f"http://x.example/{i}", "content": f"نص الخبر رقم {i}."} for i in range(count)]

    def pages(site):
        found = {}
        for page in sorted((site / "timeline").glob("2015-07-21*/index.html")):
            found[page.parent.name] = (_items(site, page.relative_to(site)), page.read_bytes())
        return found

    size = views.PAGE_SIZE
    seeds = write_seeds(tmp_path / "seeds", {"d.json": json.dumps(records(size * 9 + 3), ensure_ascii=False)})
    site = build_site(seeds, tmp_path)
    before = pages(site)
    assert sorted(before) == ["2015-07-21"] + [f"2015-07-21-{n}" for n in range(1, 9)]
    oldest = before["2015-07-21-1"][0]
    assert oldest[0] == f"خبر {size - 1}" and oldest[-1] == "خبر 0"  # newest first
    assert len(before["2015-07-21"][0]) == size + 3 and before["2015-07-21"][0][0] == f"خبر {size * 9 + 2}"
    assert len({t for items, _ in before.values() for t in items}) == size * 9 + 3
    for n in range(1, 10):
        name = "2015-07-21" if n == 9 else f"2015-07-21-{n}"
        pager, bottom = _soup(site, f"timeline/{name}/index.html").select("nav.archive-pager")
        texts = [a.get_text() for a in pager.select("a")]
        assert pager.select_one("[aria-current=page]").get_text() == ("الأحدث" if n == 9 else f"صفحة {n}")
        if n == 9:  # the newest: below its articles, a link to every other page
            assert texts == ["أقدم", "الأقدم"]
            assert [a.get_text() for a in bottom.select("a")] == [str(k) for k in range(8, 0, -1)]
            continue
        assert ("أحدث" in texts) == (n < 9) and ("أقدم" in texts) == (n > 1)
        assert ("الأحدث" in texts) == (n < 8) and ("الأقدم" in texts) == (n > 2)
    # a page's worth, less 3, more: the newest page fills a page of its own; the others are as they were
    seeds = write_seeds(tmp_path / "seeds2", {"d.json": json.dumps(records(size * 10), ensure_ascii=False)})
    after = pages(build_site(seeds, tmp_path / "2"))
    assert sorted(after) == ["2015-07-21"] + [f"2015-07-21-{n}" for n in range(1, 10)]
    assert [n for n in before if n != "2015-07-21" and before[n][0] != after[n][0]] == []
    # and the same bytes, but for the one before the new page: its link to the newer one
    assert [n for n in before if before[n][1] != after[n][1]] == ["2015-07-21", "2015-07-21-8"]
    assert after["2015-07-21-9"][0] == before["2015-07-21"][0][3:]
    assert len(after["2015-07-21"][0]) == size


def test_every_link_resolves_and_pages_stay_small(archive_site):
    _, site = archive_site
    assert broken_links(site, prefix="/news") == []
    for page in site.rglob("*.html"):
        assert page.stat().st_size < 60 * 1024, page
        assert len(_soup(site, page.relative_to(site)).select(".archive-list li")) < 2 * views.PAGE_SIZE


def test_feed_and_sitemap(archive_site):
    _, site = archive_site
    feed = ET.parse(site / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}").text
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == exports.FEED_SIZE
    assert entries[0].find(f"{ATOM}title").text == "خبر 2016 1"
    for e in entries:
        assert e.find(f"{ATOM}id").text and e.find(f"{ATOM}updated").text and e.find(f"{ATOM}link").get("href")
    sitemap = ET.parse(site / "sitemap.xml").getroot()
    locs = [u.find("{http://www.sitemaps.org/schemas/sitemap/0.9}loc").text for u in sitemap]
    assert len(locs) == len(list(site.rglob("index.html"))) - 0 and all(loc.startswith("http") for loc in locs)


def test_catalog_json_and_csv(archive_site):
    content, site = archive_site
    rows = json.loads((site / "catalog.json").read_text("utf-8"))
    jsonschema.validate(rows, json.loads((site / "catalog.schema.json").read_text("utf-8")))
    assert len(rows) == 128
    raw = (site / "catalog.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets then read it as UTF-8
    back = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(back) == len(rows)
    for row, again in zip(rows, back, strict=True):
        for key, value in row.items():
            expected = "|".join(value) if isinstance(value, list) else ("" if value is None else str(value))
            if expected.startswith(("=", "+", "-", "@")):  # a formula a spreadsheet would run
                expected = "'" + expected
            assert again[key] == expected
    formulas = [r for r in back if r["title"].startswith("'=") or r["tags"].startswith("'@")]
    assert len(formulas) == 2
    assert any(r["title"] == '=HYPERLINK("http://evil.example","خبر")' for r in rows)  # JSON keeps it


def test_a_summary_that_starts_like_markdown_stays_in_its_list_item(tmp_path):
    """A text that opens with "- " or "1. " (40 of the corpus's articles): its summary is
    the third line of its item in every list, not an item or a list of its own."""
    seeds = write_seeds(tmp_path / "seeds", {
        f"{name}.md": f"---\ntitle: خبر {name}\ndate: 2015-07-21\nsource: okaz\n---\n{text}\n"
        for name, text in {"dash": "- ثالث أيام عيد الفطر في الرياض.", "number": "1. أعلنت الوزارة اليوم.",
                           "heading": "# عنوان في أول النص.", "plain": "نص عادي عن جدة."}.items()})
    site = build_site(seeds, tmp_path / "w")
    page = BeautifulSoup((site / "timeline" / "2015-07-21" / "index.html").read_text("utf-8"), "html.parser")
    items = page.select(".archive-list > ul > li")
    assert len(items) == 4 and not page.select(".archive-list li ul, .archive-list li ol, .archive-list h1")
    texts = {li.a.get_text(): " ".join(li.get_text(" ").split()) for li in items}
    assert texts["خبر dash"].endswith("- ثالث أيام عيد الفطر في الرياض.")
    assert texts["خبر number"].endswith("1. أعلنت الوزارة اليوم.")
    assert texts["خبر heading"].endswith("# عنوان في أول النص.")

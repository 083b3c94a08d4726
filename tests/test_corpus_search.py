"""Search on the real corpus (16,140 articles), hosted and offline: the query suite and
the known-item test (100 random titles typed the way readers type)."""

import concurrent.futures
import functools
import json
import re

import pytest

from archive.arabic import terms

from .conftest import CORPUS, address, both_modes
from .search_helpers import known_item_queries, run_query, typed_queries

pytestmark = [pytest.mark.corpus, pytest.mark.browser]

# (query, URL of the article it must find in the top 10): each names the variant it covers
CORPUS_QUERIES = [
    ("حماس تتلقى رساله تحد", "http://aawsat.com/home/article/410421/"),  # tanween in the title, ه for ة
    ("حكومه البشير تلوح بغصن الزيتون", "http://aawsat.com/home/article/410431/"),  # shadda (تلوّح)
    ("خامنيي ينذر واشنطن", "http://aawsat.com/home/article/409691/"),  # hamza on ya typed bare
    ("تعزل احد موسسيها", "http://aawsat.com/home/article/408466/"),  # hamza on waw typed bare
    ("مجلس الامن يصادق علي الاتفاق النووي", "http://aawsat.com/home/article/410796/"),  # ى typed ي
    ("اعاده الشرعيه الي اخر احياء عدن", "http://aawsat.com/home/article/410731/"),  # madda, hamza below
    ("داعش يروج لدولته في ليبيا", "http://aawsat.com/home/article/410426/"),  # tatweel (لـ)
    ("ايرادات افلام العيد 7 ملايين", "http://www.al-madina.com/node/620187/"),  # ٧ in the title
    ("شرطه القصيم ٢٩٨٦ مخالفا", "http://www.alweeam.com.sa/348293/"),  # Arabic-Indic digits
    ("SUPER ERASE", "http://www.alweeam.com.sa/348393/"),  # Latin, another case
    ("نايف البكري", "http://aawsat.com/home/article/410801/"),  # a rare proper name
    ('"آل بوش"', "http://aawsat.com/home/article/410626/"),  # a phrase
    ("والحوثيين عدن سقوط", "http://aawsat.com/home/article/411191/"),  # prefix و, plural
]


@both_modes
def test_known_items(corpus_sites, serve, watched, offline):
    catalog = corpus_sites[2]
    w = watched()
    base = address(serve, corpus_sites, offline)
    queries = known_item_queries(catalog)
    # typed one after another into one search page, as a reader searching again does
    # (each query opened as a link of its own: test_query_suite_on_the_corpus)
    results = typed_queries(w.page, base, offline, [q for _, q in queries])
    found = [article in ids for (article, _), ids in zip(queries, results, strict=True)]
    misses = [q for (_, q), ok in zip(queries, found, strict=True) if not ok]
    assert sum(found) >= 95, misses
    assert w.remote == [] and w.errors == [] and w.dialogs == []


def _by_url(catalog, prefix):
    [row] = [r for r in catalog if (r["url"] or "").startswith(prefix)]
    return row["article"]


@both_modes
def test_query_suite_on_the_corpus(corpus_sites, serve, watched, offline):
    catalog = corpus_sites[2]
    w = watched()
    base = address(serve, corpus_sites, offline)
    misses = [(query, url) for query, url in CORPUS_QUERIES
              if _by_url(catalog, url) not in run_query(w.page, base, offline, query)]
    assert misses == []
    assert run_query(w.page, base, offline, "زرزوريفلاتي") == []  # a word the archive lacks
    assert w.remote == [] and w.errors == []


def test_any_article_within_a_few_clicks_of_home(corpus_sites):
    """Every article can be reached from home by following links: home → timeline → year
    → month → day → (pages of the day) → article. Counted over the site's link graph."""
    from .linkcheck import click_depths

    hosted, _, catalog, _, _ = corpus_sites
    depth = click_depths(hosted)
    articles = [depth.get(f"articles/{r['id']}/") for r in catalog]
    assert None not in articles  # every article is reachable
    assert max(articles) <= 6, max(articles)  # measured: 5 at most, 3 for most of them


def test_corpus_site_links_resolve(corpus_sites):
    from .linkcheck import broken_links

    hosted, offline_site, _, _, _ = corpus_sites
    with concurrent.futures.ProcessPoolExecutor(2) as pool:  # a site a core
        assert list(pool.map(broken_links, [hosted, offline_site])) == [[], []]
    big = [p for p in hosted.rglob("*.html") if p.stat().st_size > 60 * 1024 and "articles" not in p.parts]
    assert big == []  # browse pages stay small; only a very long article's own page can exceed 60 KB


@both_modes
def test_reader_walk_on_the_corpus(corpus_sites, serve, watched, offline):
    """Home, a timeline page, an article, its original file and a search: over http, and
    from file:// on the offline copy with every non-local request blocked and counted."""
    from .walk import walk

    w = watched()
    walk(w, address(serve, corpus_sites, offline), offline=offline, query="الرياض")
    assert w.remote == [] and w.errors == [] and w.dialogs == []


def test_every_record_is_an_article_a_publication_or_named_in_the_report(corpus_sites):
    report = corpus_sites[3]
    accounted = ([a["seed"] for a in report["articles"]] + [p["seed"] for p in report["publications"]]
                 + [r["seed"] for r in report["rejections"]])
    assert len(accounted) == len(set(accounted)) == report["seeds"] == 16140
    assert report["publications_merged"] > 0  # wire stories, in several papers


def test_republished_texts_are_publications_of_one_article(corpus_sites):
    """Each publication's address, source and original file are on its article's page,
    and its own id leads there."""
    import collections
    import random
    from urllib.parse import unquote

    from bs4 import BeautifulSoup

    from archive import sources

    hosted, _, catalog, _, _ = corpus_sites
    groups = collections.defaultdict(list)
    for row in catalog:
        groups[row["article"]].append(row)
    merged = sorted(k for k, rows in groups.items() if len(rows) > 1)
    for article in random.Random(11).sample(merged, min(25, len(merged))):
        page = BeautifulSoup((hosted / "articles" / article / "index.html").read_text("utf-8"), "html.parser")
        listed = page.select_one(".archive-publications")
        record = page.select_one("details.archive-record")
        for row in groups[article]:
            assert unquote(row["url"]) in {unquote(a["href"]) for a in listed.select("a")}
            assert sources.name(row["source"]) in listed.get_text()
            # two publications may come from one day's file: a link each, to the same file
            original = [a for a in record.select("a") if a["href"].endswith(row["original_file"])][0]
            assert (hosted / "articles" / article / original["href"]).resolve().is_file()
            assert row["sha256"] in record.get_text()
            if row["id"] != article:
                other = (hosted / "articles" / row["id"] / "index.html").read_text("utf-8")
                refresh = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', other)
                assert refresh and refresh.group(1).endswith(f"{article}/")


# a character a reader sees: not a space, a control, or a bidi mark
VISIBLE = re.compile("[^\\s\\x00-\\x1f\\x7f-\\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")


def test_pages_keep_the_paragraphs_of_their_source(corpus_sites):
    """Every corpus article whose source has several paragraphs (lines with a visible
    character) has as many paragraphs on its page."""
    from archive.readers import read_bytes

    hosted, _, catalog, _, _ = corpus_sites
    text = re.compile(r'<div class="archive-text">(.*?)</div>', re.S)
    def where(path: str, record) -> tuple:  # zip and member: the same whatever the folder's name
        return (*path.split("/")[-2:], record)

    records = {}  # each record, read from the published original that holds it
    for name in {row["original_file"] for row in catalog}:
        for seed in read_bytes(name, (hosted / name).read_bytes(), name):
            records[where(seed.origin, seed.record)] = seed.raw
    checked, wrong = 0, []
    for row in catalog:
        if row["article"] != row["id"]:
            continue  # another publication of an article's text
        content = json.loads(records[where(row["original"], row["record"])])["content"]
        lines = [line for line in re.split(r"\r\n|\r|\n", content) if VISIBLE.search(line)]
        if len(lines) < 2:
            continue
        page = (hosted / "articles" / row["id"] / "index.html").read_text("utf-8")
        checked += 1
        if text.search(page).group(1).count("<p>") != len(lines):
            wrong.append(row["id"])
    assert checked > 10_000 and wrong == []  # 11,522 articles in ../shared/corpus


# ---- the named suite: what a reader means, checked against a full scan of the corpus ----

def _scan(catalog) -> dict[str, list[tuple[list[str], list[str]]]]:
    """article id → the words (folded, not stemmed) of each of its publications, title then
    text, and their stems; read straight from ../shared/corpus, not from any index."""
    from archive.arabic import TOKEN, fold, stem
    from archive.readers import read_folder

    stems = functools.lru_cache(maxsize=None)(stem)

    def where(path: str, record) -> tuple:  # zip and member: the same whatever the folder's name
        return (*path.split("/")[-2:], record)

    article = {where(r["original"], r["record"]): r["article"] for r in catalog}
    out: dict[str, list[tuple[list[str], list[str]]]] = {}
    for seed in read_folder(CORPUS):
        meta = seed.meta or {}
        if where(seed.origin, seed.record) in article:
            words = TOKEN.findall(fold(f"{meta.get('title', '')} . {seed.body or ''}"))
            out.setdefault(article[where(seed.origin, seed.record)], []).append((words, [stems(t) for t in words]))
    return out


def _holding(scan, *spellings_of_each: tuple[str, ...], together=False) -> set[str]:
    """Articles holding a spelling of every word, as stemmed (in order and side by side:
    `together`)."""
    found = set()
    for art, pubs in scan.items():
        for _, ts in pubs:
            have = set(ts)
            ok = all(have & set(s) for s in spellings_of_each)  # side by side only if there at all
            if ok and together:
                ok = any(all(ts[i + k] in spellings_of_each[k] for k in range(len(spellings_of_each)))
                         for i in range(len(ts) - len(spellings_of_each) + 1))
            if ok:
                found.add(art)
    return found


def _status(page) -> int:
    text = page.text_content(".archive-search__status")
    if text.startswith("لا "):
        return 0
    digits = re.sub(r"\D", "", text)
    return int(digits) if digits else {"نتيجة واحدة": 1, "نتيجتان": 2}.get(text.strip(), -1)


@pytest.fixture(scope="session")
def corpus_scan(corpus_sites):
    return _scan(corpus_sites[2])


@both_modes
def test_named_queries_on_the_corpus(corpus_sites, corpus_scan, serve, watched, offline):
    scan = corpus_scan
    w = watched()
    base = address(serve, corpus_sites, offline)

    # 1. a name spelled two ways (غ / ج) is found both ways, the same articles, and the
    # page names the other spelling; the exact spelling alone finds fewer
    rohingya = _holding(scan, ("روهينغيا", "روهينجيا"))
    only_g = _holding(scan, ("روهينغيا",))
    assert only_g and rohingya - only_g  # both spellings are in the corpus
    for query, other in (("الروهينغيا", "روهينجيا"), ("الروهينجيا", "روهينغيا")):
        ids = run_query(w.page, base, offline, query)
        assert set(ids) == rohingya and _status(w.page) == len(rohingya)
        assert other in w.page.text_content(".archive-search__spellings")
    assert set(run_query(w.page, base, offline, "الروهينغيا", exact="1")) == only_g

    # 2. two common words: the articles where they stand side by side come first
    for query in ("الامم المتحده", "وزاره الصحه"):
        first, second = terms(query)
        together = _holding(scan, (first,), (second,), together=True)
        ids = run_query(w.page, base, offline, query)
        assert _status(w.page) == len(_holding(scan, (first,), (second,)))  # 3. the count, exact
        assert len(together) >= 10 and set(ids) <= together, query

    # 4. a quoted phrase finds the phrase only, all of it
    phrase = _holding(scan, *((t,) for t in terms("مجلس الامن")), together=True)
    ids = run_query(w.page, base, offline, '"مجلس الامن"')
    assert set(ids) <= phrase and _status(w.page) == len(phrase)

    # 5. the singular finds the plural: غارة and غارات meet
    raids = _holding(scan, tuple(terms("غارة")))
    plural_only = {a for a in raids if not any(t.endswith("غاره") for words, _ in scan[a] for t in words)}
    for query in ("غارة", "غارات"):
        run_query(w.page, base, offline, query)
        assert _status(w.page) == len(raids)
    assert plural_only  # articles with the plural only are among them
    assert w.remote == [] and w.errors == []

"""Search on the real corpus (16,140 articles), hosted and offline: the query suite and
the known-item test (100 random titles typed the way readers type)."""

import json

import pytest

from .conftest import CORPUS, build_site
from .search_helpers import known_item_queries, run_query

pytestmark = [pytest.mark.corpus, pytest.mark.browser]

# query → title words of an article it must find in the top 10
CORPUS_QUERIES = [
    "الامم المتحده", "وزاره الصحه", "ولي العهد", "مجلس الشوري", "٢٠١٥", "الرياض",
    "هيئه الامر بالمعروف", "الحوثيين", "داعش", "خادم الحرمين الشريفين",
]


@pytest.fixture(scope="session")
def corpus_sites(tmp_path_factory):
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    work = tmp_path_factory.mktemp("corpus-sites")
    hosted = build_site(CORPUS, work)
    offline = build_site(CORPUS, work, offline=True)
    catalog = json.loads((work / "content" / "catalog.json").read_text("utf-8"))
    return hosted, offline, catalog


@pytest.mark.parametrize("offline", [False, True], ids=["hosted", "offline"])
def test_known_items(corpus_sites, serve, watched, offline):
    hosted, offline_site, catalog = corpus_sites
    w = watched()
    base = offline_site.as_uri() if offline else serve(hosted)
    queries = known_item_queries(catalog)
    found = [article in run_query(w.page, base, offline, q) for article, q in queries]
    misses = [q for (_, q), ok in zip(queries, found, strict=True) if not ok]
    assert sum(found) >= 95, misses
    assert w.remote == [] and w.errors == [] and w.dialogs == []


@pytest.mark.parametrize("offline", [False, True], ids=["hosted", "offline"])
def test_everyday_queries_find_articles(corpus_sites, serve, watched, offline):
    hosted, offline_site, _ = corpus_sites
    w = watched()
    base = offline_site.as_uri() if offline else serve(hosted)
    for query in CORPUS_QUERIES:
        assert len(run_query(w.page, base, offline, query)) == 10, query
    assert run_query(w.page, base, offline, "زرزوريفلاتي") == []
    assert w.remote == [] and w.errors == []

"""Search: one Arabic folding on both sides, and a query suite run in real Chromium
against the built seed archive, hosted (over http) and offline (file://), both reading the
archive's own index."""

import json

import pytest

from archive.arabic import terms

from .conftest import ROOT, SEEDS, address, both_modes, build_site, write_seeds
from .search_helpers import run_query

VECTORS = json.loads((ROOT / "tests" / "arabic_vectors.json").read_text("utf-8"))
SEED_ID = "000_881b7ab8d4068528"

# query → must the seed article be in the top 10? Each line names the variant it covers.
QUERIES = [
    ("قتل", True),                 # the text has قُتِل: diacritics
    ("قُتِلَ", True),               # diacritics typed
    ("الاسد", True),               # bare alef for الأسد
    ("إنهاء", True),               # hamza below, text has إنهاء and لإنهاء
    ("الشرقيه", True),             # ه for a final ة
    ("الامم المتحده", True),       # both at once
    ("مستشفى", True),              # alef maqsura, text has the plural مستشفيات
    ("ادي", True),                 # ي for a final ى (أدى)
    ("الشوون", True),              # hamza on waw typed bare (الشؤون)
    ("القذايف", True),             # hamza on ya typed bare (القذائف)
    ("الغـــوطة", True),           # tatweel
    ("هٰذه", True),                # dagger alef
    ("والغوطة", True),             # attached prefix و + ال
    ("بالغارات", True),            # attached prefix ب + ال, plural
    ("المدنيين", True),            # plural suffix
    ("٤٠٠ مدني", True),            # Arabic-Indic digits
    ("400", True),                 # Western digits
    ("7 سنوات", True),             # a number and a word
    ('"الخوذ البيضاء"', True),     # a phrase
    ("مومتزيس", True),             # a rare proper name
    ("بانوس مومتزيس", True),       # a full name
    ("الاسوشيتدبرس", True),        # a transliterated name
    ("بطيخ", False),               # a word the archive lacks
    ("SYRIA", False),              # Latin, absent
]


@pytest.mark.parametrize("vector", VECTORS, ids=[v["case"] for v in VECTORS])
def test_python_folding(vector):
    assert " ".join(terms(vector["input"])) == vector["terms"]


@pytest.mark.browser
def test_javascript_folding_in_chromium(browser):
    page = browser.new_page()
    page.goto((ROOT / "theme_overrides" / "assets" / "arabic.js").as_uri())
    page.add_script_tag(path=str(ROOT / "theme_overrides" / "assets" / "arabic.js"))
    got = page.evaluate("vs => vs.map(v => ArabicFold.terms(v.input).join(' '))", VECTORS)
    page.close()
    assert got == [v["terms"] for v in VECTORS]


@pytest.fixture(scope="module")
def seed_sites(tmp_path_factory):
    work = tmp_path_factory.mktemp("search")
    return build_site(SEEDS, work), build_site(SEEDS, work, offline=True)


@pytest.mark.browser
@both_modes
def test_query_suite_on_the_seed_archive(seed_sites, serve, watched, offline):
    w = watched()
    base = address(serve, seed_sites, offline)
    failures = []
    for query, found in QUERIES:
        ids = run_query(w.page, base, offline, query)
        if (SEED_ID in ids) != found:
            failures.append((query, ids))
    assert failures == []
    assert w.remote == [] and w.errors == [] and w.dialogs == []


@pytest.mark.browser
def test_search_url_carries_the_query(seed_sites, serve, watched):
    hosted_site, _ = seed_sites
    w = watched()
    base = serve(hosted_site)
    w.page.goto(f"{base}/")
    w.page.fill(".archive-searchbar input", "الغوطه")
    w.page.press(".archive-searchbar input", "Enter")
    w.page.wait_for_selector(".archive-result__title")
    assert "/search/?q=" in w.page.url
    w.page.fill(".archive-search__input", "الاسد")
    w.page.press(".archive-search__input", "Enter")
    w.page.wait_for_function("() => decodeURIComponent(location.search).includes('الاسد')")
    assert w.page.inner_text(".archive-result mark")  # the excerpt highlights the match


def _both_sites(work, records):
    """Records → a hosted and an offline site, and each title's article id."""
    seeds = write_seeds(work / "seeds", {"news.json": json.dumps(records, ensure_ascii=False)})
    hosted, offline = build_site(seeds, work), build_site(seeds, work, offline=True)
    ids = {r["title"]: r["id"] for r in json.loads((work / "content" / "catalog.json").read_text())}
    return hosted, offline, ids


@pytest.fixture(scope="module")
def filter_sites(tmp_path_factory):
    work = tmp_path_factory.mktemp("filters")
    records = [
        {"title": "أمطار غزيرة في جدة", "date": "2015-07-21", "source": "okaz", "url": "http://x.example/1",
         "content": "هطلت أمطار غزيرة على جدة.", "tags": ["جدة"]},
        {"title": "أمطار على الرياض", "date": "2016-01-02", "source": "sabq", "url": "http://x.example/2",
         "content": "أمطار متفرقة على الرياض.", "tags": ["الرياض"]},
        {"title": "أمطار الطائف", "date": "2014-03-03", "source": "okaz", "url": "http://x.example/3",
         "content": "الأمطار تعود إلى الطائف.", "tags": ["الطائف"]},
    ]
    return _both_sites(work, records)


@pytest.mark.browser
@both_modes
def test_filters_and_sort(filter_sites, serve, watched, offline):
    ids = filter_sites[2]
    w = watched()
    base = address(serve, filter_sites, offline)
    by_date = run_query(w.page, base, offline, "امطار", sort="date")
    assert by_date == [ids["أمطار على الرياض"], ids["أمطار غزيرة في جدة"], ids["أمطار الطائف"]]
    assert sorted(run_query(w.page, base, offline, "امطار", source="عكاظ")) == sorted(
        [ids["أمطار غزيرة في جدة"], ids["أمطار الطائف"]])
    assert run_query(w.page, base, offline, "امطار", year="2016") == [ids["أمطار على الرياض"]]
    assert run_query(w.page, base, offline, "امطار", tag="الطائف") == [ids["أمطار الطائف"]]
    # the filter lists offer each value with its count
    options = w.page.eval_on_selector_all("select[name=source] option", "os => os.map(o => o.textContent)")
    assert "عكاظ (2)" in options and "سبق (1)" in options
    assert w.remote == [] and w.errors == []


@pytest.fixture(scope="module")
def ranking_sites(tmp_path_factory):
    work = tmp_path_factory.mktemp("ranking")
    filler = " ".join(["وقال المتحدث إن العمل مستمر في المنطقة منذ أشهر."] * 8)
    records = [
        {"title": "أخبار متفرقة من المناطق", "date": "2015-07-21", "source": "okaz", "url": "http://x.example/1",
         "content": f"زار الوفد مستشفى المدينة. {filler} ثم عاد إلى مستشفى المدينة. وفي مستشفى آخر اجتماع."},
        {"title": "افتتاح مستشفى جديد في تبوك", "date": "2014-01-02", "source": "sabq", "url": "http://x.example/2",
         "content": f"افتتح اليوم مبنى جديد. {filler}"},
    ]
    return _both_sites(work, records)


@pytest.mark.browser
@both_modes
def test_a_headline_match_comes_first_and_terms_match_whole(ranking_sites, serve, watched, offline):
    ids = ranking_sites[2]
    w = watched()
    base = address(serve, ranking_sites, offline)
    # the word is in one headline, and three times in the other article's text
    assert run_query(w.page, base, offline, "مستشفي") == [ids["افتتاح مستشفى جديد في تبوك"],
                                                           ids["أخبار متفرقة من المناطق"]]
    # a word is not found by its beginning (مستش does not find مستشفى)
    assert run_query(w.page, base, offline, "مستش") == []
    assert w.remote == [] and w.errors == []

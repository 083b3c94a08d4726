"""The search index's format is written in Python (archive/search_index.py) and read in
JavaScript (search.js), hosted and offline alike. tests/index_vectors.json holds a few
documents, the postings, positions and other spellings the writer must produce for some of
their terms, spellings it must keep apart, and queries whose ranked results the reader
must return: both sides are tested against the one file."""

import json
import re

import pytest

from archive import search_index, variants, words, write
from archive.arabic import terms
from archive.dates import When
from archive.model import Article
from archive.views import by_date

from .conftest import ROOT
from .search_helpers import read_index, run_query

VECTORS = json.loads((ROOT / "tests" / "index_vectors.json").read_text("utf-8"))
CALL = re.compile(r"^ArchiveIndex\.(\w+)\((.*)\);\n$", re.S)


def _articles(redated: dict[str, str] | None = None) -> list[Article]:
    """The vectors' documents (`redated`: some with another date, id → date)."""
    out = []
    for d in VECTORS["docs"]:
        d = {**d, "date": (redated or {}).get(d["id"], d.get("date"))}
        values = {**d, "date": When.parse(d["date"]) if d.get("date") else None}
        text = values.pop("text")
        out.append(Article(values=values, text=text, original_bytes=b"", original=f"seeds/{d['id']}.txt"))
    return by_date(out)


def _files(articles: list[Article] | None = None) -> dict[str, bytes]:
    return dict(search_index.files(articles or _articles()))


def _grown(folder, *ks: int, articles: list[Article] | None = None, made: list | None = None) -> dict[str, bytes]:
    """The index of the first k documents (numbered()) for each of `ks`, then of all of
    them, each built on the one before (as build.py does, with the index it saved): the
    files it leaves. `made`, if given, gets the files each build made (not kept)."""
    docs = search_index.numbered(articles or _articles())
    since = search_index.Since(folder / "index.pickle", folder / "content", "code")
    for part in [docs[:k] for k in ks] + [docs]:
        out = write.Output(folder / "content")
        this = set()
        for rel, data in search_index.files(part, since):
            out.write(rel, data)
            if data is not None:
                this.add(rel)
        out.finish()
        if made is not None:
            made.append(this)
    return {p.relative_to(folder / "content").as_posix(): p.read_bytes()
            for p in sorted((folder / "content" / search_index.INDEX_DIR).rglob("*")) if p.is_file()}


def test_an_index_grown_in_segments_holds_what_one_built_at_once_holds(tmp_path):
    """The documents added after the base go to the recent segment, or, when more than a
    quarter of the base's, into the base: either way search.js reads the same postings,
    positions, spellings and documents as in the index of all of them built at once."""
    count = len(VECTORS["docs"])
    for redated in ({}, RESPELLED):  # the recent segment adds documents; and spellings
        articles = _articles(redated)
        whole = tmp_path / f"whole{len(redated)}"
        for rel, data in _files(articles).items():
            (whole / rel).parent.mkdir(parents=True, exist_ok=True)
            (whole / rel).write_bytes(data)
        for k, segmented in ((count - 3, True), (count - 4, False), (count, False)):
            grown = tmp_path / f"{k}-{len(redated)}"
            made = _grown(grown, k, articles=articles)
            assert any(rel.startswith("search-index/recent/") for rel in made) == segmented, k
            assert read_index(grown / "content" / "search-index") == read_index(whole / "search-index"), k
        # the recent segment grown again, a document at a time: only the files that show
        # what a document changed are made again, and it holds what the whole does
        grown, made = tmp_path / f"steps-{len(redated)}", []
        files = _grown(grown, count - 3, count - 2, count - 1, articles=articles, made=made)
        assert read_index(grown / "content" / "search-index") == read_index(whole / "search-index")
        docs = search_index.numbered(articles)
        for k, this in zip((count - 1, count), made[2:], strict=True):  # the builds that grew a segment
            added = docs[k - 1]
            shown = {f"search-index/recent/t-{search_index.shard_key(t)}.js" for t in added.terms[0] + added.terms[1]}
            recent = {rel for rel in this if rel.startswith("search-index/recent/t-")}
            assert recent >= shown and recent < {rel for rel in files if rel.startswith("search-index/recent/t-")}


def _call(data: bytes):
    """ArchiveIndex.NAME(args…); → (NAME, [args…]), read as JSON."""
    name, args = CALL.match(data.decode("utf-8")).groups()
    return name, json.loads(f"[{args}]")


def _postings() -> tuple[dict, dict]:
    postings, spellings = {}, {}
    for path, data in _files().items():
        if "/t-" in path:
            name, (key, shard, other) = _call(data)
            assert name == "terms" and path.endswith(f"t-{key}.js")
            assert set(other) <= set(shard)
            spellings.update(other)
            for term, text in shard.items():
                assert search_index.shard_key(term) == key
                flat, doc, pairs = search_index.unpacked(text), 0, []
                for i in range(0, len(flat), 2):  # doc numbers are delta-coded
                    doc += flat[i]
                    pairs.append([doc, flat[i + 1]])
                postings[term] = pairs
    return postings, spellings


def test_documents_in_date_order_are_numbered_as_sorting_numbers_them():
    """The build hands the index its documents in views.by_date()'s order (sorted once for
    every part): turned, not sorted, they are in the order that numbers them."""
    newest = _articles()
    assert any(not a.date for a in newest) and any(a.date for a in newest)
    for docs in (newest, [a for a in newest if a.date], [a for a in newest if not a.date], []):
        assert search_index.numbered(docs, by_date=True) == search_index.numbered(docs)
    assert dict(search_index.files(newest, by_date=True)) == _files(newest)


def test_python_packs_numbers():
    """Postings and positions are numbers packed as text (search_index.packed)."""
    for numbers, text in VECTORS["packed"]:
        assert search_index.packed(numbers) == text
        assert search_index.unpacked(text) == numbers


@pytest.mark.browser
def test_javascript_unpacks_numbers(offline_page, watched):
    w = watched()
    w.page.goto(f"{offline_page}/search.html")
    for numbers, text in VECTORS["packed"]:
        assert w.page.evaluate("t => window.ArchiveUnpack(t)", text) == numbers
    assert not w.errors


def test_python_writes_the_postings():
    postings, _ = _postings()
    for term, expected in VECTORS["postings"].items():
        assert postings.get(term) == expected, term


def test_python_writes_the_positions():
    """Per term, per document in the postings' order: first position + 1, deltas, 0."""
    files = _files()
    postings, _ = _postings()
    count = _call(files["search-index/meta.js"])[1][0]["positions"]
    for term, expected in VECTORS["positions"].items():
        name, (number, shard) = _call(files[f"search-index/p-{search_index.position_file(term, count)}.js"])
        assert name == "positions"
        got, at = [], []
        for x in search_index.unpacked(shard[term]):
            if x == 0:
                got.append(at)
                at = []
            else:
                at.append(x - 1 if not at else at[-1] + x)
        assert [[doc, ps] for (doc, _), ps in zip(postings[term], got, strict=True)] == expected, term


def test_python_finds_other_spellings_and_keeps_words_apart():
    _, spellings = _postings()
    assert spellings == VECTORS["spellings"]
    texts = [terms(d["title"] + " " + d["text"]) for d in VECTORS["docs"]]
    found = variants.spellings(texts)
    for a, b in VECTORS["apart"]:
        assert b not in found.get(a, []) and a not in found.get(b, [])
        assert variants.skeleton(a) == variants.skeleton(b)  # they differ only in those letters


def test_python_writes_meta_and_documents():
    files = _files()
    name, (meta,) = _call(files["search-index/meta.js"])
    assert name == "meta" and meta["docs"] == len(VECTORS["docs"])
    assert meta == {**meta, **VECTORS["meta"]}
    name, (chunk, docs) = _call(files["search-index/d-0.js"])
    assert name == "docs" and chunk == 0
    assert [d[0] for d in docs] == VECTORS["order"]  # newest first, undated last


@pytest.mark.browser
@pytest.mark.parametrize("case", VECTORS["queries"],
                         ids=[q["q"] + (" exact" if q.get("exact") else "") for q in VECTORS["queries"]])
def test_javascript_reads_the_index(case, offline_page, watched):
    w = watched()
    extra = {"exact": "1"} if case.get("exact") else {}
    assert run_query(w.page, offline_page, True, case["q"], **extra) == case["ids"]
    assert not w.errors


# باراجواي's document made the newest: the base has only باراغواي, and the recent
# segment, adding it, makes them spellings of one name (its t- files list the spellings
# of terms it has no postings of)
RESPELLED = {"a7": "2015-09-01"}


@pytest.mark.browser
def test_javascript_reads_spellings_the_recent_segment_changed(tmp_path_factory, watched):
    articles = _articles(RESPELLED)
    grown = _grown(tmp_path_factory.mktemp("grown"), len(VECTORS["docs"]) - 3, articles=articles)
    assert any(rel.startswith("search-index/recent/t-") and "اراغواي\":[\"اراجواي" in data.decode()
               for rel, data in grown.items())
    one, segmented = _page(tmp_path_factory, _files(articles)), _page(tmp_path_factory, grown)
    w = watched()
    for case in VECTORS["queries"]:
        extra = {"exact": "1"} if case.get("exact") else {}
        assert run_query(w.page, segmented, True, case["q"], **extra) == \
            run_query(w.page, one, True, case["q"], **extra), case["q"]
    assert set(run_query(w.page, segmented, True, "باراغواي")) == {"a6", "a7"}
    assert not w.errors


@pytest.fixture(scope="module", params=["one", "segmented"])
def offline_page(request, tmp_path_factory):
    """The index files (built at once, or grown: a base and a recent segment) and a bare
    search page that reads them, opened from file://."""
    made = _files() if request.param == "one" else _grown(tmp_path_factory.mktemp("grown"), len(VECTORS["docs"]) - 3)
    return _page(tmp_path_factory, made)


def _page(tmp_path_factory, made: dict[str, bytes]) -> str:
    folder = tmp_path_factory.mktemp("index")
    for path, data in made.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(data)
    assets = ROOT / "theme_overrides" / "assets"
    scripts = "".join(f'<script src="{(assets / name).as_uri()}"></script>'
                      for name in ("words.js", "arabic.js", "search.js"))
    (folder / "search.html").write_text(
        '<!doctype html><html lang="ar" dir="rtl"><body>'
        f'<div id="archive-search" data-root="{folder.as_uri()}/" data-directory-urls="false">'
        '<form><input name="q"><select name="source"></select><select name="year"></select>'
        '<select name="tag"></select><select name="sort"><option value="relevance"></option>'
        '<option value="date"></option></select></form><p class="archive-search__status"></p>'
        '<ol class="archive-search__results"></ol><button class="archive-search__more"></button></div>'
        f"<script>window.ARCHIVE_WORDS = {json.dumps(words.words(), ensure_ascii=False)};</script>"
        f"{scripts}</body></html>", "utf-8")
    return folder.as_uri()


def test_indexes_built_apart_join_into_the_index_of_the_whole():
    """Shards by date (docs/scale.md): the indexes of the oldest documents, of the next and
    of the newest, joined, are the index one build over all of them makes, spellings and
    positions included."""
    docs = search_index.numbered(_articles())

    def built(part):
        state = search_index.State()
        state.add([search_index.doc_parts(a) for a in part], [search_index.doc_key(a) for a in part])
        return state

    whole = _files()
    assert any("اراجواي" in data.decode() for data in whole.values())  # spellings are in it
    for k in (1, len(docs) // 3):
        joined = search_index.State.join([built(docs[:k]), built(docs[k:2 * k]), built(docs[2 * k:])])
        assert dict(search_index.files_of(joined, docs)) == whole

"""Driving the search page in Chromium, over http or from file://."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote


def search_url(base: str, offline: bool, query: str, **params) -> str:
    page = "search.html" if offline else "search/"
    extra = "".join(f"&{k}={quote(str(v))}" for k, v in params.items())
    return f"{base}/{page}?q={quote(query)}{extra}"


def run_query(page, base: str, offline: bool, query: str, **params) -> list[str]:
    """The article ids of the first page of results (up to 10), in order."""
    page.goto(search_url(base, offline, query, **params), wait_until="domcontentloaded")  # then: results
    page.wait_for_function(
        "() => { const b = document.getElementById('archive-search');"
        " const s = b.querySelector('.archive-search__status').textContent;"
        " return b.dataset.ready || s.startsWith('لا نتائج') || s.startsWith('تعذ'); }",
        timeout=20_000)
    return _result_ids(page)


def typed_queries(page, base: str, offline: bool, queries: list[str]) -> Iterator[list[str]]:
    """Each query typed into the search page's box and sent with Enter, one after another
    in one page, as a reader searching again does: the article ids of the first page of
    its results (up to 10), in order."""
    page.goto(search_url(base, offline, ""), wait_until="domcontentloaded")
    page.wait_for_function("() => document.getElementById('archive-search').dataset.init", timeout=20_000)
    box = page.locator("#archive-search input[name=q]")
    for query in queries:
        shown = page.get_attribute("#archive-search", "data-ready") or ""
        box.fill(query)
        box.press("Enter")
        page.wait_for_function(  # results shown for this query (none is a result too), or a failure
            "shown => { const b = document.getElementById('archive-search');"
            " const s = b.querySelector('.archive-search__status').textContent;"
            " return (b.dataset.ready && b.dataset.ready !== shown) || s.startsWith('تعذ'); }",
            arg=shown, timeout=20_000)
        yield _result_ids(page)


def _result_ids(page) -> list[str]:
    hrefs = page.eval_on_selector_all(".archive-result__title", "els => els.map(e => e.getAttribute('href'))")
    return [h.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html") for h in hrefs]


_TYPED = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})


def typed_like_a_reader(word: str) -> str:
    """How readers type: no diacritics, bare alef, ه for a final ة, ي for a final ى."""
    import re

    word = re.sub("[\u064b-\u065f\u0670\u0640]", "", word).translate(_TYPED)
    if word.endswith("ة"):
        word = word[:-1] + "ه"
    if word.endswith("ى"):
        word = word[:-1] + "ي"
    return word


def known_item_queries(catalog: list[dict], count: int = 100, seed: int = 2026) -> list[tuple[str, str]]:
    """(article id, query) for a random sample: the two or three longest words of the title."""
    import random
    import re

    rng = random.Random(seed)
    sample = []
    candidates = [r for r in catalog if len(re.findall(r"[\u0621-\u064a]{4,}", r["title"])) >= 2]
    for row in rng.sample(candidates, min(count, len(candidates))):
        words = re.findall(r"[\u0621-\u064a\u064b-\u065f\u0670\u0640]{4,}", row["title"])
        longest = sorted(dict.fromkeys(words), key=len, reverse=True)[: 3 if len(words) >= 3 else 2]
        sample.append((row.get("article", row["id"]), " ".join(typed_like_a_reader(w) for w in longest)))
    return sample


def read_index(folder) -> dict:
    """What a search-index/ folder holds, as search.js reads it, whatever its segments:
    each term's postings (document, weight) and positions (a list a posting), in
    document order; the other spellings of each term; the documents; and meta.js but for
    where its files are (shards, positions, recent)."""
    import json
    import re
    from pathlib import Path

    from archive.search_index import unpacked

    call = re.compile(r"^ArchiveIndex\.(\w+)\((.*)\);\n$", re.S)

    def read(path: Path) -> list:
        return json.loads(f"[{call.match(path.read_text('utf-8')).group(2)}]")

    folder = Path(folder)
    [meta] = read(folder / "meta.js")
    postings: dict[str, list] = {}
    positions: dict[str, list] = {}
    spellings: dict[str, list] = {}
    segments = [("", meta["shards"])] + ([("recent/", meta["recent"]["shards"])] if "recent" in meta else [])
    for where, shards in segments:
        for key in shards:
            _, shard, other, *_ = read(folder / f"{where}t-{key}.js")
            spellings.update(other)
            for term, text in shard.items():
                flat, doc = unpacked(text), 0
                for i in range(0, len(flat), 2):
                    doc += flat[i]
                    postings.setdefault(term, []).append([doc, flat[i + 1]])
        for path in sorted(folder.glob(f"{where}p-*.js")):
            _, shard, *_ = read(path)
            for term, text in shard.items():
                at: list[int] = []
                for x in unpacked(text):
                    if x == 0:
                        positions.setdefault(term, []).append(at)
                        at = []
                    else:
                        at.append(x - 1 if not at else at[-1] + x)
    docs = []
    for n in range(0, -(-meta["docs"] // meta["chunk"])):
        docs += read(folder / f"d-{n}.js")[1]
    return {"postings": postings, "positions": positions, "docs": docs,
            "spellings": {t: s for t, s in sorted(spellings.items()) if s},
            "meta": {k: v for k, v in meta.items() if k not in ("shards", "positions", "recent")}}

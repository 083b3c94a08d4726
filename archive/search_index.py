"""Search indexes, both fed the same folded terms (archive/arabic.py):

- the offline index, content/search-index/*.js: classic scripts, because from file://
  a browser blocks fetch() and modules but loads <script> tags. Terms are split into
  shards by their first two letters, documents into chunks of DOC_CHUNK, so a query
  loads a few small files, never the whole index.
- the Pagefind source, one small HTML document per article in the build cache, whose
  words are the folded terms and whose metadata is the original text; `archive.site`
  runs Pagefind over it for the hosted site.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from . import dates
from .arabic import terms
from .model import Article

INDEX_DIR = "search-index"
DOC_CHUNK = 100
TITLE_WEIGHT = 3
EXCERPT_SOURCE = 3_000  # characters of text a hosted result carries for its excerpt


def _js(call: str, *args) -> bytes:
    body = ",".join(json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in args)
    return f"ArchiveIndex.{call}({body});\n".encode()


def doc_terms(a: Article) -> tuple[list[str], list[str]]:
    """The search terms of an article: its title's and those of its other publications'
    titles, which a reader may remember instead; its text's and its authors' names."""
    title, body = a.terms
    others = [t for m in a.merged if m.title != a.title for t in terms(m.title)]
    names = terms(" ".join(dict.fromkeys(n for p in (a, *a.merged) for n in p.authors)))
    return title + others, body + names


def authors_of(a: Article) -> list[str]:
    return list(dict.fromkeys(n for p in (a, *a.merged) for n in p.authors))


def shard_key(term: str) -> str:
    return "".join(f"{ord(c):04x}" for c in term[:2])


def files(docs: list[Article]):
    """Yield (path under content/, bytes) for the offline index; `docs` in views.by_date
    order, which numbers the documents."""
    postings: dict[str, list[int]] = defaultdict(list)  # term → [doc delta, weight, …]
    last_doc: dict[str, int] = {}
    all_terms = [doc_terms(a) for a in docs]
    lengths = [len(body) for _, body in all_terms]
    avg = max(1.0, sum(lengths) / max(1, len(lengths)))
    for n, (title_terms, body) in enumerate(all_terms):
        tf = Counter(body)
        for t in title_terms:
            tf[t] += TITLE_WEIGHT
        norm = 1.2 * (0.25 + 0.75 * lengths[n] / avg)
        for t, f in tf.items():
            # BM25's term-frequency part, precomputed and quantised to 1..99;
            # doc numbers are delta-coded
            postings[t] += (n - last_doc.get(t, 0), int(99 * f / (f + norm) + 0.5) or 1)
            last_doc[t] = n
    shards: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for t in sorted(postings):
        shards[shard_key(t)][t] = postings[t]
    for key in sorted(shards):
        yield f"{INDEX_DIR}/t-{key}.js", _js("terms", key, shards[key])
    for start in range(0, len(docs), DOC_CHUNK):
        chunk = [_doc_record(a) for a in docs[start:start + DOC_CHUNK]]
        yield f"{INDEX_DIR}/d-{start // DOC_CHUNK}.js", _js("docs", start // DOC_CHUNK, chunk)
    sources = sorted({a.source_name for a in docs if a.source})
    tags = sorted({t for a in docs for t in a.tags})
    authors = {name: i for i, name in enumerate(sorted({n for a in docs for n in authors_of(a)}))}
    meta = {
        "docs": len(docs), "chunk": DOC_CHUNK,
        "sources": sources, "tags": tags, "authors": list(authors),
        "source": [sources.index(a.source_name) if a.source else -1 for a in docs],
        "year": [a.date.year if a.date else 0 for a in docs],
        "tag": {n: [tags.index(t) for t in a.tags] for n, a in enumerate(docs) if a.tags},
        "author": {n: [authors[x] for x in authors_of(a)] for n, a in enumerate(docs) if authors_of(a)},
        "shards": sorted(shards),  # so a term with no shard costs no failed request
    }
    yield f"{INDEX_DIR}/meta.js", _js("meta", meta)


def _doc_record(a: Article) -> list:
    return [a.id, a.title, dates.display(a.date), a.source_name or "", a.summary, str(a.date or "")]


def pagefind_records(articles: list[Article]):
    """Yield (path, record): what Pagefind indexes of each article, for the template
    pagefind.html (archive/render.py). Its words are the folded terms, the title's in the
    <h1> that Pagefind takes for the page title and boosts when the query matches it, so
    Pagefind matches what readers type and puts a headline first. The original headline
    and the opening of the text ride along as metadata, for showing results and
    highlighting excerpts (search.js)."""
    for a in articles:
        meta = {"headline": a.title, "date": dates.display(a.date), "source": a.source_name or "",
                "id": a.id, "text": a.text[:EXCERPT_SOURCE]}
        year = str(a.date.year) if a.date else None
        filters = [("source", a.source_name), ("year", year)] + [("tag", t) for t in a.tags]
        filters += [("author", n) for n in authors_of(a)]
        title, body = (" ".join(words) for words in doc_terms(a))
        yield f"articles/{a.id}/index.html", {
            "meta": [(k, v) for k, v in meta.items() if v], "filters": [(k, v) for k, v in filters if v],
            "sort": str(a.date or "0000"), "title": title, "body": body}

"""The search index, one for both ways of reading the site: classic <script> files under
content/search-index/, because from file:// a browser blocks fetch() and modules but loads
<script> tags, and over http the same files serve as well. search.js reads them, so a
query finds, ranks and counts alike hosted and offline. All are fed the same folded,
stemmed terms (archive/arabic.py):

- t-KEY.js, terms by their first two letters: each term's postings (documents and BM25
  weights) and the other spellings of the names among them (archive/variants.py);
- p-N.js, each term's positions in its documents, hashed into N files; read only for a
  query of several words, whose documents holding them side by side, in order, come
  first (and a query in quotes finds only those);
- d-N.js, the documents' titles, dates and summaries, DOC_CHUNK to a file;
- meta.js, what the filters and counts need of every document.

A query loads a few small files, never the whole index.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from . import dates, variants
from .arabic import terms
from .model import Article

INDEX_DIR = "search-index"
DOC_CHUNK = 100
TITLE_WEIGHT = 3
POSITIONS_PER_FILE = 6_000  # numbers: about 20 KB; the count of files is a power of two
AVERAGE_TERMS = 336  # BM25's average document length: the corpus's, fixed, so that an
# article added changes no other article's weights


def _js(call: str, *args) -> bytes:
    body = ",".join(json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in args)
    return f"ArchiveIndex.{call}({body});\n".encode()


def doc_parts(a: Article) -> tuple[list[list[str]], list[list[str]]]:
    """The search terms of an article in order, part by part: its title and those of its
    other publications, which a reader may remember instead; its text and its authors'
    names. The last word of one part is not next to the first of another."""
    title, body = a.terms
    others = [terms(m.title) for m in a.merged if m.title != a.title]
    return [title, *others], [body, terms(" ".join(authors_of(a)))]


def authors_of(a: Article) -> list[str]:
    return list(dict.fromkeys(n for p in (a, *a.merged) for n in p.authors))


def shard_key(term: str) -> str:
    return "".join(f"{ord(c):04x}" for c in term[:2])


def position_file(term: str, files: int) -> int:
    """Which p-N.js holds a term's positions: FNV-1a over its UTF-16 code units, as
    search.js computes it."""
    h = 0x811C9DC5
    data = term.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h = ((h ^ (data[i] | data[i + 1] << 8)) * 0x01000193) & 0xFFFFFFFF
    return h % files


def numbered(docs: list[Article]) -> list[Article]:
    """The documents in the order that numbers them: undated first, then oldest to newest,
    so that the day's news, added, takes the next numbers and leaves the others' alone."""
    undated = sorted((a for a in docs if not a.date), key=lambda a: a.id)
    return undated + sorted((a for a in docs if a.date), key=lambda a: (a.date.sort_key, a.id))


def file_count(positions: int) -> int:
    """How many position files: a power of two, so that it changes only when the index
    doubles, not with every article added."""
    count = 1
    while count * 2 * POSITIONS_PER_FILE <= positions:
        count *= 2
    return count


def files(docs: list[Article]):
    """Yield (path under content/, bytes) for the index."""
    docs = numbered(docs)
    postings: dict[str, list[int]] = defaultdict(list)  # term → [doc delta, weight, …]
    positions: dict[str, list[int]] = defaultdict(list)  # term → per posting: first+1, deltas…, 0
    last_doc: dict[str, int] = {}
    parts = [doc_parts(a) for a in docs]
    for n, (title, body) in enumerate(parts):
        # one pass over the document: each term's frequency (a headline's words count
        # TITLE_WEIGHT times) and positions
        tf: Counter[str] = Counter()
        where: dict[str, list[int]] = defaultdict(list)
        at = 0
        for k, part in enumerate((*title, *body)):
            weight = TITLE_WEIGHT if k < len(title) else 1
            for i, t in enumerate(part):
                tf[t] += weight
                where[t].append(at + i)
            at += len(part) + 1
        norm = 1.2 * (0.25 + 0.75 * sum(map(len, body)) / AVERAGE_TERMS)
        for t, f in tf.items():
            # BM25's term-frequency part, precomputed and quantised to 1..99;
            # doc numbers are delta-coded
            postings[t] += (n - last_doc.get(t, 0), int(99 * f / (f + norm) + 0.5) or 1)
            last_doc[t] = n
            at_ = where[t]
            positions[t] += (at_[0] + 1, *(b - a for a, b in zip(at_, at_[1:], strict=False)), 0)
    spellings = variants.spellings([t for part in (*title, *body) for t in part] for title, body in parts)
    shards: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for t in sorted(postings):
        shards[shard_key(t)][t] = postings[t]
    for key in sorted(shards):
        other = {t: spellings[t] for t in shards[key] if t in spellings}
        yield f"{INDEX_DIR}/t-{key}.js", _js("terms", key, shards[key], other)
    count = file_count(sum(map(len, positions.values())))
    by_file: dict[int, dict[str, list[int]]] = defaultdict(dict)
    for t in sorted(positions):
        by_file[position_file(t, count)][t] = positions[t]
    for number in sorted(by_file):
        yield f"{INDEX_DIR}/p-{number}.js", _js("positions", number, by_file[number])
    for start in range(0, len(docs), DOC_CHUNK):
        chunk = [_doc_record(a) for a in docs[start:start + DOC_CHUNK]]
        yield f"{INDEX_DIR}/d-{start // DOC_CHUNK}.js", _js("docs", start // DOC_CHUNK, chunk)
    sources = sorted({a.source_name for a in docs if a.source})
    tags = sorted({t for a in docs for t in a.tags})
    authors = {name: i for i, name in enumerate(sorted({n for a in docs for n in authors_of(a)}))}
    meta = {
        "docs": len(docs), "chunk": DOC_CHUNK, "positions": count,
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

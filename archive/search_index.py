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

The index grows in two segments, the way search engines take appends: the base, and
under recent/ the t- and p- files of the documents added since the base was made (at most
a quarter as many as it holds: RECENT_SHARE), with the spellings that the added documents
changed. A day's news added rewrites the recent segment, not the base; when the recent
segment outgrows its share it is folded into the base. Documents keep their numbers and
weights whichever segment holds them, so search.js, reading both, finds, ranks and counts
as it would over one index (tests/test_offline_index.py).
"""

from __future__ import annotations

import functools
import hashlib
import json
import pickle
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from operator import sub
from pathlib import Path

from . import dates, variants, write
from .arabic import terms
from .model import Article

INDEX_DIR = "search-index"
RECENT = "recent"  # the recent segment's folder, under INDEX_DIR
RECENT_SHARE = 4  # the recent segment holds at most 1/RECENT_SHARE as many documents as the base
DOC_CHUNK = 100
TITLE_WEIGHT = 3
POSITIONS_PER_FILE = 6_000  # numbers: about 20 KB; the count of files is a power of two
AVERAGE_TERMS = 336  # BM25's average document length: the corpus's, fixed, so that an
# article added changes no other article's weights


# Postings and positions are lists of numbers, written as text (`packed`): each number in
# base 45, most significant digit first, its last digit from one alphabet and the others
# from a second, so that no separator is needed. The alphabets are ASCII's printable
# characters from # to ~ but the backslash (nothing in a JSON string to escape): a number
# under 45 takes one character, under 2,025 two. The corpus's positions take 1.4
# characters a number this way, against 3.1 written as JSON's numbers and commas.
BASE = 45
_CHARS = [chr(c) for c in range(0x23, 0x7F) if chr(c) != "\\"]
_MORE, _LAST = _CHARS[:BASE], _CHARS[BASE:2 * BASE]
_PACKED = [_LAST[v] for v in range(BASE)] + [_MORE[v // BASE] + _LAST[v % BASE] for v in range(BASE, BASE * BASE)]


@functools.cache
def _packed_table() -> list[str]:
    """Every number under BASE³ packed (5 MB, made once, by the process that writes the
    index): a posting's first number is its document's, 15,000 and more in the corpus."""
    return _PACKED + [_MORE[v // BASE ** 2] + _MORE[v // BASE % BASE] + _LAST[v % BASE]
                      for v in range(BASE ** 2, BASE ** 3)]


def packed(numbers: list[int]) -> str:
    """Numbers (0 or more) as text: search.js's unpack() reads them back."""
    table = _packed_table()
    try:
        return "".join(map(table.__getitem__, numbers))
    except IndexError:  # a number of four digits or more
        return "".join([table[n] if n < len(table) else _long(n) for n in numbers])


def _long(n: int) -> str:
    digits = [_LAST[n % BASE]]
    n //= BASE
    while n:
        digits.append(_MORE[n % BASE])
        n //= BASE
    return "".join(reversed(digits))


def unpacked(text: str) -> list[int]:
    """packed()'s numbers again (as search.js reads them)."""
    out, n = [], 0
    for c in text:
        k = _CHARS.index(c)
        if k < BASE:
            n = n * BASE + k
        else:
            out.append(n * BASE + k - BASE)
            n = 0
    return out


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


def numbered(docs: list[Article], *, by_date: bool = False) -> list[Article]:
    """The documents in the order that numbers them: undated first, then oldest to newest,
    so that the day's news, added, takes the next numbers and leaves the others' alone.
    `by_date`: the documents come in views.by_date()'s order (newest first, undated last,
    each by id), which is this one turned: turned, not sorted again."""
    if by_date:
        dated = next((i for i in range(len(docs), 0, -1) if docs[i - 1].date), 0)  # undated: after these
        return docs[dated:] + docs[dated - 1::-1] if dated else list(docs)
    undated = sorted((a for a in docs if not a.date), key=lambda a: a.id)
    return undated + sorted((a for a in docs if a.date), key=lambda a: (a.date.sort_key, a.id))


def file_count(positions: int) -> int:
    """How many position files: a power of two, so that it changes only when the index
    doubles, not with every article added."""
    count = 1
    while count * 2 * POSITIONS_PER_FILE <= positions:
        count *= 2
    return count


@dataclass
class Since:
    """Where an index keeps what it needs to add documents to itself (`state`, a file in
    the cache), where its files are (`content`), and a digest of the code that writes them
    (`code`): an index of the same code whose documents come first, in the same order,
    in the new build's is extended; any other is made again. `untouched`: the files of
    content/ known to be as the last build left them (write.Output), not read again."""

    state: Path
    content: Path
    code: str
    untouched: set[str] | None = None

    @property
    def recent(self) -> Path:
        """Where the recent segment keeps what it needs to grow (beside `state`)."""
        return self.state.with_name(f"{self.state.stem}-{RECENT}{self.state.suffix}")


class State:
    """The index in memory: each term's postings and positions, and what the spellings
    need (variants.Usage); with the documents it holds, by key, and the files it wrote."""

    def __init__(self, code: str = "", first: int = 0) -> None:
        self.code = code
        self.first = first  # the number of the first document held: 0, or the base's size
        self.keys: list[str] = []  # of the documents held, in their order
        self.postings: dict[str, list[int]] = defaultdict(list)  # term → [doc delta, weight, …]
        self.positions: dict[str, list[int]] = defaultdict(list)  # term → per posting: first+1, deltas…, 0
        self.last_doc: dict[str, int] = {}
        self.positions_total = 0
        self.usage = variants.Usage()
        self.spellings: dict[str, list[str]] = {}
        self.position_files = 0
        self.file_of: dict[str, int] = {}  # term → its position file, of position_files
        self.written: dict[str, str] = {}  # file → sha256 of its bytes, of those kept while documents are added
        self.shards: list[str] = []  # the keys of its t- files

    def add(self, parts: list[tuple[list[list[str]], list[list[str]]]], keys: list[str]) -> set[str]:
        """Add documents (their doc_parts and doc_keys) after those held; return the
        terms they use."""
        touched: set[str] = set()
        postings, positions, last_doc = self.postings, self.positions, self.last_doc
        total = 0
        for n, (title, body) in enumerate(parts, start=self.first + len(self.keys)):
            # the document's terms end to end, each part followed by a gap (""), so that a
            # term's position is its index; each term's positions, in order
            words: list[str] = []
            for part in title:
                words += part
                words.append("")
            in_title = len(words)
            for part in body:
                words += part
                words.append("")
            at_of: dict[str, list[int]] = {}
            for i, word in enumerate(words):
                at = at_of.get(word)
                if at is None:
                    at_of[word] = [i]
                else:
                    at.append(i)
            at_of.pop("", None)  # the gaps
            norm = 1.2 * (0.25 + 0.75 * sum(map(len, body)) / AVERAGE_TERMS)
            weights: dict[int, int] = {}  # of a term's frequency, in this document
            for t, at in at_of.items():
                # a headline's words count TITLE_WEIGHT times; BM25's term-frequency part,
                # precomputed and quantised to 1..99; doc numbers are delta-coded
                first = at[0]
                if len(at) == 1:  # most terms: one position, no deltas
                    f = TITLE_WEIGHT if first < in_title else 1
                    held = (first + 1, 0)
                else:
                    f = len(at) + (TITLE_WEIGHT - 1) * bisect_left(at, in_title)
                    held = (first + 1, *map(sub, at[1:], at), 0)
                weight = weights.get(f)
                if weight is None:
                    weight = weights[f] = int(99 * f / (f + norm) + 0.5) or 1
                postings[t] += (n - last_doc.get(t, 0), weight)
                last_doc[t] = n
                positions[t] += held
                total += len(at) + 1
            touched.update(at_of)
        self.positions_total += total
        self.keys += keys
        self.usage.add(_flat(p) for p in parts)
        return touched

    @classmethod
    def join(cls, parts: list[State]) -> State:
        """One index of indexes built apart, each over documents after the one before's
        (shards by date, oldest first: docs/scale.md): each part's documents numbered after
        those before it, postings and positions put end to end, the spellings' usage
        added. It is the index one build over all the documents makes."""
        whole = cls(parts[0].code)
        for part in parts:
            offset = len(whole.keys)
            for t, postings in part.postings.items():
                # delta-coded: the part's first document, from the whole's last one with t
                whole.postings[t] += (postings[0] + offset - whole.last_doc.get(t, 0), *postings[1:])
                whole.last_doc[t] = part.last_doc[t] + offset
                whole.positions[t] += part.positions[t]
            whole.positions_total += part.positions_total
            whole.keys += part.keys
            whole.usage.absorb(part.usage)
        return whole


def _flat(parts) -> list[str]:
    title, body = parts
    return [t for part in (*title, *body) for t in part]


def doc_key(a: Article) -> str:
    """What the index holds of a document, as a digest: it is the same document to the
    index while this is the same."""
    # the values of it and of its other publications (ids, titles, dates, bylines, tags,
    # summaries) and their texts, by the originals' digests; the code is the same
    return hashlib.sha1(repr([(p.values_key, p.sha256) for p in (a, *a.merged)]).encode("utf-8")).hexdigest()


def files(docs: list[Article], since: Since | None = None, *, by_date: bool = False):
    """Yield (path under content/, bytes) for the index (`by_date`: `docs` come in
    views.by_date()'s order). With `since`, an index of the same code built before over
    the first of these documents is kept as the base, and the others are indexed in the
    recent segment; or, when they are too many for it, added to the base. A file kept as
    it was is yielded with None for its bytes."""
    docs = numbered(docs, by_date=by_date)
    keys = [doc_key(a) for a in docs]
    saved = _load(since) if since else None
    if saved is not None and keys[:len(saved.keys)] != saved.keys:
        saved = None  # an article before the newest changed or went: the index is made again
    if saved is not None and len(docs) - len(saved.keys) <= len(saved.keys) // RECENT_SHARE:
        yield from _with_recent(saved, docs, keys, since)
        return
    if since:  # no recent segment: the base holds every document
        since.recent.unlink(missing_ok=True)
    state = saved.state() if saved else State(since.code if since else "")
    old = len(state.keys)
    touched = state.add([doc_parts(a) for a in docs[old:]], keys[old:])
    yield from files_of(state, docs, touched, old, since)


def _with_recent(base: Saved, docs: list[Article], keys: list[str], since: Since):
    """The base's files as they are, and the recent segment of the documents after it:
    their postings and positions, and every term's spellings that differ from the base's
    (an empty list: no longer any). The segment the last build saved (since.recent) is
    grown by the documents added since, and of its files only those that show what
    changed are made again: documents added to the nine days' segment of a day rewrite
    the files of their terms, not the day's."""
    first = len(base.keys)
    last = _load_recent(since, first, keys[first:])
    recent = last or State(base.code, first=first)
    old = first + len(recent.keys)
    touched = recent.add([doc_parts(a) for a in docs[old:]], keys[old:])
    spellings = base.usage.spellings(recent.usage)
    respelled = {t: spellings.get(t, []) for t in spellings.keys() | base.spellings.keys()
                 if spellings.get(t) != base.spellings.get(t)}
    for rel in base.written:
        yield rel, None
    written: dict[str, str] = {}

    def kept_or_made(rel: str, redo: bool, make):
        data = make() if redo or last is None or rel not in last.written else None
        written[rel] = _sha(data) if data is not None else last.written[rel]
        return rel, data

    before = last.spellings if last else {}
    redo = {shard_key(t) for t in touched} | {shard_key(t) for t in respelled.keys() | before.keys()
                                               if respelled.get(t) != before.get(t)}
    shards = _by_shard(recent.postings.keys() | respelled.keys())
    for key, held in shards.items():
        yield kept_or_made(f"{INDEX_DIR}/{RECENT}/t-{key}.js", key in redo,
                           lambda key=key, held=held: _terms_js(key, held, recent.postings, respelled, 1))
    count = file_count(recent.positions_total)
    renumbered = last is None or count != last.position_files  # every term in another file
    by_file = _by_position_file(recent, count, touched, renumbered)
    for number in sorted(by_file):
        yield kept_or_made(f"{INDEX_DIR}/{RECENT}/p-{number}.js",
                           renumbered or any(t in touched for t in by_file[number]),
                           lambda number=number: _positions_js(number, by_file[number], recent.positions, 1))
    yield from _docs(docs, old)
    segment = {"first": first, "shards": list(shards), "positions": count} if shards else None
    yield f"{INDEX_DIR}/meta.js", _js("meta", _meta(docs, base.position_files, base.shards, segment))
    recent.spellings, recent.written, recent.position_files, recent.shards = respelled, written, count, list(shards)
    write.atomic_write(since.recent, pickle.dumps(recent, protocol=pickle.HIGHEST_PROTOCOL))


def _load_recent(since: Since, first: int, keys: list[str]) -> State | None:
    """The recent segment the last build saved, if it follows a base of `first`
    documents, holds the first of `keys` (the documents after the base), was made by
    this code, and its files are in content/ as it wrote them."""
    try:
        with open(since.recent, "rb") as f:
            state = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, ImportError):
        return None
    if not isinstance(state, State) or (state.code, state.first) != (since.code, first) \
            or state.keys != keys[:len(state.keys)]:
        return None
    return state if _kept(since, state.written) else None


def files_of(state: State, docs: list[Article], touched: set[str] | None = None, old: int = 0,
             since: Since | None = None):
    """The index's files from its state, `docs` numbered(): those that show the terms
    `touched` (all, when None) and the documents from `old` on, made; the others yielded
    with None (as they were). With `since`, the state is saved there."""
    touched = set(state.postings) if touched is None else touched
    spellings = state.usage.spellings()
    respelled = {t for t in spellings.keys() | state.spellings.keys() if spellings.get(t) != state.spellings.get(t)}
    state.spellings = spellings
    made: dict[str, bytes | None] = {}
    shards = _by_shard(state.postings)
    redo = {shard_key(t) for t in touched | respelled}
    for key in sorted(shards):
        made[f"{INDEX_DIR}/t-{key}.js"] = _terms_js(key, shards[key], state.postings, spellings) \
            if key in redo else None
    count = file_count(state.positions_total)
    renumbered = count != state.position_files  # every term in another file
    by_file = _by_position_file(state, count, touched, renumbered)
    redo = set(by_file) if renumbered else {state.file_of[t] for t in touched}
    state.position_files = count
    for number in sorted(by_file):
        made[f"{INDEX_DIR}/p-{number}.js"] = _positions_js(number, by_file[number], state.positions) \
            if number in redo else None
    made.update(_docs(docs, old))
    made[f"{INDEX_DIR}/meta.js"] = _js("meta", _meta(docs, count, sorted(shards)))
    written = {}
    for rel, data in made.items():
        # what stays as it is while documents are only added: all but meta.js and the
        # last chunk of documents, if it has room for more
        if rel != f"{INDEX_DIR}/meta.js" and rel != _last_chunk(docs):
            written[rel] = _sha(data) if data is not None else state.written[rel]
        yield rel, data
    state.written = written
    state.shards = sorted(shards)
    if since:
        _save(since, state)


def _by_position_file(state: State, count: int, touched: set[str], renumbered: bool) -> dict[int, list[str]]:
    """The terms of each of `count` position files, sorted; `state.file_of` kept up to
    date: every term placed again when the files are `renumbered`, else those `touched`
    that it lacks."""
    if renumbered:
        state.file_of = {t: position_file(t, count) for t in state.positions}
    else:
        state.file_of.update((t, position_file(t, count)) for t in touched - state.file_of.keys())
    by_file: dict[int, list[str]] = defaultdict(list)
    for t in sorted(state.positions):
        by_file[state.file_of[t]].append(t)
    return by_file


def _by_shard(terms) -> dict[str, list[str]]:
    """Terms, sorted, by the key of the t- file that holds them."""
    shards: dict[str, list[str]] = defaultdict(list)
    for t in sorted(terms):
        shards[shard_key(t)].append(t)
    return shards


def _terms_js(key: str, held: list[str], postings: dict, spellings: dict, *segment: int) -> bytes:
    """A t- file: of the terms `held`, the postings (packed) and other spellings of those
    that have them; `segment` 1 for the recent one's."""
    return _js("terms", key, {t: packed(postings[t]) for t in held if t in postings},
               {t: spellings[t] for t in held if t in spellings}, *segment)


def _positions_js(number: int, held: list[str], positions: dict, *segment: int) -> bytes:
    """A p- file: the positions (packed) of the terms `held`."""
    return _js("positions", number, {t: packed(positions[t]) for t in held}, *segment)


def _docs(docs: list[Article], old: int):
    """The chunks of documents: those holding documents from `old` on made, the others
    yielded with None."""
    for start in range(0, len(docs), DOC_CHUNK):
        rel = f"{INDEX_DIR}/d-{start // DOC_CHUNK}.js"
        if start + DOC_CHUNK > old:
            yield rel, _js("docs", start // DOC_CHUNK, [_doc_record(a) for a in docs[start:start + DOC_CHUNK]])
        else:
            yield rel, None


def _last_chunk(docs: list[Article]) -> str | None:
    """The chunk of documents that the next documents added would join."""
    return f"{INDEX_DIR}/d-{len(docs) // DOC_CHUNK}.js" if len(docs) % DOC_CHUNK else None


def _meta(docs: list[Article], count: int, shards: list[str], recent: dict | None = None) -> dict:
    source_of = [a.source_name if a.source else None for a in docs]
    authors_by = [authors_of(a) for a in docs]
    sources = {name: i for i, name in enumerate(sorted({n for n in source_of if n is not None}))}
    tags = {t: i for i, t in enumerate(sorted({t for a in docs for t in a.tags}))}
    authors = {name: i for i, name in enumerate(sorted({n for names in authors_by for n in names}))}
    return {
        "docs": len(docs), "chunk": DOC_CHUNK, "positions": count,
        "sources": list(sources), "tags": list(tags), "authors": list(authors),
        "source": [-1 if name is None else sources[name] for name in source_of],
        "year": [a.date.year if a.date else 0 for a in docs],
        "tag": {n: [tags[t] for t in a.tags] for n, a in enumerate(docs) if a.tags},
        "author": {n: [authors[x] for x in names] for n, names in enumerate(authors_by) if names},
        "shards": shards,  # so a term with no shard costs no failed request
        **({"recent": recent} if recent else {}),  # the recent segment: its first document, shards, files
    }


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# What a build reads of the saved index first: enough to keep the base and index what
# was added in the recent segment. The postings and positions follow in the same file,
# read only to add documents to the base.
HEAD = ("code", "first", "keys", "usage", "spellings", "written", "shards", "position_files")


class Saved:
    """The index the last build saved: its HEAD, and state() to read the rest."""

    def __init__(self, path: Path, head: dict, offset: int) -> None:
        self.path, self.offset = path, offset
        self.__dict__.update(head)
        self.head = head

    def state(self) -> State:
        with open(self.path, "rb") as f:
            f.seek(self.offset)
            rest = pickle.load(f)
        state = State.__new__(State)
        state.__dict__.update(self.head, **rest)
        return state


def _load(since: Since) -> Saved | None:
    """The index saved by the last build, if its code is this one and the files it kept
    are in content/ as it wrote them."""
    try:
        with open(since.state, "rb") as f:
            head = pickle.load(f)
            offset = f.tell()
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    if not isinstance(head, dict) or head.get("code") != since.code or set(head) != set(HEAD):
        return None
    return Saved(since.state, head, offset) if _kept(since, head["written"]) else None


def _kept(since: Since, written: dict[str, str]) -> bool:
    """Are the files a saved index wrote (path → sha256) in content/ as it wrote them?"""
    return all(write.intact(since.content / rel, rel, sha, since.untouched) for rel, sha in written.items())


def _save(since: Since, state: State) -> None:
    head = {k: state.__dict__[k] for k in HEAD}
    rest = {k: v for k, v in state.__dict__.items() if k not in HEAD}
    write.atomic_write(since.state, pickle.dumps(head, protocol=pickle.HIGHEST_PROTOCOL)
                       + pickle.dumps(rest, protocol=pickle.HIGHEST_PROTOCOL))


def _doc_record(a: Article) -> list:
    return [a.id, a.title, dates.display(a.date), a.source_name or "", a.summary, str(a.date or "")]

"""The pipeline, top to bottom: read → clean → validate → index → render → write.

Every seed ends published, merged into an article as another publication of its text,
or rejected, with its file, record and reasons: seeds in = published + merged +
rejected, always.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import clean, exports, readers, render, search_index, sources, validate, write
from .model import SUMMARY_WORDS, SUMS, Article, Container
from .settings import Settings
from .views import ArchiveIndex, by_date

REPORT = "build-report.json"
STAMP = "build-stamp.json"  # in the cache: what the last build read, and content/ as it left it
SEARCH_STATE = "search-index.pickle"  # in the cache: what the search index needs to grow
SEEDS_MEMO = "seeds"  # in the cache: what each seed file's seeds became, a file each (write.Memo)
CATALOG_MEMO = "catalog.pickle"  # in the cache: where each row is in catalog.json and .csv (exports.Rows)
CODE = ("archive", "build.py", "requirements.txt")
ROOT = Path(__file__).resolve().parent.parent
# From this many articles, content/ is written by three processes (write.write_parts).
PARALLEL_FROM = 1000
# From this many bytes of seeds, the files the last build did not read are read by one
# process a core (write.Memo.results)
PARALLEL_READ_FROM = 4_000_000
# Seed files of several articles: each is published once, as it came, as the original of
# its records. A path of these characters keeps its name under originals/; another is
# published under a digest of it.
CONTAINERS = (".json", ".jsonl", ".zip")
SAFE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


@dataclass
class Report:
    seeds: int = 0
    published: list[Article] = field(default_factory=list)
    merged: list[Article] = field(default_factory=list)  # other publications of a published text
    rejected: list[tuple[str, list[str]]] = field(default_factory=list)  # (where, reasons)
    notes: list[str] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    repairs: int = 0
    output: write.Output | None = None

    def as_dict(self) -> dict:
        return {
            "seeds": self.seeds,
            "published": len(self.published),
            "publications_merged": len(self.merged),
            "rejected": len(self.rejected),
            "repairs": self.repairs,
            "rejections": [{"seed": where, "reasons": reasons} for where, reasons in self.rejected],
            "warnings": [{"seed": where, "warning": w} for where, w in self.warnings],
            "articles": [{"id": a.id, "seed": a.where} for a in self.published],
            "publications": [{"id": a.id, "seed": a.where, "article": a.primary.id} for a in self.merged],
        }


@dataclass
class Found:
    """What one seed became: an article, or the problems that keep it out; and warnings."""

    article: Article | None
    problems: list[str]
    warnings: list[str]


def code() -> str:
    """A digest of the code and its words."""
    return write.digest([ROOT / name for name in CODE])


@dataclass
class Seen:
    """What a build looks at first, once (look()): the seed files, read, and each one's
    digest; the last build's stamp; content/ as it is now (write.snapshot)."""

    files: list[readers.SeedFile]
    digests: list[str | None]
    last: dict
    content: dict


def look(settings: Settings) -> Seen:
    files = list(readers.files(settings.seeds))
    return Seen(files, [f.digest() for f in files], write.read_stamp(settings.cache / STAMP),
                write.snapshot(settings.content))


def inputs(settings: Settings, seen: Seen, code_digest: str | None = None) -> str:
    """A digest of everything a build reads: the seed files (by their digests, or the
    problem that kept one unread), the code and its words (code()), the settings."""
    files = [(f.origin, d if d else f.problem.problems) for f, d in zip(seen.files, seen.digests, strict=True)]
    return write.digest([], files, code_digest or code(), settings.site_url, settings.overwrite)


def unchanged(settings: Settings, seen: Seen | None = None) -> dict | None:
    """The last build's report, if the seeds, the code and the settings are what it read
    and content/ is as it left it; so a build now would write nothing."""
    seen = seen or look(settings)
    if seen.last.get("inputs") != inputs(settings, seen) or seen.last.get("content") != seen.content:
        return None
    try:
        return json.loads((settings.content / REPORT).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def build(settings: Settings, progress=None, beside=None, seen: Seen | None = None) -> Report:
    """Build content/ from the seeds (`seen`: as look() found them, if it was called).
    `beside(ready, found)`, if given, is called once content/ is written but for the
    search index, which may still be being made in another process; ready() waits for
    it (build.py --site builds the site meanwhile); `found`: content/ as it is then
    (snapshot())."""
    report = Report()
    seen = seen or look(settings)
    code_digest = code()
    read = inputs(settings, seen, code_digest)
    candidates: list[Article] = []
    started = time.monotonic()
    # 1. read, 2. clean and 3. validate each seed on its own: what a file's seeds became
    # is kept in the cache, and read again while the file and the code are the same
    memo = write.Memo(settings.cache / SEEDS_MEMO, code_digest)
    files, digests = seen.files, seen.digests  # a file's digest: the memo's key, and its original's
    made = [(d, functools.partial(_found_in, f)) for f, d in zip(files, digests, strict=True)]
    # the articles, kept to the end, frozen as they are read: not walked by every full collection
    with write.frozen() as freeze, render.compiled_in(settings.cache):
        results = memo.results(made, parallel=sum(len(f.data) for f in files) >= PARALLEL_READ_FROM)
        for (key, _), seeds in zip(made, results, strict=True):
            # the text of an article read now is decoded here (Article.__getstate__), once:
            # its page and its search terms are made in other processes, forked after this,
            # which would each decode a copy (400 MB more at 100,000 articles)
            fresh = not memo.has(key)
            for where, found in seeds:
                report.seeds += 1
                if progress and report.seeds % 2000 == 0:
                    progress(f"  {report.seeds:,} seeds read ({time.monotonic() - started:.0f} s)")
                report.warnings += [(where, w) for w in found.warnings]
                if found.problems:
                    report.rejected.append((where, found.problems))
                else:
                    if fresh:
                        found.article.text  # noqa: B018 - decoded (model._Text)
                    candidates.append(found.article)
            freeze()
        saved = write.started(memo.save)  # the results made now (a day's: 8 MB), while the collection is validated
        del memo  # its pickles, once saved: the articles are in memory now
        return _publish(settings, report, candidates, seen, code_digest, read, beside, saved)


def _publish(settings: Settings, report: Report, candidates: list[Article], seen: Seen, code_digest: str,
             read: str, beside, saved=lambda: None) -> Report:
    """build()'s steps after the seeds are read: 3. the collection validated, then 4–6
    content/ written (and, with `beside`, the site built meanwhile). saved() waits for
    the seeds' memo to be written, before any process is forked."""
    files, digests = seen.files, seen.digests
    # 3. validate the collection: one article per text, id and URL; the same text under
    # another address is another publication of the earliest one
    candidates.sort(key=lambda a: a.date.sort_key if a.date else "~")  # stable: seed order within a date
    repeats = validate.duplicates(candidates)
    for i, article in enumerate(candidates):
        repeat = repeats.get(i)
        if repeat is None:
            report.published.append(article)
            report.repairs += article.repairs
        elif repeat.kind == "publication":
            article.primary = candidates[repeat.first]
            article.primary.merged.append(article)
            report.merged.append(article)
        else:
            report.rejected.append((article.where, [repeat.reason]))
    report.published.sort(key=lambda a: a.id)
    report.merged.sort(key=lambda a: a.id)
    if settings.site_url is None:
        report.notes.append("SITE_URL is not set: no feed.xml, and pages carry no canonical or "
                            "permanent address (set SITE_URL to the published address to have them)")
    # the files of content/ as the last build wrote and left them: kept without being read
    # again (a file it kept because it was edited by hand is read, and reported, again)
    left, edited = seen.last.get("content", {}), set(seen.last.get("kept", []))
    untouched = write.alike(seen.content, left) - edited
    found = write.remove_temporary(settings.content, seen.content)
    out = write.Output(settings.content, overwrite=settings.overwrite, untouched=untouched, found=found)
    # three parts, written side by side when the archive is large: 4. index: the lists,
    # pages and neighbours (views), 5. render and 6. write the pages; the build report and
    # the catalogs; and the search index, which needs the articles, not their lists. With
    # `beside`, the site is built while the search index, the longest of an append's
    # parts, is still being made.
    since = search_index.Since(settings.cache / SEARCH_STATE, settings.content, code_digest, untouched)
    catalog = settings.cache / CATALOG_MEMO  # read by the part that writes the catalogs: where its rows are
    held = {f.origin: write.Made(d, lambda f=f: f.data) for f, d in zip(files, digests, strict=True)}
    newest = by_date(report.published)  # sorted once, before the parts fork: each reads it
    parts = [lambda: pages(report, ArchiveIndex(newest, in_order=True), settings.site_url, code_digest, held),
             lambda: itertools.chain([(REPORT, write.report_json(report.as_dict()))],
                                     exports.files(newest, settings.site_url,
                                                   exports.Rows(catalog, settings.content, code_digest))),
             lambda: search_index.files(newest, since, by_date=True)]

    left_as: list[dict] = []  # content/ as this build leaves it (snapshot), once it is whole

    def done(ready):
        out.finish(but=f"{search_index.INDEX_DIR}/")  # content/ as this build leaves it, but the index

        def whole():  # called by the site step while its workers render the pages: this process waits
            ready()
            out.finish()
            left_as.append(out.now())

        beside(whole, out.now())  # and content/ as it is now (snapshot()), the index not yet whole

    saved()
    write.write_parts(out, parts, parallel=len(report.published) >= PARALLEL_FROM, beside=done if beside else None)
    out.finish()
    write.record_stamp(settings.cache / STAMP, read, left_as[0] if left_as else out.now(), kept=out.kept)
    report.output = out
    return report


def pages(report: Report, index: ArchiveIndex, site_url: str | None, code: str, files: dict[str, write.Made]):
    """Every page and original file of content/ (as (path, bytes)): articles, other
    publications, their originals (`files`: the seed files' bytes by origin), browse pages. An
    article page is made again only if what it shows (render.article_inputs) or the code
    changed."""
    originals: dict[str, write.Made] = {}
    for article in report.published:
        yield f"articles/{article.id}.md", write.Made.of(code, render.article_inputs(article, index, site_url),
                                                         lambda a=article: render.article(a, index, site_url))
        yield from _original(article, files, originals)
    for article in report.merged:  # its own id still leads to the article
        yield f"articles/{article.id}.md", render.redirect(article)
        yield from _original(article, files, originals)
    yield SUMS, sums(originals, code)
    yield from render.browse_pages(index, site_url, code)


def _original(article: Article, files: dict[str, write.Made], done: dict[str, write.Made]):
    """An article's original file, unless published already: its seed file's bytes, or
    those of the file that holds its record."""
    path = article.original_path
    if path not in done:
        if article.container:
            done[path] = files[article.container.origin]
        else:
            done[path] = write.Made(article.sha256, lambda: article.original_bytes)
        yield path, done[path]


def sums(originals: dict[str, write.Made], code: str) -> write.Made:
    """originals/SHA256SUMS.txt: each original file's digest and name, as sha256sum writes them."""
    names = sorted(originals)
    return write.Made.of(code, [(n, originals[n].key) for n in names], lambda: "".join(
        f"{hashlib.sha256(originals[n].make()).hexdigest()}  {n.removeprefix('originals/')}\n"
        for n in names).encode())


def _found_in(f: readers.SeedFile, k: int = 0, n: int = 1) -> list[tuple[str, Found]]:
    """What the seeds of a file became, each with where it is: of the k-th of n shares of
    them (every n-th seed from the k-th: write.Memo)."""
    box = container(f)
    return [(s.where, to_article(s, box)) for s in itertools.islice(f.seeds(), k, None, n)]


def container(f: readers.SeedFile) -> Container | None:
    """Where a seed file of several articles is published (None for a file of one)."""
    ext = os.path.splitext(f.origin)[1].lower()
    if f.problem or ext not in CONTAINERS:
        return None
    rel = f.origin.split("/", 1)[1]
    if not all(SAFE_NAME.fullmatch(part) for part in rel.split("/")):
        rel = hashlib.sha256(rel.encode()).hexdigest()[:16] + ext
    return Container(f.origin, f"originals/{rel}")


def to_article(seed: readers.Seed, container: Container | None = None) -> Found:
    """Seed → Article, or every reason it cannot be published. The seed is not changed.
    `container`: the seed file of several articles the seed came from."""
    meta, problems, warnings = validate.check_meta(seed.meta)
    problems = list(seed.problems) + problems
    warnings = list(seed.warnings) + warnings
    if problems:
        return Found(None, problems, warnings)
    text, repairs, removed = clean.clean_text(seed.body or "")
    if removed:
        warnings.append(f"{removed} control or bidi characters removed from the text")
    if not meta.get("title") and text:
        warnings.append("no title; taken from the opening clause")
    if meta.get("source") and not sources.known(meta["source"]):
        warnings.append(f"source '{meta['source']}' is not in archive/sources.yml; shown as written")
    values = {
        **meta,
        "id": meta.get("id") or validate.derive_id(seed.id_hint),
        "title": meta.get("title") or clean.opening_clause(text),
        "summary": meta.get("summary") or clean.first_words(text, SUMMARY_WORDS),
    }
    article = Article(values=values, text=text, original_bytes=seed.raw, original=seed.origin,
                      original_ext=seed.ext, record=seed.record, repairs=repairs, container=container)
    problems = validate.check_article(article)
    if not problems:
        # made here, so that the seed memo keeps them with the article: a build does not
        # parse the bylines, count the words or digest the texts of the files it did not
        # read again
        article.text_key, article.authors, article.word_count, article.sha256, article.values_key  # noqa: B018 - cached properties
        if container:  # its file is published, not its record's bytes
            article.original_bytes = b""
    return Found(None if problems else article, problems, warnings)


def print_summary(report: Report, stream=None, limit: int = 50) -> None:
    stream = stream or sys.stdout
    out = report.output
    print(f"{report.seeds:,} seeds: {len(report.published):,} published, {len(report.merged):,} "
          f"publications merged, {len(report.rejected):,} rejected; {report.repairs:,} crawl repairs",
          file=stream)
    for note in report.notes:
        print(f"  note: {note}", file=stream)
    if out:
        print(f"content/: {out.written:,} files written, {out.unchanged:,} unchanged "
              f"({len(out.reused):,} of them not made again), {out.removed:,} removed", file=stream)
        for rel in out.kept:
            print(f"  kept hand-edited {rel} (run with --overwrite to replace it)", file=stream)
    print_rejections(report.rejected, stream, limit)


def print_rejections(rejected: list[tuple[str, list[str]]], stream, limit: int) -> None:
    for where, reasons in rejected[:limit]:
        print(f"  rejected {where}: {'; '.join(reasons)}", file=stream)
    if len(rejected) > limit:
        print(f"  … and {len(rejected) - limit:,} more rejections in the build report", file=stream)


def print_unchanged(last: dict, stream=None, limit: int = 50) -> None:
    """What a build with nothing to do says: the last build's figures and rejections."""
    stream = stream or sys.stdout
    print(f"nothing changed since the last build (seeds, code, settings and content/): "
          f"{last['seeds']:,} seeds: {last['published']:,} published, {last['publications_merged']:,} "
          f"publications merged, {last['rejected']:,} rejected; no file written", file=stream)
    print_rejections([(r["seed"], r["reasons"]) for r in last["rejections"]], stream, limit)

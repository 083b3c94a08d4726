"""The pipeline, top to bottom: read → clean → validate → render → write.

Every seed ends published or rejected, with its file, record and reasons, so that
seeds in = published + rejected, always.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import browse, clean, readers, render, search_index, validate, write
from .model import SUMMARY_WORDS, Article

REPORT = "build-report.json"
DEFAULT_SITE_URL = "http://127.0.0.1:8000/"  # as in mkdocs.yml; set SITE_URL when publishing


@dataclass
class Report:
    seeds: int = 0
    published: list[Article] = field(default_factory=list)
    rejected: list[tuple[str, list[str]]] = field(default_factory=list)  # (where, reasons)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    repairs: int = 0
    output: write.Output | None = None

    def as_dict(self) -> dict:
        return {
            "seeds": self.seeds,
            "published": len(self.published),
            "rejected": len(self.rejected),
            "repairs": self.repairs,
            "rejections": [{"seed": where, "reasons": reasons} for where, reasons in self.rejected],
            "warnings": [{"seed": where, "warning": w} for where, w in self.warnings],
            "articles": [{"id": a.id, "seed": a.where} for a in self.published],
        }


def cache_for(content_dir: Path) -> Path:
    """The build's own cache sits beside content/: .cache/."""
    return Path(content_dir).parent / ".cache"


def build(seeds_dir: Path, content_dir: Path, *, overwrite: bool = False,
          progress=None, site_url: str | None = None) -> Report:
    report = Report()
    candidates: list[Article] = []
    started = time.monotonic()
    # 1. read and 2. clean + 3. validate each seed on its own
    for seed in readers.read_folder(Path(seeds_dir)):
        report.seeds += 1
        if progress and report.seeds % 2000 == 0:
            progress(f"  {report.seeds:,} seeds read ({time.monotonic() - started:.0f} s)")
        article, problems = to_article(seed)
        report.warnings += [(seed.where, w) for w in seed.warnings]
        if problems:
            report.rejected.append((seed.where, problems))
        else:
            candidates.append(article)
    # 3. validate the collection: one article per id, URL and text
    duplicates = validate.duplicates(candidates)
    for i, article in enumerate(candidates):
        if i in duplicates:
            report.rejected.append((article.where, [duplicates[i]]))
        else:
            report.published.append(article)
            report.repairs += article.repairs
    report.published.sort(key=lambda a: a.id)
    # 4. render and 5. write: articles, originals, browse pages, search index, report
    out = write.Output(Path(content_dir), overwrite=overwrite)
    if site_url is None:
        site_url = os.environ.get("SITE_URL") or DEFAULT_SITE_URL
    site = browse.Browse(report.published, site_url)
    for article in report.published:
        out.write(f"articles/{article.id}.md",
                  render.render(article, site.links(article), site.around(article)).encode("utf-8"))
        out.write(render.original_path(article), article.original_bytes)
    for rel, data in site.pages():
        out.write(rel, data)
    for rel, data in search_index.files(site.articles):  # already in date order
        out.write(rel, data)
    out.write(REPORT, write.report_json(report.as_dict()))
    out.finish()
    cache = write.Output(cache_for(content_dir) / "pagefind-src", overwrite=True)
    for rel, data in search_index.pagefind_documents(report.published):
        cache.write(rel, data)
    cache.finish()
    report.output = out
    return report


def to_article(seed: readers.Seed) -> tuple[Article | None, list[str]]:
    """Seed → Article, or the list of every reason it cannot be published."""
    problems = list(seed.problems)
    meta, meta_problems, meta_warnings = validate.check_meta(seed.meta)
    problems += meta_problems
    seed.warnings += meta_warnings
    if problems:
        return None, problems
    text, repairs, removed = clean.clean_text(seed.body or "")
    if removed:
        seed.warnings.append(f"{removed} control or bidi characters removed from the text")
    article = Article(
        id=meta.get("id") or validate.derive_id(seed.id_hint),
        title=meta.get("title") or clean.opening_clause(text),
        text=text,
        original_bytes=seed.raw,
        original=seed.origin,
        original_ext=seed.ext,
        record=seed.record,
        date=meta.get("date"),
        source=meta.get("source"),
        url=meta.get("url"),
        author=meta.get("author"),
        tags=meta.get("tags", []),
        summary=meta.get("summary") or clean.first_words(text, SUMMARY_WORDS),
        repairs=repairs,
    )
    if not meta.get("title") and text:
        seed.warnings.append("no title; taken from the opening clause")
    problems = validate.check_article(article)
    return (None if problems else article), problems


def print_summary(report: Report, stream=None, limit: int = 50) -> None:
    stream = stream or sys.stdout
    out = report.output
    print(f"{report.seeds:,} seeds: {len(report.published):,} published, "
          f"{len(report.rejected):,} rejected; {report.repairs:,} crawl repairs", file=stream)
    if out:
        print(f"content/: {out.written:,} files written, {out.unchanged:,} unchanged, "
              f"{out.removed:,} removed", file=stream)
        for rel in out.kept:
            print(f"  kept hand-edited {rel} (run with --overwrite to replace it)", file=stream)
    for where, reasons in report.rejected[:limit]:
        print(f"  rejected {where}: {'; '.join(reasons)}", file=stream)
    if len(report.rejected) > limit:
        print(f"  … and {len(report.rejected) - limit:,} more rejections in the build report",
              file=stream)

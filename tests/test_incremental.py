"""A growing archive: adding articles to a built archive rewrites only what shows them,
and the site built on the last one is the same, file for file, as a clean build."""

import functools
import json
import shutil

import pytest

from archive import pipeline, search_index, site
from archive.settings import Settings

from .conftest import ROOT, write_seeds
from .golden import SETS
from .search_helpers import read_index

# Files allowed to differ, and why:
# - sitemap.xml.gz: its gzip header holds a time taken from the pages MkDocs read, and a
#   build on the last site reads only the changed ones; its content (sitemap.xml) is compared.
# - search-index/: an append indexes the added articles in the index's recent segment
#   (archive/search_index.py), where a clean build has one; what the index holds, read as
#   search.js reads it (read_index), is compared, and must be the same.


URL = "https://archive.example/"


def may_differ(path: str) -> bool:
    return path == "sitemap.xml.gz" or path.startswith("search-index/")


def _records() -> list[dict]:
    return [json.loads(line) for line in (SETS["golden"] / "news.jsonl").read_text("utf-8").splitlines()]


def _seeds(folder, records):
    shutil.copytree(SETS["golden"], folder, ignore=shutil.ignore_patterns("news.jsonl"))
    write_seeds(folder, {"news.jsonl": "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"})
    return folder


def _build(seeds, work, **kw):
    report = pipeline.build(Settings(seeds, work / "content", site_url=URL))
    return report, site.build_site(work / "site", work / "content", base_url=URL, **kw)


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# the newest days added (the search index is extended), or a day in the middle (a backfill:
# documents after it are numbered anew, and the index is made again)
@pytest.mark.parametrize("later", [("2015-08-03", "2016"), ("2015-07-2",)], ids=["newest", "backfill"])
def test_an_append_builds_the_same_site_as_a_clean_build(tmp_path, monkeypatch, later):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    records = _records()
    day = [r for r in records if r.get("date", "").startswith(later)]  # added later
    first = [r for r in records if r not in day]
    grown = tmp_path / "grown"
    _, how = _build(_seeds(tmp_path / "1" / "seeds", first), grown)
    assert how == "full"
    report, how = _build(_seeds(tmp_path / "2" / "seeds", records), grown)
    assert how == "incremental"
    extended = any(p.startswith("search-index/") for p in report.output.reused)
    assert extended == (later[0] == "2015-08-03")
    clean = tmp_path / "clean"
    _build(_seeds(tmp_path / "3" / "seeds", records), clean, full=True)
    a, b = _tree(grown / "site"), _tree(clean / "site")
    assert sorted(p for p in a if not may_differ(p)) == sorted(p for p in b if not may_differ(p))
    assert [p for p in a if not may_differ(p) and a[p] != b[p]] == []
    assert read_index(grown / "site" / "search-index") == read_index(clean / "site" / "search-index")
    assert (grown / "site" / "search-index" / "recent").is_dir() == (later[0] == "2015-08-03")
    # content/ as the site was built from it, the same stack: nothing to do, nothing touched
    times = {p: p.stat().st_mtime_ns for p in (grown / "site").rglob("*")}
    assert site.build_site(grown / "site", grown / "content", base_url=URL) == "unchanged"
    assert {p: p.stat().st_mtime_ns for p in (grown / "site").rglob("*")} == times


def test_adding_an_article_rewrites_only_what_shows_it(tmp_path, monkeypatch):
    """The new article, its day, its source's month, its neighbours in time, and the
    archive-wide pages: home, indexes, catalogs, feed, report, search index."""
    monkeypatch.chdir(ROOT)
    work = tmp_path / "w"
    report, article = _add_one(tmp_path, work, {
        "title": "خبر جديد", "date": "2015-07-23 08:00:00", "source": "okaz", "url": "http://news.example/new",
        "content": "نص خبر جديد عن الأمطار في جدة."})
    written = set(report.output.written_paths)
    neighbours = {f"articles/{n.id}.md" for n in (report.published) if n.id in _neighbour_ids(work, article.id)}
    # news.jsonl, the seed file the record was added to, is published again as it is now
    allowed = {f"articles/{article.id}.md", "originals/news.jsonl", "originals/SHA256SUMS.txt",
               "timeline/2015-07-23.md", "timeline/2015-07.md", "timeline/2015.md", "timeline.md", "index.md",
               "sources.md", "sources/okaz.md",
               "sources/okaz/2015-07.md", "catalog.json", "catalog.csv", "feed.xml", "build-report.json"} | neighbours
    unexpected = {p for p in written - allowed if not p.startswith("search-index/")}
    assert unexpected == set()
    assert len(neighbours) == 2
    # and the other article pages were not even made again: what they show is as it was
    reused = {p for p in report.output.reused if p.startswith("articles/")}
    assert reused == {f"articles/{a.id}.md" for a in report.published} - neighbours - {f"articles/{article.id}.md"}


def test_the_newest_article_added_rewrites_only_the_recent_segment_of_the_search_index(tmp_path, monkeypatch):
    """Documents are numbered oldest first and weighed against a fixed average length, so
    the day's news, added, leaves every other document's postings as they were: it is
    indexed in the recent segment, and of the base only meta.js and its last chunk of
    documents are rewritten."""
    monkeypatch.chdir(ROOT)
    work = tmp_path / "w"
    report, article = _add_one(tmp_path, work, {
        "title": "خبر أحدث", "date": "2016-02-01 08:00:00", "source": "okaz", "url": "http://news.example/last",
        "content": "نص خبر أحدث عن الأمطار في جدة."})
    index = {p for p in report.output.current if p.startswith("search-index/")}
    recent = {p for p in index if p.startswith("search-index/recent/")}
    last_chunk = f"search-index/d-{(len(report.published) - 1) // search_index.DOC_CHUNK}.js"
    words = set(article.terms[0] + article.terms[1])
    assert recent == {f"search-index/recent/t-{search_index.shard_key(t)}.js" for t in words} | \
                     {"search-index/recent/p-0.js"}
    rewritten = {p for p in report.output.written_paths if p.startswith("search-index/")}
    assert rewritten == recent | {"search-index/meta.js", last_chunk}
    # the base was kept, not made again
    assert {p for p in report.output.reused if p.startswith("search-index/")} == index - rewritten


def _add_one(tmp_path, work, record):
    """Build the golden set in `work`, then again with `record` added: (that build's
    report, the new article)."""
    records = _records()
    _build(_seeds(tmp_path / "1" / "seeds", records), work)
    report, _ = _build(_seeds(tmp_path / "2" / "seeds", records + [record]), work)
    [article] = [a for a in report.published if a.title == record["title"]]
    return report, article


def _neighbour_ids(work, article_id) -> set[str]:
    from mkdocs.utils.meta import get_data

    _, meta = get_data((work / "content" / "articles" / f"{article_id}.md").read_text("utf-8"))
    return {meta["view"][k]["id"] for k in ("older", "newer") if k in meta["view"]}


def test_a_site_built_on_the_last_one_rewrites_only_what_changed(tmp_path, monkeypatch):
    """The pages of the Markdown that changed, and what every build renders, are rendered
    aside and moved in: every other file of the last site is left as it was (the same
    file, not a copy)."""
    monkeypatch.chdir(ROOT)
    records = _records()
    grown = tmp_path / "grown"
    _build(_seeds(tmp_path / "1" / "seeds", records[:-3]), grown)
    before = {rel: (grown / "site" / rel).stat().st_ino for rel in _tree(grown / "site")}
    report, how = _build(_seeds(tmp_path / "2" / "seeds", records), grown)
    assert how == "incremental"
    after = _tree(grown / "site")
    rewritten = {rel for rel in after if before.get(rel) != (grown / "site" / rel).stat().st_ino}
    every_build = {"index.html", "timeline/index.html", "sources/index.html", "search/index.html", "404.html",
                   "sitemap.xml", "sitemap.xml.gz"}
    changed = {site.page_path(rel, False) if rel.endswith(".md") else rel for rel in report.output.written_paths}
    assert rewritten == changed | every_build


def test_an_archive_written_by_several_processes_is_the_one_one_process_writes(tmp_path, monkeypatch):
    """build.py writes content/ in two processes and the site step renders pages in one a
    core when the archive is large; here they do it for a small one, and change nothing."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    seeds = _seeds(tmp_path / "seeds", _records())
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 10**9)
    monkeypatch.setattr(site, "PARALLEL_FROM", 10**9)
    _build(seeds, tmp_path / "one")
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 0)
    monkeypatch.setattr(site, "PARALLEL_FROM", 0)
    monkeypatch.setattr(site, "render", functools.partial(site.render, workers=3))
    report, _ = _build(seeds, tmp_path / "three")
    assert report.output.written == len(_tree(tmp_path / "three" / "content")) - 2  # manifest, keys
    assert _tree(tmp_path / "one" / "content") == _tree(tmp_path / "three" / "content")
    assert _tree(tmp_path / "one" / "site") == _tree(tmp_path / "three" / "site")
    (tmp_path / "three" / "content" / pipeline.REPORT).unlink()  # written again; all else as it was
    again, _ = _build(seeds, tmp_path / "three")
    assert (again.output.written, again.output.unchanged) == (1, report.output.written - 1)


def test_build_py_site_builds_the_site_that_the_two_steps_build(tmp_path, monkeypatch, capsys):
    """make site: build.py --site renders the site's pages while the search index is still
    being written, in another process, and copies the index once it is whole. The site is
    the one build.py, then python -m archive.site, make: from clean, with a day added,
    and with nothing changed."""
    import build

    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.setenv("SITE_URL", URL)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 0)  # the index made beside the site, as for a large archive
    monkeypatch.setattr(site, "PARALLEL_FROM", 0)
    records = _records()
    day = [r for r in records if r.get("date", "").startswith(("2015-08-03", "2016"))]
    sets = [_seeds(tmp_path / "1", [r for r in records if r not in day]), _seeds(tmp_path / "2", records)]
    for k, seeds in enumerate(sets):
        one, two = tmp_path / "one", tmp_path / "two"
        args = ["--seeds", str(seeds), "--quiet"]
        assert build.main([*args, "--content", str(one / "content"), "--site", str(one / "site")]) == 0
        assert f"({'incremental' if k else 'full'} build)" in capsys.readouterr().out
        assert build.main([*args, "--content", str(two / "content")]) == 0
        assert site.main(["--content", str(two / "content"), "--site", str(two / "site")]) == 0
        assert _tree(one / "content") == _tree(two / "content")
        assert _tree(one / "site") == _tree(two / "site")
    times = {p: p.stat().st_mtime_ns for p in (one / "site").rglob("*")}
    assert build.main([*args, "--content", str(one / "content"), "--site", str(one / "site")]) == 0
    assert "is up to date" in capsys.readouterr().out
    assert {p: p.stat().st_mtime_ns for p in (one / "site").rglob("*")} == times


def test_an_article_removed_leaves_the_site_as_a_clean_build_has_it(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    records = _records()
    grown = tmp_path / "grown"
    report, _ = _build(_seeds(tmp_path / "1" / "seeds", records), grown)
    gone = next(a for a in report.published if a.record == 3)  # news.jsonl's third record
    _, how = _build(_seeds(tmp_path / "2" / "seeds", records[:2] + records[3:]), grown)
    assert how == "incremental"
    assert not (grown / "site" / "articles" / gone.id).exists()
    # its original is the seed file that held it, published now as it is without it
    assert (grown / "site" / gone.original_path).read_bytes() == (tmp_path / "2" / "seeds" / "news.jsonl").read_bytes()
    _build(_seeds(tmp_path / "3" / "seeds", records[:2] + records[3:]), tmp_path / "clean", full=True)
    a, b = _tree(grown / "site"), _tree(tmp_path / "clean" / "site")
    assert [p for p in a.keys() | b.keys() if not may_differ(p) and a.get(p) != b.get(p)] == []
    assert read_index(grown / "site" / "search-index") == read_index(tmp_path / "clean" / "site" / "search-index")


def test_a_page_moved_into_a_folder_keeps_its_new_page(tmp_path, monkeypatch):
    """A page of content/ added by hand, then moved from notes.md to notes/index.md: both
    have the page notes/index.html, which the build on the last site keeps."""
    monkeypatch.chdir(ROOT)
    grown = tmp_path / "grown"
    _build(_seeds(tmp_path / "seeds", _records()[:5]), grown)
    (grown / "content" / "notes.md").write_text("# ملاحظات\n\nالأولى\n", "utf-8")
    assert site.build_site(grown / "site", grown / "content", base_url=URL) == "incremental"
    (grown / "content" / "notes.md").unlink()
    (grown / "content" / "notes").mkdir()
    (grown / "content" / "notes" / "index.md").write_text("# ملاحظات\n\nالثانية\n", "utf-8")
    assert site.build_site(grown / "site", grown / "content", base_url=URL) == "incremental"
    assert "الثانية" in (grown / "site" / "notes" / "index.html").read_text("utf-8")


def test_a_seed_file_as_it_was_is_not_read_again(tmp_path, monkeypatch):
    """What a file's seeds became is kept (.cache/seeds/, a file each): a build reads again only
    the files that changed, and writes what a build that reads them all writes."""
    monkeypatch.chdir(ROOT)
    seeds = _seeds(tmp_path / "seeds", _records())
    pipeline.build(Settings(seeds, tmp_path / "grown" / "content"))
    write_seeds(seeds, {"added.md": "---\ntitle: خبر مضاف\ndate: 2015-07-22\n---\nنص خبر مضاف عن المطر.\n"})
    read, real = [], pipeline.to_article
    monkeypatch.setattr(pipeline, "to_article", lambda seed, *held: read.append(seed.where) or real(seed, *held))
    report = pipeline.build(Settings(seeds, tmp_path / "grown" / "content"))
    assert read == ["seeds/added.md"]
    assert report.seeds == len(report.published) + len(report.merged) + len(report.rejected)
    assert "added" in {a.id for a in report.published}
    pipeline.build(Settings(seeds, tmp_path / "clean" / "content"))
    assert _tree(tmp_path / "grown" / "content") == _tree(tmp_path / "clean" / "content")


@pytest.mark.parametrize("parallel_from", [10**9, 0], ids=["one-process", "forked"])
def test_a_build_knows_content_as_it_leaves_it_without_walking_it_again(tmp_path, monkeypatch, parallel_from):
    """What a build records of content/ for the next (its stamp), and what the site step
    reads of it, come from what the build found and wrote (write.Output.now), not from
    walks of content/: they must be what a walk finds, after a build that wrote, kept and
    removed files, with a file of the archivist's own, a hidden one and a temporary file
    an interrupted build left."""
    import build
    from archive import write

    monkeypatch.setattr(pipeline, "PARALLEL_FROM", parallel_from)
    records = _records()
    seeds = _seeds(tmp_path / "seeds", records[:-2])
    content = tmp_path / "content"
    args = ["--quiet", "--seeds", str(seeds), "--content", str(content), "--site", str(tmp_path / "site")]
    assert build.main(args) == 0
    kept = records[:-3] + records[-1:]  # one record gone, one added
    write_seeds(seeds, {"news.jsonl": "\n".join(json.dumps(r, ensure_ascii=False) for r in kept) + "\n"})
    (content / "notes.txt").write_text("the archivist's own", "utf-8")
    (content / "articles" / ".hidden").write_text("not MkDocs'", "utf-8")
    (content / "articles" / ".a.md.tmp9").write_text("half written", "utf-8")
    assert build.main(args) == 0
    walked = write.snapshot(content)
    assert json.loads((tmp_path / ".cache" / pipeline.STAMP).read_text("utf-8"))["content"] == walked
    site_read = json.loads((tmp_path / ".cache" / "site.stamp").read_text("utf-8"))["content"]
    assert site_read == {**site._read(content), **site._read_index(content)}
    assert site._readable(walked) == site._read(content)
    assert "notes.txt" in walked and "articles/.hidden" in walked and "articles/.a.md.tmp9" not in walked

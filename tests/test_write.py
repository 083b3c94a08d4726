"""Write: nothing rewritten when nothing changed; hand edits are never lost silently."""

import functools
import json
import os

import pytest

from archive import pipeline
from archive.settings import Settings

from .conftest import write_seeds


def _snapshot(folder):
    return {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.rglob("*") if p.is_file()}


def test_rebuild_rewrites_nothing(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", {"a.txt": "نص أول", "b.txt": "نص ثان"})
    pipeline.build(Settings(seeds, tmp_path / "content"))
    before = _snapshot(tmp_path / "content")
    report = pipeline.build(Settings(seeds, tmp_path / "content"))
    assert report.output.written == 0
    assert _snapshot(tmp_path / "content") == before


def test_hand_edit_is_kept_and_reported(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", {"a.txt": "نص أول"})
    content = tmp_path / "content"
    pipeline.build(Settings(seeds, content))
    page = content / "articles" / "a.md"
    page.write_text(page.read_text() + "\nملاحظة المحرر\n")
    write_seeds(seeds, {"a.txt": "نص أول معدل"})
    report = pipeline.build(Settings(seeds, content))
    assert "articles/a.md" in report.output.kept
    assert "ملاحظة المحرر" in page.read_text()
    report = pipeline.build(Settings(seeds, content, overwrite=True))
    assert "نص أول معدل" in page.read_text() and not report.output.kept


def test_removed_seed_removes_its_page(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", {"a.txt": "نص أول", "b.txt": "نص ثان"})
    content = tmp_path / "content"
    pipeline.build(Settings(seeds, content))
    os.remove(seeds / "b.txt")
    report = pipeline.build(Settings(seeds, content))
    assert not (content / "articles" / "b.md").exists() and report.output.removed >= 2
    assert (content / "articles" / "a.md").exists()


def test_memo_results_made_by_several_processes_come_in_order(tmp_path):
    """Memo.results: what the last build kept is reused; the rest is made (by forked
    processes when asked), in the order of the items either way, and kept for the next."""
    import os as _os

    from archive.write import Memo

    memo = Memo(tmp_path / "memo", "code")
    def made(i, k=0, n=1):  # a result of five items, each (i, item, who made it)
        return [(i, j, _os.getpid()) for j in range(k, 5, n)]

    items = [(f"k{i}", functools.partial(made, i)) for i in range(6)]
    first = list(memo.results(items[:3], parallel=False))
    assert [[r[:2] for r in result] for result in first] == [[(i, j) for j in range(5)] for i in range(3)]
    memo.save()
    again = Memo(tmp_path / "memo", "code")
    items = [(None, functools.partial(made, "unkeyed"))] + items
    results = list(again.results(items, parallel=True))
    assert [[r[:2] for r in result] for result in results] == [[(i, j) for j in range(5)]
                                                               for i in ["unkeyed", *range(6)]]
    assert results[1:4] == first  # kept: not made again
    if "fork" in __import__("multiprocessing").get_all_start_methods():
        assert all(r[2] != _os.getpid() for result in results[:1] + results[4:] for r in result)  # by workers
    again.save()
    kept = Memo(tmp_path / "memo", "code")
    assert sorted(kept.last) == [f"k{i}" for i in range(6)]
    assert list(kept.results(items[1:], parallel=False)) == results[1:]  # kept, shares and all


def test_memo_writes_only_the_results_made_and_forgets_the_rest(tmp_path):
    """Memo.save: a result kept from the last build is not written again (a day added
    writes the day's, not the archive's); the results no build asked for, and those of
    another code, are removed; a kept result that cannot be read is made again."""
    from archive.write import Memo

    def made(i, k=0, n=1):
        return [(i, j) for j in range(k, 3, n)]

    memo = Memo(tmp_path / "memo", "code")
    list(memo.results([(f"k{i}", functools.partial(made, i)) for i in range(3)], parallel=False))
    memo.save()
    files = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "memo" / "code").iterdir()}
    assert sorted(files) == ["k0.pickle", "k1.pickle", "k2.pickle"]
    (tmp_path / "memo" / "code" / "k0.pickle").write_bytes(b"not a pickle")
    again = Memo(tmp_path / "memo", "code")
    items = [(f"k{i}", functools.partial(made, i)) for i in (0, 1, 3)]
    asked = []
    results = list(again.results([(k, lambda *a, make=m, k=k: asked.append(k) or make(*a)) for k, m in items],
                                 parallel=False))
    assert results == [made(0), made(1), made(3)] and asked == ["k0", "k3"]
    again.save()
    now = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "memo" / "code").iterdir()}
    assert sorted(now) == ["k0.pickle", "k1.pickle", "k3.pickle"]  # k2: no longer asked for
    assert now["k1.pickle"] == files["k1.pickle"]  # kept: not written again
    other = Memo(tmp_path / "memo", "other code")
    assert not other.has("k1")
    list(other.results([("k1", functools.partial(made, 1))], parallel=False))
    other.save()
    assert [p.name for p in (tmp_path / "memo").iterdir()] == ["other code"]


def test_a_result_alone_is_made_in_shares_by_every_core(tmp_path):
    """A day's file, the only one the last build did not read, is read in as many shares
    as there are cores, each share by the next worker free; its result is the same."""
    import os as _os

    from archive.write import CAN_FORK, Memo

    def made(k=0, n=1):
        return [(j, _os.getpid()) for j in range(k, 101, n)]

    memo = Memo(tmp_path / "memo", "code")
    result = next(memo.results([("day", made)], parallel=True))
    assert [j for j, _ in result] == list(range(101))
    if CAN_FORK and (_os.cpu_count() or 1) > 1:
        assert _os.getpid() not in {who for _, who in result}  # by the workers, a share each taken
        assert len(memo.now["day"]) == _os.cpu_count()  # the shares, kept as they were made


def test_catalog_rows_are_taken_from_the_catalogs_as_the_last_build_wrote_them(tmp_path):
    """exports.Rows: a row whose key is the same is read from the catalogs the last build
    wrote, as bytes, not made again; the catalogs are those a build without it makes;
    catalogs changed since (by hand) are not read: their rows are made again."""
    from archive import exports

    def lines(key: str) -> tuple[str, str]:
        return f'{{"id": "{key}", "title": "خبر {key}"}}', f"{key},خبر {key}\r\n"

    def build(keys: list[str], rows: exports.Rows, kept: set[str] = frozenset()) -> list[bytes]:
        made = [rows.get(k, lambda k=k: pytest.fail(f"{k} made again") if k in kept else lines(k)) for k in keys]
        files = exports.catalog_json([j for j, _ in made]), exports.catalog_csv([c for _, c in made])
        for name, data in zip((exports.CATALOG_JSON, exports.CATALOG_CSV), files, strict=True):
            (tmp_path / name).write_bytes(data)
        rows.save(*files)
        return list(files)

    memo = tmp_path / "catalog.pickle"
    build(["b", "a"], exports.Rows(memo, tmp_path, "code"))
    grown = build(["c", "b", "a"], exports.Rows(memo, tmp_path, "code"), kept={"a", "b"})
    assert grown == build(["c", "b", "a"], exports.Rows())  # as made row by row
    assert json.loads(grown[0])[2] == {"id": "a", "title": "خبر a"}
    (tmp_path / exports.CATALOG_JSON).write_bytes(grown[0].replace("خبر".encode(), "مقال".encode()))
    assert exports.Rows(memo, tmp_path, "code").last == {}  # edited by hand: every row made again
    assert exports.Rows(memo, tmp_path, "other code").last == {}


def test_work_started_in_a_thread_is_waited_for_and_its_failure_raised():
    """write.started: the seeds' memo is written in a thread while the build goes on; the
    build waits for it before forking, and a failure to write it is not lost."""
    import threading

    from archive.write import started

    go, done = threading.Event(), []
    wait = started(lambda: (go.wait(5), done.append(1)))
    assert done == []
    go.set()
    wait()
    assert done == [1]

    def fails():
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        started(fails)()


def test_an_article_read_back_from_the_memo_is_the_same_article():
    """An article pickled (the seeds' memo) keeps its text as UTF-8 until it is read
    (model._Text): read back, it is equal to the article it was, text and all, and can be
    pickled again before or after its text is read."""
    import pickle

    from archive.model import Article

    article = Article(values={"id": "a", "title": "عنوان"}, text="نص عربي\n\nوفقرة ثانية", original_bytes=b"x",
                      original="seeds/a.txt")
    back = pickle.loads(pickle.dumps(article))
    assert "text" not in vars(back)  # not decoded yet
    again = pickle.loads(pickle.dumps(back))  # pickled again, its text still bytes
    assert back == article and again == article
    assert back.text == "نص عربي\n\nوفقرة ثانية" and pickle.loads(pickle.dumps(back)).text == back.text

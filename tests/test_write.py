"""Write: nothing rewritten when nothing changed; hand edits are never lost silently."""

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

    memo = Memo(tmp_path / "memo.pickle", "code")
    items = [(f"k{i}", lambda i=i: [i, _os.getpid()]) for i in range(6)]
    first = list(memo.results(items[:3], parallel=False))
    assert [r[0] for r in first] == [0, 1, 2]
    memo.save()
    again = Memo(tmp_path / "memo.pickle", "code")
    items = [(None, lambda: ["unkeyed", _os.getpid()])] + items
    results = list(again.results(items, parallel=True))
    assert [r[0] for r in results] == ["unkeyed", 0, 1, 2, 3, 4, 5]
    assert results[1:4] == first  # kept: not made again
    if "fork" in __import__("multiprocessing").get_all_start_methods():
        assert all(r[1] != _os.getpid() for r in results[:1] + results[4:])  # made by workers
    again.save()
    assert sorted(Memo(tmp_path / "memo.pickle", "code").last) == [f"k{i}" for i in range(6)]


def test_a_memo_of_results_nobody_changes_keeps_them_as_they_are(tmp_path):
    """The catalogs' lines, strings, are kept as they are, not as pickles read again one
    by one (the catalogs' rows in a day's append: a third of what their process did)."""
    from archive.write import Memo

    memo = Memo(tmp_path / "memo.pickle", "code", as_is=True)
    assert memo.get("k", lambda: ("a json line", "a csv line")) == ("a json line", "a csv line")
    memo.save()
    again = Memo(tmp_path / "memo.pickle", "code", as_is=True)
    assert again.last == {"k": ("a json line", "a csv line")}  # the lines, not their pickle
    kept = again.get("k", lambda: pytest.fail("made again"))
    assert kept is again.last["k"]


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

"""Write: nothing rewritten when nothing changed; hand edits are never lost silently."""

import os

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

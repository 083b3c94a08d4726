"""The command line, in-process: help, exit codes, the summary and the report."""

import json

import pytest

import build

from .conftest import write_seeds


def test_help(capsys):
    assert build.main(["--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--seeds", "--content", "--strict", "--overwrite", "--quiet", "--site"):
        assert option in out


def test_usage_errors_exit_2(tmp_path, capsys):
    assert build.main(["--no-such-option"]) == 2
    assert build.main(["--seeds", str(tmp_path / "missing")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_report_accounts_for_every_seed_and_strict_exits_1(tmp_path, capsys):
    seeds = write_seeds(tmp_path / "seeds", {
        "good.txt": "نص سليم", "empty.txt": "  \n ", "dup.txt": "نص سليم",
        "bad.md": "---\ndate: yesterday\ntitle: [unclosed\n---\nنص\n",
    })
    args = ["--seeds", str(seeds), "--content", str(tmp_path / "content")]
    assert build.main(args) == 0
    out = capsys.readouterr().out
    assert "4 seeds: 1 published, 0 publications merged, 3 rejected" in out
    assert "rejected seeds/empty.txt: empty text (nothing to publish)" in out
    assert "rejected seeds/good.txt: read again: the same text, address and source as seeds/dup.txt" in out
    assert "rejected seeds/bad.md: front-matter: metadata is not valid YAML at line 3" in out
    report = json.loads((tmp_path / "content" / "build-report.json").read_text())
    assert report["seeds"] == report["published"] + report["publications_merged"] + report["rejected"] == 4
    assert build.main(args + ["--strict"]) == 1


def test_nothing_changed_writes_nothing_and_still_names_the_rejections(tmp_path, capsys):
    seeds = write_seeds(tmp_path / "seeds", {"good.txt": "نص سليم", "empty.txt": "  \n "})
    content = tmp_path / "content"
    args = ["--seeds", str(seeds), "--content", str(content)]
    assert build.main(args) == 0
    capsys.readouterr()
    before = {p: p.stat().st_mtime_ns for p in content.rglob("*")}
    assert build.main(args) == 0
    out = capsys.readouterr().out
    assert "nothing changed since the last build" in out and "no file written" in out
    assert "rejected seeds/empty.txt: empty text (nothing to publish)" in out
    assert {p: p.stat().st_mtime_ns for p in content.rglob("*")} == before
    # a seed changed, or a page of content/ touched by hand: the build runs again
    (seeds / "more.txt").write_text("نص آخر", "utf-8")
    assert build.main(args) == 0
    assert "2 published" in capsys.readouterr().out
    (content / "index.md").write_text("edited by hand", "utf-8")
    assert build.main(args) == 0
    assert "kept hand-edited index.md" in capsys.readouterr().out


def test_a_site_that_fails_to_build_exits_1_and_the_next_run_builds_it(tmp_path, capsys, monkeypatch):
    from archive import site

    seeds = write_seeds(tmp_path / "seeds", {"good.txt": "نص سليم"})
    args = ["--seeds", str(seeds), "--content", str(tmp_path / "content"), "--site", str(tmp_path / "site")]

    def fails(*_, **__):
        raise site.SiteBuildFailed("mkdocs build failed: a broken page")

    monkeypatch.setattr(site, "mkdocs_build", fails)
    assert build.main(args) == 1
    assert "site build failed: mkdocs build failed: a broken page" in capsys.readouterr().err
    assert not (tmp_path / "site").exists()
    monkeypatch.undo()
    assert build.main(args) == 0
    assert "(full build)" in capsys.readouterr().out
    assert (tmp_path / "site" / "index.html").is_file()


@pytest.mark.parametrize("fails_in", ["reading the seeds", "the search index"])
def test_a_build_that_fails_ends_the_site_process_too(tmp_path, monkeypatch, fails_in):
    """build.py --site starts the site's process first (build.SiteAside): a build that
    fails before content/ is written, or while its search index is made (the site's
    pages being rendered meanwhile), fails as it did, and leaves no process behind,
    waiting, and no site half built."""
    import multiprocessing

    from archive import pipeline, search_index

    def fails(*_, **__):
        raise RuntimeError("a broken build")

    if fails_in == "reading the seeds":
        monkeypatch.setattr(pipeline, "build", fails)
    else:
        monkeypatch.setattr(pipeline, "PARALLEL_FROM", 0)  # the index made in a process of its own
        monkeypatch.setattr(search_index, "files", fails)
    seeds = write_seeds(tmp_path / "seeds", {"good.txt": "نص سليم"})
    args = ["--quiet", "--seeds", str(seeds), "--content", str(tmp_path / "content"), "--site", str(tmp_path / "site")]
    with pytest.raises(RuntimeError, match="a broken build"):
        build.main(args)
    assert multiprocessing.active_children() == []
    assert not (tmp_path / "site").exists()

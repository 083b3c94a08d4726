"""Publishing: the GitHub Pages workflow, the site under a sub-path, and the offline copy
(a zip opened from file:// with the network blocked; a manifest that catches tampering)."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from archive import offline as offline_copy

from .conftest import ROOT, SEEDS, build_site
from .linkcheck import broken_links
from .walk import walk

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def test_workflow_passes_actionlint():
    actionlint = Path(sys.executable).with_name("actionlint")
    result = subprocess.run([str(actionlint), str(WORKFLOW)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    text = WORKFLOW.read_text()
    for step in ("make site", "actions/upload-pages-artifact", "actions/deploy-pages", "SITE_URL"):
        assert step in text


@pytest.fixture(scope="module")
def seed_zip(tmp_path_factory):
    work = tmp_path_factory.mktemp("offline")
    build_site(SEEDS, work)  # content/ and the hosted site
    target = offline_copy.make_offline(work / "content", work / "dist", "archive")
    unzipped = work / "unzipped"
    with zipfile.ZipFile(target) as z:
        z.extractall(unzipped)
    return target, unzipped / target.stem


def test_zip_name_and_contents(seed_zip):
    target, folder = seed_zip
    assert target.name.startswith("archive-offline-") and target.suffix == ".zip"
    for name in ("index.html", "search.html", "README.txt", "verify.py", "MANIFEST.sha256"):
        assert (folder / name).is_file(), name
    readme = (folder / "README.txt").read_text("utf-8")
    assert "index.html" in readme and "افتح" in readme
    assert broken_links(folder) == []
    for page in folder.rglob("*.html"):  # links name .html files, never folders
        html = page.read_text("utf-8")
        assert 'href="./"' not in html and not any(h.endswith('/"') for h in html.split('href="')[1:]
                                                   if not h.startswith(("http", "#")))


def test_verify_names_a_tampered_file(seed_zip, tmp_path):
    import shutil

    folder = shutil.copytree(seed_zip[1], tmp_path / "copy")
    verify = [sys.executable, str(folder / "verify.py"), str(folder)]
    ok = subprocess.run(verify, capture_output=True, text=True)
    assert ok.returncode == 0 and "the copy is whole" in ok.stdout
    victim = next((folder / "articles").glob("*.html"))
    data = bytearray(victim.read_bytes())
    data[100] ^= 1
    victim.write_bytes(bytes(data))
    (folder / "assets" / "archive.css").unlink()
    bad = subprocess.run(verify, capture_output=True, text=True)
    assert bad.returncode == 1
    assert f"altered: articles/{victim.name}" in bad.stdout
    assert "missing: assets/archive.css" in bad.stdout


@pytest.mark.browser
def test_offline_copy_walk_from_file_url(seed_zip, watched):
    _, folder = seed_zip
    w = watched()
    walk(w, folder.as_uri(), offline=True)
    assert w.remote == [] and w.errors == [] and w.dialogs == []


@pytest.mark.browser
def test_site_under_a_sub_path(tmp_path, serve, watched):
    site = build_site(SEEDS, tmp_path, base_url="http://127.0.0.1/archive/")
    base = serve(site, prefix="/archive")
    w = watched()
    walk(w, base, offline=False)
    assert w.remote == [] and w.errors == [] and w.dialogs == []

from __future__ import annotations

import functools
import http.server
import os
import sys
import threading
from pathlib import Path

import pytest

from archive.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet"
sys.path.insert(0, str(ROOT))

CHROMIUM = "/usr/bin/chromium"


def make_article(id: str = "x", text: str = "نص المقال", original: str = "seeds/x.txt", **values):
    """An Article as the pipeline makes one; `values` are its seed fields (title, date, …)."""
    from archive.model import Article

    values.setdefault("title", "عنوان")
    return Article(values={"id": id, **values}, text=text, original_bytes=values.pop("raw", b"raw"),
                   original=original)


def render_alone(article) -> str:
    """An article's page, in an archive of that one article."""
    from archive import render
    from archive.views import ArchiveIndex

    return render.article(article, ArchiveIndex([article])).decode("utf-8")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def corpus_sites(tmp_path_factory):
    """The corpus built once for every corpus test: (hosted site, offline site, catalog,
    report, content/). The hosted site is built as `make site` builds it, while the search
    index is made; then the offline one, once the index is whole."""
    import json
    import subprocess

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    work = tmp_path_factory.mktemp("corpus-sites")
    build_content(CORPUS, work, beside=lambda ready, found=None: build_site_of(work, ready=ready, found=found))
    subprocess.run([sys.executable, "-m", "archive.site", "--offline", "--site", str(work / "offline"),
                    "--content", str(work / "content")], cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
    catalog = json.loads((work / "content" / "catalog.json").read_text("utf-8"))  # a row a publication
    built = json.loads((work / "content" / "build-report.json").read_text("utf-8"))
    return work / "site", work / "offline", catalog, built, work / "content"


def write_seeds(folder: Path, files: dict[str, bytes | str]) -> Path:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return folder


def build_site(seeds: Path, work: Path, *, offline: bool = False, base_url: str = "") -> Path:
    """seeds → work/content → work/site, the way `make site` does it."""
    build_content(seeds, work, base_url=base_url)
    return build_site_of(work, offline=offline, base_url=base_url)


def build_content(seeds: Path, work: Path, *, base_url: str = "", beside=None) -> None:
    """seeds → work/content (build.py), every seed accounted for; `beside`: the site step
    of build.py --site (pipeline.build), if the site is built as make site builds it."""
    from archive import pipeline

    report = pipeline.build(Settings(seeds, work / "content", site_url=base_url or None), beside=beside)
    assert report.seeds == len(report.published) + len(report.merged) + len(report.rejected)


def build_site_of(work: Path, *, offline: bool = False, base_url: str = "", ready=None, found=None) -> Path:
    """work/content → work/site (or work/offline), from the project's folder as make does;
    `ready` and `found` as site.build_site takes them from build.py --site."""
    from archive import site

    dest = work / ("offline" if offline else "site")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        site.build_site(dest, work / "content", offline=offline, base_url=base_url, ready=ready, found=found)
    finally:
        os.chdir(cwd)
    return dest


# a browser test run twice: the hosted site over http, the offline copy from file://
both_modes = pytest.mark.parametrize("offline", [False, True], ids=["hosted", "offline"])


def address(serve, sites: tuple, offline: bool) -> str:
    """Where a reader opens a (hosted site, offline site, …) pair in that mode."""
    return sites[1].as_uri() if offline else serve(sites[0])


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def serve():
    """serve(folder, prefix="") → base URL of a local http server for the folder."""
    servers = []

    def start(folder: Path, prefix: str = "") -> str:
        root = folder
        if prefix:  # serve the folder under a sub-path, as GitHub Pages does
            import tempfile

            root = Path(tempfile.mkdtemp())
            (root / prefix.strip("/")).symlink_to(folder.resolve())
        handler = functools.partial(_QuietHandler, directory=str(root))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}{prefix}"

    yield start
    for server in servers:
        server.shutdown()


@pytest.fixture(scope="session")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed (make test installs it)")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield b
        b.close()


class PageWatch:
    """A page that records requests leaving the machine, console errors and dialogs."""

    def __init__(self, browser, block_remote: bool = True):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.remote: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        local = ("http://127.0.0.1", "file://", "data:", "blob:", "about:")

        def route(r):
            if r.request.url.startswith(local):
                r.continue_()
            else:
                self.remote.append(r.request.url)
                r.abort()

        if block_remote:
            self.context.route("**/*", route)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def close(self):
        self.context.close()


@pytest.fixture
def watched(browser):
    pages = []

    def make(**kw):
        w = PageWatch(browser, **kw)
        pages.append(w)
        return w

    yield make
    for w in pages:
        w.close()

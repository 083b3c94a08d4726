"""Search benchmark on a built corpus site, in headless Chromium, hosted and offline.

    python bench/search_bench.py [WORK]

WORK holds content/, site/ and offline/ as bench/build_bench.py and the tests make them
(default: .cache/bench; missing sites are built). Prints index size on disk, and for a
first and a second query in each mode: milliseconds to results, bytes fetched, and the
longest main-thread task (the longest the page froze); a shared link (?q=…) opened in a
fresh browser, to its results, every byte counted; then the known-item score.
"""

from __future__ import annotations

import functools
import http.server
import json
import sys
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build_bench import du  # noqa: E402

from tests.conftest import CHROMIUM, CHROMIUM_FLAGS  # noqa: E402
from tests.search_helpers import known_item_queries, run_query  # noqa: E402

FIRST, SECOND = "الامم المتحده", "وزاره الصحه"
READY = "() => document.getElementById('archive-search').dataset.ready"
LONGTASKS = """() => { window.__long = 0; new PerformanceObserver(l => l.getEntries().forEach(
  e => { window.__long = Math.max(window.__long, e.duration); })).observe({type: 'longtask', buffered: true}); }"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path) -> str:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def one_mode(browser, base: str, offline: bool, folder: Path) -> dict:
    context = browser.new_context()
    page = context.new_page()
    fetched: list[int] = []

    def on_finished(request):
        if request.url.startswith("file://"):
            path = Path(unquote(urlsplit(request.url).path))
            fetched.append(path.stat().st_size if path.is_file() else 0)
        else:
            sizes = request.sizes()
            fetched.append(sizes["responseBodySize"] + sizes["responseHeadersSize"])

    page.on("requestfinished", on_finished)
    page.add_init_script(LONGTASKS.join(["(", ")();"]))
    search = f"{base}/{'search.html' if offline else 'search/'}"
    # a reader opens the search page, then types: page load and index start-up first…
    started = time.perf_counter()
    page.goto(search)
    page.wait_for_function("() => document.getElementById('archive-search').dataset.init", timeout=30_000)
    load_ms = (time.perf_counter() - started) * 1000
    # …then the first query, typed, to its results on screen
    ready = "n => document.getElementById('archive-search').dataset.ready == n"
    complete = "n => document.getElementById('archive-search').dataset.complete == n"
    timings = []
    for n, query in enumerate((FIRST, SECOND), 1):
        before = sum(fetched)
        started = time.perf_counter()
        page.fill(".archive-search__input", query)
        page.press(".archive-search__input", "Enter")
        page.wait_for_function(ready, arg=str(n), timeout=30_000)  # the first results on screen
        ms = round((time.perf_counter() - started) * 1000)
        page.wait_for_function(complete, arg=str(n), timeout=30_000)  # and the total counted
        timings.append((ms, sum(fetched) - before))
    sum_load = sum(fetched) - timings[0][1] - timings[1][1]
    longest = page.evaluate("window.__long")
    context.close()
    # a shared link opened in a fresh browser: page, engine, index and results, all counted
    context = browser.new_context()
    page = context.new_page()
    fetched.clear()
    page.on("requestfinished", on_finished)
    started = time.perf_counter()
    page.goto(f"{search}?q={FIRST}")
    page.wait_for_function(ready, arg="1", timeout=30_000)
    link_ms = round((time.perf_counter() - started) * 1000)
    context.close()
    return {"page load ms": round(load_ms), "page load bytes": sum_load,
            "first query ms": timings[0][0], "first query bytes": timings[0][1],
            "second query ms": timings[1][0], "second query bytes": timings[1][1],
            "longest main-thread task ms": round(longest),
            "shared link to results ms": link_ms, "shared link bytes": sum(fetched)}


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    work = Path(argv[0]) if argv else ROOT / ".cache" / "bench"
    site, offline = work / "site", work / "offline"
    if not offline.is_dir():
        from archive.site import build_site

        build_site(offline, work / "content", offline=True)
    indexes = (("hosted", site / "search-index"), ("offline", offline / "search-index"))  # one index, both
    for name, folder in indexes:
        files, size = du(folder)
        print(f"index {name}: {files:,} files, {size / 2**20:.1f} MB")
    catalog = json.loads((work / "content" / "catalog.json").read_text("utf-8"))
    queries = known_item_queries(catalog)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for offline_mode, base, folder in ((False, serve(site), site), (True, offline.as_uri(), offline)):
            label = "offline (file://)" if offline_mode else "hosted (http)"
            print(label, json.dumps(one_mode(browser, base, offline_mode, folder), ensure_ascii=False))
            page = browser.new_page()
            hits = sum(a in run_query(page, base, offline_mode, q) for a, q in queries)
            page.close()
            print(f"{label} known-item: {hits}/{len(queries)} in the top 10")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

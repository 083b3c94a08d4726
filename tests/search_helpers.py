"""Driving the search page in Chromium, over http or from file://."""

from __future__ import annotations

from urllib.parse import quote


def search_url(base: str, offline: bool, query: str, **params) -> str:
    page = "search.html" if offline else "search/"
    extra = "".join(f"&{k}={quote(str(v))}" for k, v in params.items())
    return f"{base}/{page}?q={quote(query)}{extra}"


def run_query(page, base: str, offline: bool, query: str, **params) -> list[str]:
    """The article ids of the first page of results (up to 10), in order."""
    page.goto(search_url(base, offline, query, **params))
    page.wait_for_function(
        "() => { const b = document.getElementById('archive-search');"
        " const s = b.querySelector('.archive-search__status').textContent;"
        " return b.dataset.ready || s.startsWith('لا نتائج') || s.startsWith('تعذ'); }",
        timeout=20_000)
    hrefs = page.eval_on_selector_all(".archive-result__title", "els => els.map(e => e.getAttribute('href'))")
    return [h.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html") for h in hrefs]

"""A reader's walk through a built site: home → timeline → a year → a month → a day →
an article → its original file (a zip of many: downloaded, and found in SHA256SUMS.txt),
then a search. Used over http (also under a sub-path) and
from file:// on the offline copy."""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import unquote

from .search_helpers import run_query


def walk(w, base: str, offline: bool, query: str = "الغوطه") -> None:
    page = w.page
    index = "index.html" if offline else ""
    page.goto(f"{base}/{index}")
    assert page.locator("h1").first.inner_text() == "أرشيف الأخبار"
    _follow(page, page.locator(".md-tabs a, article a").filter(has_text="التسلسل الزمني").first)
    _follow(page, page.locator("article li > a").first)  # a year (or the undated list)
    if not page.locator(".archive-list li > a").count():
        _follow(page, page.locator("article h2 > a").first)  # a month
        _follow(page, page.locator(".archive-calendar td a").first)  # a day
    _follow(page, page.locator(".archive-list li > a").first)  # an article
    assert page.locator(".archive-meta").count() == 1
    page.locator("details.archive-record summary").click()  # the folded preservation data
    original = page.locator(".archive-record a[href*='originals/']").first
    href = original.get_attribute("href")
    if href.endswith(".zip"):  # a seed file of many articles, as it came: downloaded
        with page.expect_download() as download:
            original.click()
        digest = hashlib.sha256(Path(download.value.path()).read_bytes()).hexdigest()
        _follow(page, page.locator(".archive-record a[href$='SHA256SUMS.txt']").first)
        sums = page.evaluate("document.body.innerText").splitlines()
        assert f"{digest}  {unquote(href.split('originals/', 1)[1])}" in sums
    else:
        with page.expect_response(lambda r: "originals/" in r.url) if not offline else _nothing():
            original.click()
        assert "originals/" in page.url
        body = page.evaluate("document.body.innerText")
        assert body.strip(), f"original file {href} is empty"
    assert run_query(page, base, offline, query), f"no results for {query}"


def _follow(page, link) -> None:
    with page.expect_navigation():
        link.click()


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

"""Browse: the pages a reader walks — home, timeline, sources, tags."""

from __future__ import annotations

from .model import Article
from .render import escape_inline


class Browse:
    def __init__(self, articles: list[Article]):
        self.articles = articles

    def links(self, article: Article) -> dict:
        return {}

    def around(self, article: Article) -> str:
        return ""

    def pages(self):
        lines = ["---", "title: الأرشيف", "---", "", "# الأرشيف", "",
                 f"يضم الأرشيف {len(self.articles)} مقالًا.", ""]
        for a in self.articles[:50]:
            lines.append(f"- [{escape_inline(a.title)}](articles/{a.id}.md)")
        yield "index.md", ("\n".join(lines) + "\n").encode("utf-8")
        yield "search.md", SEARCH_PAGE.encode("utf-8")


SEARCH_PAGE = """---
title: البحث
template: archive-search.html
---
"""

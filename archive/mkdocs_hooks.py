"""MkDocs hooks. MkDocs renders templates with autoescape off and Material prints
`page.meta.title` as it is, so a title holding markup would run in every page that shows
it. Every front-matter string is HTML-escaped before any template sees it."""

from __future__ import annotations

import html


def _escape(value):
    if isinstance(value, str):
        return html.escape(value, quote=True)
    if isinstance(value, list):
        return [_escape(v) for v in value]
    if isinstance(value, dict):
        return {k: _escape(v) for k, v in value.items()}
    return value


def on_page_markdown(markdown, page, config, files):
    page.meta = _escape(page.meta)
    return markdown

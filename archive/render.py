"""Render: Article → a Markdown page with YAML front-matter.

Everything that came from a seed is escaped here, so that plain text shows exactly as
written: no seed can start a heading, a list, a link, or any HTML.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import yaml

from . import dates
from .model import Article

try:
    _Dumper = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _Dumper = yaml.SafeDumper

# Characters Python-Markdown treats as syntax inside a line; each has a backslash escape.
_INLINE = re.compile(r"([\\`*_\[\]{}#])")
# What may start a block (heading, list, quote, rule, setext underline, table, …):
# the first character of such a line becomes a numeric character reference.
_LINE_START = re.compile(r"^([#>+\-*=|:~_]|\d+[.)])", re.M)


def escape_inline(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _INLINE.sub(r"\\\1", text)


def escape_text(text: str) -> str:
    """Plain text (paragraphs separated by blank lines) → Markdown that renders to
    exactly that text."""
    text = escape_inline(text)
    # After inline escaping a syntax character at a line start is preceded by "\";
    # for the rest (digits of "1.", "+", "-", "=", …) a character reference is used.
    def line_start(match: re.Match) -> str:
        token = match.group(1)
        if token[0].isdigit():
            return token[:-1] + f"&#{ord(token[-1])};"
        return f"&#{ord(token)};"

    return _LINE_START.sub(line_start, text)


def safe_url(url: str) -> str:
    """An http(s) URL made safe inside a Markdown link's parentheses."""
    return quote(url, safe=":/?#@!$&'*+,;=%~-._[]").replace("(", "%28").replace(")", "%29")


def dump_yaml(data: dict) -> str:
    """YAML for front-matter, written by the library: any title, quoted as it needs."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True,
                     sort_keys=False, default_flow_style=False, width=10_000)


def front_matter(article: Article) -> str:
    return dump_yaml(article.front_matter())


def original_path(article: Article) -> str:
    return f"originals/{article.id}{article.original_ext}"


def meta_lines(article: Article, links: dict | None = None) -> list[str]:
    """The metadata shown under the title, as Markdown list items. `links` (optional) maps
    'date', 'source', 'tags' to site pages, added by the browse stage."""
    links = links or {}
    lines = []
    if article.date:
        when = escape_inline(dates.display(article.date))
        if links.get("date"):
            when = f"[{when}]({links['date']})"
        lines.append(f"- **التاريخ:** {when}")
    else:
        lines.append("- **التاريخ:** غير مؤرخ")
    if article.source or article.url:
        name = escape_inline(article.source or "الرابط الأصلي")
        source = f"[{name}]({links['source']})" if links.get("source") else name
        if article.url:
            source += f" — [المقال في موقعه الأصلي]({safe_url(article.url)})"
        lines.append(f"- **المصدر:** {source}")
    if article.author:
        lines.append(f"- **الكاتب:** {escape_inline(article.author)}")
    if article.tags:
        tag_links = links.get("tags") or {}
        tags = [f"[{escape_inline(t)}]({tag_links[t]})" if t in tag_links else escape_inline(t)
                for t in article.tags]
        lines.append(f"- **الوسوم:** {'، '.join(tags)}")
    lines.append(f"- **الطول:** {article.word_count} كلمة · {article.reading_time} دقيقة قراءة")
    name = escape_inline(article.original.rsplit("/", 1)[-1])
    record = f" (السجل {article.record})" if article.record else ""
    lines.append(f"- **الملف الأصلي:** [{name}{record}](../{original_path(article)}) "
                 f"· SHA-256 `{article.sha256}`")
    return lines


def render(article: Article, links: dict | None = None, around: str = "") -> str:
    """The whole page. `around` is Markdown (navigation to neighbours) added by browse."""
    parts = [
        f"---\n{front_matter(article)}---\n",
        f"# {escape_inline(article.title)}\n",
        '<div class="archive-meta" markdown>\n',
        "\n".join(meta_lines(article, links)) + "\n",
        "</div>\n",
        '<div class="archive-text" markdown>\n',
        escape_text(article.text) + "\n",
        "</div>\n",
    ]
    if around:
        parts.append(around)
    return "\n".join(parts)

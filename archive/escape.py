"""Escaping, for each language a page is written in: Markdown, HTML, YAML, URLs.

Everything that came from a seed passes through one of these on its way into a page, so
that plain text shows exactly as written: no seed can start a heading, a list, a link,
or any HTML. The templates apply them as filters (archive/render.py).
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

import yaml

try:
    _Dumper = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _Dumper = yaml.SafeDumper

# Characters Python-Markdown treats as syntax inside a line (| in a table's cell); each
# has a backslash escape.
_INLINE = re.compile(r"([\\`*_\[\]{}#|])")
# What may start a block (heading, list, quote, rule, setext underline, table, …):
# the first character of such a line becomes a numeric character reference.
_LINE_START = re.compile(r"^([#>+\-*=|:~_]|\d+[.)])", re.M)


def inline(text: str) -> str:
    """Text inside a line of Markdown: shown as written."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _INLINE.sub(r"\\\1", text)


def block(text: str) -> str:
    """Plain text (paragraphs separated by blank lines) → Markdown that renders to
    exactly that text."""
    text = inline(text)

    # After inline escaping a syntax character at a line start is preceded by "\";
    # for the rest (digits of "1.", "+", "-", "=", …) a character reference is used.
    def line_start(match: re.Match) -> str:
        token = match.group(1)
        if token[0].isdigit():
            return token[:-1] + f"&#{ord(token[-1])};"
        return f"&#{ord(token)};"

    return _LINE_START.sub(line_start, text)


def html_text(text: str) -> str:
    """Text inside an HTML element: shown as written."""
    return html.escape(text, quote=False)


def paragraphs(text: str) -> list[str]:
    """An article's text → its paragraphs (separated by blank lines)."""
    return [p for p in text.split("\n\n") if p.strip()]


def attribute(text: str) -> str:
    """A value inside an HTML attribute (quotes included)."""
    return html.escape(text, quote=True)


def url(address: str) -> str:
    """An http(s) URL made safe inside a Markdown link's parentheses."""
    return quote(address, safe=":/?#@!$&'*+,;=%~-._[]").replace("(", "%28").replace(")", "%29")


def front_matter(data: dict) -> str:
    """YAML for front-matter, written by the library: any title, quoted as it needs."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True,
                     sort_keys=False, default_flow_style=False, width=10_000)

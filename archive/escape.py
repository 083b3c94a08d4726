"""Escaping, for each language a page is written in: Markdown, HTML, YAML, URLs.

Everything that came from a seed passes through one of these on its way into a page, so
that plain text shows exactly as written: no seed can start a heading, a list, a link,
or any HTML. The templates apply them as filters (archive/render.py).
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote

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


# YAML front-matter is written here, not by PyYAML's dumper, whose pure-Python
# representer was two fifths of the time it takes to make an article's page. Every string
# is double-quoted with JSON's escapes, which YAML's double-quoted scalars share, so no
# text can be read as a number, a date, a boolean, an alias or a tag; and the characters
# YAML would not take as they are (C0 and C1 controls, U+FFFE, U+FFFF) or would fold
# as a line break (U+0085; U+2028 and U+2029 for readers other than PyYAML) are escaped too.
_NOT_PLAIN = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")
# a key written without quotes: a name, and not one YAML 1.1 reads as a boolean or null
_PLAIN_KEY = re.compile(r"[a-z][a-z0-9_]*")
_YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def _scalar(value) -> str:
    if isinstance(value, str):
        return _NOT_PLAIN.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))
    if isinstance(value, float):
        # YAML 1.1 reads a float only with a point (1.0e+100, not 1e+100), and names the
        # infinities and NaN its own way
        if value != value or value in (float("inf"), float("-inf")):
            return {"nan": ".nan", "inf": ".inf", "-inf": "-.inf"}[repr(value)]
        text = repr(value)
        return text if "." in text else text.replace("e", ".0e")
    if value is None or isinstance(value, (bool, int)):
        return json.dumps(value)
    raise TypeError(f"front-matter cannot hold {type(value).__name__}")


def _key(key: str) -> str:
    return key if _PLAIN_KEY.fullmatch(key) and key not in _YAML11_WORDS else _scalar(key)


def _lines(value, indent: str, out: list[str]) -> None:
    """The block lines of a mapping or sequence, each line's start at `indent`."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                out.append(f"{indent}{_key(key)}:\n")
                _lines(item, indent + "  " if isinstance(item, dict) else indent, out)
            else:
                out.append(f"{indent}{_key(key)}: {_flow(item)}\n")
    else:
        for item in value:
            if isinstance(item, (dict, list)) and item:
                start = len(out)
                _lines(item, indent + "  ", out)
                out[start] = f"{indent}- {out[start][len(indent) + 2:]}"
            else:
                out.append(f"{indent}- {_flow(item)}\n")


def _flow(value) -> str:
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return _scalar(value)


def front_matter(data: dict) -> str:
    """YAML for front-matter (a mapping of strings, numbers, booleans, nulls, lists and
    mappings), in block style, any text shown as written."""
    out: list[str] = []
    _lines(data, "", out)
    return "".join(out) if out else "{}\n"


# What front_matter() writes, read back: a line at a time, each string by JSON's reader
# (0.17 ms an article's front-matter, against 0.49 ms with PyYAML's C loader; archive.site
# reads every page's). Any other form of YAML (a page edited by hand) is not read here:
# read_front_matter gives None, and PyYAML reads it.
_ENTRY = re.compile(r'([a-z][a-z0-9_]*|"(?:[^"\\]|\\.)*"):(?: (.+))?')
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+(?:e[-+][0-9]+)?)?")
_WORDS = {"true": True, "false": False, "null": None, "{}": {}, "[]": [],
          ".nan": float("nan"), ".inf": float("inf"), "-.inf": float("-inf")}
_string = json.decoder.scanstring  # a JSON string's text from after its opening quote, and where it ends


class _NotWritten(ValueError):
    """Text front_matter() does not write."""


def read_front_matter(text: str) -> dict | None:
    """The data front_matter() wrote as `text` (YAML reads the same from it); None if
    front_matter() did not write it."""
    if text == "{}\n":
        return {}
    lines = text.split("\n")
    if lines.pop() != "":
        return None
    at = [0]
    try:
        data = _mapping(lines, at, 0)
    except (_NotWritten, ValueError):  # ValueError: JSON's reader refused a scalar
        return None
    return data if at[0] == len(lines) and data else None


def _starts(line: str, indent: int) -> bool:
    """Does `line` start at `indent`, no further?"""
    return line[:indent] == " " * indent and line[indent:indent + 1] not in ("", " ")


def _mapping(lines: list[str], at: list[int], indent: int) -> dict:
    out: dict = {}
    while at[0] < len(lines) and _starts(lines[at[0]], indent) and not lines[at[0]].startswith("- ", indent):
        entry = _ENTRY.fullmatch(lines[at[0]], indent)
        if not entry or entry.group(1) in _YAML11_WORDS:
            raise _NotWritten
        key = _scalar_read(entry.group(1)) if entry.group(1)[0] == '"' else entry.group(1)
        if key in out:
            raise _NotWritten
        at[0] += 1
        if entry.group(2) is not None:
            out[key] = _scalar_read(entry.group(2))
        elif at[0] < len(lines) and lines[at[0]].startswith(" " * indent + "- "):
            out[key] = _sequence(lines, at, indent)
        elif at[0] < len(lines) and _starts(lines[at[0]], indent + 2):
            out[key] = _mapping(lines, at, indent + 2)
        else:
            raise _NotWritten
    return out


def _sequence(lines: list[str], at: list[int], indent: int) -> list:
    out: list = []
    while at[0] < len(lines) and lines[at[0]].startswith(" " * indent + "- "):
        rest = lines[at[0]][indent + 2:]
        if _ENTRY.fullmatch(rest) or rest.startswith("- "):  # a mapping or a sequence, begun on the item's line
            lines[at[0]] = " " * (indent + 2) + rest
            out.append(_sequence(lines, at, indent + 2) if rest.startswith("- ") else _mapping(lines, at, indent + 2))
        else:
            out.append(_scalar_read(rest))
            at[0] += 1
    return out


def _scalar_read(text: str):
    if text[0] == '"':
        value, end = _string(text, 1)
        if end != len(text):
            raise _NotWritten
        return value
    if text in _WORDS:
        value = _WORDS[text]
        return type(value)() if isinstance(value, (dict, list)) else value
    number = _NUMBER.fullmatch(text)
    if not number:
        raise _NotWritten
    return float(text) if number.group(1) else int(text)

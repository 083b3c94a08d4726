"""Validate: every problem of every article, with its file and record.

Metadata is checked against `model.SCHEMA`; certain repairs (a numeric title, tags given
as one string) are made and reported as warnings, anything uncertain is a problem that
rejects the article. Problems are collected, never raised one at a time.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from urllib.parse import urlsplit

from . import clean
from .model import EDTF_DATE, FIELDS, ID_PATTERN, Article

SEED_FIELDS = {"id", "title", "date", "source", "url", "author", "tags", "summary"}
COMPUTED_FIELDS = set(FIELDS) - SEED_FIELDS
MAX_FIELD_CHARS = 2000
MAX_TAGS = 50
# Names that mean something to MkDocs, Windows or the site itself.
RESERVED_IDS = {"index", "con", "prn", "aux", "nul", "search", "404", "assets",
                *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def check_meta(meta: dict) -> tuple[dict, list[str], list[str]]:
    """Return (values, problems, warnings) for a seed's metadata."""
    values: dict = {}
    problems: list[str] = []
    warnings: list[str] = []
    for key in sorted(meta, key=str):
        value = meta[key]
        if not isinstance(key, str):
            problems.append(f"field name {key!r} is not text")
            continue
        if key in COMPUTED_FIELDS:
            if key not in ("lang", "dir"):
                warnings.append(f"field '{key}' is computed by the build; the seed's value is ignored")
            continue
        if key not in SEED_FIELDS:
            warnings.append(f"unknown field '{_short(key)}' ignored")
            continue
        checker = _CHECKERS[key]
        try:
            result = checker(value, warnings)
        except ValueError as e:
            problems.append(f"{key} {e}")
            continue
        if result not in (None, "", []):
            values[key] = result
    return values, problems, warnings


def _short(value, limit: int = 60) -> str:
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "…"


def _text(value, warnings: list[str], name: str = "", multiline: bool = False) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"must be text, not {type(value).__name__}")
    if not isinstance(value, str):
        warnings.append(f"{name} {value!r} is a number; taken as text")
        value = str(value)
    value = clean.clean_line(value)
    if len(value) > MAX_FIELD_CHARS:
        raise ValueError(f"is {len(value):,} characters long (at most {MAX_FIELD_CHARS:,})")
    return value


def _field(name):
    return lambda value, warnings: _text(value, warnings, name)


def check_date(value, warnings: list[str] | None = None) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and 1000 <= value <= 9999:
        return str(value)
    if not isinstance(value, str):
        raise ValueError(f"{_short(value)!r} is not a date (expected YYYY-MM-DD)")
    text = value.strip()
    text = re.sub(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$",
                  r"\1T\2", text)
    match = EDTF_DATE.match(text)
    if not match or not _real_date(match):
        raise ValueError(f"{_short(value)!r} is not a date (expected YYYY-MM-DD, "
                         "or EDTF such as 2015-07, 2015-07-21T09:05:00 or 2015~)")
    return text


def _real_date(match: re.Match) -> bool:
    year, month, day = match["y"], match["m"], match["d"]
    if month and not 1 <= int(month) <= 12:
        return False
    if day and not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
        return False
    if match["t"]:
        hh, mm = int(match["t"][:2]), int(match["t"][3:5])
        if hh > 23 or mm > 59:
            return False
    return True


def check_url(value, warnings: list[str]) -> str | None:
    url = _text(value, warnings, "url")
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{_short(url)!r} is not an http(s) address")
    if " " in url:
        warnings.append("url has spaces; written as %20")
        url = url.replace(" ", "%20")
    return url


def check_tags(value, warnings: list[str]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        parts = re.split(r"[,،]", value)
        if len(parts) > 1:
            warnings.append("tags given as one string; split at commas")
        value = parts
    if not isinstance(value, list):
        raise ValueError(f"must be a list of names, not {type(value).__name__}")
    tags: list[str] = []
    for item in value:
        if isinstance(item, (list, dict)):
            raise ValueError("must be a list of names, not a nested structure")
        tag = _text(item, warnings, "tag")
        if tag and tag not in tags:
            tags.append(tag)
    if len(tags) > MAX_TAGS:
        raise ValueError(f"has {len(tags)} tags (at most {MAX_TAGS})")
    return tags


def check_id(value, warnings: list[str]) -> str | None:
    text = _text(value, warnings, "id")
    if text is None:
        return None
    if not ID_PATTERN.match(text) or text in RESERVED_IDS:
        raise ValueError(f"{_short(text)!r} is not a valid id (lowercase a-z, 0-9, - and _, "
                         "at most 80, not a reserved name)")
    return text


_CHECKERS = {
    "id": check_id,
    "title": _field("title"),
    "date": lambda v, w: check_date(v, w),
    "source": _field("source"),
    "url": check_url,
    "author": _field("author"),
    "tags": check_tags,
    "summary": _field("summary"),
}


def derive_id(id_hint: str) -> str:
    """A stable id from a file path ("seeds/a/b.txt" → "a-b") or a record URL (a hash of
    it). Never from the title, so a retitled article keeps its address."""
    if id_hint.startswith("url:"):
        url = id_hint[4:].strip()
        host = urlsplit(url).hostname or ""
        host = re.sub(r"^www\.", "", host).split(".")[0]
        slug = re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-")[:20] or "rec"
        return f"{slug}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:12]}"
    slug = re.sub(r"[^a-z0-9_]+", "-", id_hint.lower()).strip("-_")
    digest = hashlib.sha1(id_hint.encode("utf-8")).hexdigest()[:8]
    ascii_share = len(re.sub(r"[^A-Za-z0-9]", "", id_hint)) / max(1, len(re.sub(r"\W", "", id_hint)))
    if not slug or ascii_share < 0.5:
        return f"seed-{digest}"
    if len(slug) > 70 or slug in RESERVED_IDS or slug != id_hint.replace("/", "-"):
        # Cut, renamed or changed by slugging: the hash keeps two such names apart.
        slug = f"{slug[:60].rstrip('-_')}-{digest}"
    return slug


def check_article(article: Article) -> list[str]:
    problems = []
    if not article.text.strip():
        problems.append("empty text (nothing to publish)")
    if not ID_PATTERN.match(article.id):
        problems.append(f"id {article.id!r} is not valid")
    return problems


def duplicates(articles: list[Article]) -> dict[int, str]:
    """Index of each later article that repeats an earlier one's id, URL or text, with
    the reason naming the earlier seed."""
    seen_id: dict[str, Article] = {}
    seen_url: dict[str, Article] = {}
    seen_text: dict[str, Article] = {}
    rejected: dict[int, str] = {}
    for i, article in enumerate(articles):
        text_key = hashlib.sha1(" ".join(article.text.split()).encode("utf-8")).hexdigest()
        for seen, key, what in ((seen_id, article.id, "id"),
                                (seen_url, article.url, "url"),
                                (seen_text, text_key, "text")):
            if key and key in seen:
                first = seen[key]
                label = f"'{key}'" if what != "text" else "the same text as"
                rejected[i] = (f"duplicate {what}: {label} {first.where}" if what == "text"
                               else f"duplicate {what} {label}, already used by {first.where}")
                break
        if i in rejected:
            continue
        seen_id[article.id] = article
        if article.url:
            seen_url[article.url] = article
        seen_text[text_key] = article
    return rejected

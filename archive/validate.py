"""Validate: every problem of every article, with its file and record.

A seed's metadata is checked field by field with the checks `model.SCHEMA` names
(archive/checks.py); problems are collected, never raised one at a time.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .checks import ID_PATTERN, RESERVED_IDS, short
from .model import FIELDS, SEED_FIELDS, Article


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
        if key not in FIELDS:
            warnings.append(f"unknown field '{short(key)}' ignored")
            continue
        if key not in SEED_FIELDS:
            if key not in ("lang", "dir"):
                warnings.append(f"field '{key}' is computed by the build; the seed's value is ignored")
            continue
        try:
            result = SEED_FIELDS[key].check(value, warnings, key)
        except ValueError as e:
            problems.append(f"{key} {e}")
            continue
        if result not in (None, "", []):
            values[key] = result
    return values, problems, warnings


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


@dataclass
class Repeat:
    """An article that repeats an earlier one: `kind` is "publication" (the same text under
    another address or from another source: merged into `first`), "reread" (the same text
    at the same address from the same source, or with neither: dropped), "id" or "url"
    (taken by another text: rejected)."""

    kind: str
    first: int
    reason: str


def duplicates(articles: list[Article]) -> dict[int, Repeat]:
    """Each later article that repeats an earlier one's text, id or URL, with what it is
    and the reason, naming the earlier seed."""
    seen_id: dict[str, int] = {}
    seen_url: dict[str, int] = {}
    seen_text: dict[str, int] = {}
    places: dict[int, set[tuple]] = {}  # the (address, source) pairs each text is known under
    repeats: dict[int, Repeat] = {}
    for i, article in enumerate(articles):
        text_key = article.text_key
        if text_key in seen_text:
            first = seen_text[text_key]
            where = articles[first].where
            if (article.url, article.source) in places[first]:
                repeats[i] = Repeat("reread", first, f"read again: the same text, address and source as {where}")
                continue
            if article.id not in seen_id and article.url not in seen_url:
                repeats[i] = Repeat("publication", first, f"another publication of {where}")
                seen_id[article.id] = i
                places[first].add((article.url, article.source))
                if article.url:
                    seen_url[article.url] = i
                continue
        for seen, key, what in ((seen_id, article.id, "id"), (seen_url, article.url, "url")):
            if key and key in seen:
                repeats[i] = Repeat(what, seen[key], f"duplicate {what} '{key}', already used by "
                                                     f"{articles[seen[key]].where}")
                break
        if i in repeats:
            continue
        seen_id[article.id] = i
        if article.url:
            seen_url[article.url] = i
        seen_text[text_key] = i
        places[i] = {(article.url, article.source)}
    return repeats

"""One check per kind of seed value: the value as the seed gave it → the value the archive
keeps, or ValueError saying what is wrong. Certain repairs (a number given as a title,
tags given as one string) are made and reported as warnings. `model.SCHEMA` names the
check of each field.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from . import clean
from .dates import When

MAX_FIELD_CHARS = 2000
MAX_TAGS = 50
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")
# Names that mean something to MkDocs, Windows or the site itself.
RESERVED_IDS = {"index", "con", "prn", "aux", "nul", "search", "404", "assets",
                *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def short(value, limit: int = 60) -> str:
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "…"


def text(value, warnings: list[str], name: str = "value") -> str | None:
    """One line of text (title, source, author, summary, a tag): NFC, no controls."""
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


def date(value, warnings: list[str] | None = None, name: str = "date") -> When | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return When.parse(value.replace(tzinfo=None).isoformat(timespec="seconds"))
    if isinstance(value, dt.date):
        return When.parse(value.isoformat())
    if isinstance(value, int) and 1000 <= value <= 9999:
        return When(value)
    if not isinstance(value, str):
        raise ValueError(f"{short(value)!r} is not a date (expected YYYY-MM-DD)")
    written = re.sub(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$",
                     r"\1T\2", value.strip())
    try:
        return When.parse(written)
    except ValueError:
        raise ValueError(f"{short(value)!r} is not a date (expected YYYY-MM-DD, "
                         "or EDTF such as 2015-07, 2015-07-21T09:05:00 or 2015~)") from None


def url(value, warnings: list[str], name: str = "url") -> str | None:
    address = text(value, warnings, "url")
    if not address:
        return None
    parts = urlsplit(address)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{short(address)!r} is not an http(s) address")
    if " " in address:
        warnings.append("url has spaces; written as %20")
        address = address.replace(" ", "%20")
    return address


def names(value, warnings: list[str], name: str = "tags") -> list[str]:
    """A list of names (tags); one string is split at commas."""
    if value is None:
        return []
    if isinstance(value, str):
        parts = re.split(r"[,،]", value)
        if len(parts) > 1:
            warnings.append("tags given as one string; split at commas")
        value = parts
    if not isinstance(value, list):
        raise ValueError(f"must be a list of names, not {type(value).__name__}")
    kept: list[str] = []
    for item in value:
        if isinstance(item, (list, dict)):
            raise ValueError("must be a list of names, not a nested structure")
        one = text(item, warnings, "tag")
        if one and one not in kept:
            kept.append(one)
    if len(kept) > MAX_TAGS:
        raise ValueError(f"has {len(kept)} tags (at most {MAX_TAGS})")
    return kept


def identifier(value, warnings: list[str], name: str = "id") -> str | None:
    given = text(value, warnings, name)
    if given is None:
        return None
    if not ID_PATTERN.match(given) or given in RESERVED_IDS:
        raise ValueError(f"{short(given)!r} is not a valid id (lowercase a-z, 0-9, - and _, "
                         "at most 80, not a reserved name)")
    return given

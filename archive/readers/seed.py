"""The seed: an article as a reader found it, before it is cleaned or checked."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import clean

MAX_FILE_BYTES = 200 * 1024 * 1024  # a JSON or zip seed holding many articles
MAX_ARTICLE_BYTES = 20 * 1024 * 1024  # one article's text


@dataclass
class Seed:
    """An article as found: raw metadata and text, not yet cleaned or checked."""

    origin: str  # "seeds/a.txt", "seeds/d.zip/d.json"
    raw: bytes = field(repr=False)  # the original bytes of this article
    ext: str  # extension for the published original: ".txt" (for .txt and .md), ".json"
    id_hint: str  # file path or record URL the id is derived from
    record: int | None = None
    meta: dict = field(default_factory=dict)
    body: str | None = None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        return f"{self.origin} record {self.record}" if self.record else self.origin


def decoded(seed: Seed, data: bytes) -> str | None:
    """One article's bytes as text; None, with the reason in seed.problems, when they are
    too many or in no encoding that fits."""
    if len(data) > MAX_ARTICLE_BYTES:
        seed.problems.append(f"file is {len(data):,} bytes, over the "
                             f"{MAX_ARTICLE_BYTES:,}-byte limit for one article")
        return None
    try:
        text, warning = clean.decode(data)
    except clean.DecodeError as e:
        seed.problems.append(str(e))
        return None
    if warning:
        seed.warnings.append(warning)
    return text

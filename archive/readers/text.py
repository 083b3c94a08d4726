"""Plain-text seeds (`.txt`), with optional metadata in a sidecar `NAME.yml`."""

from __future__ import annotations

from collections.abc import Iterator

from .. import clean
from . import MAX_ARTICLE_BYTES, Seed
from .meta import MetaError, load_yaml


def read(origin: str, data: bytes, sidecar: bytes | None, stem: str) -> Iterator[Seed]:
    seed = Seed(origin, data, ".txt", stem)
    if len(data) > MAX_ARTICLE_BYTES:
        seed.problems.append(f"text is {len(data):,} bytes, over the "
                             f"{MAX_ARTICLE_BYTES:,}-byte limit for one article")
        yield seed
        return
    try:
        seed.body, warning = clean.decode(data)
        if warning:
            seed.warnings.append(warning)
    except clean.DecodeError as e:
        seed.problems.append(str(e))
    if sidecar is not None:
        try:
            text, _ = clean.decode(sidecar)
            seed.meta = load_yaml(text)
        except (clean.DecodeError, MetaError) as e:
            seed.problems.append(f"sidecar {stem.rsplit('/', 1)[-1]}.yml: {e}")
    yield seed

"""Plain-text seeds (`.txt`), with optional metadata in a sidecar `NAME.yml`."""

from __future__ import annotations

from collections.abc import Iterator

from .meta import sidecar_meta
from .seed import Seed, decoded


def read(origin: str, data: bytes, stem: str, sidecar: bytes | None = None) -> Iterator[Seed]:
    seed = Seed(origin, data, ".txt", stem)
    seed.body = decoded(seed, data)
    if seed.body is not None and sidecar is not None:
        seed.meta = sidecar_meta(seed, sidecar, stem.rsplit("/", 1)[-1] + ".yml") or {}
    yield seed

"""Plain-text seeds (`.txt`), with optional metadata in a sidecar `NAME.yml`."""

from __future__ import annotations

from collections.abc import Iterator

from . import Seed, decoded
from .meta import sidecar_meta


def read(origin: str, data: bytes, sidecar: bytes | None, stem: str) -> Iterator[Seed]:
    seed = Seed(origin, data, ".txt", stem)
    seed.body = decoded(seed, data)
    if seed.body is not None and sidecar is not None:
        seed.meta = sidecar_meta(seed, sidecar, stem.rsplit("/", 1)[-1] + ".yml") or {}
    yield seed

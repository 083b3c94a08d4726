"""Markdown seeds (`.md`) with YAML front-matter. The body is taken as text: it is shown
as written, never interpreted as Markdown or HTML."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .meta import MetaError, load_yaml, sidecar_meta
from .seed import Seed, decoded

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def read(origin: str, data: bytes, stem: str, sidecar: bytes | None = None) -> Iterator[Seed]:
    seed = Seed(origin, data, ".txt", stem)  # published as text: MkDocs would render a .md
    text = decoded(seed, data)
    if text is None:
        yield seed
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    match = _FRONT.match(text)
    if match:
        try:
            seed.meta = load_yaml(match.group(1) or "")
        except MetaError as e:
            seed.problems.append(f"front-matter: {e}")
        text = text[match.end():]
    elif text.startswith("---\n"):
        seed.problems.append("front-matter: opening '---' has no closing '---'")
    seed.body = text
    if sidecar is not None:
        _merge_sidecar(seed, sidecar, stem.rsplit("/", 1)[-1] + ".yml")
    yield seed


def _merge_sidecar(seed: Seed, sidecar: bytes, name: str) -> None:
    """A sidecar beside a .md adds fields; where it disagrees with the front-matter,
    neither is trusted and the seed is rejected."""
    extra = sidecar_meta(seed, sidecar, name)
    for key, value in (extra or {}).items():
        if key in seed.meta and seed.meta[key] != value:
            seed.problems.append(f"sidecar {name} says {key} {value!r} but the front-matter says "
                                 f"{seed.meta[key]!r}")
        elif key not in seed.meta:
            seed.meta[key] = value

"""The sources the archive knows (archive/sources.yml): a seed's slug → the name readers see."""

from __future__ import annotations

import functools
from pathlib import Path

from .words import data_file

REGISTRY = Path(__file__).with_name("sources.yml")


@functools.cache
def registry() -> dict[str, dict]:
    return data_file(REGISTRY)


def known(slug: str) -> bool:
    return slug in registry()


def name(slug: str) -> str:
    """'عكاظ' for 'okaz'; a slug the registry lacks, as written."""
    return registry().get(slug, {}).get("ar") or slug


def home(slug: str) -> str | None:
    return registry().get(slug, {}).get("home")

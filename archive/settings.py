"""The build's settings, made once by an entry point (build.py, `python -m archive.site`)
and passed down: where seeds are read, where pages are written, the site's address."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SITE_URL = "http://127.0.0.1:8000/"  # `make serve`; set SITE_URL when publishing


def site_url_from_env() -> str:
    """The site's public address, from SITE_URL (as mkdocs.yml reads it), ending in /."""
    return (os.environ.get("SITE_URL") or DEFAULT_SITE_URL).rstrip("/") + "/"


@dataclass(frozen=True)
class Settings:
    seeds: Path
    content: Path
    site_url: str = DEFAULT_SITE_URL
    overwrite: bool = False

    @property
    def cache(self) -> Path:
        """The build's own cache sits beside content/: .cache/."""
        return cache_for(self.content)


def cache_for(content: Path) -> Path:
    return Path(content).parent / ".cache"

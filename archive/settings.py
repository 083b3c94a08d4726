"""The build's settings, made once by an entry point (build.py, `python -m archive.site`)
and passed down: where seeds are read, where pages are written, the site's address."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def site_url_from_env() -> str | None:
    """The site's public address, from SITE_URL (as mkdocs.yml reads it), ending in /; None
    when it is not set: then nothing that needs an absolute address is written."""
    url = os.environ.get("SITE_URL", "").strip()
    return url.rstrip("/") + "/" if url else None


@dataclass(frozen=True)
class Settings:
    seeds: Path
    content: Path
    site_url: str | None = None
    overwrite: bool = False

    @property
    def cache(self) -> Path:
        """The build's own cache sits beside content/: .cache/."""
        return cache_for(self.content)


def cache_for(content: Path) -> Path:
    return Path(content).parent / ".cache"

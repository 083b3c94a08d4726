"""Every internal link and asset reference in a built site resolves to a file."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

_REF = re.compile(r'\b(?:href|src)="([^"]*)"')


def broken_links(site: Path, prefix: str = "") -> list[str]:
    broken = []
    for page in site.rglob("*.html"):
        html = page.read_text("utf-8")
        for ref in set(_REF.findall(html)):
            parts = urlsplit(ref.replace("&amp;", "&"))
            if parts.scheme or ref.startswith(("//", "#", "mailto:", "data:")):
                continue
            path = unquote(parts.path)
            if not path:
                continue
            target = (site / path.lstrip("/")) if path.startswith("/") else (page.parent / path)
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} → {ref}")
    return broken

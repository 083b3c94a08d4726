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
            if prefix and path.startswith(prefix + "/"):  # an absolute link under the site's address
                path = path[len(prefix):]
            target = (site / path.lstrip("/")) if path.startswith("/") else (page.parent / path)
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} → {ref}")
    return broken


def click_depths(site: Path) -> dict[str, int]:
    """Each page's distance in clicks from the home page (breadth first), by its folder
    relative to the site ("articles/x/"); only links inside <article> and the tabs count."""
    from collections import deque

    depth = {"": 0}
    queue = deque([""])
    while queue:
        here = queue.popleft()
        html = (site / here / "index.html").read_text("utf-8")
        body = html[html.find('<div class="md-content"'):] if here else html
        for ref in set(_REF.findall(body)):
            parts = urlsplit(ref.replace("&amp;", "&"))
            if parts.scheme or not parts.path.endswith("/") or ref.startswith(("//", "#")):
                continue
            target = (site / here / unquote(parts.path)).resolve()
            try:
                key = target.relative_to(site.resolve()).as_posix()
            except ValueError:
                continue
            key = "" if key == "." else key + "/"
            if key not in depth and (site / key / "index.html").exists():
                depth[key] = depth[here] + 1
                queue.append(key)
    return depth

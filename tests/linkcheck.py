"""Every internal link and asset reference in a built site resolves to a file."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

_REF = re.compile(r'\b(?:href|src)="([^"]*)"')


def broken_links(site: Path, prefix: str = "") -> list[str]:
    # every file and folder of the site, listed once: a link resolves to one of them
    files, folders = set(), {"."}
    for where, subfolders, names in os.walk(site):
        rel = os.path.relpath(where, site)
        folders.update(os.path.normpath(os.path.join(rel, f)) for f in subfolders)
        files.update(os.path.normpath(os.path.join(rel, n)) for n in names)
    broken = []
    for page in site.rglob("*.html"):
        html = page.read_text("utf-8")
        here = os.path.relpath(page.parent, site)
        for ref in set(_REF.findall(html)):
            parts = urlsplit(ref.replace("&amp;", "&"))
            if parts.scheme or ref.startswith(("//", "#", "mailto:", "data:")):
                continue
            path = unquote(parts.path)
            if not path:
                continue
            if prefix and path.startswith(prefix + "/"):  # an absolute link under the site's address
                path = path[len(prefix):]
            target = os.path.normpath(path.lstrip("/") if path.startswith("/") else os.path.join(here, path))
            if target in folders:
                target = os.path.normpath(os.path.join(target, "index.html"))
            if target not in files:
                broken.append(f"{page.relative_to(site)} → {ref}")
    return broken


def click_depths(site: Path) -> dict[str, int]:
    """Each page's distance in clicks from the home page (breadth first), by its folder
    relative to the site ("articles/x/"); only links inside <article> and the tabs count."""
    from collections import deque

    pages = {os.path.relpath(where, site) for where, _, names in os.walk(site) if "index.html" in names}
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
            target = os.path.normpath(os.path.join(here or ".", unquote(parts.path)))
            if target.startswith(".."):
                continue  # outside the site
            key = "" if target == "." else target + "/"
            if key not in depth and target in pages:
                depth[key] = depth[here] + 1
                queue.append(key)
    return depth

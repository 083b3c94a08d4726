"""Site: content/ → site/ with MkDocs (strict), built aside in
.cache/ and swapped in whole, so site/ is never left half-written.

An archive grows a day at a time, so the site is built incrementally when it can be: when
the previous site was built by the same stack (mkdocs.yml, the words, theme_overrides/,
the pinned packages and the build's options: the stamp), the new site starts as a copy
of it and MkDocs renders only the pages whose Markdown build.py rewrote (`--dirty`: their
files are newer than their pages, since build.py writes a file only when its bytes
change); pages whose Markdown is gone are removed. Otherwise everything is rendered.
Either way the result is the same. The search index is build.py's (content/search-index/),
copied like any other file: both the hosted and the offline site read it.

    python -m archive.site [--site DIR] [--offline] [--base-url URL] [--full]
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
from pathlib import Path

from mkdocs import exceptions
from mkdocs.commands.build import build
from mkdocs.config import load_config

from .settings import cache_for
from .write import MANIFEST, digest, read_stamp, record_stamp, snapshot

ROOT = Path(__file__).resolve().parent.parent
# What a site's pages depend on besides their own Markdown.
STACK = ("mkdocs.yml", "archive/words.yml", "requirements.txt", "theme_overrides")
# Folders of content/ whose files all come from build.py: a page there whose Markdown is
# gone is a page to remove.
OWNED = ("articles", "timeline", "sources", "tags", "authors", "originals", "search-index")


class SiteBuildFailed(RuntimeError):
    pass


class _DirtyNotice(logging.Filter):
    """MkDocs warns that a dirty build may leave navigation inaccurate; here every page's
    dependencies are in its own Markdown or in the stamp, so the warning does not apply,
    and under --strict it would fail the build."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build" not in record.getMessage()


def mkdocs_build(dest: Path, content: Path, *, offline: bool = False, base_url: str = "",
                 config: Path = ROOT / "mkdocs.yml", dirty: bool = False) -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    overrides = {"site_dir": str(dest), "docs_dir": str(content.resolve())}
    if offline:
        overrides["use_directory_urls"] = False
    if base_url:
        overrides["site_url"] = base_url
    notice = _DirtyNotice()
    logging.getLogger("mkdocs.commands.build").addFilter(notice)
    try:
        loaded = load_config(str(config), strict=True, **overrides)
        if dirty:  # the tabs take their titles from these pages: MkDocs must read them again
            for page in loaded.nav or []:
                if isinstance(page, str):
                    os.utime(Path(loaded.docs_dir) / page)
        build(loaded, dirty=dirty)
    except (exceptions.MkDocsException, exceptions.Abort) as e:
        raise SiteBuildFailed(f"mkdocs build failed: {e}") from None
    finally:
        logging.getLogger("mkdocs.commands.build").removeFilter(notice)


def stamp(offline: bool, base_url: str) -> str:
    """A digest of everything a page depends on besides its own Markdown."""
    return digest([ROOT / name for name in STACK], offline, base_url or os.environ.get("SITE_URL", ""))


def page_path(source: str, offline: bool) -> str:
    """Where MkDocs writes the page of a Markdown file: a/b.md → a/b/index.html (or a/b.html)."""
    stem = source[:-3]
    if offline:
        return stem + ".html"
    return stem.removesuffix("index") + "index.html" if stem == "index" or stem.endswith("/index") \
        else stem + "/index.html"


def remove_stale(staging: Path, content: Path, offline: bool) -> int:
    """Delete from a copied site the pages and files of content/ that build.py no longer writes."""
    expected = set()
    for f in content.rglob("*"):
        if f.is_file() and f.name != MANIFEST:
            rel = f.relative_to(content).as_posix()
            expected.add(page_path(rel, offline) if rel.endswith(".md") else rel)
    removed = 0
    for folder in OWNED:
        for f in sorted((staging / folder).rglob("*")) if (staging / folder).is_dir() else []:
            if f.is_file() and f.relative_to(staging).as_posix() not in expected:
                f.unlink()
                removed += 1
    return removed


def build_site(site: Path, content: Path, *, offline: bool = False, base_url: str = "",
               full: bool = False) -> str:
    """Build `site` from `content`; return what was done: "unchanged" (the site was built
    by this stack from content/ as it is now), "incremental" or "full"."""
    cache = cache_for(content)
    cache.mkdir(exist_ok=True)
    stamp_file = cache / f"{site.name}.stamp"
    wanted = stamp(offline, base_url)
    last = read_stamp(stamp_file)
    incremental = not full and site.is_dir() and last.get("inputs") == wanted
    if incremental and last.get("content") == snapshot(content):
        return "unchanged"
    staging = cache / f"{site.name}.new"
    shutil.rmtree(staging, ignore_errors=True)
    stamp_file.unlink(missing_ok=True)  # until this build has succeeded
    if incremental:
        shutil.copytree(site, staging, symlinks=True)  # copy2: the pages keep their times
        remove_stale(staging, content, offline)
    mkdocs_build(staging, content, offline=offline, base_url=base_url, dirty=incremental)
    swap(staging, site, cache)
    # content/ as read (after the build: a dirty build touches the pages the tabs name)
    record_stamp(stamp_file, wanted, content)
    return "incremental" if incremental else "full"


def swap(new: Path, target: Path, cache: Path) -> None:
    """Replace `target` by `new` with two renames; an interrupted run leaves either the
    old or the new site in place, never a mixture."""
    old = cache / f"{target.name}.old"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m archive.site",
                                     description="Build site/ from content/ (MkDocs + search index).")
    parser.add_argument("--site", type=Path, default=Path("site"), help="output folder (default: site)")
    parser.add_argument("--content", type=Path, default=Path(os.environ.get("DOCS_DIR", "content")),
                        help="folder of Markdown pages build.py wrote (default: content)")
    parser.add_argument("--offline", action="store_true",
                        help="links to .html files, for opening from file://")
    parser.add_argument("--full", action="store_true",
                        help="render every page, even when the last site can be built on")
    parser.add_argument("--base-url", default="",
                        help="public address of the site, e.g. https://USER.github.io/REPO/ "
                             "(default: SITE_URL, which mkdocs.yml reads)")
    args = parser.parse_args(argv)
    try:
        how = build_site(args.site, args.content, offline=args.offline, base_url=args.base_url, full=args.full)
    except SiteBuildFailed as e:
        print(f"site build failed: {e}", file=sys.stderr)
        return 1
    if how == "unchanged":
        print(f"site: {args.site} is up to date (content/ and the stack are as they were at its build)")
    else:
        print(f"site: {args.site} ({how} build)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

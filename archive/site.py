"""Site: content/ → site/ with MkDocs (strict), built aside in
.cache/ and swapped in whole, so site/ is never left half-written.

An archive grows a day at a time, so the site is built incrementally when it can be: when
the previous site was built by the same stack (mkdocs.yml, the words, theme_overrides/,
the pinned packages and the build's options: the stamp), the new site starts as links to
its files and MkDocs renders only the pages whose Markdown build.py rewrote (`--dirty`:
their files are newer than their pages, since build.py writes a file only when its bytes
change); pages whose Markdown is gone are removed. Otherwise everything is rendered.
Either way the result is the same. Pages are rendered by one process a core (render()).
The search index is build.py's (content/search-index/), copied like any other file: both
the hosted and the offline site read it.

    python -m archive.site [--site DIR] [--offline] [--base-url URL] [--full]
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import multiprocessing
import os
import re
import shutil
import sys
from pathlib import Path

from mkdocs import exceptions, utils
from mkdocs.commands.build import _build_extra_template, _build_page, _build_theme_template, _populate_page
from mkdocs.config import load_config
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import get_files, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page

from .settings import cache_for
from .write import digest, read_stamp, record_stamp, snapshot

ROOT = Path(__file__).resolve().parent.parent
# What a site's pages depend on besides their own Markdown.
STACK = ("mkdocs.yml", "archive/words.yml", "requirements.txt", "theme_overrides")
# Below this many pages, one process renders them all (forking costs more than it saves);
# where processes cannot fork (Windows), one process renders every page.
PARALLEL_FROM = 1000
CAN_FORK = "fork" in multiprocessing.get_all_start_methods()
# Folders of content/ whose files all come from build.py: a page there whose Markdown is
# gone is a page to remove.
OWNED = ("articles", "timeline", "sources", "tags", "authors", "originals", "search-index")


class SiteBuildFailed(RuntimeError):
    pass


def mkdocs_build(dest: Path, content: Path, *, offline: bool = False, base_url: str = "",
                 config: Path = ROOT / "mkdocs.yml", dirty: bool = False) -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    overrides = {"site_dir": str(dest), "docs_dir": str(content.resolve())}
    if offline:
        overrides["use_directory_urls"] = False
    if base_url:
        overrides["site_url"] = base_url
    try:
        loaded = load_config(str(config), strict=True, **overrides)
        loaded.plugins["archive-compact"] = Compact()
        render(loaded, dirty=dirty)
    except (exceptions.MkDocsException, exceptions.Abort) as e:
        raise SiteBuildFailed(f"mkdocs build failed: {e}") from None


class Compact(BasePlugin):
    """Each page without its templates' indentation and blank lines (about 2.5 KB of an
    article's 21): a line's leading blanks and empty lines are nothing to a browser, but in
    a <pre> or <textarea>, so a page with one is left as it is. Registered by
    mkdocs_build, not in mkdocs.yml: a renderer without it makes larger pages, not others."""

    BLANKS = re.compile(r"\n[ \t\r\n]+")

    def on_post_page(self, output: str, **_) -> str:
        if "<pre" in output or "<textarea" in output:
            return output
        return self.BLANKS.sub("\n", output)


# MkDocs' build (mkdocs.commands.build.build, 1.6; the version is pinned), with the pages
# read and rendered by as many processes as the machine has cores: each page depends only
# on its own Markdown and on the pages of the navigation (whose titles the tabs show), so
# a page can be rendered by any process once those are read. The static files (originals,
# the search index, the theme's assets) are copied meanwhile.
_SHARES: tuple | None = None  # what a forked worker renders: set just before the fork


@contextlib.contextmanager
def _warnings_counted():
    """The warnings and errors MkDocs logs meanwhile, counted (as mkdocs build --strict does)."""
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    logging.getLogger("mkdocs").addHandler(counter)
    try:
        yield counter
    finally:
        logging.getLogger("mkdocs").removeHandler(counter)


def render(config, *, dirty: bool = False, workers: int | None = None) -> None:
    global _SHARES
    with _warnings_counted() as counter:
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        if not dirty:
            utils.clean_directory(config.site_dir)
        files = get_files(config)
        env = config.theme.get_env()
        files.add_files_from_theme(env, config)
        files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        nav = config.plugins.on_nav(nav, config=config, files=files)
        doc_files = files.documentation_pages()
        for file in doc_files:
            if file.page is None:
                Page(None, file, config)
        for page in nav.pages:  # first, and always: every page shows their titles
            _populate_page(page, config, files)
        if dirty:
            unlink_outputs(config, files, nav)
        env = config.plugins.on_env(env, config=config, files=files)
        rest = [f.page for f in doc_files if f.page not in nav.pages]
        workers = workers or (min(os.cpu_count() or 1, 4) if len(rest) >= PARALLEL_FROM and CAN_FORK else 1)
        _SHARES = (config, files, doc_files, nav, env, dirty, rest, workers)
        pool = multiprocessing.get_context("fork").Pool(workers) if workers > 1 else None
        try:
            shares = pool.map_async(_render_share, range(workers)) if pool else None
            files.copy_static_files(dirty=dirty)
            for template in config.theme.static_templates:
                _build_theme_template(template, env, files, config, nav)
            for template in config.extra_templates:
                _build_extra_template(template, files, config, nav)
            for page in nav.pages:
                _build_page(page, config, doc_files, nav, env)
            results = shares.get() if shares else [_render_share(0)]
        finally:
            _SHARES = None
            if pool:
                pool.close()
                pool.join()
        for page in nav.pages:
            page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
        config.plugins.on_post_build(config=config)
        failures = [r for r in results if isinstance(r, str)]
        if failures:
            raise SiteBuildFailed("; ".join(failures))
        # a worker counts its own warnings; one run here is counted here already
        warnings = sum(n for _, n in counter.get_counts()) + (sum(r for r in results if isinstance(r, int))
                                                              if pool else 0)
        if config.strict and warnings:
            raise exceptions.Abort(f"Aborted with {warnings} warnings in strict mode!")


def unlink_outputs(config, files, nav) -> None:
    """A dirty build's site is linked from the last one (build_site), file by file: every
    file about to be written is unlinked first, so that writing it cannot change the last
    site, which is still the one published until the swap."""
    site = Path(config.site_dir)
    about_to_change = [f.abs_dest_path for f in files if f.page in nav.pages or f.is_modified()]
    about_to_change += [site / name for name in (*config.theme.static_templates, "sitemap.xml.gz",
                                                 *config.extra_templates)]
    for path in about_to_change:
        Path(path).unlink(missing_ok=True)


def _render_share(k: int) -> int | str:
    """Read and render every `workers`-th page from the k-th; return the warnings logged
    (or the error that stopped it)."""
    config, files, doc_files, nav, env, dirty, rest, workers = _SHARES
    with _warnings_counted() as counter:
        try:
            for page in rest[k::workers]:
                _populate_page(page, config, files, dirty)
                _build_page(page, config, doc_files, nav, env, dirty)
                page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
                page.markdown = page.content = None  # written: keep only what links need
        except Exception as e:  # noqa: BLE001 - reported by the parent, which fails the build
            return f"{type(e).__name__}: {e}"
        return sum(n for _, n in counter.get_counts())


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


def remove_stale(staging: Path, content: list[str], offline: bool) -> int:
    """Delete from a copied site the pages and files of content/ (`content`: its files)
    that build.py no longer writes."""
    expected = {page_path(rel, offline) if rel.endswith(".md") else rel for rel in content}
    removed = 0
    for folder in OWNED:
        for where, folders, names in os.walk(staging / folder, topdown=False):
            prefix = Path(where).relative_to(staging).as_posix() + "/"
            stale = [name for name in names if prefix + name not in expected]
            for name in stale:
                os.unlink(os.path.join(where, name))
            removed += len(stale)
            if len(stale) == len(names) and not any(os.path.exists(os.path.join(where, f)) for f in folders):
                os.rmdir(where)  # a page's folder (articles/ID/), left empty
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
    read = snapshot(content)  # content/ as this build reads it
    if incremental and last.get("content") == read:
        return "unchanged"
    staging = cache / f"{site.name}.new"
    shutil.rmtree(staging, ignore_errors=True)
    stamp_file.unlink(missing_ok=True)  # until this build has succeeded
    if incremental:
        # linked, not copied: the pages keep their times, and render() unlinks what it rewrites
        shutil.copytree(site, staging, symlinks=True, copy_function=_link)
        remove_stale(staging, list(read), offline)
    mkdocs_build(staging, content, offline=offline, base_url=base_url, dirty=incremental)
    swap(staging, site, cache)
    record_stamp(stamp_file, wanted, read)
    return "incremental" if incremental else "full"


def _link(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or one without links
        shutil.copy2(source, target)


def swap(new: Path, target: Path, cache: Path) -> None:
    """Replace `target` by `new` with two renames; an interrupted run leaves either the
    old or the new site in place, never a mixture."""
    old = cache / f"{target.name}.old"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    target.parent.mkdir(parents=True, exist_ok=True)
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

"""Site: content/ → site/ with MkDocs (strict), then the search index, built aside in
.cache/ and swapped in whole, so site/ is never left half-written.

    python -m archive.site [--site DIR] [--offline] [--base-url URL]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .settings import cache_for


def mkdocs_build(dest: Path, content: Path, *, offline: bool = False, base_url: str = "",
                 config: str = "mkdocs.yml") -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_DIR=str(dest), DOCS_DIR=str(content.resolve()))
    if offline:
        env["USE_DIRECTORY_URLS"] = "false"
    if base_url:
        env["SITE_URL"] = base_url
    # Not --quiet: it hides warnings from --strict's count, and the build would pass.
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict",
                             "--config-file", config, "--site-dir", str(dest)],
                            env=env, capture_output=True, text=True)
    if result.returncode:
        problems = [line for line in result.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
        print("\n".join(problems) or result.stderr, file=sys.stderr)
        raise subprocess.CalledProcessError(result.returncode, result.args)


def build_site(site: Path, content: Path, *, offline: bool = False, base_url: str = "") -> None:
    cache = cache_for(content)
    cache.mkdir(exist_ok=True)
    staging = cache / f"{site.name}.new"
    shutil.rmtree(staging, ignore_errors=True)
    # Pagefind reads only the documents build.py left in the cache, not MkDocs' output, so
    # it runs beside MkDocs, on the other core, into a folder of its own.
    index = cache / f"{site.name}.pagefind"
    shutil.rmtree(index, ignore_errors=True)
    indexing = None if offline else pagefind(cache / "pagefind-src", index)
    try:
        mkdocs_build(staging, content, offline=offline, base_url=base_url)
    finally:
        if indexing:
            indexing.wait()
    if indexing:
        if indexing.returncode:
            raise subprocess.CalledProcessError(indexing.returncode, indexing.args)
        os.replace(index, staging / "pagefind")  # search.js loads pagefind/
    swap(staging, site, cache)


def pagefind(source: Path, dest: Path) -> subprocess.Popen:
    """Start the hosted search index: Pagefind over the folded documents build.py left in
    the cache (archive/search_index.py)."""
    if not source.is_dir():
        raise SystemExit(f"{source} is missing: run build.py first")
    return subprocess.Popen([sys.executable, "-m", "pagefind", "--site", str(source), "--output-path",
                             str(dest.resolve()), "--force-language", "ar", "--quiet"],
                            stdout=subprocess.DEVNULL)


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
    parser.add_argument("--base-url", default="",
                        help="public address of the site, e.g. https://USER.github.io/REPO/ "
                             "(default: SITE_URL, which mkdocs.yml reads)")
    args = parser.parse_args(argv)
    try:
        build_site(args.site, args.content, offline=args.offline, base_url=args.base_url)
    except subprocess.CalledProcessError as e:
        print(f"site build failed: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

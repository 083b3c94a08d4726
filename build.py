#!/usr/bin/env python3
"""Turn seed articles into the archive's Markdown pages: seeds/ → content/.

    python build.py [--seeds DIR] [--content DIR] [--strict] [--overwrite] [--site DIR]

With --site, the site is built from content/ too (as `python -m archive.site --site DIR`
does), its pages rendered while the search index is still being made (make site).

Exit status: 0 built, 1 seeds were rejected under --strict or the site failed to build,
2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from archive import pipeline
from archive.settings import Settings, site_url_from_env


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="build.py", description="Turn seed articles into the archive's Markdown pages.")
    parser.add_argument("--seeds", type=Path, default=Path("seeds"), metavar="DIR",
                        help="folder of seed articles, read recursively (default: seeds)")
    parser.add_argument("--content", type=Path, default=Path("content"), metavar="DIR",
                        help="folder the Markdown pages are written to (default: content)")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 if any seed is rejected")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace pages in content/ that were edited by hand")
    parser.add_argument("--site", type=Path, metavar="DIR",
                        help="build the site into DIR too, beside the search index (make site: site)")
    parser.add_argument("--quiet", action="store_true",
                        help="print the summary line only, no progress or rejections")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as e:  # argparse: --help exits 0, a usage error 2
        return int(e.code or 0)
    if not args.seeds.is_dir():
        print(f"build.py: error: seeds folder {str(args.seeds)!r} does not exist", file=sys.stderr)
        return 2
    started = time.monotonic()
    progress = None if args.quiet else (lambda line: print(line, file=sys.stderr, flush=True))
    settings = Settings(seeds=args.seeds, content=args.content, site_url=site_url_from_env(),
                        overwrite=args.overwrite)
    built: list[str | None] = []  # what the site step did (None: it failed)
    beside = (lambda ready, found=None: built.append(site_step(args, ready, found))) if args.site else None
    seen = pipeline.look(settings)  # the seeds, read and digested, and content/: once
    last = pipeline.unchanged(settings, seen)
    if last is not None:  # nothing to do: say so, and what the last build found
        pipeline.print_unchanged(last, limit=0 if args.quiet else 50)
        rejected = last["rejected"]
        if beside:
            beside(None)
    else:
        report = pipeline.build(settings, progress=progress, beside=beside, seen=seen)
        pipeline.print_summary(report, limit=0 if args.quiet else 50)
        rejected = len(report.rejected)
    print(f"build report: {args.content / pipeline.REPORT} ({time.monotonic() - started:.1f} s)")
    if None in built:
        return 1
    for how in built:
        print(how)
    if args.strict and rejected:
        print(f"build.py: --strict: {rejected} seeds rejected", file=sys.stderr)
        return 1
    return 0


def site_step(args: argparse.Namespace, ready, found: dict | None = None) -> str | None:
    """The site built from content/ (archive.site), said; `ready` waits for the search
    index; `found`, content/ as the build left it (snapshot()), if known. None if it
    failed (said on stderr): content/ is whole, and the next build builds the site again."""
    from archive import site  # MkDocs: imported only when a site is built

    try:
        return site.describe(args.site, site.build_site(args.site, args.content, ready=ready, found=found))
    except site.SiteBuildFailed as e:
        print(f"site build failed: {e}", file=sys.stderr)
        return None


if __name__ == "__main__":
    status = main()
    # Done: the interpreter's teardown would free the archive's objects one by one (0.2 s
    # after ten articles added, more after a day), for a process about to end. What was
    # printed is flushed and the process ends without it; every file is written and
    # closed, every thread and worker joined, by then.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)

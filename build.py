#!/usr/bin/env python3
"""Turn seed articles into the archive's Markdown pages: seeds/ → content/.

    python build.py [--seeds DIR] [--content DIR] [--strict] [--overwrite]

Exit status: 0 built, 1 seeds were rejected under --strict, 2 usage error.
"""

from __future__ import annotations

import argparse
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
    last = pipeline.unchanged(settings)
    if last is not None:  # nothing to do: say so, and what the last build found
        pipeline.print_unchanged(last, limit=0 if args.quiet else 50)
        rejected = last["rejected"]
    else:
        report = pipeline.build(settings, progress=progress)
        pipeline.print_summary(report, limit=0 if args.quiet else 50)
        rejected = len(report.rejected)
    print(f"build report: {args.content / pipeline.REPORT} ({time.monotonic() - started:.1f} s)")
    if args.strict and rejected:
        print(f"build.py: --strict: {rejected} seeds rejected", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

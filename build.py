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
import contextlib
import multiprocessing
import os
import sys
import time
from pathlib import Path

from archive.settings import Settings, site_url_from_env
from archive.write import CAN_FORK

READY = "ready"  # said to the site's process once content/ is whole, search index and all


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
    # the site step: in a process of its own, started now, where processes fork
    aside = SiteAside(args) if args.site and CAN_FORK else None
    try:
        return _build(args, aside)
    finally:
        if aside:
            aside.close()


def _build(args: argparse.Namespace, aside: SiteAside | None) -> int:
    # the pipeline (Jinja, PyYAML, …) imported here, once the site's process is forked:
    # the two processes import side by side, not one after the other
    from archive import pipeline

    started = time.monotonic()
    progress = None if args.quiet else (lambda line: print(line, file=sys.stderr, flush=True))
    settings = Settings(seeds=args.seeds, content=args.content, site_url=site_url_from_env(),
                        overwrite=args.overwrite)
    built: list[str | None] = aside.built if aside else []  # what the site step did (None: it failed)
    if aside:
        beside = aside.beside
    elif args.site:  # the site step here, once content/ is written
        beside = lambda ready, found=None: built.append(said(*site_step(args, ready, found)))  # noqa: E731
    else:
        beside = None
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
    if aside:  # the build's stamp is written meanwhile: the site step ends on its own
        aside.wait()
    print(f"build report: {args.content / pipeline.REPORT} ({time.monotonic() - started:.1f} s)")
    if None in built:
        return 1
    for how in built:
        print(how)
    if args.strict and rejected:
        print(f"build.py: --strict: {rejected} seeds rejected", file=sys.stderr)
        return 1
    return 0


def site_step(args: argparse.Namespace, ready, found: dict | None = None, prepared=None) -> tuple[str | None, str]:
    """The site built from content/ (archive.site): (what was done, said; or None and why
    it failed). `ready` waits for the search index; `found`, content/ as the build left it
    (snapshot()), if known; `prepared`, what site.prepare() read first, if it was called.
    content/ is whole either way, and after a failure the next build builds the site again."""
    from archive import site  # MkDocs: imported only when a site is built

    try:
        return site.describe(args.site, site.build_site(args.site, args.content, ready=ready, found=found,
                                                        prepared=prepared)), ""
    except site.SiteBuildFailed as e:
        return None, str(e)


def said(how: str | None, failure: str) -> str | None:
    if how is None:
        print(f"site build failed: {failure}", file=sys.stderr)
    return how


class SiteAside:
    """The site step (site_step) in a process of its own, forked as the build starts: there
    MkDocs is loaded and configured (site.prepare) while this process reads the seeds;
    its pages are rendered by processes forked from it, which share none of the articles
    this one holds. beside(ready, found), once content/ is written but for the search
    index, sets it going, waits for the index (ready()) and says so; wait() waits for it
    to finish. A build that fails before that leaves it nothing to do: it ends."""

    def __init__(self, args: argparse.Namespace) -> None:
        context = multiprocessing.get_context("fork")
        sys.stdout.flush()  # or what waits in them would be written twice
        sys.stderr.flush()
        self.conn, theirs = context.Pipe()
        self.process = context.Process(target=self._run, args=(args, theirs, self.conn))
        self.process.start()
        theirs.close()
        self.built: list[str | None] = []
        self.going = False  # set going by beside(), not yet waited for

    @staticmethod
    def _run(args: argparse.Namespace, conn, ours) -> None:
        from archive import site

        ours.close()  # this process's copy of the build's end: the build's alone, so that it ends with the build
        prepared = site.prepare(args.site, args.content)
        try:
            found, waits = conn.recv()
        except EOFError:  # the build ended before content/ was written
            return

        def ready() -> None:
            try:
                if conn.recv() == READY:
                    return
            except EOFError:
                pass
            raise site.SiteBuildFailed("content/ was not made whole: the build failed")

        result = site_step(args, ready if waits else None, found, prepared)
        with contextlib.suppress(OSError):  # the build ended meanwhile
            conn.send(result)

    def beside(self, ready, found: dict | None = None) -> None:
        """Sets the site step going, and lets it finish: wait() waits for it."""
        with contextlib.suppress(OSError):  # if it ended, it says nothing more (wait())
            self.conn.send((found, ready is not None))
        if ready is not None:
            ready()  # if this fails, the site's process is told so (close())
            with contextlib.suppress(OSError):
                self.conn.send(READY)
        self.going = True

    def wait(self) -> None:
        """What the site step did (self.built), once it is done."""
        if self.going:
            self.going = False
            try:
                result = self.conn.recv()
            except (EOFError, OSError):
                result = (None, "the site's process ended without a word (its error is above)")
            self.built.append(said(*result))

    def close(self) -> None:
        self.conn.close()
        self.process.join()


if __name__ == "__main__":
    status = main()
    # Done: the interpreter's teardown would free the archive's objects one by one (0.2 s
    # after ten articles added, more after a day), for a process about to end. What was
    # printed is flushed and the process ends without it; every file is written and
    # closed, every thread and worker joined, by then.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)

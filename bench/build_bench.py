"""Benchmark the build on the 16,140-article corpus (or any seed folder).

    python bench/build_bench.py [SEEDS]      (make bench)

Measures wall time and peak memory (max RSS of the process tree's largest process) of
build.py alone and of the site build (MkDocs + search indexes), and the size of the
pages a reader loads. Prints a table; figures are recorded in the README.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = ROOT.parent / "shared" / "corpus" / "saudinewsnet"
WORK = ROOT / ".cache" / "bench"
_MEASURE = ("import resource, subprocess, sys, time\n"
            "t = time.perf_counter()\n"
            "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
            "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def measure(cmd: list[str], env: dict | None = None) -> tuple[float, float]:
    """(seconds, peak MB) of one command run in a fresh process."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], check=True, cwd=ROOT,
                         capture_output=True, text=True, env={**os.environ, **(env or {})})
    seconds, kb = out.stdout.split()
    return float(seconds), int(kb) / 1024


def sizes(folder: Path, pattern: str) -> list[int]:
    return sorted(p.stat().st_size for p in folder.glob(pattern))


def main(argv: list[str]) -> int:
    seeds = Path(argv[0]) if argv else DEFAULT_SEEDS
    shutil.rmtree(WORK, ignore_errors=True)
    content, site = WORK / "content", WORK / "site"
    py = sys.executable
    results = {}
    results["build.py"] = measure([py, "build.py", "--quiet", "--seeds", str(seeds),
                                   "--content", str(content)])
    results["build.py, unchanged rerun"] = measure([py, "build.py", "--quiet", "--seeds", str(seeds),
                                                    "--content", str(content)])
    results["site (mkdocs + search)"] = measure([py, "-m", "archive.site", "--site", str(site),
                                                 "--content", str(content)])
    total_s = results["build.py"][0] + results["site (mkdocs + search)"][0]
    total_mb = max(results["build.py"][1], results["site (mkdocs + search)"][1])
    report = json.loads((content / "build-report.json").read_text())
    print(f"seeds: {report['seeds']:,}  published: {report['published']:,}  rejected: {report['rejected']:,}")
    print(f"{'step':34} {'seconds':>8} {'peak MB':>8}")
    for name, (s, mb) in results.items():
        print(f"{name:34} {s:8.1f} {mb:8.0f}")
    print(f"{'whole build (make site)':34} {total_s:8.1f} {total_mb:8.0f}")
    pages = sizes(site, "articles/*/index.html")
    all_html = sizes(site, "**/*.html")
    print(f"article page: median {statistics.median(pages) / 1024:.1f} KB, "
          f"largest {pages[-1] / 1024:.1f} KB; largest HTML page of all {all_html[-1] / 1024:.1f} KB "
          f"({len(all_html):,} pages)")
    print(f"site on disk: {sum(p.stat().st_size for p in site.rglob('*') if p.is_file()) / 2**20:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

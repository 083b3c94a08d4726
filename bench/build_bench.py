"""Benchmark the build on the corpus: this archive against the bare stack it is built on,
a clean build, a rebuild with nothing changed, an append, and ten articles added.

    python bench/build_bench.py [SEEDS]      (make bench; SEEDS: a folder of daily zips)

Every step runs in a fresh process; its wall time and peak memory (all its processes
together: _MEASURE) are printed, with the ratios the README quotes. A clean build of this
archive and each append are run three times (an append from the same archive each time)
and given by their median run, with every run's time; so is the last day built alone,
from clean, into an empty archive (what an append of it stands on). Figures go in the
README.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import zipfile
from pathlib import Path

from mkdocs.utils.meta import get_data

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = ROOT.parent / "shared" / "corpus" / "saudinewsnet"
WORK = ROOT / ".cache" / "bench"
REPEATS = 3  # runs of a clean build and of each append
CLEAN, DAY, TEN = "archive: make site, clean", "archive: the last day added", "archive: 10 articles added"
ALONE = "archive: the last day alone, clean"  # what an append of it cannot cost less than
# Peak memory of a command and every process it starts (build.py writes in three
# processes, the site step forks one renderer a core), each page counted once (what a fork
# shares, once): the command runs in a memory cgroup of its own, whose resident memory
# (anonymous and file-mapped: memory.stat's rss + mapped_file) is read every 100 ms. Where
# no cgroup can be made, the sum over its process tree of each process's proportional
# share (PSS), sampled every 250 ms; that walk of every process's page tables slows a
# large build by a sixth here, so it is the fallback, not the rule. At least the largest
# single process's peak (ru_maxrss), which sampling may miss.
_MEASURE = """
import os, resource, subprocess, sys, time

CGROUPS = "/sys/fs/cgroup/memory"

def cgroup():
    path = f"{CGROUPS}/archive-bench-{os.getpid()}"
    try:
        os.mkdir(path)
    except OSError:
        return None
    return path

def cgroup_kb(path):
    stat = dict(line.split() for line in open(f"{path}/memory.stat"))
    return (int(stat["rss"]) + int(stat["mapped_file"])) // 1024

def tree(root):
    children = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            ppid = int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(pid))
    todo, found = [root], []
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found

def pss_kb(pid):
    try:
        for line in open(f"/proc/{pid}/smaps_rollup"):
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0

group = cgroup()

def enter():
    with open(f"{group}/cgroup.procs", "w") as f:
        f.write(str(os.getpid()))

t = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, preexec_fn=enter if group else None)
peak = 0
while proc.poll() is None:
    if group:
        peak = max(peak, cgroup_kb(group))
        time.sleep(0.1)
    else:
        peak = max(peak, sum(pss_kb(pid) for pid in tree(proc.pid)))
        time.sleep(0.25)
seconds = time.perf_counter() - t
if group:
    os.rmdir(group)
if proc.returncode:
    sys.exit(proc.returncode)
used = resource.getrusage(resource.RUSAGE_CHILDREN)
print(seconds, max(peak, used.ru_maxrss), used.ru_utime + used.ru_stime)
"""
BARE_CONFIG = """site_name: bare
docs_dir: {docs}
site_dir: {site}
theme:
  name: material
  language: ar
  font: false
plugins: []
nav:
  - index.md
"""


def measure(cmd: list[str], env: dict | None = None) -> tuple[float, float, float]:
    """(seconds, peak MB, processor seconds) of one command run in a fresh process: the
    processor time is user and system time of it and of every process it waited for (its
    forked workers), on all cores."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], check=True, cwd=ROOT,
                         capture_output=True, text=True, env={**os.environ, **(env or {})})
    seconds, kb, cpu = out.stdout.split()
    return float(seconds), int(kb) / 1024, float(cpu)


def du(folder: Path) -> tuple[int, int]:
    """(files, bytes) under a folder."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def sizes(folder: Path, pattern: str) -> list[int]:
    return sorted(p.stat().st_size for p in folder.glob(pattern))


def archive(seeds: Path, work: Path) -> tuple[float, float, float]:
    """`make site`: build.py --site, content/ and then the site (incremental when it can
    be), its pages rendered while the search index is made: measure()'s figures."""
    return measure([sys.executable, "build.py", "--quiet", "--seeds", str(seeds), "--content", str(work / "content"),
                    "--site", str(work / "site")])


def bare(content: Path, work: Path) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """The bare stack on the same articles: each as '# title' and its text, MkDocs with
    Material (articles out of nav), then Pagefind over the site."""
    docs = work / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# bare\n", "utf-8")
    for page in (content / "articles").glob("*.md"):
        text, meta = get_data(page.read_text("utf-8"))
        if "archive-text" not in text:
            continue  # another publication's page
        title = meta["title"]
        block = text.split('<div class="archive-text">', 1)[1].split("</div>", 1)[0]
        # the bare stack gets the text as Markdown paragraphs, as a plain MkDocs site has it
        body = "\n\n".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", block, re.S))
        (docs / page.name).write_text(f"# {title}\n\n{body}\n", "utf-8")
    config = work / "mkdocs.yml"
    config.write_text(BARE_CONFIG.format(docs=docs, site=work / "site"), "utf-8")
    m = measure([sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config)],
                env={"NO_MKDOCS_2_WARNING": "1"})
    p = measure([sys.executable, "-m", "pagefind", "--site", str(work / "site"), "--quiet"])
    return m, p


def ten_articles(seeds: Path, folder: Path) -> None:
    """Ten new articles (ten corpus records under new addresses, a day after the last)."""
    last = sorted(seeds.glob("*.zip"))[-1]
    with zipfile.ZipFile(last) as z:
        records = json.loads(z.read(z.namelist()[0]))[:10]
    for i, r in enumerate(records):
        r.update(url=f"http://bench.example/new/{i}", date_extracted="2015-08-11 09:00:00",
                 content=r["content"] + f"\nخبر مضاف رقم {i}")
    (folder / "added.json").write_text(json.dumps(records, ensure_ascii=False), "utf-8")


class Restorable:
    """A work folder (content/, site/ and the cache) kept as it is now, in a copy, and
    put back as it was before each run from it (copy2: the files' times too, which the
    build reads)."""

    def __init__(self, work: Path) -> None:
        self.work, self.copy = work, work.with_name(work.name + "-kept")
        shutil.rmtree(self.copy, ignore_errors=True)
        shutil.copytree(work, self.copy, symlinks=True)

    def restored(self) -> Path:
        shutil.rmtree(self.work)
        shutil.copytree(self.copy, self.work, symlinks=True)
        return self.work

    def drop(self) -> None:
        shutil.rmtree(self.copy)


def median_run(times: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """The run of median time (measure()'s figures)."""
    return sorted(times)[len(times) // 2]


def main(argv: list[str]) -> int:
    seeds = Path(argv[0]) if argv else DEFAULT_SEEDS
    shutil.rmtree(WORK, ignore_errors=True)
    days = sorted(seeds.glob("*.zip"))
    rows: dict[str, tuple[float, float, float]] = {}
    runs: dict[str, list[tuple[float, float, float]]] = {CLEAN: [], DAY: [], ALONE: [], TEN: []}
    # all days but the last, from clean: the archive each append starts from
    full, grown, folder = WORK / "full", WORK / "grown", WORK / "grown-seeds"
    alone, last = WORK / "alone", WORK / "last-seeds"  # the last day by itself, into an empty archive
    folder.mkdir(parents=True)
    last.mkdir()
    for day in days[:-1]:
        shutil.copy(day, folder)
    shutil.copy(days[-1], last)
    rows[f"archive: {len(days) - 1} days, clean"] = archive(folder, grown)
    eight = Restorable(grown)
    shutil.copy(days[-1], folder)
    # REPEATS times, one after the other: this archive from clean, then the last day added
    # to the eight days' (restored), then the last day alone from clean: the same articles
    # rendered and indexed with no archive to read back or rewrite, below which no append
    # of them can go. This machine's speed drifts by a third in minutes, so each append's
    # share is taken of the clean build run just before it.
    for _ in range(REPEATS):
        shutil.rmtree(full, ignore_errors=True)
        runs[CLEAN].append(archive(seeds, full))
        runs[DAY].append(archive(folder, eight.restored()))
        shutil.rmtree(alone, ignore_errors=True)
        runs[ALONE].append(archive(last, alone))
    eight.drop()
    rows["archive: again, nothing changed"] = archive(seeds, full)
    # ten articles added to the nine days' archive (restored each time)
    ten_articles(seeds, folder)
    nine = Restorable(grown)
    for _ in range(REPEATS):
        runs[TEN].append(archive(folder, nine.restored()))
    nine.drop()
    rows.update({name: median_run(times) for name, times in runs.items()})
    # the bare stack on the same articles
    b = bare(full / "content", WORK / "bare")
    rows["bare: MkDocs + Material"], rows["bare: Pagefind"] = b
    rows["bare: both"] = (b[0][0] + b[1][0], max(b[0][1], b[1][1]), b[0][2] + b[1][2])
    report = json.loads((full / "content" / "build-report.json").read_text())
    print(f"seeds: {report['seeds']:,}  published: {report['published']:,}  "
          f"merged: {report['publications_merged']:,}  rejected: {report['rejected']:,}")
    print(f"{'step':36} {'seconds':>8} {'peak MB':>8} {'cpu s':>8}")
    first = [CLEAN, "archive: again, nothing changed", "bare: MkDocs + Material", "bare: Pagefind", "bare: both"]
    for name in first + [name for name in rows if name not in first]:
        s, mb, cpu = rows[name]
        print(f"{name:36} {s:8.1f} {mb:8.0f} {cpu:8.1f}")
    clean, stack = rows[CLEAN][0], rows["bare: both"][0]
    for name, times in runs.items():
        print(f"{name}: {len(times)} runs, {', '.join(f'{s:.1f} s ({cpu:.1f} s cpu)' for s, _, cpu in times)}; "
              f"the median above")
    for name, what in ((DAY, "last day added"), (ALONE, "the same day alone, into an empty archive")):
        shares = sorted(day[0] / clean[0] for clean, day in zip(runs[CLEAN], runs[name], strict=True))
        print(f"{what}: {100 * shares[len(shares) // 2]:.0f}% of the clean build before it "
              f"(median; {', '.join(f'{100 * x:.0f}%' for x in shares)})")
    print(f"archive / bare stack: {clean / stack:.2f}×")
    # the same in processor time, and the part of it that grows with the day: what the day
    # costs beyond ten articles added (the part that does not)
    cpu = {name: statistics.median(r[2] for r in times) for name, times in runs.items()}
    print(f"processor time (medians): clean {cpu[CLEAN]:.1f} s, the day {cpu[DAY]:.1f} s "
          f"({100 * cpu[DAY] / cpu[CLEAN]:.0f}%), the day alone {cpu[ALONE]:.1f} s "
          f"({100 * cpu[ALONE] / cpu[CLEAN]:.0f}%), ten articles {cpu[TEN]:.1f} s; the day but what ten articles "
          f"cost too: {100 * (cpu[DAY] - cpu[TEN]) / cpu[CLEAN]:.1f}% of a clean build")
    site = full / "site"
    pages = sizes(site, "articles/*/index.html")
    all_html = sizes(site, "**/*.html")
    print(f"article page: median {statistics.median(pages) / 1024:.1f} KB, largest {pages[-1] / 1024:.1f} KB; "
          f"largest HTML page {all_html[-1] / 1024:.1f} KB ({len(all_html):,} pages)")
    _, total = du(site)
    print(f"site on disk: {total / 2**20:.0f} MB, {total / report['published'] / 1024:.1f} KB an article")
    parts = {p.name: du(p)[1] for p in site.iterdir() if p.is_dir()}  # where an article's bytes go
    parts["(top-level files)"] = sum(p.stat().st_size for p in site.iterdir() if p.is_file())
    for name, size in sorted(parts.items(), key=lambda kv: -kv[1])[:10]:
        print(f"  {name:24} {size / 2**20:7.1f} MB  {size / report['published'] / 1024:5.1f} KB an article")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

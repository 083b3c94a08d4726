"""Scale benchmark: a synthetic archive of many articles, derived from the corpus, built
the way `make site` builds one.

    python bench/scale_bench.py [COUNT] [SEEDS]      (default 100,000; the shared corpus)

The corpus's records are repeated with new addresses, dates spread over 2010–2015 and a
closing line that makes each text its own (the same text under two addresses would be
one article's two publications), written as one zip a month, like daily crawls.
Prints the time and peak memory of `make site` (build.py --site), the site's size on disk,
its files per article, the size of the search index, and the time of an append: a day
of 500 articles added.
"""

from __future__ import annotations

import json
import shutil
import sys
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_bench import DEFAULT_SEEDS, ROOT, du, measure  # noqa: E402

WORK = ROOT / ".cache" / "scale"
START, END = datetime(2010, 1, 1), datetime(2015, 12, 31)


def corpus_records(seeds: Path) -> list[dict]:
    out = []
    for day in sorted(seeds.glob("*.zip")):
        with zipfile.ZipFile(day) as z:
            for name in z.namelist():
                out.extend(json.loads(z.read(name)))
    return [r for r in out if (r.get("content") or "").strip()]


def synthetic(records: list[dict], count: int, folder: Path) -> None:
    """`count` records over 2010–2015, one zip a month."""
    step = (END - START) / count
    months: dict[str, list[dict]] = {}
    for n in range(count):
        r = dict(records[n % len(records)])
        when = START + step * n + timedelta(seconds=n % 3600)
        r["url"] = f"{r['url'].rstrip('/')}/copy-{n}"
        r["date_extracted"] = when.strftime("%Y-%m-%d %H:%M:%S")
        r["content"] = f"{r['content']}\n(نسخة الأرشيف رقم {n})"
        months.setdefault(when.strftime("%Y-%m"), []).append(r)
    folder.mkdir(parents=True)
    for month, rows in months.items():
        with zipfile.ZipFile(folder / f"{month}.zip", "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(f"{month}.json", json.dumps(rows, ensure_ascii=False))


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 100_000
    seeds = Path(argv[1]) if len(argv) > 1 else DEFAULT_SEEDS
    shutil.rmtree(WORK, ignore_errors=True)
    records = corpus_records(seeds)
    synthetic(records, count, WORK / "seeds")
    py = sys.executable
    content, site = WORK / "content", WORK / "site"
    make_site = [py, "build.py", "--quiet", "--seeds", str(WORK / "seeds"), "--content", str(content),
                 "--site", str(site)]
    b = measure(make_site)
    report = json.loads((content / "build-report.json").read_text("utf-8"))
    files, size = du(site)
    index_files, index_size = du(site / "search-index")
    published = report["published"]
    print(f"{count:,} seeds: {published:,} published, {report['publications_merged']:,} merged, "
          f"{report['rejected']:,} rejected")
    print(f"make site: {b[0]:.0f} s, {b[1]:,.0f} MB peak", flush=True)
    # a day's news added to the archive: 500 more records, the day after the last
    day = [dict(r, url=f"{r['url'].rstrip('/')}/added-{n}", date_extracted="2016-01-01 09:00:00",
                content=f"{r['content']}\n(خبر مضاف رقم {n})") for n, r in enumerate(records[:500])]
    with zipfile.ZipFile(WORK / "seeds" / "2016-01-01.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("2016-01-01.json", json.dumps(day, ensure_ascii=False))
    b2 = measure(make_site)
    print(f"a day of 500 articles added: {b2[0]:.0f} s, {b2[1]:,.0f} MB peak")
    print(f"site: {size / 2**20:,.0f} MB, {files:,} files: {size / published / 1024:.1f} KB and "
          f"{files / published:.2f} files an article; search index {index_size / 2**20:,.0f} MB "
          f"in {index_files:,} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

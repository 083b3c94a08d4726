"""Join benchmark: the corpus built in shards (its days, oldest first, three to a shard),
each by its own build.py as a job of its own would, then the shards' search indexes
joined into one, the way docs/scale.md's join job does it, from what the shards leave:
their search-index state (.cache/search-index.pickle) and their catalog.json.

    python bench/join_bench.py [SEEDS] [DAYS_A_SHARD]

Prints each shard's build.py time and peak memory, and the join's: reading the shards'
states and catalogs, joining them (search_index.State.join), writing the index's files.
"""

from __future__ import annotations

import json
import pickle
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from build_bench import DEFAULT_SEEDS, ROOT, du, measure  # noqa: E402

WORK = ROOT / ".cache" / "join"


def articles_of(catalog: list[dict]):
    """The shard's articles as the index sees them, from its catalog's rows (an article,
    then its other publications)."""
    from archive.dates import When
    from archive.model import SEED_FIELDS, Article

    def article(row: dict) -> Article:
        values = {k: row[k] for k in SEED_FIELDS if row.get(k) not in (None, "", [])}
        for k in ("date", "archived"):
            if k in values:
                values[k] = When.parse(values[k])
        a = Article(values=values, text="", original_bytes=b"", original=row["original"])
        a.__dict__["sha256"] = row["sha256"]  # the original's digest, as the shard read it
        return a

    by_id = {}
    for row in catalog:
        if row["article"] == row["id"]:
            by_id[row["id"]] = article(row)
    for row in catalog:
        if row["article"] != row["id"]:
            by_id[row["article"]].merged.append(article(row))
    return list(by_id.values())


def join(shards: list[Path], out: Path) -> None:
    """The join job's search index: the shards' states joined, its files written."""
    from archive import search_index

    t = time.perf_counter()
    states, docs = [], []
    for shard in shards:
        with open(shard / ".cache" / "search-index.pickle", "rb") as f:
            states.append(pickle.load(f))
        catalog = json.loads((shard / "content" / "catalog.json").read_text("utf-8"))
        docs += search_index.numbered(articles_of(catalog))
    read = time.perf_counter() - t
    whole = search_index.State.join(states)
    joined = time.perf_counter() - t - read
    assert [search_index.doc_key(a) for a in docs] == whole.keys  # the catalogs' documents, in order
    for rel, data in search_index.files_of(whole, docs):
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    written = time.perf_counter() - t - read - joined
    print(f"join: read {read:.1f} s, joined {joined:.1f} s, written {written:.1f} s; "
          f"{len(docs):,} documents", flush=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--join"]:  # the join job itself, measured from the parent
        join([Path(p) for p in argv[2:]], Path(argv[1]))
        return 0
    seeds = Path(argv[0]) if argv else DEFAULT_SEEDS
    per_shard = int(argv[1]) if len(argv) > 1 else 3
    shutil.rmtree(WORK, ignore_errors=True)
    days = sorted(seeds.glob("*.zip"))
    shards = []
    py = sys.executable
    for k in range(0, len(days), per_shard):
        shard = WORK / f"shard-{k // per_shard + 1}"
        (shard / "seeds").mkdir(parents=True)
        for day in days[k:k + per_shard]:
            shutil.copy(day, shard / "seeds")
        s, mb, _ = measure([py, "build.py", "--quiet", "--seeds", str(shard / "seeds"), "--content",
                         str(shard / "content")])
        print(f"{shard.name} ({', '.join(d.stem for d in days[k:k + per_shard])}): build.py {s:.1f} s, "
              f"{mb:,.0f} MB peak", flush=True)
        shards.append(shard)
    out = WORK / "joined"
    s, mb, _ = measure([py, str(Path(__file__).resolve()), "--join", str(out), *map(str, shards)])
    files, size = du(out / "search-index")
    print(f"join of {len(shards)} shards' search indexes: {s:.1f} s, {mb:,.0f} MB peak; "
          f"{files:,} files, {size / 2**20:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

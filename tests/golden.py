"""Regenerate the expected output of the golden seed sets, and docs/schema.md:

    make golden        (or: python -m tests.golden)

Two sets: seeds/ (the archive's own first seed) and tests/golden_set/seeds/ (64 made-up
articles that show every kind of page; tests/golden_set/make_seeds.py wrote them). The whole
content/ each builds is compared with tests/expected/<set>/. Review the diff
(git diff tests/expected docs) before committing it.
"""

import shutil
import tempfile
from pathlib import Path

from archive import pipeline
from archive.model import schema_markdown
from archive.settings import Settings
from archive.write import KEYS, MANIFEST

ROOT = Path(__file__).resolve().parent.parent
SETS = {"seeds": ROOT / "seeds", "golden": ROOT / "tests" / "golden_set" / "seeds"}
# the golden set is built for a published address (feed, permanent links); seeds/ without one
SITE_URLS = {"seeds": None, "golden": "https://archive.example/news/"}
EXPECTED = ROOT / "tests" / "expected"
SCHEMA_DOC = ROOT / "docs" / "schema.md"


def generate(name: str, dest: Path) -> dict[str, bytes]:
    """Every file the build writes into content/ (but its manifest and keys), by path."""
    pipeline.build(Settings(SETS[name], dest, site_url=SITE_URLS[name]))
    return {p.relative_to(dest).as_posix(): p.read_bytes()
            for p in sorted(dest.rglob("*")) if p.is_file() and p.name not in (MANIFEST, KEYS)}


def expected(name: str) -> dict[str, bytes]:
    folder = EXPECTED / name
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def main() -> None:
    for name in SETS:
        with tempfile.TemporaryDirectory() as tmp:
            files = generate(name, Path(tmp))
        shutil.rmtree(EXPECTED / name, ignore_errors=True)
        for rel, data in files.items():
            path = EXPECTED / name / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        print(f"wrote {len(files)} files to {(EXPECTED / name).relative_to(ROOT)}")
    SCHEMA_DOC.write_text(schema_markdown(), encoding="utf-8")
    print(f"wrote {SCHEMA_DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

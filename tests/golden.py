"""Regenerate the expected output for the seeds in seeds/:

    make golden        (or: python -m tests.golden)

Review the diff (git diff tests/expected) before committing it.
"""

import shutil
import tempfile
from pathlib import Path

from archive import pipeline

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ROOT / "tests" / "expected" / "seeds"
COMPARED = (".md", ".json")


def generate(dest: Path) -> dict[str, bytes]:
    pipeline.build(ROOT / "seeds", dest)
    return {p.relative_to(dest).as_posix(): p.read_bytes()
            for p in sorted(dest.rglob("*")) if p.is_file() and p.suffix in COMPARED
            and not p.name.startswith(".")}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = generate(Path(tmp))
    shutil.rmtree(EXPECTED, ignore_errors=True)
    for rel, data in files.items():
        path = EXPECTED / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    print(f"wrote {len(files)} files to {EXPECTED.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

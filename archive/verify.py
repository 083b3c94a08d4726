#!/usr/bin/env python3
"""Check an unzipped offline copy of the archive against its MANIFEST.sha256.

    python3 verify.py [FOLDER]

Names every missing or altered file, and every file the manifest does not list;
exits 1 if there is any, 0 if the copy is whole. Needs only Python's standard library,
so this same file ships inside every offline copy.
"""

import hashlib
import sys
from pathlib import Path

MANIFEST = "MANIFEST.sha256"


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def verify(folder: Path) -> list[str]:
    lines = (folder / MANIFEST).read_text("utf-8").splitlines()
    expected = {}
    for line in lines:
        digest, _, name = line.partition("  ")
        expected[name] = digest
    problems = []
    for name, digest in sorted(expected.items()):
        path = folder / name
        if not path.is_file():
            problems.append(f"missing: {name}")
        elif sha256(path) != digest:
            problems.append(f"altered: {name}")
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_file() and name not in expected and name != MANIFEST:
            problems.append(f"not in the manifest: {name}")
    return problems


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent
    if not (folder / MANIFEST).is_file():
        print(f"{folder}: no {MANIFEST} here", file=sys.stderr)
        return 2
    problems = verify(folder)
    for p in problems:
        print(p)
    count = len((folder / MANIFEST).read_text("utf-8").splitlines())
    print(f"{count} files checked: " + (f"{len(problems)} problems" if problems else "the copy is whole"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

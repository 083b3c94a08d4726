"""Read: find every seed under a folder and turn it into `Seed`s, one per article.

One reader per format (`text`, `markdown`, `records`), chosen by the table READERS; each
takes a name and the bytes and yields `Seed`s, so a member of a zip (`zipped`) is read
exactly like a file on disk. Readers never raise for bad input: a seed they cannot read
comes back with its `problems`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import markdown, records, text, zipped
from .seed import MAX_FILE_BYTES, Seed

__all__ = ["READERS", "SEED_EXTENSIONS", "Seed", "SeedFile", "files", "read_bytes", "read_folder"]


# One reader per format, all of one signature: (origin, bytes, stem, sidecar) → Seeds.
# Adding a format is adding a reader module and a line here.
READERS: dict[str, Callable[[str, bytes, str, bytes | None], Iterator[Seed]]] = {
    ".txt": text.read,
    ".md": markdown.read,
    ".json": records.read,
    ".jsonl": records.read,
}
SIDECAR_FORMATS = {".txt", ".md"}  # formats whose metadata may sit in NAME.yml beside them
SEED_EXTENSIONS = {*READERS, ".zip"}  # a zip holds files of the other formats


def read_bytes(origin: str, data: bytes, stem: str, sidecar: bytes | None = None) -> Iterator[Seed]:
    """The seeds in one file's bytes, by its extension; a zip's members in turn."""
    ext = os.path.splitext(origin)[1].lower()
    if ext == ".zip":
        for member in zipped.members(origin, data, stem, set(READERS)):
            if isinstance(member, Seed):  # a member that cannot be read
                yield member
            else:
                yield from read_bytes(member.origin, member.data, member.stem)
    elif ext in READERS:
        yield from READERS[ext](origin, data, stem, sidecar)


@dataclass
class SeedFile:
    """One file under the seeds folder: its bytes (and its sidecar's), or the problem that
    keeps it unread (`problem`, a Seed that says so)."""

    origin: str
    stem: str
    data: bytes = b""
    sidecar: bytes | None = None
    problem: Seed | None = None

    def seeds(self) -> Iterator[Seed]:
        if self.problem:
            yield self.problem
        else:
            yield from read_bytes(self.origin, self.data, self.stem, self.sidecar)

    def digest(self) -> str | None:
        """What the file's seeds are made from, as a digest (None: a file not read)."""
        if self.problem:
            return None
        h = hashlib.sha256(f"{self.origin}\0{self.stem}\0".encode() + self.data)
        if self.sidecar is not None:
            h.update(b"\0sidecar\0" + self.sidecar)
        return h.hexdigest()


def read_folder(folder: Path, label: str | None = None) -> Iterator[Seed]:
    """Every seed under `folder`, recursively, in a stable (sorted) order."""
    for file in files(folder, label):
        yield from file.seeds()


def files(folder: Path, label: str | None = None) -> Iterator[SeedFile]:
    """Every file under `folder` that holds seeds or should, recursively, in a stable
    (sorted) order."""
    folder = Path(folder)
    label = label or folder.name
    root = folder.resolve()
    for path in sorted(_walk(folder)):
        rel = path.relative_to(folder).as_posix()
        origin = f"{label}/{rel}"
        ext = path.suffix.lower()
        if path.is_symlink() and path.is_dir():
            yield SeedFile(origin, rel, problem=Seed(origin, b"", ext, rel,
                                                     problems=["symbolic link to a folder; not followed"]))
            continue
        if ext not in SEED_EXTENSIONS:
            if ext not in (".yml", ".yaml") and not path.name.startswith("."):
                yield SeedFile(origin, rel, problem=Seed(origin, b"", ext, rel, problems=[
                    f"not a seed format (expected one of {', '.join(sorted(SEED_EXTENSIONS))})"]))
            continue
        stem = os.path.splitext(rel)[0]
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            yield SeedFile(origin, stem, problem=Seed(origin, b"", ext, stem, problems=[
                "symbolic link to a file outside the seeds folder; not followed"]))
            continue
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                yield SeedFile(origin, stem, problem=Seed(origin, b"", ext, stem, problems=[
                    f"file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit"]))
                continue
            data = path.read_bytes()
            sidecar = _sidecar(path) if ext in SIDECAR_FORMATS else None
        except OSError as e:
            yield SeedFile(origin, stem, problem=Seed(origin, b"", ext, stem,
                                                      problems=[f"cannot read: {e.strerror}"]))
            continue
        yield SeedFile(origin, stem, data, sidecar)


def _walk(folder: Path) -> Iterator[Path]:
    """Files under folder; a symbolic link to a folder is yielded (and then reported),
    never followed, so a seed can never pull in files from elsewhere."""
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames + [d for d in dirnames if (Path(dirpath) / d).is_symlink()]:
            if not name.startswith("."):
                yield Path(dirpath) / name


def _sidecar(path: Path) -> bytes | None:
    for candidate in (path.with_suffix(".yml"), path.with_suffix(".yaml")):
        if candidate.is_file():
            return candidate.read_bytes()
    return None

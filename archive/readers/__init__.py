"""Read: find every seed under a folder and turn it into `Seed`s, one per article.

One reader per format (`text`, `markdown`, `records`); each takes a name and the bytes
and yields `Seed`s, so a member of a zip is read exactly like a file on disk. Readers
never raise for bad input: a seed they cannot read comes back with its `problems`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

MAX_FILE_BYTES = 200 * 1024 * 1024  # a JSON or zip seed holding many articles
MAX_ARTICLE_BYTES = 20 * 1024 * 1024  # one article's text


@dataclass
class Seed:
    """An article as found: raw metadata and text, not yet cleaned or checked."""

    origin: str  # "seeds/a.txt", "seeds/d.zip/d.json"
    raw: bytes = field(repr=False)  # the original bytes of this article
    ext: str  # extension for the published original: ".txt", ".md", ".json"
    id_hint: str  # file path or record URL the id is derived from
    record: int | None = None
    meta: dict = field(default_factory=dict)
    body: str | None = None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        return f"{self.origin} record {self.record}" if self.record else self.origin


def decoded(seed: Seed, data: bytes) -> str | None:
    """One article's bytes as text; None, with the reason in seed.problems, when they are
    too many or in no encoding that fits."""
    from .. import clean

    if len(data) > MAX_ARTICLE_BYTES:
        seed.problems.append(f"file is {len(data):,} bytes, over the "
                             f"{MAX_ARTICLE_BYTES:,}-byte limit for one article")
        return None
    try:
        text, warning = clean.decode(data)
    except clean.DecodeError as e:
        seed.problems.append(str(e))
        return None
    if warning:
        seed.warnings.append(warning)
    return text


def read_bytes(origin: str, data: bytes, sidecar: bytes | None = None,
               stem: str | None = None) -> Iterator[Seed]:
    """Dispatch on the file name's extension."""
    from . import markdown, records, text

    ext = os.path.splitext(origin)[1].lower()
    stem = stem if stem is not None else os.path.splitext(origin)[0]
    if ext == ".txt":
        yield from text.read(origin, data, sidecar, stem)
    elif ext == ".md":
        yield from markdown.read(origin, data, stem, sidecar)
    elif ext in (".json", ".jsonl"):
        yield from records.read(origin, data, stem)
    elif ext == ".zip":
        yield from records.read_zip(origin, data, stem)


SEED_EXTENSIONS = {".txt", ".md", ".json", ".jsonl", ".zip"}


def read_folder(folder: Path, label: str | None = None) -> Iterator[Seed]:
    """Every seed under `folder`, recursively, in a stable (sorted) order."""
    folder = Path(folder)
    label = label or folder.name
    root = folder.resolve()
    for path in sorted(_walk(folder)):
        rel = path.relative_to(folder).as_posix()
        origin = f"{label}/{rel}"
        ext = path.suffix.lower()
        if path.is_symlink() and path.is_dir():
            yield Seed(origin, b"", ext, rel, problems=["symbolic link to a folder; not followed"])
            continue
        if ext not in SEED_EXTENSIONS:
            if ext not in (".yml", ".yaml") and not path.name.startswith("."):
                yield Seed(origin, b"", ext, rel, problems=[
                    f"not a seed format (expected one of {', '.join(sorted(SEED_EXTENSIONS))})"])
            continue
        stem = os.path.splitext(rel)[0]
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            yield Seed(origin, b"", ext, stem, problems=["symbolic link to a file outside "
                                                         "the seeds folder; not followed"])
            continue
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                yield Seed(origin, b"", ext, stem, problems=[
                    f"file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit"])
                continue
            data = path.read_bytes()
            sidecar = _sidecar(path) if ext in (".txt", ".md") else None
        except OSError as e:
            yield Seed(origin, b"", ext, stem, problems=[f"cannot read: {e.strerror}"])
            continue
        yield from read_bytes(origin, data, sidecar, stem)


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

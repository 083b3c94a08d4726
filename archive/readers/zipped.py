"""Zip seeds: the members of a `.zip`, read in place without extracting anything to disk.

A zip is a container, not a format: `members` yields each member's bytes for the reader
of its own format (readers.read_bytes), or a Seed naming why a member cannot be read.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from .seed import MAX_FILE_BYTES, Seed

MAX_ZIP_RATIO = 200  # uncompressed / compressed, beyond which a member is a zip bomb


@dataclass
class Member:
    origin: str  # "seeds/d.zip/d.json"
    data: bytes
    stem: str


def members(origin: str, data: bytes, stem: str, formats: set[str]) -> Iterator[Member | Seed]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = sorted(archive.infolist(), key=lambda m: m.filename)
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        yield Seed(origin, data, ".zip", stem, problems=[f"not a readable zip: {e}"])
        return
    for info in infos:
        if info.is_dir():
            continue
        name = info.filename
        member_origin = f"{origin}/{name}"
        ext = os.path.splitext(name)[1].lower()
        problem = _member_problem(info, ext, formats)
        if problem:
            yield Seed(member_origin, b"", ext, stem, problems=[problem])
            continue
        try:
            with archive.open(info) as f:
                content = f.read(MAX_FILE_BYTES + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError,
                NotImplementedError, RuntimeError) as e:
            yield Seed(member_origin, b"", ext, stem, problems=[f"cannot read from zip: {e}"])
            continue
        if len(content) > MAX_FILE_BYTES:
            yield Seed(member_origin, b"", ext, stem,
                       problems=[f"over {MAX_FILE_BYTES:,} bytes uncompressed"])
            continue
        yield Member(member_origin, content, f"{stem}/{os.path.splitext(name)[0]}")


def _member_problem(info: zipfile.ZipInfo, ext: str, formats: set[str]) -> str | None:
    name = info.filename
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or ".." in parts or "\\" in name or ":" in parts[0]:
        return "unsafe path inside the zip (absolute, '..' or backslash); not read"
    if ext == ".zip":
        return "zip inside a zip; not read"
    if ext not in formats:
        return "not a seed format inside the zip"
    if info.file_size > MAX_FILE_BYTES:
        return f"{info.file_size:,} bytes uncompressed, over the {MAX_FILE_BYTES:,}-byte limit"
    if info.compress_size and info.file_size / info.compress_size > MAX_ZIP_RATIO \
            and info.file_size > 1024 * 1024:
        return (f"compression ratio {info.file_size // info.compress_size}:1 "
                "looks like a zip bomb; not read")
    return None

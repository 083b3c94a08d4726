"""The offline copy: the site built with links to .html files, a manifest of sha256
sums, a verifier and a README, zipped into dist/<name>-offline-<date>.zip.

    python -m archive.offline [--content DIR] [--name NAME] [--dist DIR]

Opened from file:// with no network, every page, link and the search work: the search
uses the script-shard index (content/search-index), which file:// allows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import shutil
import sys
import zipfile
from pathlib import Path

from . import verify, words
from .settings import cache_for
from .site import build_site


def build_date() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    return when.strftime("%Y-%m-%d")


def make_offline(content: Path, dist: Path, name: str) -> Path:
    folder = cache_for(content) / "offline"
    build_site(folder, content, offline=True)
    (folder / "README.txt").write_text(words.t("offline_readme"), "utf-8")
    shutil.copyfile(Path(verify.__file__), folder / "verify.py")
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != verify.MANIFEST)
    manifest = "".join(f"{verify.sha256(p)}  {p.relative_to(folder).as_posix()}\n" for p in files)
    (folder / verify.MANIFEST).write_text(manifest, "utf-8")
    dist.mkdir(parents=True, exist_ok=True)
    target = dist / f"{name}-offline-{build_date()}.zip"
    tmp = target.with_suffix(".zip.tmp")
    top = target.stem
    stamp = (1980, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{top}/{path.relative_to(folder).as_posix()}", stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, path.read_bytes())
    os.replace(tmp, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m archive.offline", description=__doc__.split("\n\n")[0])
    parser.add_argument("--content", type=Path, default=Path("content"), help="default: content")
    parser.add_argument("--dist", type=Path, default=Path("dist"), help="default: dist")
    parser.add_argument("--name", default="archive", help="archive name in the zip's file name")
    args = parser.parse_args(argv)
    target = make_offline(args.content, args.dist, args.name)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    print(f"{target} ({target.stat().st_size / 2**20:.1f} MB, sha256 {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Write: atomic, incremental writes into content/, and the build report.

A file is rewritten only when its bytes change. The manifest (content/.archive-manifest.json)
remembers the sha256 of every file the build wrote; a file whose bytes no longer match
was edited by hand and is kept, with a warning, unless the build is told to overwrite.
Files the build wrote earlier and no longer produces are removed the same careful way.
"""

from __future__ import annotations

import contextlib
import fnmatch
import functools
import gc
import hashlib
import itertools
import json
import multiprocessing
import os
import pickle
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".archive-manifest.json"
KEYS = ".archive-keys.json"  # file → digest of what it was made from (Output.write_made)
MEMO_EXT = ".pickle"  # a result of Memo's


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


@dataclass
class Made:
    """A file's bytes, to be made (make()) only if `key`, a digest of everything they are
    made from, changed since the last build (Output.write_made)."""

    key: str
    make: Callable[[], bytes]

    @classmethod
    def of(cls, code: str, inputs, make: Callable[[], bytes]) -> Made:
        """Keyed by the code's digest and everything the bytes show (`inputs`, plain values:
        strings, numbers, None, and lists and tuples of them, whose repr is their identity)."""
        return cls(hashlib.sha256(f"{code}\0{inputs!r}".encode()).hexdigest(), make)


@dataclass
class Output:
    root: Path
    overwrite: bool = False
    # files as the last build wrote them and left them (by size and time, snapshot()):
    # known intact without reading them; None: read and compare each with the manifest
    untouched: set[str] | None = None
    written_paths: list[str] = field(default_factory=list)
    unchanged: int = 0
    kept: list[str] = field(default_factory=list)  # hand-edited files left alone
    removed: int = 0
    reused: list[str] = field(default_factory=list)  # kept, not made again: their inputs are as they were
    finished: bool = False  # finish() done
    # the folder as the build found it (snapshot()), if known: see now()
    found: dict[str, list[int]] | None = None
    removed_paths: list[str] = field(default_factory=list)
    # the last build's manifest and keys, if read already (part()): not read again
    read: tuple[dict[str, str], dict[str, str]] | None = field(default=None, repr=False, compare=False)

    @property
    def written(self) -> int:
        return len(self.written_paths)

    def __post_init__(self):
        self.root = Path(self.root)
        if self.read is None:
            self.read = (read_stamp(self.root / MANIFEST), read_stamp(self.root / KEYS))
        self.previous, self.previous_keys = self.read
        self.current: dict[str, str] = {}
        self.keys: dict[str, str] = {}

    def part(self) -> Output:
        """An Output of the same folder, for a part written beside this one (write_parts):
        the last build's manifest and keys as this one read them, not read again."""
        return Output(self.root, overwrite=self.overwrite, untouched=self.untouched, found=self.found,
                      read=self.read)

    def _path(self, rel: str) -> Path:
        parts = rel.split("/")
        if rel.startswith("/") or "\\" in rel or any(p in ("", ".", "..") for p in parts):
            raise ValueError(f"refusing to write outside {self.root}: {rel!r}")
        return self.root.joinpath(*parts)

    def write(self, rel: str, data: bytes | Made | None) -> None:
        """Write `data` to `rel`; None: the file is what it was (its maker knows), keep it;
        Made: see write_made."""
        if isinstance(data, Made):
            self.write_made(rel, data.key, data.make)
            return
        path = self._path(rel)
        if data is None:
            self.current[rel] = self.previous[rel] if self._intact(rel) else _sha(path.read_bytes())
            self.unchanged += 1
            self.reused.append(rel)
            return
        digest = _sha(data)
        self.current[rel] = digest
        if self.untouched is not None and self._intact(rel):
            # as the last build wrote and left it: its bytes are those of its digest, not
            # read again to be compared (the catalogs: 30 MB)
            same = self.previous[rel] == digest
        else:
            try:
                existing = path.read_bytes()
            except OSError:
                existing = None
            same = existing == data
            if not same and existing is not None and not self.overwrite and self.previous.get(rel) != _sha(existing):
                self.kept.append(rel)
                self.current[rel] = self.previous.get(rel, "")
                return
        if same:
            self.unchanged += 1
            return
        atomic_write(path, data)
        self.written_paths.append(rel)

    def write_made(self, rel: str, key: str, make) -> None:
        """Write the bytes make() returns, unless the last build wrote `rel` from the same
        `key` (a digest of everything they are made from: inputs and code) and the file
        is as it left it; then it is kept, and make() not called."""
        self.keys[rel] = key
        if self.previous_keys.get(rel) == key and self._intact(rel):
            self.current[rel] = self.previous[rel]
            self.unchanged += 1
            self.reused.append(rel)
            return
        self.write(rel, make())

    def _intact(self, rel: str) -> bool:
        """Is `rel` as the last build wrote it?"""
        if self.untouched is not None:  # known without its path (intact())
            return rel in self.previous and rel in self.untouched
        return rel in self.previous and intact(self._path(rel), rel, self.previous[rel], self.untouched)

    def now(self) -> dict[str, list[int]]:
        """The folder as it is now, as snapshot() has it: from what it was when the build
        began (`found`) and what this build wrote and removed since, without walking it
        again (two walks of the corpus's 23,000 files an append)."""
        now = dict(self.found or {})
        for rel in self.removed_paths:
            now.pop(rel, None)
        for rel in {*self.written_paths, MANIFEST, KEYS}:
            try:
                st = os.stat(self.root / rel)
            except FileNotFoundError:
                now.pop(rel, None)
                continue
            now[rel] = [st.st_size, st.st_mtime_ns]
        return dict(sorted(now.items()))

    def state(self) -> tuple:
        return self.current, self.keys, self.written_paths, self.unchanged, self.kept, self.reused

    def absorb(self, state: tuple) -> None:
        """Count as its own what another Output of the same folder wrote (write_parts)."""
        current, keys, written_paths, unchanged, kept, reused = state
        self.current.update(current)
        self.keys.update(keys)
        self.written_paths += written_paths
        self.unchanged += unchanged
        self.kept += kept
        self.reused += reused

    def finish(self, but: str | None = None) -> None:
        """Remove what the last build wrote and this one did not; then save the manifest.
        With `but` (a folder: `search-index/`), only the rest: what is under it may
        still be being written (write_parts' beside), and the manifest is not saved."""
        if self.finished:
            return
        self.finished = not but
        for rel in sorted(set(self.previous) - set(self.current)):
            if but and rel.startswith(but):
                continue
            path = self._path(rel)
            try:
                existing = path.read_bytes()
            except OSError:
                continue
            if _sha(existing) != self.previous[rel] and not self.overwrite:
                self.kept.append(rel)
                continue
            path.unlink()
            self.removed += 1
            self.removed_paths.append(rel)
            _prune_empty(path.parent, self.root)
        if but:
            return
        for name, table in ((MANIFEST, self.current), (KEYS, self.keys)):
            data = json.dumps(dict(sorted(table.items())), indent=0).encode("utf-8")
            if not (self.root / name).exists() or (self.root / name).read_bytes() != data:
                atomic_write(self.root / name, data)


def remove_temporary(root: Path, files: dict[str, list[int]]) -> dict[str, list[int]]:
    """Remove the temporary files (atomic_write) an interrupted build left behind, of
    `files` (root's snapshot(), which lists them: root is not walked again); return the
    snapshot without them."""
    left = {}
    for rel, seen in files.items():
        if fnmatch.fnmatchcase(rel.rsplit("/", 1)[-1], ".*.tmp*"):
            (root / rel).unlink(missing_ok=True)
        else:
            left[rel] = seen
    return left


def intact(path: Path, rel: str, sha: str, untouched: set[str] | None) -> bool:
    """Is the file `rel` (at `path`) the one whose bytes had the digest `sha`? Known without
    reading it when `untouched` (the files as the last build wrote and left them) is
    given; otherwise read and hashed."""
    if untouched is not None:
        return rel in untouched
    try:
        return _sha(path.read_bytes()) == sha
    except OSError:
        return False


class Memo:
    """Results kept from one build to the next, a file each in a folder (`folder`), by a
    digest of what they were made from, for one version of the code (`code`): get() makes
    a result only when the last build did not keep one; save() keeps this build's. A
    result is a list, made by make(k, n), the k-th of n shares of it (make(0, 1): all of
    it; share k holds the items k, k + n, k + 2n, …), so that one result can be made by
    several processes. A result kept is not written again: a day added writes its own
    file's result, not the archive's (66 MB for the corpus, 400 MB at 100,000 articles,
    when they were one file)."""

    def __init__(self, folder: Path, code: str) -> None:
        self.root, self.folder = folder, folder / code
        try:
            names = os.listdir(self.folder)
        except OSError:
            names = []
        # the last build's results, by key: the file each is in
        self.last: dict[str, Path] = {name.removesuffix(MEMO_EXT): self.folder / name
                                      for name in names if name.endswith(MEMO_EXT) and not name.startswith(".")}
        self.now: dict[str, tuple[bytes, ...] | None] = {}  # this build's: shares pickled (None: kept as it was)

    def has(self, key: str | None) -> bool:
        """Did the last build keep a result under `key` (None: a result never kept)?"""
        return key is not None and key in self.last

    def get(self, key: str | None, make: Callable[[int, int], list]) -> list:
        if key is None:
            return make(0, 1)
        if self.has(key):
            result = self._kept(key)
            if result is not None:
                self.now[key] = None
                return result
        result = make(0, 1)
        self.now[key] = (pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL),)  # before anyone changes it
        return result

    def _kept(self, key: str) -> list | None:
        """The result kept under `key`, read from its file (None: unreadable)."""
        try:
            with open(self.last[key], "rb") as f:
                shares = [pickle.load(f) for _ in range(pickle.load(f))]
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, ImportError, TypeError):
            del self.last[key]
            return None
        return _merged_shares(shares)

    def results(self, items: list[tuple[str | None, Callable[[int, int], list]]], *, parallel: bool) -> Iterator:
        """get() of each (key, make) of `items`, in order; with `parallel` (where processes
        fork), the results the last build did not keep are made by one process a core,
        while this one reads those it kept (a day added: the day's file is read beside
        the others' results), each in as many shares as there are cores for it (a day's
        file alone: by every core, each share parsing the whole file but making only its own seeds)."""
        todo = [make for key, make in items if not self.has(key)]
        if not parallel or not todo or not CAN_FORK:
            for key, make in items:
                yield self.get(key, make)
            return
        cores = os.cpu_count() or 1
        n = max(1, cores // len(todo))  # shares a result
        tasks = [functools.partial(make, k, n) for make in todo for k in range(n)]
        with forked(min(cores, len(tasks)), tasks) as pool:
            made = pool.imap(_make_pickled, range(len(tasks)))  # in order, as they are made
            for key, make in items:
                if self.has(key):
                    yield self.get(key, make)  # a file that cannot be read is made again, here
                    continue
                data = tuple(next(made) for _ in range(n))
                result = _merged(data)
                if key is not None:
                    self.now[key] = data
                yield result

    def save(self) -> None:
        """Keep this build's results: write those made now; remove the others, and every
        other code's."""
        for key, data in self.now.items():
            if data is not None:
                atomic_write(self.folder / f"{key}{MEMO_EXT}",
                             b"".join((pickle.dumps(len(data), protocol=pickle.HIGHEST_PROTOCOL), *data)))
        # in this code's folder, this build's results alone; beside it, no other code's
        for folder, keep in ((self.folder, {f"{key}{MEMO_EXT}" for key in self.now}), (self.root, {self.folder.name})):
            with contextlib.suppress(OSError):
                for entry in os.scandir(folder):
                    if entry.name in keep:
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        shutil.rmtree(entry.path, ignore_errors=True)
                    else:
                        os.unlink(entry.path)


def _merged(pickled: tuple[bytes, ...]) -> list:
    """The result whose shares (Memo), pickled, these are, in order."""
    return _merged_shares([pickle.loads(data) for data in pickled])


def _merged_shares(shares: list[list]) -> list:
    """The result whose shares (Memo) these are, in order."""
    if len(shares) == 1:
        return shares[0]
    gap = object()
    return [item for items in itertools.zip_longest(*shares, fillvalue=gap) for item in items if item is not gap]


def started(work: Callable[[], None]) -> Callable[[], None]:
    """work() begun in a thread of its own (writing a file: the GIL is let go meanwhile);
    the function returned waits for it to end and raises what it raised. Wait before a
    fork: a process forked while a thread holds a lock inherits the lock, not the thread."""
    failed: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as e:  # noqa: BLE001 - raised again by wait()
            failed.append(e)

    thread = threading.Thread(target=run)  # not a daemon: the program ends once it has
    thread.start()

    def wait() -> None:
        thread.join()
        if failed:
            raise failed[0]

    return wait


CAN_FORK = "fork" in multiprocessing.get_all_start_methods()
_SHARED = None  # what the workers of forked() were given: set just before they fork


@contextlib.contextmanager
def forked(processes: int, given):
    """A pool of `processes` workers forked from this process, each of which finds `given`
    (functions, the state they need: nothing is pickled to reach them) as shared(). What
    they share with this process stays shared: their collector does not walk it
    (gc.freeze), which would copy every page of it."""
    global _SHARED
    _SHARED = given
    with frozen():
        try:
            with multiprocessing.get_context("fork").Pool(processes) as pool:
                yield pool
        finally:
            _SHARED = None


@contextlib.contextmanager
def frozen():
    """What exists now is not walked by the cyclic collector until the block ends
    (gc.freeze): a build's articles, read once and kept to its end, were walked by every
    full collection, eight of them in a day's append (0.5 s). Inside another such block,
    what was frozen stays so until that one ends. The block is given gc.freeze, to freeze
    what was made since it began (articles as they are read) until it ends."""
    outermost = not gc.get_freeze_count()
    gc.freeze()
    try:
        yield gc.freeze
    finally:
        if outermost:
            gc.unfreeze()


def shared():
    """In a worker of forked(): what it was given."""
    return _SHARED


def _make_pickled(k: int) -> bytes:
    return pickle.dumps(shared()[k](), protocol=pickle.HIGHEST_PROTOCOL)


def write_parts(out: Output, parts: list, *, parallel: bool, beside: Callable | None = None) -> None:
    """Write the (path, bytes) pairs each of `parts` (functions) makes: one after the other,
    or (`parallel`, where processes fork) each part but the first in a forked process of
    its own, beside the first. `beside(ready)`, if given, is called once every part but
    the last is written, while the last may still be writing; ready() waits for it (and
    is called after beside, if beside did not)."""
    if not parallel or len(parts) < 2 or not CAN_FORK:
        for part in parts:
            for rel, data in part():
                out.write(rel, data)
        if beside:
            beside(lambda: None)
        return
    with forked(len(parts) - 1, (out, parts)) as pool:
        others = [pool.apply_async(_write_part, (k,)) for k in range(1, len(parts))]
        joined = []

        def join(results) -> None:
            for result in results:
                if result not in joined:
                    out.absorb(result.get())
                    joined.append(result)

        try:
            for rel, data in parts[0]():
                out.write(rel, data)
            join(others[:-1])
            if beside:
                beside(lambda: join(others))
        finally:
            join(others)  # whatever happened here, the others finish what they write


def _write_part(k: int) -> tuple:
    first, parts = shared()
    out = first.part()  # its own, if this worker writes another part too
    for rel, data in parts[k]():
        out.write(rel, data)
    return out.state()


def _prune_empty(folder: Path, root: Path) -> None:
    root = root.resolve()
    folder = folder.resolve()
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def snapshot(root: Path, *, but: str | None = None, hidden: bool = True,
             prefix: str = "") -> dict[str, list[int]]:
    """Every file under `root` with its size and modification time: enough to tell, without
    reading them, whether any file there changed since. Without the folder `but` (a
    name in `root`), and (`hidden` False) without the files and folders whose names
    start with a dot; each path after `prefix`."""
    out: dict[str, list[int]] = {}
    todo = [(str(root), prefix)] if Path(root).is_dir() else []
    while todo:
        folder, prefix = todo.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if (not hidden and entry.name.startswith(".")) or (but and prefix + entry.name == but):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    todo.append((entry.path, prefix + entry.name + "/"))
                else:
                    st = entry.stat()
                    out[prefix + entry.name] = [st.st_size, st.st_mtime_ns]
    return dict(sorted(out.items()))


def alike(now: dict[str, list[int]], before: dict[str, list[int]]) -> set[str]:
    """The files of a snapshot() that are in another, `before`, the same (size and time)."""
    return {rel for rel, seen in now.items() if before.get(rel) == seen}


def read_stamp(path: Path) -> dict:
    """What the last build recorded with record_stamp (or in a manifest, Output's); {} if
    nothing (or nothing readable)."""
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def record_stamp(path: Path, inputs: str, content: dict[str, list[int]], **more) -> None:
    """Record what a build read (`inputs`, a digest) and the snapshot() of its folder
    as the build left it (and `more` values)."""
    atomic_write(path, json.dumps({"inputs": inputs, "content": content, **more}).encode())


def digest(paths, *extra) -> str:
    """A sha256 of files and folders (every file in them, by name and bytes; no
    __pycache__) and of `extra` values."""
    h = hashlib.sha256(json.dumps([str(x) for x in extra]).encode())
    for top in map(Path, paths):
        files = sorted(top.rglob("*")) if top.is_dir() else [top]
        for f in files:
            if f.is_file() and "__pycache__" not in f.parts:
                h.update(f.relative_to(top.parent).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def report_json(report: dict) -> bytes:
    return (json.dumps(report, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")

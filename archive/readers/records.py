"""Record seeds: `.json` (an array of objects) and `.jsonl` (one object a line).

Each record keeps its own original bytes (its exact span of the file), so it can be
published and checksummed on its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from .. import clean
from .seed import Seed

_decoder = json.JSONDecoder()
_WS = " \t\n\r"


def read(origin: str, data: bytes, stem: str, sidecar: bytes | None = None) -> Iterator[Seed]:
    try:
        text, warning = clean.decode(data)
    except clean.DecodeError as e:
        yield Seed(origin, data, ".json", stem, problems=[str(e)])
        return
    warnings = [warning] if warning else []
    if origin.lower().endswith(".jsonl"):
        records = _jsonl(text)
    else:
        records = _json_array(text)
    for number, span, value, error in records:
        seed = Seed(origin, span.encode("utf-8"), ".json", stem, record=number or None,
                    warnings=list(warnings))
        if error:
            seed.problems.append(error)
        elif not isinstance(value, dict):
            seed.problems.append(f"record is {_kind(value)}, not an object")
        else:
            _take_fields(seed, value)
        yield seed


def _kind(value) -> str:
    return {list: "an array", dict: "an object", str: "a string", type(None): "null", bool: "a boolean",
            int: "a number", float: "a number"}.get(type(value), type(value).__name__)


def _json_array(text: str):
    """Yield (record number, source span, value, error) for each element of the array,
    reading past nothing: a truncated file yields the records before the break and one
    error for the rest."""
    i = _skip(text, 0)
    if i == len(text):
        yield 0, text, None, "file is empty"
        return
    if text[i] != "[":
        yield 0, text[:200], None, f"expected a JSON array of articles, found {_found(text, i)}"
        return
    i = _skip(text, i + 1)
    number = 0
    if i < len(text) and text[i] == "]":
        return
    while True:
        number += 1
        try:
            value, end = _decoder.raw_decode(text, i)
        except json.JSONDecodeError as e:
            yield number, text[i:i + 200], None, f"JSON broken at line {e.lineno}, column {e.colno}: {e.msg}"
            return
        except RecursionError:
            yield number, text[i:i + 200], None, "JSON nested too deeply to be an article"
            return
        yield number, text[i:end], value, None
        i = _skip(text, end)
        if i < len(text) and text[i] == ",":
            i = _skip(text, i + 1)
            continue
        if i < len(text) and text[i] == "]":
            if _skip(text, i + 1) != len(text):
                yield number + 1, text[i + 1:i + 201], None, "text after the closing ']'"
            return
        line = text.count("\n", 0, i) + 1
        yield number + 1, text[i:i + 200], None, (
            f"JSON broken at line {line}: expected ',' or ']' after record {number}"
            if i < len(text) else "JSON array is truncated (no closing ']')")
        return


def _found(text: str, i: int) -> str:
    return {"{": "an object", '"': "a string"}.get(text[i], f"{text[i]!r}")


def _jsonl(text: str):
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield number, line, json.loads(line), None
        except json.JSONDecodeError as e:
            yield number, line, None, f"line {number} is not JSON: {e.msg} at column {e.colno}"
        except RecursionError:
            yield number, line, None, f"line {number} is JSON nested too deeply to be an article"


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in _WS:
        i += 1
    return i


def _take_fields(seed: Seed, record: dict) -> None:
    meta = dict(record)
    body = meta.pop("content", None)
    if "text" in meta:
        text = meta.pop("text")
        body = text if body is None else body
    # SaudiNewsNet gives only the date its crawler read the article: the date it was
    # archived, and the closest to the publication date it knows.
    extracted = meta.pop("date_extracted", None)
    if extracted is not None:
        meta.setdefault("archived", extracted)
        meta.setdefault("date", extracted)
    if body is not None and not isinstance(body, str):
        seed.problems.append(f"content is {_kind(body)}, not text")
        body = None
    seed.body = body
    seed.meta = meta
    url = meta.get("url")
    seed.id_hint = f"url:{url}" if isinstance(url, str) and url.strip() else (
        f"{seed.id_hint}-{seed.record:05d}")

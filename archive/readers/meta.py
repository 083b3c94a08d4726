"""Metadata blocks (front-matter, sidecars): YAML read safely, never trusted."""

from __future__ import annotations

import yaml

from .. import clean

MAX_META_BYTES = 256 * 1024


class MetaError(ValueError):
    pass


def sidecar_meta(seed, sidecar: bytes, name: str) -> dict | None:
    """The fields of a sidecar NAME.yml; None, with the reason in seed.problems."""
    try:
        text, _ = clean.decode(sidecar)
        return load_yaml(text)
    except (clean.DecodeError, MetaError) as e:
        seed.problems.append(f"sidecar {name}: {e}")
        return None


def load_yaml(text: str) -> dict:
    """Parse a YAML mapping. Only plain data is accepted: no aliases (an alias bomb
    expands to gigabytes), no language-specific tags, nothing but a mapping."""
    if len(text.encode("utf-8")) > MAX_META_BYTES:
        raise MetaError(f"metadata is over {MAX_META_BYTES // 1024} KB")
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.AliasEvent):
                raise MetaError("YAML aliases (*name) are not allowed in metadata")
        data = yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise MetaError(f"metadata is not valid YAML{where}: {e.problem}") from None
    except yaml.YAMLError as e:
        raise MetaError(f"metadata is not valid YAML: {e}") from None
    except RecursionError:
        raise MetaError("metadata is nested too deeply") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise MetaError(f"metadata must be a mapping of fields, not {type(data).__name__}")
    return data

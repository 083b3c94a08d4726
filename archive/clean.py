"""Bytes → display text: encoding, NFC, control and bidi characters, crawl repairs.

Nothing here touches the original bytes; it makes the copy a reader sees.
"""

from __future__ import annotations

import re
import unicodedata

from charset_normalizer import from_bytes

ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a"
# Explicit bidi embeddings, overrides and isolates, the implicit marks, the Arabic letter
# mark and the byte-order mark: crawls scatter them, and in a display copy they only
# reorder text unpredictably.
BIDI = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff"
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}]")
_TA_MARBUTA_JOINED = re.compile(f"ة(?=[{ARABIC_LETTER}])")
_CLAUSE_END = re.compile(r"[.،,؛;:!?؟\n«»\"()]")
TITLE_WORDS = 12


class DecodeError(ValueError):
    pass


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode seed bytes; return (text, warning). UTF-8 (with or without BOM) and UTF-16
    with a BOM are taken as they are; anything else is detected, and converted only when
    the result is clearly Arabic text."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "converted from UTF-16"
        except UnicodeDecodeError as e:
            raise DecodeError(f"broken UTF-16 at byte {e.start}") from None
    bom_less = _utf16_without_bom(data)
    if bom_less:
        try:
            return data.decode(bom_less), f"converted from {bom_less.upper()} (no byte-order mark)"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        first_bad = e.start
    # Mostly valid UTF-8 with a few bad bytes is a damaged UTF-8 file, not a legacy one:
    # guessing another encoding would turn all of its Arabic into nonsense.
    valid = len(data.decode("utf-8", errors="ignore").encode("utf-8"))
    if valid > 0.9 * len(data):
        raise DecodeError(f"invalid UTF-8 at byte {first_bad}")
    best = from_bytes(data, cp_isolation=["cp1256", "iso8859_6", "utf_16_le", "utf_16_be",
                                          "cp720", "cp864"]).best()
    if best is None or not _mostly_arabic(str(best)):
        raise DecodeError(f"invalid UTF-8 at byte {first_bad}, and no Arabic encoding fits")
    return str(best), f"converted from {best.encoding}"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM is often valid UTF-8 full of control bytes; its high
    bytes give it away: 0x00 (Latin) or 0x06 (Arabic) in every other position."""
    if len(data) < 8 or len(data) % 2:
        return None
    for name, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if high.count(0x00) + high.count(0x06) > 0.9 * len(high) and high.count(0x06):
            return name
        if high.count(0) > 0.9 * len(high):
            return name
    return None


def _mostly_arabic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return bool(letters) and arabic >= 0.5 * len(letters)


def clean_line(text: str) -> str:
    """One-line fields (title, author, source, tags): NFC, no controls, single spaces."""
    text = unicodedata.normalize("NFC", text)
    return " ".join(_CONTROL.sub(" ", text).split())


def clean_text(text: str) -> tuple[str, int, int]:
    """Return (display text, repairs, characters removed). Each line of the source is a
    paragraph, whether the source puts blank lines between them or not (SaudiNewsNet
    separates paragraphs with a single newline); lines that hold only spaces, and the
    no-break spaces that indent a line, are dropped; spacing inside a line is tidied.
    Paragraphs are separated by one blank line."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\t", " ")
    text, removed = _CONTROL.subn("", text)
    text, repairs = _TA_MARBUTA_JOINED.subn("ة ", text)
    paragraphs = [" ".join(line.split()) for line in text.split("\n")]
    return "\n\n".join(p for p in paragraphs if p), repairs, removed


def opening_clause(text: str) -> str:
    """A title for an article that has none: its first clause, at most TITLE_WORDS words."""
    clause = _CLAUSE_END.split(text.strip(), maxsplit=1)[0]
    words = clause.split()
    if len(words) > TITLE_WORDS:
        return " ".join(words[:TITLE_WORDS]) + "…"
    if not words:
        words = text.split()[:TITLE_WORDS]
    return " ".join(words)


def first_words(text: str, count: int) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")

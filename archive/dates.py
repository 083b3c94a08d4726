"""Dates: an EDTF string parsed once into a `When` that knows its precision, and shown
to readers in Gregorian with Arabic month names beside the Hijri date.

EDTF level 0 and the level-1 qualifiers are read: 2015, 2015-07, 2015-07-21, an optional
time, and ? (uncertain), ~ (approximate) or % (both) after the date. Month names are
those used in Saudi Arabia, Egypt and the Gulf (archive/words.yml); digits are Western.
Hijri dates follow the Umm al-Qura calendar (hijridate), which covers 1343–1500 AH
(1924–2077 CE).
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass

from hijridate import Gregorian

from .words import month_name, t

EDTF_DATE = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?P<t>\d{2}:\d{2}(?::\d{2})?))?)?)?"
    r"(?P<q>[?~%])?$"
)
QUALIFIERS = {"?": "uncertain", "~": "approximate", "%": "approximate_uncertain"}
NBSP = "\u00a0"


@dataclass(frozen=True, order=True)
class When:
    """A publication date as precise as the seed gave it."""

    year: int
    month: int | None = None
    day: int | None = None
    time: str | None = None  # "09:05" or "09:05:00"
    qualifier: str = ""  # "", "?", "~" or "%"

    @classmethod
    def parse(cls, text: str) -> When:
        """'2015-07-21T09:05:00', '2015-07', '2015~' → When; ValueError if it is no date."""
        match = EDTF_DATE.match(text)
        if not match:
            raise ValueError(text)
        y, m, d = (int(match[k]) if match[k] else None for k in ("y", "m", "d"))
        if m is not None and not 1 <= m <= 12:
            raise ValueError(text)
        if d is not None and not 1 <= d <= calendar.monthrange(y, m)[1]:
            raise ValueError(text)
        if match["t"] and (int(match["t"][:2]) > 23 or int(match["t"][3:5]) > 59):
            raise ValueError(text)
        return cls(y, m, d, match["t"], match["q"] or "")

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def __str__(self) -> str:
        """The EDTF form, as written in the front-matter."""
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
        if self.day:
            text += f"-{self.day:02d}"
        if self.time:
            text += f"T{self.time}"
        return text + self.qualifier

    @functools.cached_property  # every list sorts every article by it, some more than once
    def sort_key(self) -> str:
        return str(self).rstrip("?~%")

    @property
    def iso(self) -> str:
        """ISO 8601 as precise as the date: what <time datetime> and schema.org take."""
        return self.sort_key

    @property
    def parts(self) -> list[int]:
        """[year, month, day] as far as known: CSL-JSON's date-parts."""
        return [p for p in (self.year, self.month, self.day) if p]

    @functools.cached_property  # every article's lists are found by it
    def month_key(self) -> str | None:
        """'2015-07', the month the timeline files it under; None for a year-only date."""
        return f"{self.year:04d}-{self.month:02d}" if self.month else None

    def timestamp(self) -> str:
        """RFC 3339, the start of the period the date names (for feeds)."""
        time = self.time or "00:00:00"
        if time.count(":") == 1:
            time += ":00"
        return f"{self.year:04d}-{self.month or 1:02d}-{self.day or 1:02d}T{time}+00:00"


def hijri(year: int, month: int, day: int = 15) -> tuple[int, int, str] | None:
    """(Hijri year, day, month name) or None outside the calendar's range."""
    try:
        h = Gregorian(year, month, day).to_hijri()
    except (OverflowError, ValueError):
        return None
    return h.year, h.day, h.month_name("ar")


def hijri_month_span(year: int, month: int) -> str:
    """The Hijri months a Gregorian month overlaps, e.g. 'رمضان – شوال 1436 هـ'."""
    first = hijri(year, month, 1)
    last = hijri(year, month, calendar.monthrange(year, month)[1])
    if not first or not last:
        return ""
    era = NBSP + t("hijri_era")
    if first[0] == last[0]:
        return f"{first[2]} – {last[2]}{NBSP}{first[0]}{era}"
    return f"{first[2]}{NBSP}{first[0]}{era} – {last[2]}{NBSP}{last[0]}{era}"


def month_title(year: int, month: int) -> str:
    return f"{month_name(month)}{NBSP}{year}"


def display(when: When | None) -> str:
    """'21 يوليو 2015 — 5 شوال 1436 هـ'; '' when undated. Each date holds together with
    no-break spaces; a line may break only at the dash between them."""
    if when is None:
        return ""
    if when.day:
        text = f"{when.day}{NBSP}{month_name(when.month)}{NBSP}{when.year}"
        h = hijri(when.year, when.month, when.day)
        if h:
            text += f" — {h[1]}{NBSP}{h[2]}{NBSP}{h[0]}{NBSP}{t('hijri_era')}"
    elif when.month:
        text = month_title(when.year, when.month)
        span = hijri_month_span(when.year, when.month)
        if span:
            text += f" — {span}"
    else:
        text = str(when.year)
    if when.qualifier:
        text += " " + t(QUALIFIERS[when.qualifier])
    return text

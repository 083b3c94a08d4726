"""Dates as readers see them: Gregorian with Arabic month names, and the Hijri date.

Month names are the ones used in Saudi Arabia, Egypt and the Gulf (يناير … ديسمبر), as
in the archive's newspapers; digits are Western (0-9) throughout the site. Hijri dates
follow the Umm al-Qura calendar (hijridate), which covers 1343–1500 AH (1924–2077 CE).
"""

from __future__ import annotations

from hijridate import Gregorian

MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
          "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
QUALIFIERS = {"?": " (غير مؤكد)", "~": " (تقريبًا)", "%": " (تقريبًا، غير مؤكد)"}


def month_name(month: int) -> str:
    return MONTHS[month - 1]


def hijri(year: int, month: int, day: int = 15) -> tuple[int, int, str] | None:
    """(Hijri year, day, month name) or None outside the calendar's range."""
    try:
        h = Gregorian(year, month, day).to_hijri()
    except (OverflowError, ValueError):
        return None
    return h.year, h.day, h.month_name("ar")


def hijri_month_span(year: int, month: int) -> str:
    """The Hijri months a Gregorian month overlaps, e.g. 'رمضان – شوال 1436 هـ'."""
    import calendar

    first = hijri(year, month, 1)
    last = hijri(year, month, calendar.monthrange(year, month)[1])
    if not first or not last:
        return ""
    if first[0] == last[0]:
        return f"{first[2]} – {last[2]} {first[0]} هـ"
    return f"{first[2]} {first[0]} – {last[2]} {last[0]} هـ"


def display(date: str | None) -> str:
    """'21 يوليو 2015 — 5 شوال 1436 هـ' for an EDTF/ISO date string; '' when undated."""
    if not date:
        return ""
    qualifier = QUALIFIERS.get(date[-1], "")
    core = date.rstrip("?~%").split("T")[0]
    parts = [int(p) for p in core.split("-")]
    if len(parts) == 3:
        y, m, d = parts
        text = f"{d} {month_name(m)} {y}"
        h = hijri(y, m, d)
        if h:
            text += f" — {h[1]} {h[2]} {h[0]} هـ"
    elif len(parts) == 2:
        y, m = parts
        text = f"{month_name(m)} {y}"
        span = hijri_month_span(y, m)
        if span:
            text += f" — {span}"
    else:
        text = str(parts[0])
    return text + qualifier

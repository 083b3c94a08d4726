"""Clean: the display copy."""

from archive import clean


def test_nfc_controls_bidi_and_paragraphs():
    # shadda before fatha is not canonical order; NFC puts fatha (class 30) first
    text = "ال\u0644\u0651\u064e\u0647\r\n\r\n\u200fسطر\u0007 ثان\u202b\n  سطر   ثالث\n\n\n"
    out, repairs, removed = clean.clean_text(text)
    assert out == "الل\u064e\u0651\u0647\n\nسطر ثان\n\nسطر ثالث"
    assert removed == 3 and repairs == 0


def test_each_line_is_a_paragraph():
    """SaudiNewsNet separates paragraphs with one newline, indents them with no-break spaces
    and leaves lines of spaces between them; blank lines separate them elsewhere."""
    single = "بريدة – منصور الجفن\n\xa0\xa0أعلنت الأمانة اليوم\n \xa0 \n\xa0وأضافت أن العمل بدأ"
    out, _, _ = clean.clean_text(single)
    assert out.split("\n\n") == ["بريدة – منصور الجفن", "أعلنت الأمانة اليوم", "وأضافت أن العمل بدأ"]
    assert clean.clean_text("فقرة أولى\n\nفقرة ثانية\n\n\nفقرة ثالثة")[0].count("\n\n") == 2


def test_ta_marbuta_repair_is_counted():
    out, repairs, _ = clean.clean_text("في الغوطة الشرقيةلدمشق والمدينةالمنورة. الشرقيةُ")
    assert out == "في الغوطة الشرقية لدمشق والمدينة المنورة. الشرقيةُ"
    assert repairs == 2


def test_opening_clause_title():
    assert clean.opening_clause("قُتِل أكثر من 400 مدني، الغالبية منهم أطفال") == "قُتِل أكثر من 400 مدني"
    long = " ".join(["كلمة"] * 30)
    assert clean.opening_clause(long) == " ".join(["كلمة"] * clean.TITLE_WORDS) + "…"


def test_clean_line():
    assert clean.clean_line(" عنوان\x00 مع\u200e\nسطر ") == "عنوان مع سطر"

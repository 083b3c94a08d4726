"""Render: front-matter written by a YAML library, text escaped so it shows as written."""

import html
import re

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from archive import render
from archive.model import Article

from . import golden

MD_EXTENSIONS = ["md_in_html", "toc"]  # as in mkdocs.yml


def _article(**kw):
    base = dict(id="x", title="عنوان", text="نص المقال", original_bytes=b"raw", original="seeds/x.txt")
    return Article(**{**base, **kw})


def _visible(markdown_text: str) -> str:
    rendered = markdown.markdown(markdown_text, extensions=MD_EXTENSIONS)
    assert "<script" not in rendered and "<img" not in rendered
    # the only link a page makes by itself is to the published original
    assert all(h.startswith("../originals/") for h in re.findall(r'href="([^"]*)"', rendered))
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


def test_seed_output_matches_expected(tmp_path):
    """The whole content/ for seeds/ equals tests/expected/seeds (make golden updates it)."""
    files = golden.generate(tmp_path)
    expected = {p.relative_to(golden.EXPECTED).as_posix(): p.read_bytes()
                for p in golden.EXPECTED.rglob("*") if p.is_file()}
    assert sorted(files) == sorted(expected)
    for rel, data in files.items():
        assert data.decode() == expected[rel].decode(), rel


def test_front_matter_survives_hostile_titles():
    title = 'عنوان: فرعي # "مقتبس" - [x](javascript:alert(1)) <img src=x onerror=alert(1)> {{ x }}'
    page = render.render(_article(title=title, tags=["سوريا", "- وسم"], date="2015-07-21T09:05:00"))
    body, meta = get_data(page)  # what MkDocs itself reads
    assert meta["title"] == title and meta["tags"] == ["سوريا", "- وسم"]
    assert meta["date"] == "2015-07-21T09:05:00" and meta["lang"] == "ar" and meta["dir"] == "rtl"
    assert title in _visible(body)


LOOKALIKES = [
    "# ليس عنوانا", "> ليس اقتباسا", "- ليست قائمة", "* ولا هذه", "+ ولا هذه", "1. ولا هذه",
    "2) ولا هذه", "===", "---", "<script>alert(1)</script>", "<div onclick=x>نص</div>",
    "[رابط](javascript:alert(1))", "![صورة](http://evil.example/x.png)", "    كود؟",
    "`كود` و *مائل* و __عريض__", "{{ config }} {% raw %}", "&amp; &lt; &#1234;", "a\\*b\\",
    "| a | b |", "[^1]: حاشية", "*[HTML]: اختصار", "<http://example.com>", "{: .class }",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_markdown_lookalikes_stay_text(line):
    text = f"فقرة أولى\n\n{line}\n\nفقرة أخيرة"
    assert _visible(render.escape_text(text)).split() == text.split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
                        min_size=1), min_size=1, max_size=4))
def test_any_text_renders_to_itself(paragraphs):
    from archive import clean

    text, _, _ = clean.clean_text("\n\n".join(paragraphs))
    visible = _visible(render.escape_text(text))
    assert visible.split() == text.split()

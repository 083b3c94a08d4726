"""Render: front-matter written by a YAML library, text escaped so it shows as written,
and templates that refuse to print a value no filter escaped."""

import html
import re

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from archive import escape, render
from archive.dates import When

from . import golden
from .conftest import make_article, render_alone

MD_EXTENSIONS = ["md_in_html", "toc", "tables"]  # as in mkdocs.yml




def _visible(markdown_text: str, links_to: tuple[str, ...] = ()) -> str:
    rendered = markdown.markdown(markdown_text, extensions=MD_EXTENSIONS)
    assert "<script" not in rendered and "<img" not in rendered
    # the only links a page makes by itself are to the archive's own pages
    assert all(h.startswith(links_to) for h in re.findall(r'href="([^"]*)"', rendered))
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


@pytest.mark.parametrize("name", sorted(golden.SETS))
def test_output_matches_expected(tmp_path, name):
    """The whole content/ of each golden seed set equals tests/expected/<set>/
    (`make golden` regenerates them)."""
    files = golden.generate(name, tmp_path)
    expected = golden.expected(name)
    assert sorted(files) == sorted(expected)
    for rel, data in files.items():
        assert data == expected[rel], rel


def test_golden_set_shows_every_kind_of_page(tmp_path):
    """The made-up set is there to pin every page kind: check that it does."""
    files = golden.expected("golden")
    for path in ("index.md", "search.md", "timeline.md", "timeline/2015.md", "timeline/2015-07.md",
                 "timeline/2015-07-21.md", "timeline/2015-07-21-1.md", "timeline/2015-08-00.md",
                 "timeline/2014-00.md", "timeline/undated.md", "sources.md", "sources/sabq.md",
                 "sources/sabq/2015-07.md", "sources/okaz/other.md", "tags.md", "feed.xml", "catalog.json",
                 "catalog.csv",
                 "catalog.schema.json", "build-report.json", "search-index/meta.js"):
        assert path in files, path
    assert any(p.startswith("tags/x-") for p in files)  # an Arabic tag's page
    assert sum(p.startswith("articles/") for p in files) > 60
    assert b'"publications_merged": 1' in files["build-report.json"]  # the republished text
    assert "articles/news-149d5005a7a8.md" in files  # its own id still leads to the article


def test_front_matter_survives_hostile_titles():
    title = 'عنوان: فرعي # "مقتبس" - [x](javascript:alert(1)) <img src=x onerror=alert(1)> {{ x }}'
    article = make_article(title=title, tags=["سوريا", "- وسم"], date=When.parse("2015-07-21T09:05:00"))
    body, meta = get_data(render_alone(article))  # what MkDocs itself reads
    assert meta["title"] == title and meta["tags"] == ["سوريا", "- وسم"]
    assert meta["date"] == "2015-07-21T09:05:00" and meta["lang"] == "ar" and meta["dir"] == "rtl"
    # the theme prints the title and the lists (archive-article.html; test_hostile checks
    # them in a browser); the Markdown is the text, shown as written, with no link
    assert meta["view"]["tags"][1] == {"name": "- وسم", "list": meta["view"]["tags"][1]["list"]}
    assert _visible(body, links_to=()).split() == article.text.split()


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
    assert _visible(escape.block(text)).split() == text.split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
                        min_size=1), min_size=1, max_size=4))
def test_any_text_renders_to_itself(paragraphs):
    from archive import clean

    text, _, _ = clean.clean_text("\n\n".join(paragraphs))
    visible = _visible(escape.block(text))
    assert visible.split() == text.split()


def test_a_value_printed_without_a_filter_is_an_error():
    """No template can print seed text unescaped: the environment refuses it."""
    from jinja2 import TemplateError

    with pytest.raises(TemplateError, match="without an escape filter"):
        render.ENV.from_string("{{ title }}").render(title="<b>x</b>")
    assert render.ENV.from_string("{{ title|md }}").render(title="<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"

"""Validate: metadata against the schema, ids, duplicates."""

import datetime as dt

import pytest

from archive import checks, validate

from .conftest import make_article


@pytest.mark.parametrize("value,expected", [
    ("2015-07-21", "2015-07-21"), ("2015-07-21 09:05:00", "2015-07-21T09:05:00"),
    (dt.date(2018, 2, 21), "2018-02-21"), ("2015-07", "2015-07"), ("2015~", "2015~"),
    ("2015-07-21?", "2015-07-21?"), (2015, "2015"), ("", None),
])
def test_dates(value, expected):
    when = checks.date(value)
    assert (str(when) if when else None) == expected


@pytest.mark.parametrize("value", ["yesterday", "2015-13-01", "2015-02-30", "21/07/2015", [1]])
def test_bad_dates_are_problems(value):
    _, problems, _ = validate.check_meta({"date": value})
    assert problems and problems[0].startswith("date ") and "is not a date" in problems[0]


def test_repairs_and_problems_all_reported():
    values, problems, warnings = validate.check_meta({
        "title": 123, "tags": "سوريا، روسيا", "url": "javascript:alert(1)",
        "date": "yesterday", "colour": "red", "word_count": 5})
    assert values == {"title": "123", "tags": ["سوريا", "روسيا"]}
    assert len(problems) == 2  # url and date, both at once
    assert any("url 'javascript:alert(1)' is not an http(s) address" == p for p in problems)
    assert "unknown field 'colour' ignored" in warnings
    assert any("computed by the build" in w for w in warnings)


def test_ids_are_stable_and_safe():
    assert validate.derive_id("000_881b7ab8d4068528") == "000_881b7ab8d4068528"
    url_id = validate.derive_id("url:http://www.okaz.com.sa/new/a/1.htm")
    assert url_id.startswith("okaz-") and url_id == validate.derive_id("url:http://www.okaz.com.sa/new/a/1.htm")
    assert validate.derive_id("مقال") .startswith("seed-")
    assert validate.derive_id("index") != "index"
    assert validate.derive_id("A") != validate.derive_id("a")  # differ only by case
    assert validate.derive_id("../../etc/passwd").startswith("etc-passwd-")
    for hint in ["x" * 500, "CON", "a\\b", "/abs/path"]:
        assert checks.ID_PATTERN.match(validate.derive_id(hint))


def _article(i, text, url=None, id=None):
    return make_article(id or f"a{i}", text, f"s/{i}.txt", title="t", url=url)


def test_duplicates_name_the_first_seed():
    arts = [_article(1, "نص", url="http://a"), _article(2, "نص  ", url="http://b"), _article(3, "آخر", id="a1"),
            _article(4, "ثالث", url="http://x"), _article(5, "رابع", url="http://x"),
            _article(6, "نص", url="http://a"), _article(7, "سادس"), _article(8, "سادس")]
    dups = {i: (r.kind, r.first, r.reason) for i, r in validate.duplicates(arts).items()}
    assert dups == {1: ("publication", 0, "another publication of s/1.txt"),  # the same text elsewhere
                    2: ("id", 0, "duplicate id 'a1', already used by s/1.txt"),
                    4: ("url", 3, "duplicate url 'http://x', already used by s/4.txt"),
                    5: ("reread", 0, "read again: the same text, address and source as s/1.txt"),
                    7: ("reread", 6, "read again: the same text, address and source as s/7.txt")}


def test_schema_documentation_is_generated_from_the_schema():
    from archive.model import schema_markdown

    from .conftest import ROOT

    assert (ROOT / "docs" / "schema.md").read_text("utf-8") == schema_markdown(), \
        "run: python -m archive.model > docs/schema.md"

"""Words: every word a reader sees comes from archive/words.yml, and numbers agree with
their nouns the same way in Python (archive/words.py) and in the browser (words.js)."""

import ast
import json
import re

import pytest

from archive import words

from .conftest import ROOT

VECTORS = json.loads((ROOT / "tests" / "words_vectors.json").read_text("utf-8"))["cases"]
ARABIC = re.compile(r"[\u0621-\u064a]")


@pytest.mark.parametrize("n,unit,text", VECTORS, ids=[f"{n}-{u}" for n, u, _ in VECTORS])
def test_python_plural_forms(n, unit, text):
    assert words.count(n, unit) == text


def test_the_forms_grammar_asks_for():
    assert [words.count(n, "article") for n in (1, 2, 3, 10, 11, 99, 100, 103, 14460)] == [
        "مقال واحد", "مقالان", "3 مقالات", "10 مقالات", "11 مقالًا", "99 مقالًا", "100 مقال",
        "103 مقالات", "14,460 مقالًا"]


@pytest.mark.browser
def test_javascript_plural_forms_in_chromium(browser):
    page = browser.new_page()
    page.goto((ROOT / "theme_overrides" / "assets" / "words.js").as_uri())
    page.evaluate("w => { window.ARCHIVE_WORDS = w; }", words.words())
    page.add_script_tag(path=str(ROOT / "theme_overrides" / "assets" / "words.js"))
    got = page.evaluate("vs => vs.map(v => ArchiveWords.count(v[0], v[1]))", VECTORS)
    page.close()
    assert got == [text for _, _, text in VECTORS]


def _sources():
    for folder, pattern in (("archive", "**/*.py"), ("archive/templates", "*"), ("theme_overrides", "**/*.html"),
                            ("theme_overrides/assets", "*.js")):
        yield from (p for p in (ROOT / folder).glob(pattern) if p.is_file())


def _arabic_in_code(path) -> list[str]:
    """Arabic text in a file's code: strings that are not docstrings, template and script
    text that is not a comment."""
    text = path.read_text("utf-8")
    if path.suffix == ".py":
        tree = ast.parse(text)
        docs = {id(node.body[0].value) for node in ast.walk(tree)
                if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                and id(n) not in docs and ARABIC.search(n.value)]
    text = re.sub(r"\{#.*?#\}|/\*.*?\*/|(?<!:)//[^\n]*", "", text, flags=re.S)
    return [line for line in text.splitlines() if ARABIC.search(line)]


def test_no_arabic_outside_the_words_file():
    """Arabic in code is the folding's letters (arabic.py, arabic.js), the crawl repairs'
    (clean.py), the comma that separates tags (checks.py), the separators of a byline
    (bylines.py) and the letters of foreign sounds and endings (variants.py); every word is
    in words.yml."""
    allowed = {"arabic.py", "clean.py", "checks.py", "bylines.py", "variants.py", "arabic.js"}
    for path in _sources():
        if path.name not in allowed:
            assert not _arabic_in_code(path), f"{path.relative_to(ROOT)}: {_arabic_in_code(path)[:3]}"


def test_every_word_used_is_defined():
    defined = set(words.words())
    used = set()
    for path in _sources():
        text = path.read_text("utf-8")
        used |= set(re.findall(r"""(?:(?<![\w.])t|(?<![\w.])plain|words\.t)\(\s*['"](\w+)['"]""", text))
        used |= set(re.findall(r"config\.extra\.words\.(\w+)", text))
    assert used and used <= defined, used - defined

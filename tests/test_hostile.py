"""Broken and hostile seeds: each is published or rejected with a reason naming its file
(and record), the build never ends in a traceback, nothing is written outside content/,
site/ and the cache, and no page runs a seed's script in Chromium."""

import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive import escape, pipeline, readers, render

from .conftest import ROOT, build_site, make_article, render_alone, write_seeds

AR = "نص عربي سليم عن الأخبار المحلية"
XSS = '<img src=x onerror=alert(1)><script>alert(2)</script></title><svg onload=alert(3)>'


def _zip(members: dict[str, bytes], compress=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compress) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def hostile_seeds() -> dict[str, bytes | str]:
    pairs = zip("abcdefgh", "bcdefghi", strict=True)
    bomb = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(f"{c}: &{c} [{','.join([f'*{p}'] * 9)}]\n" for p, c in pairs)
    return {
        # encodings
        "enc/invalid-utf8.txt": AR.encode() + b"\xc3\x28" + AR.encode(),
        "enc/cp1256.txt": (AR + " ") .encode("cp1256") * 4,
        "enc/utf16-bom.txt": (AR + " ١").encode("utf-16"),
        "enc/utf16-nobom.txt": (AR + " ٢").encode("utf-16-le"),
        "enc/bom.txt": b"\xef\xbb\xbf" + (AR + " ٣").encode(),
        "enc/nul-bytes.txt": (AR + " ٤").encode().replace(b" ", b" \x00"),
        "enc/line-endings.txt": f"{AR} ٥\r\nسطر\rسطر\n\r\nفقرة".encode(),
        # size
        "size/empty.txt": b"",
        "size/blank.txt": b" \n\t\r\n  ",
        "size/huge.txt": b"a" * (50 * 1024 * 1024),
        "size/one-line.txt": ("كلمة " * 200_000).encode(),
        # front-matter and sidecars
        "yaml/tabs.md": "---\ntitle:\t\tعنوان\n\tdate: 2015-01-01\n---\n" + AR,
        "yaml/unclosed.md": "---\ntitle: 'عنوان\n---\n" + AR,
        "yaml/dashes.md": "---\ntitle: عنوان\n---\nsource: x\n---\n" + AR + " ٦",
        "yaml/bomb.md": f"---\n{bomb}---\n{AR}",
        "yaml/python-tag.md": "---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\n" + AR,
        "yaml/wrong-types.md": "---\ntitle: 12345\ndate: yesterday\ntags: سوريا\n---\n" + AR,
        "yaml/repairable.md": "---\ntitle: 12345\ntags: سوريا، لبنان\ncolour: red\n---\n" + AR + " ٧",
        "yaml/not-a-mapping.md": "---\n- a\n- b\n---\n" + AR,
        "yaml/sidecar-bad.txt": AR + " ٨", "yaml/sidecar-bad.yml": "title: [unclosed\n",
        "yaml/disagree.md": "---\ntitle: عنوان أ\n---\n" + AR + " ٩", "yaml/disagree.yml": "title: عنوان ب\n",
        # records
        "rec/object.json": '{"title": "x", "content": "y"}',
        "rec/nested.json": json.dumps([[1, 2], {"content": {"a": 1}}, "text", {"content": AR + " ١٠"}]),
        "rec/truncated.json": '[{"content": "' + AR + ' ١١"}, {"content": "نص',
        "rec/deep.json": "[" * 100_000 + "]" * 100_000,
        "rec/garbage.jsonl": '{"content": "' + AR + ' ١٢"}\nnot json\n[1]\n',
        "rec/traversal.zip": _zip({"../../evil.json": b"[]", "/abs.json": b"[]", "ok.json":
                                   json.dumps([{"content": AR + " ١٣"}]).encode()}),
        "rec/bomb.zip": _zip({"bomb.json": b"[" + b" " * (30 * 1024 * 1024) + b"]"}),
        "rec/not-a-zip.zip": b"PK\x03\x04 this is not a zip",
        # markup
        "markup/xss.json": json.dumps([{
            "title": XSS, "author": XSS, "source": XSS, "tags": [XSS, "{{ config.site_name }}"],
            "url": "https://example.com/ok", "date": "2015-07-21",
            "content": f"{XSS}\n\n[انقر](javascript:alert(4))\n\n![صورة](http://evil.example/x.png)\n\n"
                       "<iframe src='http://evil.example'></iframe>\n\n{{ config }} {% include 'x' %}\n\n"
                       "<style>body{display:none}</style>\n\n# عنوان مزيف\n\n> اقتباس\n\n1. قائمة"}],
            ensure_ascii=False),
        "markup/js-url.json": json.dumps([{"url": "javascript:alert(1)", "content": AR + " ١٤"},
                                          {"url": "data:text/html,<script>alert(1)</script>", "content": AR},
                                          {"url": " JAVASCRIPT:alert(1)", "content": AR}]),
        # names and ids
        "names/CON.txt": AR + " ١٥", "names/index.txt": AR + " ١٦",
        "names/Case.txt": AR + " ١٧", "names/case.txt": AR + " ١٨",
        "names/back\\slash.txt": AR + " ١٩",
        "names/" + "طويل" * 30 + ".txt": AR + " ٢٠",
        "names/é-nfc.txt": AR + " ٢١", "names/e\u0301-nfd.txt": AR + " ٢٢",
        f"names/{XSS.replace('/', '_')[:60]}.txt": AR + " ٢٣",
        "names/bad-id.md": "---\nid: ../../etc/passwd\n---\n" + AR + " ٢٤",
        "names/notes.docx": b"PK\x03\x04",
        # duplicates
        "dup/a.txt": "نص مكرر في ملفين", "dup/b.txt": "نص مكرر  في ملفين",
        "dup/same-url.json": json.dumps([{"url": "http://x.example/1", "content": AR + " ٢٥"},
                                         {"url": "http://x.example/1", "content": AR + " ٢٦"}]),
        "dup/same-id-1.md": "---\nid: same\n---\n" + AR + " ٢٧",
        "dup/same-id-2.md": "---\nid: same\n---\n" + AR + " ٢٨",
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    work = tmp_path_factory.mktemp("hostile")
    seeds = write_seeds(work / "seeds", hostile_seeds())
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret.txt").write_text("سر " * 20)
    (seeds / "links").mkdir()
    os.symlink(outside / "secret.txt", seeds / "links" / "secret.txt")
    os.symlink(outside, seeds / "links" / "folder")
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in seeds.rglob("*") if p.is_file()}
    site = build_site(seeds, work)
    report = json.loads((work / "content" / "build-report.json").read_text("utf-8"))
    return work, seeds, site, report, before


def _reasons(report, name):
    found = [r for r in report["rejections"] if r["seed"].startswith(f"seeds/{name}")]
    return [reason for r in found for reason in r["reasons"]]


def _published(report, name):
    return [a for a in report["articles"] if a["seed"].startswith(f"seeds/{name}")]


def test_every_seed_accounted_for(hostile):
    _, _, _, report, _ = hostile
    assert report["seeds"] == report["published"] + report["publications_merged"] + report["rejected"]
    assert report["published"] >= 20 and report["rejected"] >= 30


@pytest.mark.parametrize("name,expected", [
    ("enc/invalid-utf8.txt", "invalid UTF-8 at byte"),
    ("size/empty.txt", "empty text"), ("size/blank.txt", "empty text"),
    ("size/huge.txt", "52,428,800 bytes, over the 20,971,520-byte limit"),  # 50 MB, named with its size
    ("yaml/tabs.md", "not valid YAML at line"), ("yaml/unclosed.md", "not valid YAML at line"),
    ("yaml/bomb.md", "aliases"), ("yaml/python-tag.md", "python/object"),
    ("yaml/wrong-types.md", "date 'yesterday' is not a date"),
    ("yaml/not-a-mapping.md", "must be a mapping"), ("yaml/sidecar-bad.txt", "sidecar sidecar-bad.yml"),
    ("yaml/disagree.md", "sidecar disagree.yml says title"),
    ("rec/object.json", "expected a JSON array"), ("rec/nested.json record 1", "record is an array"),
    ("rec/nested.json record 2", "content is an object"), ("rec/nested.json record 3", "record is a string"),
    ("rec/truncated.json record 2", "JSON"), ("rec/deep.json record 1", "nested too deeply"),
    ("rec/garbage.jsonl record 2", "line 2 is not JSON"), ("rec/garbage.jsonl record 3", "record is an array"),
    ("rec/traversal.zip/../../evil.json", "unsafe path"), ("rec/traversal.zip//abs.json", "unsafe path"),
    ("rec/bomb.zip/bomb.json", "zip bomb"), ("rec/not-a-zip.zip", "not a readable zip"),
    ("markup/js-url.json record 1", "url 'javascript:alert(1)' is not an http(s) address"),
    ("markup/js-url.json record 2", "is not an http(s) address"),
    ("markup/js-url.json record 3", "is not an http(s) address"),
    ("names/bad-id.md", "is not a valid id"), ("names/notes.docx", "not a seed format"),
    ("links/secret.txt", "outside the seeds folder"), ("links/folder", "symbolic link to a folder"),
    ("dup/b.txt", "read again: the same text, address and source as seeds/dup/a.txt"),
    ("dup/same-url.json record 2", "already used by seeds/dup/same-url.json record 1"),
    ("dup/same-id-2.md", "duplicate id 'same', already used by seeds/dup/same-id-1.md"),
])
def test_rejected_with_a_reason(hostile, name, expected):
    _, _, _, report, _ = hostile
    reasons = [r for r in report["rejections"] if r["seed"] == f"seeds/{name}"]
    assert reasons, f"seeds/{name} was not rejected"
    assert any(expected in reason for r in reasons for reason in r["reasons"]), reasons


@pytest.mark.parametrize("name", [
    "enc/cp1256.txt", "enc/utf16-bom.txt", "enc/utf16-nobom.txt", "enc/bom.txt", "enc/nul-bytes.txt",
    "enc/line-endings.txt", "size/one-line.txt", "yaml/dashes.md", "yaml/repairable.md",
    "rec/truncated.json", "rec/nested.json", "rec/garbage.jsonl", "rec/traversal.zip/ok.json",
    "markup/xss.json", "names/CON.txt", "names/index.txt", "names/Case.txt", "names/case.txt",
    "names/back\\slash.txt", "names/é-nfc.txt", "names/e\u0301-nfd.txt", "dup/a.txt", "dup/same-id-1.md",
])
def test_published_or_repaired(hostile, name):
    _, _, _, report, _ = hostile
    assert _published(report, name), name


def test_repairs_are_reported(hostile):
    work, _, _, report, _ = hostile
    warnings = {(w["seed"], w["warning"]) for w in report["warnings"]}
    assert ("seeds/enc/cp1256.txt", "converted from cp1256") in warnings
    assert ("seeds/yaml/repairable.md", "title 12345 is a number; taken as text") in warnings
    assert ("seeds/yaml/repairable.md", "tags given as one string; split at commas") in warnings
    assert ("seeds/yaml/repairable.md", "unknown field 'colour' ignored") in warnings
    ids = {a["id"] for a in report["articles"]}
    assert "index" not in ids and "con" not in ids
    assert len([i for i in ids if i.startswith("names-case")]) == 2  # differ only by case: both kept
    md = next((work / "content" / "articles").glob(f"{_published(report, 'enc/nul-bytes.txt')[0]['id']}.md"))
    assert "\x00" not in md.read_text("utf-8")


def test_nothing_written_outside_and_seeds_untouched(hostile):
    work, seeds, _, _, before = hostile
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in seeds.rglob("*") if p.is_file()}
    assert after == before
    top = {p.name for p in work.iterdir()}
    assert top <= {"seeds", "content", "site", ".cache"}, top


@pytest.mark.browser
def test_no_script_runs_on_any_page(hostile, serve, watched):
    _, _, site, _, _ = hostile
    base = serve(site)
    w = watched()
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 30
    for page in pages:
        w.page.goto(f"{base}/{page.relative_to(site).as_posix()}")
    w.page.goto(f"{base}/search/?q=" + "onerror")
    w.page.wait_for_timeout(500)
    assert w.dialogs == [] and w.remote == []
    assert not [e for e in w.errors if "404" not in e]
    xss_page = next(p for p in pages if "عنوان مزيف" in p.read_text("utf-8"))
    w.page.goto(f"{base}/{xss_page.relative_to(site).as_posix()}")
    assert w.page.locator("h1").first.inner_text() == XSS  # shown as written
    assert w.page.locator(".archive-text img, .archive-text iframe, .archive-text script").count() == 0
    assert w.page.locator(".archive-text a").count() == 0


def test_interrupted_build_recovers(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", {f"s{i:04d}.txt": f"{AR} رقم {i}" for i in range(3000)})
    cmd = [sys.executable, str(ROOT / "build.py"), "--quiet", "--seeds", str(seeds),
           "--content", str(tmp_path / "content")]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list((tmp_path / "content").glob("articles/*.md"))[:200][199:]:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert subprocess.run(cmd, cwd=ROOT).returncode == 0
    articles = list((tmp_path / "content" / "articles").glob("*.md"))
    assert len(articles) == 3000
    assert not list((tmp_path / "content").rglob(".*.tmp*"))
    assert all(a.read_text("utf-8").startswith("---\n") for a in articles)


def test_temporary_files_an_interrupted_build_left_are_removed(tmp_path):
    """atomic_write's temporary files, left by a build killed while writing, in any folder
    of content/: the next build removes them (found in its snapshot of content/)."""
    import build

    seeds = write_seeds(tmp_path / "seeds", {"a.txt": f"{AR} رقم 1"})
    args = ["--quiet", "--seeds", str(seeds), "--content", str(tmp_path / "content")]
    assert build.main(args) == 0
    left = [tmp_path / "content" / ".index.md.tmp123", tmp_path / "content" / "articles" / ".a.md.tmp4"]
    for path in left:
        path.write_text("half written", "utf-8")
    assert build.main(args) == 0
    assert not any(path.exists() for path in left)
    assert not list((tmp_path / "content").rglob(".*.tmp*"))


@pytest.mark.parametrize("parallel_from", [10**9, 0], ids=["one-process", "forked"])
def test_site_swap_keeps_the_old_site_when_mkdocs_fails(tmp_path, monkeypatch, parallel_from):
    from archive import site as site_mod

    monkeypatch.setattr(site_mod, "PARALLEL_FROM", parallel_from)  # the warning is raised in a worker
    work = tmp_path
    seeds = write_seeds(work / "seeds", {"a.txt": AR})
    built = build_site(seeds, work)
    marker = (built / "index.html").read_bytes()
    (work / "content" / "articles" / "broken.md").write_text("[dead link](nowhere.md)\n")  # fails --strict
    with pytest.raises(site_mod.SiteBuildFailed):
        site_mod.build_site(built, work / "content")
    assert (built / "index.html").read_bytes() == marker


# --- property-based fuzzing -------------------------------------------------------------

names = st.sampled_from(["a.txt", "b.md", "c.json", "d.jsonl", "e.zip", "f.txt"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=names, data=st.binary(max_size=2000))
def test_readers_never_raise_on_bytes(name, data):
    for seed in readers.read_bytes(f"seeds/{name}", data, "seeds/x"):
        found = pipeline.to_article(seed)
        assert (found.article is None) == bool(found.problems)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                           lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                           max_leaves=20)
record = st.dictionaries(st.sampled_from(["title", "date", "source", "url", "author", "tags", "content",
                                          "text", "summary", "id", "extra"]), json_values, max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(record, max_size=5))
def test_records_with_any_field_types(records):
    data = json.dumps(records).encode()
    seeds = list(readers.read_bytes("seeds/x.json", data, "seeds/x"))
    for seed in seeds:
        article = pipeline.to_article(seed).article
        if article:
            page = render_alone(article)
            _, meta = _front_matter(page)
            assert meta["id"] == article.id and meta["title"] == article.title


def _front_matter(page: str):
    from mkdocs.utils.meta import get_data

    return get_data(page)


text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)


@settings(max_examples=200, deadline=None)
@given(title=text, author=text, source=text, tags=st.lists(text, max_size=3), body=text)
def test_renderer_front_matter_round_trips(title, author, source, tags, body):
    from archive import clean

    clean_title = clean.clean_line(title) or "x"
    article = make_article("x", clean.clean_text(body)[0] or "x", title=clean_title,
                           author=clean.clean_line(author) or None, source=clean.clean_line(source) or None,
                           tags=[t for t in (clean.clean_line(t) for t in tags) if t])
    _, meta = _front_matter(render_alone(article))
    assert meta["title"] == article.title
    assert meta.get("author") == article.author and meta.get("source") == article.source
    assert meta.get("tags", []) == article.tags
    record = {k: v for k, v in meta.items() if k not in render.PAGE_KEYS}  # less what the page shows
    assert yaml.safe_load(escape.front_matter(article.front_matter())) == record


def test_front_matter_reads_back_as_written():
    """escape.front_matter writes YAML itself: every character (line breaks YAML knows and
    JSON does not, C1 controls, U+FFFE), keys YAML 1.1 reads as booleans, and every kind
    of value read back the same by PyYAML's loaders, the C one MkDocs uses and the pure one,
    and by escape.read_front_matter."""
    loaders = [yaml.SafeLoader] + ([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for start in range(0, len(every), 1 << 16):
        chunk = every[start:start + (1 << 16)]
        data = {"title": chunk, "on": [chunk[:64], {"yes": None, "n": 1, "f": 1.5, "b": False}, [[]]],
                "floats": [1e100, -2.5e-07, 0.1, float("inf"), float("-inf"), -0.0],
                "Key: with #": {"x": {}}, "tags": []}
        text = escape.front_matter(data)
        for loader in loaders:
            assert yaml.load(text, Loader=loader) == data
        assert escape.read_front_matter(text) == data  # and by the archive's own reader (archive.site)


@pytest.mark.parametrize("text", ["a: b\n", "x: 'a'\n", "x: 01\n", "x:\n", "x: 1\nx: 2\n", "- 1\n", "x: yes\n",
                                  "y: 1\n", "x:\n - 1\n", 'x: "a" # c\n', 'x: "\\x41"\n', "x: &a 1\n", "x: 1"])
def test_front_matter_not_written_by_the_archive_is_left_to_yaml(text):
    """A page's front-matter in any form escape.front_matter does not write (a page edited
    by hand): not read by escape.read_front_matter, which leaves it to PyYAML."""
    assert escape.read_front_matter(text) is None

"""Faithful, citable records: every paragraph kept, every publication of a text listed
and its own id resolving, sources and authors by name, structured data a crawler reads,
a citation that copies and downloads, and no loopback address in a build without
SITE_URL."""

import json
import re

import pytest
import yaml
from bs4 import BeautifulSoup

from archive import bylines, clean, sources

from .conftest import address, both_modes, build_site, write_seeds

SITE = "https://archive.example/news/"


def _records():
    text = "بريدة – منصور الجفن\n\xa0\xa0أعلنت أمانة القصيم اليوم افتتاح حديقة جديدة.\n \xa0 \n\xa0وقالت إن العمل بدأ."
    return [
        {"title": "افتتاح حديقة في بريدة", "date_extracted": "2015-07-21 10:00:00", "source": "okaz",
         "url": "http://www.okaz.com.sa/new/1", "author": "بريدة – منصور الجفن", "content": text},
        {"title": "حديقة جديدة في القصيم", "date_extracted": "2015-07-22 09:00:00", "source": "was",
         "url": "http://www.spa.gov.sa/1", "author": "واس - بريدة", "content": text},  # the same text again
        {"title": "افتتاح حديقة في بريدة", "date_extracted": "2015-07-21 10:00:00", "source": "okaz",
         "url": "http://www.okaz.com.sa/new/1", "author": "بريدة – منصور الجفن", "content": text},  # read again
        {"title": "خبر آخر", "date_extracted": "2015-07-23 11:00:00", "source": "sabq", "url": "http://sabq.org/2",
         "author": "الرياض - سعود الشيباني:", "content": "نص خبر آخر عن الرياض."},
    ]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    work = tmp_path_factory.mktemp("records")
    seeds = write_seeds(work / "seeds", {"news.json": json.dumps(_records(), ensure_ascii=False)})
    hosted = build_site(seeds, work, base_url=SITE)
    offline = build_site(seeds, work, offline=True, base_url=SITE)
    report = json.loads((work / "content" / "build-report.json").read_text("utf-8"))
    catalog = json.loads((work / "content" / "catalog.json").read_text("utf-8"))
    return hosted, offline, work / "content", report, catalog


def _soup(site, path):
    return BeautifulSoup((site / path / "index.html").read_text("utf-8"), "html.parser")


def _front(content, article_id):
    return yaml.safe_load((content / "articles" / f"{article_id}.md").read_text("utf-8").split("---\n")[1])


def test_every_seed_is_published_merged_or_rejected(archive):
    _, _, _, report, catalog = archive
    assert (report["seeds"], report["published"], report["publications_merged"], report["rejected"]) == (4, 2, 1, 1)
    assert report["rejections"][0]["reasons"][0].startswith("read again: the same text, address and source")
    assert len(catalog) == 3  # a row for every publication
    first, again = (r for r in catalog if r["title"] != "خبر آخر")
    assert again["article"] == first["id"] == first["article"]


def test_paragraphs_are_kept(archive):
    hosted, _, content, _, catalog = archive
    row = next(r for r in catalog if r["source"] == "okaz")
    paragraphs = [p.get_text() for p in _soup(hosted, f"articles/{row['id']}").select(".archive-text p")]
    assert paragraphs == ["بريدة – منصور الجفن", "أعلنت أمانة القصيم اليوم افتتاح حديقة جديدة.", "وقالت إن العمل بدأ."]


def test_the_article_lists_every_publication_and_each_id_resolves(archive, serve, watched):
    hosted, _, content, _, catalog = archive
    first = next(r for r in catalog if r["source"] == "okaz")
    again = next(r for r in catalog if r["source"] == "was")
    page = _soup(hosted, f"articles/{first['id']}")
    listed = page.select_one(".archive-publications").get_text(" ")
    assert "عكاظ" in listed and "واس" in listed and "حديقة جديدة في القصيم" in listed  # the other title
    links = {a["href"] for a in page.select(".archive-publications a")}
    assert {first["url"], again["url"]} <= links
    record = page.select_one("details.archive-record")
    for row in (first, again):
        assert row["sha256"] in record.get_text()
        assert any(a["href"].endswith(row["original_file"]) for a in record.select("a"))
    # the other publication's own address leads to the article
    redirect = _soup(hosted, f"articles/{again['id']}")
    assert redirect.select_one("link[rel=canonical]")["href"] == f"{SITE}articles/{first['id']}/"
    w = watched()
    w.page.goto(f"{serve(hosted)}/articles/{again['id']}/")
    w.page.wait_for_url(re.compile(f"/articles/{first['id']}/$"))
    assert w.errors == []


def test_sources_and_authors_by_name(archive):
    hosted, _, content, _, catalog = archive
    first = next(r for r in catalog if r["source"] == "okaz")
    front = _front(content, first["id"])
    assert front["source_name"] == "عكاظ" and front["authors"] == ["منصور الجفن"] and front["place"] == "بريدة"
    assert front["author"] == "بريدة – منصور الجفن"  # the byline as written
    meta = _soup(hosted, f"articles/{first['id']}").select_one(".archive-meta")
    assert "عكاظ" in meta.get_text() and "okaz" not in meta.get_text()
    author = next(a for a in meta.select("a") if a.get_text() == "منصور الجفن")
    assert "authors/" in author["href"]
    authors = " ".join(_soup(hosted, "authors").get_text(" ").split())
    assert "منصور الجفن (1)" in authors and "سعود الشيباني (1)" in authors


def test_bylines():
    cases = {"بريدة – منصور الجفن": ("بريدة", ["منصور الجفن"]), "واس - الرياض": ("الرياض", []),
             "«الاقتصادية» من الرياض": ("الرياض", []), "محمد البيضاني - الباحة": ("الباحة", ["محمد البيضاني"]),
             "عبدالله البرقاوي- سبق- الرياض:": ("الرياض", ["عبدالله البرقاوي"]),
             "&nbsp;خالد الجابري (المدينة المنورة)": ("المدينة المنورة", ["خالد الجابري"]),
             "جدة: محمد الزايد، سامية العيسى": ("جدة", ["محمد الزايد", "سامية العيسى"]),
             "د.سامي الجمعان": (None, ["د. سامي الجمعان"]), "رويترز": (None, []), "": (None, [])}
    for byline, (place, authors) in cases.items():
        parsed = bylines.parse(byline)
        assert (parsed.place, parsed.authors) == (place, authors), byline


def test_every_corpus_source_is_named():
    from .conftest import CORPUS

    seen = set()
    for path in sorted(CORPUS.glob("*.zip")) if CORPUS.is_dir() else []:
        import zipfile

        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                seen |= {r["source"] for r in json.loads(z.read(name))}
    assert all(sources.known(s) for s in seen), seen - set(sources.registry())
    assert sources.name("okaz") == "عكاظ" and sources.name("unknown-paper") == "unknown-paper"


def test_structured_data_is_what_a_crawler_reads(archive):
    import extruct

    hosted, _, content, _, catalog = archive
    first = next(r for r in catalog if r["source"] == "okaz")
    front = _front(content, first["id"])
    html = (hosted / "articles" / first["id"] / "index.html").read_text("utf-8")
    data = extruct.extract(html, base_url=f"{SITE}articles/{first['id']}/", syntaxes=["json-ld", "opengraph",
                                                                                       "dublincore"], uniform=True)
    [ld] = data["json-ld"]
    assert ld["@type"] == "NewsArticle" and ld["headline"] == front["title"] and ld["inLanguage"] == "ar"
    assert ld["datePublished"] == front["date"] and ld["sameAs"] == front["url"]
    assert [a["name"] for a in ld["author"]] == front["authors"] and ld["publisher"]["name"] == "عكاظ"
    assert ld["identifier"]["value"] == front["sha256"] and ld["url"] == f"{SITE}articles/{first['id']}/"
    [og] = data["opengraph"]
    assert og["og:title"] == front["title"] and og.get("og:type", og.get("@type")) == "article"
    assert og["og:url"] == ld["url"] and og["og:description"] == front["summary"]
    [dc] = data["dublincore"]
    terms = {e["URI"].rsplit("/", 1)[-1]: e["content"] for e in dc["elements"]}
    assert terms["title"] == front["title"] and terms["creator"] == "منصور الجفن"
    assert terms["date"] == front["date"] and terms["identifier"] == f"urn:sha256:{front['sha256']}"
    soup = BeautifulSoup(html, "html.parser")
    highwire = {m["name"]: m["content"] for m in soup.select("meta[name^=citation_]")}
    assert highwire["citation_title"] == front["title"] and highwire["citation_author"] == "منصور الجفن"
    assert highwire["citation_publication_date"] == "2015/07/21"
    assert soup.select_one("meta[name=description]")["content"] == front["summary"]
    assert soup.select_one(".archive-meta time")["datetime"] == front["date"]


def _citation_formats(browser, url):
    page = browser.new_page()
    page.goto(url)
    formats = page.evaluate("({csl: ArchiveCitation.csl(), bib: ArchiveCitation.bibtex(), ris: ArchiveCitation.ris(),"
                            " text: document.getElementById('archive-citation').textContent})")
    page.close()
    return formats


@pytest.mark.browser
def test_citation_formats_parse(archive, serve, browser):
    import bibtexparser
    import rispy
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    hosted, _, content, _, catalog = archive
    first = next(r for r in catalog if r["source"] == "okaz")
    got = _citation_formats(browser, f"{serve(hosted)}/articles/{first['id']}/")
    front = _front(content, first["id"])  # the CSL-JSON is made in the page from its JSON-LD
    assert got["csl"] == [{
        "id": first["id"], "type": "article-newspaper", "title": front["title"], "container-title": "عكاظ",
        "publisher": "عكاظ", "author": [{"literal": "منصور الجفن"}], "issued": {"date-parts": [[2015, 7, 21]]},
        "URL": front["url"], "language": "ar", "archive": "أرشيف الأخبار",
        "archive_location": f"{SITE}articles/{first['id']}/", "accessed": {"date-parts": [[2015, 7, 21]]},
        "note": f"SHA-256: {front['sha256']}"}]
    assert "منصور الجفن" in got["text"] and "«افتتاح حديقة في بريدة»" in got["text"]
    assert f"{SITE}articles/{first['id']}/" in got["text"] and "عكاظ" in got["text"]
    source = CiteProcJSON(got["csl"])
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)  # the style citeproc-py bundles
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    bibliography.register(Citation([CitationItem(first["id"])]))
    rendered = str(bibliography.bibliography()[0])
    assert "افتتاح حديقة في بريدة" in rendered and "2015" in rendered
    library = bibtexparser.parse_string(got["bib"])
    assert not library.failed_blocks
    [entry] = library.entries
    assert entry["title"] == "افتتاح حديقة في بريدة" and entry["author"] == "منصور الجفن" and entry["year"] == "2015"
    [ris] = rispy.loads(got["ris"])
    assert ris["type_of_reference"] == "NEWS" and ris["title"] == "افتتاح حديقة في بريدة"
    assert ris["authors"] == ["منصور الجفن"]


@pytest.mark.browser
@both_modes
def test_the_copy_button_puts_the_citation_on_the_clipboard(archive, serve, browser, offline):
    hosted, offline_site, content, _, catalog = archive
    first = next(r for r in catalog if r["source"] == "okaz")
    base = address(serve, archive[:2], offline)
    url = f"{base}/articles/{first['id']}" + (".html" if offline else "/")
    context = browser.new_context()
    if not offline:
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    page = context.new_page()
    page.goto(url)
    expected = page.locator("#archive-citation").inner_text()
    page.locator(".archive-cite__copy").click()
    page.wait_for_function("() => document.querySelector('.archive-cite__status').textContent")
    assert page.locator(".archive-cite__status").inner_text() == "نُسخ الاستشهاد."
    page.locator("body").evaluate("b => { const t = document.createElement('textarea'); t.id = 'paste'; b.append(t); }")
    page.locator("#paste").focus()
    page.keyboard.press("Control+V")
    assert page.locator("#paste").input_value() == expected
    context.close()


def test_no_loopback_address_without_site_url(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", {"news.json": json.dumps(_records(), ensure_ascii=False)})
    site = build_site(seeds, tmp_path)  # no SITE_URL
    assert not (site / "feed.xml").exists()
    leaks = [p.relative_to(site).as_posix() for p in site.rglob("*")
             if p.suffix in (".html", ".xml", ".json", ".js", ".gz") and p.is_file()
             and re.search(rb"127\.0\.0\.1|localhost", _bytes(p))]
    assert leaks == []


def _bytes(path) -> bytes:
    import gzip

    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def test_the_build_says_what_it_leaves_out_without_site_url(tmp_path, capsys, monkeypatch):
    import build

    monkeypatch.delenv("SITE_URL", raising=False)
    seeds = write_seeds(tmp_path / "seeds", {"a.txt": "نص"})
    assert build.main(["--seeds", str(seeds), "--content", str(tmp_path / "c")]) == 0
    assert "SITE_URL is not set" in capsys.readouterr().out


def test_clean_text_keeps_corpus_paragraphs():
    """Each non-blank line of a source is one paragraph of the display copy."""
    text = "سطر أول\n\n\xa0 سطر ثان\n   \nسطر ثالث"
    assert clean.clean_text(text)[0].split("\n\n") == ["سطر أول", "سطر ثان", "سطر ثالث"]


def test_the_original_of_a_record_is_its_seed_file_as_it_came(tmp_path):
    """A file of several articles is published once, byte for byte, and each of its records'
    pages names it, the member and the record, with the record's own digest; every original's
    digest is in originals/SHA256SUMS.txt. A Markdown seed's original is published as text,
    never rendered as a page."""
    import hashlib
    import io
    import zipfile

    day = io.BytesIO()
    with zipfile.ZipFile(day, "w") as z:
        z.writestr("2015-07-21.json", json.dumps(_records(), ensure_ascii=False))
    seeds = write_seeds(tmp_path / "seeds", {
        "day/2015-07-21.zip": day.getvalue(),
        "note.md": "---\ntitle: مذكرة\ndate: 2015-07-24\n---\nنص <script>alert(1)</script> المذكرة عن جدة.\n"})
    site = build_site(seeds, tmp_path)
    zipped = (seeds / "day" / "2015-07-21.zip").read_bytes()
    assert (site / "originals" / "day" / "2015-07-21.zip").read_bytes() == zipped
    assert (site / "originals" / "note.txt").read_bytes() == (seeds / "note.md").read_bytes()
    assert not (site / "originals" / "note").exists() and not (site / "originals" / "note.md").exists()
    sums = (site / "originals" / "SHA256SUMS.txt").read_text("utf-8").splitlines()
    assert sums == sorted([f"{hashlib.sha256(zipped).hexdigest()}  day/2015-07-21.zip",
                           f"{hashlib.sha256((seeds / 'note.md').read_bytes()).hexdigest()}  note.txt"],
                          key=lambda line: line.split("  ")[1])
    catalog = json.loads((tmp_path / "content" / "catalog.json").read_text("utf-8"))
    first = next(r for r in catalog if r["source"] == "okaz")
    assert first["original_file"] == "originals/day/2015-07-21.zip" and first["record"] == 1
    record = _soup(site, f"articles/{first['id']}").select_one("details.archive-record")
    assert record.select_one("a")["href"] == "../../originals/day/2015-07-21.zip"
    text = " ".join(record.get_text(" ").split())
    assert "2015-07-21.zip › 2015-07-21.json (السجل 1)" in text and first["sha256"] in text
    # the record's digest is of its exact bytes in the file
    member = zipfile.ZipFile(io.BytesIO(zipped)).read("2015-07-21.json").decode("utf-8")
    span = json.dumps(_records()[0], ensure_ascii=False)
    assert span in member and hashlib.sha256(span.encode("utf-8")).hexdigest() == first["sha256"]

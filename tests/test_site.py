"""End to end: seeds → content → `mkdocs build --strict` → HTML checked with a parser,
and the article page in headless Chromium."""

import re

import pytest
from bs4 import BeautifulSoup

from .conftest import SEEDS, build_site, write_seeds

SEED_PAGE = "articles/000_881b7ab8d4068528/index.html"


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    return build_site(SEEDS, tmp_path_factory.mktemp("seedsite"))


def test_seed_page_html(seed_site):
    soup = BeautifulSoup((seed_site / SEED_PAGE).read_text("utf-8"), "html.parser")
    assert soup.html["lang"] == "ar" and soup.body["dir"] == "rtl"
    assert soup.h1.get_text(strip=True) == "قُتِل أكثر من 400 مدني"
    assert soup.title.get_text().startswith("قُتِل أكثر من 400 مدني")
    assert "423 كلمة" in soup.select_one(".archive-meta").get_text(" ", strip=True)
    record = soup.select_one("details.archive-record")  # folded: the preservation data
    assert "afeded61b560598322c31259356bad742877ebfd2e13f3dbf84c9b1b3aabcf7d" in record.get_text(" ")
    original = record.select_one('a[href*="originals/"]')
    target = (seed_site / SEED_PAGE).parent / original["href"]
    assert target.resolve().read_bytes() == (SEEDS / "000_881b7ab8d4068528.txt").read_bytes()
    # every word of the seed, with the one crawl repair
    seed_words = (SEEDS / "000_881b7ab8d4068528.txt").read_text().replace("الشرقيةلدمشق", "الشرقية لدمشق")
    assert soup.select_one(".archive-text").get_text(" ").split() == seed_words.split()


def test_no_request_leaves_the_site(seed_site):
    for page in seed_site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        loads = [t.get("src") for t in soup.select("[src]")] + [
            t["href"] for t in soup.select("link[href]")
            if not {"canonical", "alternate", "schema.DC"} & set(t.get("rel", []))]  # these are not fetched
        remote = [u for u in loads if re.match(r"^(https?:)?//", u)]
        assert remote == [], f"{page.name} loads remote resources"


@pytest.mark.browser
def test_seed_page_in_chromium(seed_site, serve, watched, tmp_path):
    w = watched()
    base = serve(seed_site)
    w.page.goto(f"{base}/{SEED_PAGE.removesuffix('index.html')}")
    assert w.page.evaluate("getComputedStyle(document.querySelector('.md-content')).direction") == "rtl"
    assert "الغوطة الشرقية لدمشق" in w.page.inner_text(".archive-text")
    w.page.screenshot(path=str(tmp_path / "seed.png"))
    assert w.remote == [] and w.errors == [] and w.dialogs == []


def test_arabic_404_page(seed_site):
    soup = BeautifulSoup((seed_site / "404.html").read_text("utf-8"), "html.parser")
    assert soup.html["lang"] == "ar" and soup.body["dir"] == "rtl"
    assert soup.select_one("article h1").get_text() == "الصفحة غير موجودة"
    links = [a["href"] for a in soup.select("article a")]
    # served for any missing address, so its links are absolute paths, not relative ones
    assert links and all(h.startswith("/") for h in links)


@pytest.mark.parametrize("seeds", ["golden", "hostile"])
def test_shortcuts_make_the_pages_a_plain_renderer_makes(tmp_path, monkeypatch, seeds):
    """archive.site renders the navigation of article pages once a process (site.Once),
    reads the front-matter build.py wrote without PyYAML (escape.read_front_matter),
    does not convert an article's text, which is HTML already (site.TEXT_BLOCK), nor a
    list's articles (site.LIST_BLOCK), nor an index's names (site.GROUP_BLOCK), and leaves
    out inline patterns the archive does not use (site.LeanInline), converts with one
    Markdown a process (site._converted), resolves a list's links itself (site._Links),
    and takes content/'s files from a snapshot, not from MkDocs'
    walk (site._files); every page is byte for byte what a renderer without them
    (mkdocs build, Zensical) makes."""
    from mkdocs.plugins import BasePlugin
    from mkdocs.structure.pages import Page
    from mkdocs.utils.meta import YAML_RE, get_data

    from archive import site
    from archive.escape import read_front_matter

    from .conftest import build_content
    from .golden import SETS
    from .test_hostile import hostile_seeds

    folder = SETS["golden"] if seeds == "golden" else write_seeds(tmp_path / "seeds", hostile_seeds())
    build_content(folder, tmp_path, base_url="https://archive.example/news/")
    texts = [get_data(p.read_text("utf-8"))[0] for p in (tmp_path / "content" / "articles").glob("*.md")]
    lists = [p.read_text("utf-8") for p in (tmp_path / "content").rglob("*.md") if "articles" not in p.parts]
    blocks = [m.group(1) for t in lists for m in site.LIST_BLOCK.finditer(t)]
    taken = [b for b in blocks if "".join(m.group(0) for m in site.LIST_ITEM.finditer(b)) == b]
    groups = [m.group(1) for t in lists for m in site.GROUP_BLOCK.finditer(t)]
    names = [b for b in groups if "".join(m.group(0) for m in site.GROUP_ITEM.finditer(b)) == b]
    assert len(groups) >= 2 and len(names) > len(groups) / 2  # the indexes of sources, tags, authors
    fronts = [YAML_RE.match(p.read_text("utf-8")) for p in (tmp_path / "content").rglob("*.md")]
    assert fronts and all(f and read_front_matter(f.group(1)) for f in fronts)  # taken: every page's
    if seeds == "golden":  # the shortcuts are taken: for most articles, and for every list
        assert sum(bool(site.TEXT_BLOCK.fullmatch(t)) for t in texts) > 60
        assert len(taken) > 20 and len(taken) == len(blocks) and names == groups
    else:  # hostile titles and summaries: most lists still are
        assert len(taken) > len(blocks) / 2
    for offline in (False, True):
        once = tmp_path / f"once-{offline}"
        site.mkdocs_build(once, tmp_path / "content", offline=offline, base_url="https://archive.example/news/",
                          listed=list(site._read(tmp_path / "content")))
        with monkeypatch.context() as m:
            m.setattr(site, "Once", type("NoOnce", (BasePlugin,), {}))
            m.setattr(site, "read_front_matter", lambda text: None)  # every front-matter read by PyYAML
            m.setattr(site, "TEXT_BLOCK", re.compile(r"(?!)"))  # matches nothing: every text converted
            m.setattr(site, "LIST_BLOCK", re.compile(r"(?!)"))  # and every list
            m.setattr(site, "GROUP_BLOCK", re.compile(r"(?!)"))  # and every index
            m.setattr(site.LeanInline, "UNUSED", ())  # every inline pattern tried
            m.setattr(site, "_converted", Page.render)  # a Markdown made for every page
            every = tmp_path / f"every-{offline}"
            site.mkdocs_build(every, tmp_path / "content", offline=offline, base_url="https://archive.example/news/")
        pages = sorted(p.relative_to(once) for p in once.rglob("*.html"))
        assert len([p for p in pages if p.parts[0] == "articles"]) > (60 if seeds == "golden" else 5)
        assert pages == sorted(p.relative_to(every) for p in every.rglob("*.html"))
        for page in pages:
            assert (once / page).read_bytes() == (every / page).read_bytes(), page


def test_the_early_script_follows_the_palette_of_mkdocs_yml(tmp_path):
    """assets/early.js sets the reader's scheme from its own table of media queries: the
    palette mkdocs.yml declares (whose schemes the theme's stylesheets style)."""
    import json

    from mkdocs.config import load_config

    from .conftest import ROOT

    # any folder for the pages: a fresh clone has no content/ yet
    palette = load_config(str(ROOT / "mkdocs.yml"), docs_dir=str(tmp_path)).theme["palette"]
    early = (ROOT / "theme_overrides" / "assets" / "early.js").read_text("utf-8")
    table = json.loads(re.search(r"\}\)\((\[\[.*\]\])\);\s*$", early).group(1))
    assert table == [[p["media"], p["scheme"]] for p in palette]


def test_the_files_of_a_snapshot_are_those_mkdocs_finds(tmp_path):
    """site._files makes MkDocs' files of content/ from a snapshot of it: the same files,
    at the same addresses, included or not alike, as MkDocs' own walk finds (get_files(),
    set_exclusions()), online and offline; where get_files() would do more (a README), it
    is get_files()."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files, set_exclusions

    from archive import site

    from .conftest import build_content
    from .golden import SETS

    build_content(SETS["golden"], tmp_path)
    content = tmp_path / "content"
    (content / "articles" / ".hidden.md").write_text("not for MkDocs")
    for offline in (False, True):
        config = load_config(str(site.ROOT / "mkdocs.yml"), docs_dir=str(content.resolve()),
                             site_dir=str(tmp_path / "site"), use_directory_urls=not offline)

        def seen(files, config=config):
            set_exclusions(files, config)
            return sorted((f.src_uri, f.dest_uri, f.url, f.abs_src_path, f.abs_dest_path, f.is_documentation_page(),
                           f.inclusion) for f in files if not f.src_uri.startswith(site.LATE)
                          and not f.name.startswith("."))

        walked = seen(get_files(config))
        assert len(walked) > 100 and any("/" in f[0] for f in walked)
        assert seen(site._files(config, list(site._read(content)))) == walked
    (content / "articles" / "README.md").write_text("# read me")
    assert [f.src_uri for f in site._files(config, list(site._read(content)))] == \
        [f.src_uri for f in get_files(config) if not f.src_uri.startswith(site.LATE)]
    assert site._hidden(".x.md") and site._hidden("a/.b/c.md") and site._hidden("templates/a.md")
    assert not site._hidden("a/templates/b.md") and not site._hidden("a.b/c.md")


def test_a_sitemap_past_the_protocols_limit_is_an_index_of_sitemaps(tmp_path, monkeypatch):
    """The sitemaps protocol takes at most 50,000 addresses a file (here 40): past them,
    sitemap.xml is an index of sitemap-N.xml files that list every page once, sorted; an
    archive back under the limit has one sitemap.xml again, and no part left over."""
    import gzip
    import xml.etree.ElementTree as ET

    from archive import site

    from .conftest import build_site_of
    from .golden import SETS

    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    url = "https://archive.example/news/"
    monkeypatch.setattr(site, "SITEMAP_URLS", 40)
    built = build_site(SETS["golden"], tmp_path, base_url=url)
    folders = (p.parent.relative_to(built).as_posix() for p in built.rglob("index.html"))
    pages = sorted(url + ("" if rel == "." else rel + "/") for rel in folders)
    index = ET.parse(built / "sitemap.xml").getroot()
    assert index.tag == f"{ns}sitemapindex"
    parts = [loc.text for loc in index.iter(f"{ns}loc")]
    assert parts == [f"{url}sitemap-{n}.xml" for n in range(1, len(parts) + 1)] and len(parts) > 2
    listed = []
    for n in range(1, len(parts) + 1):
        urlset = ET.parse(built / f"sitemap-{n}.xml").getroot()
        listed += [loc.text for loc in urlset.iter(f"{ns}loc")]
        assert 0 < len(urlset) <= 40
    assert listed == pages
    assert gzip.decompress((built / "sitemap.xml.gz").read_bytes()) == (built / "sitemap.xml").read_bytes()
    assert not list(built.glob("archive-sitemap*"))  # its templates are not files of the site
    monkeypatch.setattr(site, "SITEMAP_URLS", 50_000)
    (tmp_path / "content" / "search.md").touch()  # the next build is an incremental one
    build_site_of(tmp_path, base_url=url)
    assert [loc.text for loc in ET.parse(built / "sitemap.xml").getroot().iter(f"{ns}loc")] == pages
    assert not list(built.glob("sitemap-*.xml"))

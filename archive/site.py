"""Site: content/ → site/ with MkDocs (strict), rendered aside in .cache/ and moved in,
so a failed build leaves site/ as it was.

An archive grows a day at a time, so the site is built incrementally when it can be: when
the last site was built by the same stack (mkdocs.yml, the words, theme_overrides/, the
pinned packages and the build's options: the stamp), MkDocs renders only the pages and
copies only the files of content/ that changed since that build (the stamp keeps the
size and time of every file of content/ as that build read it), and what every build
renders (the navigation's pages, the sitemap, 404), aside in an empty folder; those are
then moved into site/, and the outputs of files that are gone removed. Otherwise
everything is rendered aside and the new site swapped in whole. Either way the result is
the same. Pages are rendered by one process a core (render()). The search index is
build.py's (content/search-index/), copied as it is after the pages are rendered: both
the hosted and the offline site read it. build.py --site builds the site in a process of
its own, started first (build.SiteAside: MkDocs configured meanwhile, prepare()), while it
still makes the search index (write.write_parts' beside), on the machine's other core.

    python -m archive.site [--site DIR] [--offline] [--base-url URL] [--full]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import functools
import gzip
import logging
import os
import posixpath
import re
import shutil
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin

import markdown
import mkdocs.structure.pages
from markdown.extensions import Extension
from mkdocs import exceptions, utils
from mkdocs.commands.build import _build_extra_template, _build_page, _build_theme_template, _populate_page
from mkdocs.config import load_config
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel, get_files, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import (
    Page,
    _ExtractAnchorsTreeprocessor,
    _ExtractTitleTreeprocessor,
    _RawHTMLPreprocessor,
    _RelativePathTreeprocessor,
)
from mkdocs.structure.toc import get_toc
from mkdocs.utils.meta import YAML_RE, get_data

from .escape import read_front_matter
from .render import compiled
from .search_index import INDEX_DIR
from .settings import cache_for
from .write import CAN_FORK, alike, digest, forked, read_stamp, record_stamp, shared, snapshot

ROOT = Path(__file__).resolve().parent.parent
# What a site's pages depend on besides their own Markdown (this file: how they are rendered).
STACK = ("mkdocs.yml", "archive/words.yml", "archive/site.py", "requirements.txt", "theme_overrides")
# Below this many pages, one process renders them all (forking costs more than it saves);
# where processes cannot fork (Windows), one process renders every page. A day of 500
# articles added to 100,000 renders 811 pages: by one process a core, in 3 to 4 s
# less than by one (27.0 and 29.0 s, against 23.9 and 24.6 s, with 1,000 here).
PARALLEL_FROM = 100
SHARES_A_WORKER = 16


class SiteBuildFailed(RuntimeError):
    pass


def mkdocs_build(dest: Path, content: Path, *, offline: bool = False, base_url: str = "",
                 config: Path = ROOT / "mkdocs.yml", only: set[str] | None = None, meanwhile=None,
                 listed: list[str] | None = None, loaded=None) -> None:
    """Render `content` into `dest`: everything, or (`only`: files of content/) those
    files' pages and copies and what every build renders (render()); meanwhile(), if
    given, while the pages are rendered. `listed`: content/'s files, if known (_files());
    `loaded`: MkDocs' configuration for these, if configured() made it already."""
    try:
        render(loaded or configured(dest, content, offline=offline, base_url=base_url, config=config),
               only=only, meanwhile=meanwhile, listed=listed)
    except (exceptions.MkDocsException, exceptions.Abort) as e:
        raise SiteBuildFailed(f"mkdocs build failed: {e}") from None


def configured(dest: Path, content: Path, *, offline: bool = False, base_url: str = "",
               config: Path = ROOT / "mkdocs.yml"):
    """MkDocs' configuration (mkdocs.yml, strict) of a build of `content` into `dest`,
    with the archive's own plugins and extension."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    overrides = {"site_dir": str(dest), "docs_dir": str(content.resolve())}
    if offline:
        overrides["use_directory_urls"] = False
    if base_url:
        overrides["site_url"] = base_url
    try:
        loaded = load_config(str(config), strict=True, **overrides)
    except (exceptions.MkDocsException, exceptions.Abort) as e:
        raise SiteBuildFailed(f"mkdocs build failed: {e}") from None
    loaded.plugins["archive-compact"] = Compact()
    loaded.plugins["archive-once"] = Once()
    loaded.markdown_extensions.append(LeanInline())
    return loaded


class LeanInline(Extension):
    """Python-Markdown without the inline patterns that the archive's Markdown never uses:
    its templates write links, line breaks and inline HTML, and a seed's text reaches them
    escaped (escape.md), so emphasis, code, images, references and autolinks never match;
    trying them over every title and summary was a quarter of a list page's conversion.
    Registered by mkdocs_build: a renderer without it makes the same pages (tests/test_site.py)."""

    UNUSED = ("backtick", "reference", "image_link", "image_reference", "short_reference", "short_image_ref",
              "autolink", "automail", "not_strong", "em_strong", "em_strong2")

    def extendMarkdown(self, md) -> None:  # noqa: N802 - Python-Markdown's name
        for name in self.UNUSED:
            if name in md.inlinePatterns:
                md.inlinePatterns.deregister(name)


class Compact(BasePlugin):
    """Each page without its templates' indentation and blank lines (about 2.5 KB of an
    article's 21): a line's leading blanks and empty lines are nothing to a browser, but in
    a <pre> or <textarea>, so a page with one is left as it is; and JSON in a page
    (tojson) in UTF-8. Registered by mkdocs_build, not in mkdocs.yml: a renderer without
    it makes larger pages, not others."""

    BLANKS = re.compile(r"\n[ \t\r\n]+")

    def on_post_page(self, output: str, **_) -> str:
        if "<pre" in output or "<textarea" in output:
            return output
        return self.BLANKS.sub("\n", output)

    def on_env(self, env, **_):
        # JSON in the pages (an article's JSON-LD: | tojson) with its Arabic as it is, not
        # as \uXXXX escapes (six bytes a letter for two); Jinja still escapes < > & '
        env.policies["json.dumps_kwargs"] = {**env.policies["json.dumps_kwargs"], "ensure_ascii": False,
                                             "separators": (",", ":")}
        return env


class Once(BasePlugin):
    """archive_once(key), for the templates: a call block's output rendered once a process
    and kept by its key. The article template has what is the same on every article's
    page rendered once (Material's tabs, styles, footer, scripts): no article is in the
    navigation, and every article's page is as deep as the next. A renderer without this
    plugin renders them on every page, to the same bytes."""

    def __init__(self) -> None:
        self.kept: dict[str, str] = {}

    def once(self, key: str, caller) -> str:
        if key not in self.kept:
            self.kept[key] = caller()
        return self.kept[key]

    def on_env(self, env, **_):
        env.globals["archive_once"] = self.once
        return env


# MkDocs' build (mkdocs.commands.build.build, 1.6; the version is pinned), with the pages
# read and rendered by as many processes as the machine has cores: each page depends only
# on its own Markdown and on the pages of the navigation (whose titles the tabs show), so
# a page can be rendered by any process once those are read. The static files (originals,
# the search index, the theme's assets) are copied meanwhile.
ARTICLE_TEMPLATES = ("archive-article.html", "archive-redirect.html")  # theme_overrides/, most pages' own
LATE = f"{INDEX_DIR}/"  # what build_site copies itself, after MkDocs' pages


@contextlib.contextmanager
def _warnings_counted():
    """The warnings and errors MkDocs logs meanwhile, counted (as mkdocs build --strict does)."""
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    logging.getLogger("mkdocs").addHandler(counter)
    try:
        yield counter
    finally:
        logging.getLogger("mkdocs").removeHandler(counter)


def render(config, *, only: set[str] | None = None, workers: int | None = None, meanwhile=None,
           listed: list[str] | None = None) -> None:
    """MkDocs' build into config.site_dir. With `only` (paths under docs_dir), a part of
    it: the pages of those files are rendered and those files copied, and of the rest only
    what every page shows or what lists every page (the navigation's pages, the theme's
    templates: 404 and the sitemap); the theme's assets are not copied. `meanwhile()`, if
    given, is called while the pages are being rendered. `listed`: the files of docs_dir,
    if known (_files())."""
    with _warnings_counted() as counter:
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        utils.clean_directory(config.site_dir)
        # the search index is not MkDocs' to read: build_site copies it (it may still be
        # being written, by build.py --site)
        files = _files(config, listed)
        env = config.theme.get_env()
        env.bytecode_cache = compiled(cache_for(Path(config.docs_dir)), Path(__file__))
        if only is None:  # the theme's files, to be copied (a walk of its thousands of icons)
            files.add_files_from_theme(env, config)
        files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)
        if only is not None:  # MkDocs makes a Page of every page it lists: only of those rendered
            files.rendered = only
        with _one_build_date():
            nav = get_navigation(files, config)
            nav = config.plugins.on_nav(nav, config=config, files=files)
            doc_files = files.documentation_pages()
            for file in doc_files:
                if file.page is None:
                    Page(None, file, config)
        for page in nav.pages:  # first, and always: every page shows their titles
            _populate_page(page, config, files)
        env = config.plugins.on_env(env, config=config, files=files)
        in_nav = {id(page) for page in nav.pages}
        rest = [f.page for f in doc_files if id(f.page) not in in_nav and (only is None or f.src_uri in only)]
        copies = [f for f in files if not f.is_documentation_page() and InclusionLevel.is_included(f.inclusion)
                  and (only is None or (f.src_uri in only and _in_docs(f, config)))]
        workers = workers or (min(os.cpu_count() or 1, 4) if len(rest) >= PARALLEL_FROM and CAN_FORK else 1)
        # the navigation's pages first: the templates every page extends are compiled
        # then, once, before the workers fork (each would compile them again)
        for page in nav.pages:
            _build_page(page, config, doc_files, nav, env)
        for name in ARTICLE_TEMPLATES:
            env.get_template(name)
        shares_count = workers * SHARES_A_WORKER if workers > 1 else 1
        given = (config, files, doc_files, nav, env, rest, shares_count)
        with forked(workers, given) if workers > 1 else contextlib.nullcontext() as pool:
            # many small shares, each taken by the next worker free: pages differ in cost
            # (a list's is about twice an article's), so that all workers finish together
            shares = pool.map_async(_render_share, range(shares_count), chunksize=1) if pool else None
            for file in copies:
                file.copy_file()
            for template in config.theme.static_templates - {SITEMAP}:
                _build_theme_template(template, env, files, config, nav)
            write_sitemap(files, config, env)
            for template in config.extra_templates:
                _build_extra_template(template, files, config, nav)
            results = [] if shares else [_render(given, 0)]
            if meanwhile:
                meanwhile()
            results = results or shares.get()
        for page in nav.pages:
            page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
        config.plugins.on_post_build(config=config)
        failures = [r for r in results if isinstance(r, str)]
        if failures:
            raise SiteBuildFailed("; ".join(failures))
        # a worker counts its own warnings; one run here is counted here already
        warnings = sum(n for _, n in counter.get_counts()) + (sum(r for r in results if isinstance(r, int))
                                                              if pool else 0)
        if config.strict and warnings:
            raise exceptions.Abort(f"Aborted with {warnings} warnings in strict mode!")


def _files(config, listed: list[str] | None) -> Files:
    """MkDocs' files of docs_dir (get_files()) but the search index. Given the files
    (`listed`: paths as snapshot() has them, without the hidden ones, which MkDocs
    excludes), the same files, without walking the folder again or normalising each path
    and finding each one's address twice: get_files() was a third of the time of an
    append of ten articles. In the order of their paths, not os.walk()'s: no output
    depends on it (write_sitemap() sorts the addresses). Not where get_files() does more
    (a README beside an index, Markdown not named .md)."""
    if listed is None or any(rel.rsplit("/", 1)[-1].startswith("README.") or
                             (utils.is_markdown_file(rel) and not rel.endswith(".md")) for rel in listed):
        return _Files([f for f in get_files(config) if not f.src_uri.startswith(LATE)])
    offline = not config.use_directory_urls
    plain = not (config.exclude_docs or config.draft_docs or config.not_in_nav)
    files = []
    for rel in listed:
        if not rel.startswith(LATE):
            file = _File(rel, config.docs_dir, config.site_dir, config.use_directory_urls,
                         page_path(rel, offline) if rel.endswith(".md") else rel)
            if plain:  # set_exclusions()' answer, without matching MkDocs' default patterns to each path
                file.inclusion = InclusionLevel.EXCLUDED if _hidden(rel) else InclusionLevel.INCLUDED
            files.append(file)
    return _Files(files)


def _hidden(rel: str) -> bool:
    """Is a file of docs_dir one MkDocs leaves out by default (exclude_docs' '.*' and
    '/templates/', as gitignore reads them)?"""
    return rel.startswith("templates/") or rel.startswith(".") or "/." in rel


class _File(File):
    """A file of docs_dir made from its path as snapshot() gives it, relative and
    '/'-separated, and its address (page_path()): what File() makes, but for normalising
    a path that is normal already."""

    def __init__(self, src_uri: str, src_dir: str, dest_dir: str, use_directory_urls: bool, dest_uri: str) -> None:
        self.src_uri, self.src_dir, self.dest_dir = src_uri, src_dir, dest_dir
        self.use_directory_urls = use_directory_urls
        self.dest_uri = dest_uri
        self.inclusion = InclusionLevel.UNDEFINED


@contextlib.contextmanager
def _one_build_date():
    """Every page MkDocs makes asks the clock for the date of the build (19,000 pages in
    a day's append): in the block, the date is read once."""
    date, asked = utils.get_build_date(), mkdocs.structure.pages.get_build_date
    mkdocs.structure.pages.get_build_date = lambda: date
    try:
        yield
    finally:
        mkdocs.structure.pages.get_build_date = asked


class _Files(Files):
    """MkDocs' files, whose pages are listed once: MkDocs lists them again (a look at
    every file) for each page that lists them all, and 404. Once listed, the files are
    not changed. With `rendered` (paths of docs_dir), the pages listed are those only:
    MkDocs makes a Page of every page listed (1.1 s under the profiler for the 120,000
    pages of 100,000 articles), and an append renders a few; the others need none but
    for the sitemap, which write_sitemap() makes of every_page, without them."""

    rendered: set[str] | None = None

    @functools.cached_property
    def every_page(self) -> list:
        return super().documentation_pages()

    @functools.cached_property
    def _pages(self) -> list:
        if self.rendered is None:
            return self.every_page
        return [f for f in self.every_page if f.src_uri in self.rendered]

    def documentation_pages(self, *, inclusion=InclusionLevel.is_included):
        if inclusion is InclusionLevel.is_included:
            return self._pages
        return super().documentation_pages(inclusion=inclusion)


# The sitemap: MkDocs' template lists every page from its Page object, in one file. The
# sitemaps protocol takes at most 50,000 addresses a file; past them, sitemap.xml is an
# index of files of that many (sitemap-1.xml, …).
SITEMAP, SITEMAP_PART = "sitemap.xml", "sitemap-{}.xml"
SITEMAP_URLS = 50_000


def write_sitemap(files: _Files, config, env) -> None:
    """sitemap.xml and sitemap.xml.gz in site_dir, of every page's permanent address
    (none without site_url: an empty list, as MkDocs writes), sorted, each with the date
    of the build as MkDocs gives it; past SITEMAP_URLS addresses, an index of
    sitemap-N.xml files of that many. The markup: theme_overrides/archive-sitemap*.xml.html
    (named .html, so that MkDocs does not copy them into the site as theme files)."""
    root = config.site_url.rstrip("/") + "/" if config.site_url else None
    urls = sorted(urljoin(root, f.url) for f in files.every_page) if root else []
    date = utils.get_build_date()
    parts = [urls[k:k + SITEMAP_URLS] for k in range(0, len(urls), SITEMAP_URLS)] or [[]]
    lists = [env.get_template("archive-sitemap.xml.html").render(urls=part, date=date) for part in parts]
    site = Path(config.site_dir)
    site.mkdir(parents=True, exist_ok=True)
    whole = lists[0]
    if len(lists) > 1:
        names = [SITEMAP_PART.format(n) for n in range(1, len(lists) + 1)]
        for name, text in zip(names, lists, strict=True):
            (site / name).write_text(text, "utf-8")
        whole = env.get_template("archive-sitemap-index.xml.html").render(
            sitemaps=[urljoin(root, name) for name in names], date=date)
    (site / SITEMAP).write_text(whole, "utf-8")
    # the gzip header's time: the build's date, as MkDocs takes it from its pages
    when = int(datetime.fromisoformat(date).replace(tzinfo=UTC).timestamp())
    (site / f"{SITEMAP}.gz").write_bytes(gzip.compress(whole.encode("utf-8"), mtime=when))


def _in_docs(file, config) -> bool:
    """A file of content/, not of the theme."""
    return bool(file.abs_src_path) and Path(file.abs_src_path).is_relative_to(config.docs_dir)


# An article's text is HTML already (archive/templates/article.md): a block of paragraphs
# of escaped text, which Python-Markdown passes through as it is. A page whose Markdown is
# just that block is not converted (about a quarter of the time its page took); any other is.
# tests/test_site.py checks, on the golden set, that the pages are the same either way.
TEXT_BLOCK = re.compile(r'<div class="archive-text">\n(?:<p>[^<]*</p>\n)*</div>\n*')


# A list's articles (archive/templates/_lists.md: items) are a block of items of three
# lines, a link, a <small> line and a summary, their text escaped (escape.inline,
# escape.block). Python-Markdown makes of them what theme_overrides/partials/
# archive-list.html does, and that was most of a list page's time: the page's other lines
# are converted, and the block, rendered with that template, takes the place of a
# comment that stood for it (a block of its own: blank lines around the list). A block
# with anything else in it is converted.
# tests/test_site.py checks, on the golden and hostile sets, that the pages are the same.
LIST_BLOCK = re.compile(r'(?<=\n\n)<div class="archive-list" markdown>\n\n((?:- \[.*\n  <small>.*\n  .*\n)+)'
                        r'\n</div>(?=\n\n|\n?\Z)')
_PIECE = r"(?! )(?:[^\\<>&\[\]`*_{}#|\x00-\x1f]|\\[\\`*_{}\[\]#|]|&(?:amp|lt|gt|#\d+);)+(?<! )"
LIST_ITEM = re.compile(r"- \[(P)\]\(([A-Za-z0-9_./-]+\.md)\)  \n  <small>(P)</small>  \n  (P)\n"
                       .replace("(P)", "(" + _PIECE + ")"))
LIST_TEMPLATE = "partials/archive-list.html"
# An index's names (archive/templates/groups.md) likewise: a block of one line an item, a
# link and a count, Python-Markdown's list made by theme_overrides/partials/archive-groups.html.
GROUP_BLOCK = re.compile(r'(?<=\n\n)<div class="archive-groups" markdown>\n\n((?:- \[.*\n)+)'
                         r'\n</div>(?=\n\n|\n?\Z)')
GROUP_ITEM = re.compile(r"- \[(P)\]\(([A-Za-z0-9_./-]+\.md)\) \(([0-9][0-9,]*)\)\n".replace("(P)", "(" + _PIECE + ")"))
GROUP_TEMPLATE = "partials/archive-groups.html"
_UNESCAPE = re.compile(r"\\(.)")
MARK = f"archive-list-{uuid.uuid4().hex}-"  # no page holds it


def _read_source(page: Page, config) -> None:
    """Page.read_source, the front-matter read by escape.read_front_matter where
    build.py wrote it (an article's in 0.17 ms, against 0.49 ms with PyYAML's C loader);
    by MkDocs (PyYAML) where it did not."""
    source = config.plugins.on_page_read_source(page=page, config=config)
    if source is None:
        source = page.file.content_string
    front = YAML_RE.match(source)
    data = read_front_matter(front.group(1)) if front else None
    if data is None:
        page.markdown, page.meta = get_data(source)
    else:
        page.markdown, page.meta = source[front.end():].lstrip("\n"), data


def _render_markdown(page: Page, config, files, env) -> None:
    """Page.render, less the conversion of an article's text (TEXT_BLOCK), of a list's
    articles (LIST_BLOCK) and of an index's names (GROUP_BLOCK), with `env`, the theme's
    templates."""
    if (page.meta or {}).get("template") in ARTICLE_TEMPLATES and TEXT_BLOCK.fullmatch(page.markdown):
        page.content = page.markdown.strip()
        page.toc = get_toc([])  # no headings, no anchors, no links: as Page.render finds
        page._title_from_render = None
        page.present_anchor_ids = set()
        page.links_to_anchors = {}
        return
    blocks: list[str] = []

    def set_aside(match: re.Match, item: re.Pattern, template: str) -> str:
        made = _list_html(match.group(1), item, template, page, files, config, env)
        if made is None:
            return match.group(0)
        blocks.append(made)
        return f"<!--{MARK}{len(blocks) - 1}-->"

    source = page.markdown
    for name, block, item, template in (("archive-list", LIST_BLOCK, LIST_ITEM, LIST_TEMPLATE),
                                        ("archive-groups", GROUP_BLOCK, GROUP_ITEM, GROUP_TEMPLATE)):
        if name in source:
            page.markdown = block.sub(functools.partial(set_aside, item=item, template=template), page.markdown)
    _converted(page, config, files)
    page.markdown = source
    for k, made in enumerate(blocks):
        page.content = page.content.replace(f"<!--{MARK}{k}-->", made, 1)


def _list_html(items: str, pattern: re.Pattern, template: str, page: Page, files, config, env) -> str | None:
    """What Python-Markdown (and MkDocs' links) makes of a block of items (a list's
    articles, LIST_ITEM, or an index's names, GROUP_ITEM: `pattern`), by `template`; None
    if one is not of the pattern's form. Each item's second piece is its link."""
    pieces, at = [], 0
    links = _Links(page, files, config)
    for item in pattern.finditer(items):
        if item.start() != at:
            return None
        at = item.end()
        first, href, *rest = (_UNESCAPE.sub(r"\1", g) for g in item.groups())
        pieces.append((first, links.url(href), *rest))
    if at != len(items):
        return None
    return env.get_template(template).render(items=pieces)


_MARKDOWN: list = []  # (config, its Markdown): _converted()'s, in this process


def _converted(page: Page, config, files) -> None:
    """Page.render (MkDocs 1.6), with one Markdown a process for a config, reset() between
    pages, not made again for each (a list page's Markdown: a quarter of its conversion);
    the processors of a page's own, MkDocs', registered anew each time, in place of the last."""
    if _MARKDOWN and _MARKDOWN[0] is config:
        md = _MARKDOWN[1]
        md.reset()
    else:
        md = markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"] or {})
        _MARKDOWN[:] = [config, md]
    raw_html = _RawHTMLPreprocessor()
    raw_html._register(md)
    anchors = _ExtractAnchorsTreeprocessor(page.file, files, config)
    anchors._register(md)
    links = _RelativePathTreeprocessor(page.file, files, config)
    links._register(md)
    title = _ExtractTitleTreeprocessor()
    title._register(md)
    page.content = md.convert(page.markdown)
    page.toc = get_toc(getattr(md, "toc_tokens", []))
    page._title_from_render = title.title
    page.present_anchor_ids = anchors.present_anchor_ids | raw_html.present_anchor_ids
    if mkdocs.structure.pages.log.getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = links.links_to_anchors


class _Links:
    """MkDocs' links of a page (_RelativePathTreeprocessor.path_to_url) for the items of
    its lists, whose links are relative paths of .md files with nothing to unquote, no
    query and no anchor (LIST_ITEM, GROUP_ITEM): a link to a file of the site, found by
    its path, made relative as MkDocs makes it, in a seventh of path_to_url's time (a
    list page links to up to a hundred articles); any other link (not found, or to a
    file left out of the site) by path_to_url, which says what is wrong with it."""

    def __init__(self, page: Page, files: Files, config) -> None:
        self.file, self.files = page.file, files.src_uris
        self.folder = posixpath.dirname(page.file.src_uri)
        self.mkdocs = _RelativePathTreeprocessor(page.file, files, config)

    def url(self, href: str) -> str:
        target = self.files.get(posixpath.normpath(posixpath.join(self.folder, href)))
        if target is None or target.inclusion.is_excluded():
            return self.mkdocs.path_to_url(href)
        return utils.get_relative_url(target.url, self.file.url)


def _render_share(k: int) -> int | str:
    """In a worker of render()'s: _render() of the k-th share."""
    return _render(shared(), k)


def _render(given: tuple, k: int) -> int | str:
    """Read and render every `shares`-th page from the k-th; return the warnings logged
    (or the error that stopped it)."""
    config, files, doc_files, nav, env, rest, shares = given
    with _warnings_counted() as counter:
        try:
            for page in rest[k::shares]:
                page.read_source = functools.partial(_read_source, page)
                page.render = functools.partial(_render_markdown, page, env=env)
                _populate_page(page, config, files)
                _build_page(page, config, doc_files, nav, env)
                page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
                page.markdown = page.content = None  # written: keep only what links need
        except Exception as e:  # noqa: BLE001 - reported by the parent, which fails the build
            return f"{type(e).__name__}: {e}"
        return sum(n for _, n in counter.get_counts())


def stamp(offline: bool, base_url: str) -> str:
    """A digest of everything a page depends on besides its own Markdown."""
    return digest([ROOT / name for name in STACK], offline, base_url or os.environ.get("SITE_URL", ""))


def page_path(source: str, offline: bool) -> str:
    """Where MkDocs writes the page of a Markdown file: a/b.md → a/b/index.html (or a/b.html)."""
    stem = source[:-3]
    if offline:
        return stem + ".html"
    return stem.removesuffix("index") + "index.html" if stem == "index" or stem.endswith("/index") \
        else stem + "/index.html"


@dataclasses.dataclass
class Prepared:
    """What a build of the site reads before content/ is whole (prepare()): the stamp of
    its stack, the last build's stamp, and MkDocs' configuration (None: made later; or
    why it cannot be made)."""

    site: Path
    content: Path
    offline: bool
    base_url: str
    wanted: str
    last: dict
    loaded: object | None


def prepare(site: Path, content: Path, *, offline: bool = False, base_url: str = "") -> Prepared:
    """What build_site() reads first: build.py --site reads it in a process of its own
    while the seeds are read, for a build_site(prepared=) once content/ is written."""
    loaded: object = None  # content/ is not there yet (a first build): configured once it is
    if content.is_dir():
        try:
            loaded = configured(_in_cache(site, content, "new"), content, offline=offline, base_url=base_url)
        except SiteBuildFailed as e:  # raised by build_site
            loaded = e
    return Prepared(site, content, offline, base_url, stamp(offline, base_url),
                    read_stamp(_in_cache(site, content, "stamp")), loaded)


def _in_cache(site: Path, content: Path, what: str) -> Path:
    """Where a build of `site` keeps `what` in the cache: "stamp", what it read (the
    stamp and content/ as it was); "new", the pages it renders aside."""
    return cache_for(content) / f"{site.name}.{what}"


def build_site(site: Path, content: Path, *, offline: bool = False, base_url: str = "",
               full: bool = False, ready=None, found: dict[str, list[int]] | None = None,
               prepared: Prepared | None = None) -> str:
    """Build `site` from `content`; return what was done: "unchanged" (the site was built
    by this stack from content/ as it is now), "incremental" or "full". `ready`: the
    search index is still being made (build.py --site); the pages are rendered
    meanwhile, and ready() waits for the index before it is copied. `found`: content/'s
    snapshot(), if the build that wrote it knows it (the search index may be missing).
    `prepared`: what prepare() read of the same site, content/ and options, if it was called."""
    cache = cache_for(content)
    cache.mkdir(exist_ok=True)
    stamp_file = _in_cache(site, content, "stamp")
    if prepared is None or (prepared.site, prepared.content, prepared.offline, prepared.base_url) \
            != (site, content, offline, base_url):
        prepared = prepare(site, content, offline=offline, base_url=base_url)
    wanted, last = prepared.wanted, prepared.last
    incremental = not full and site.is_dir() and last.get("inputs") == wanted
    before = last.get("content", {}) if incremental else {}
    read = _read(content) if found is None else _readable(found)  # content/ as MkDocs reads it, but the index
    if ready is None:
        read.update(_read_index(content))
        if incremental and before == read:
            return "unchanged"
    staging = _in_cache(site, content, "new")
    shutil.rmtree(staging, ignore_errors=True)

    def copy_index():  # while MkDocs renders the pages: the search index, once it is whole
        if ready is not None:
            ready()
            read.update(_read_index(content))
        for rel in sorted(set(read) - alike(read, before)):
            if rel.startswith(LATE):
                (staging / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(content / rel, staging / rel)

    if isinstance(prepared.loaded, SiteBuildFailed):
        raise prepared.loaded
    mkdocs_build(staging, content, offline=offline, base_url=base_url, loaded=prepared.loaded,
                 only=set(read) - alike(read, before) if incremental else None, meanwhile=copy_index, listed=list(read))
    stamp_file.unlink(missing_ok=True)  # site/ changes now: no build may start from it until it is whole
    if incremental:
        moved = move_in(staging, site)
        remove_outputs(site, set(before) - set(read), offline, keep=moved)
        for part in site.glob(SITEMAP_PART.format("*")):  # of a sitemap in more files than now
            if part.name not in moved and part.name not in read:
                part.unlink()
    else:
        swap(staging, site, cache)
    record_stamp(stamp_file, wanted, dict(sorted(read.items())))
    return "incremental" if incremental else "full"


def _read(content: Path) -> dict[str, list[int]]:
    """The files of content/ MkDocs reads (not those whose names start with a dot) but the
    search index, with their sizes and times (write.snapshot)."""
    return snapshot(content, but=LATE.rstrip("/"), hidden=False)


def _readable(found: dict[str, list[int]]) -> dict[str, list[int]]:
    """What _read() gives, of a snapshot() of content/ (hidden files with the rest)."""
    return {rel: seen for rel, seen in found.items()
            if not (rel.startswith(LATE) or rel == LATE.rstrip("/") or rel.startswith(".") or "/." in rel)}


def _read_index(content: Path) -> dict[str, list[int]]:
    return snapshot(content / LATE, hidden=False, prefix=LATE)


def move_in(staging: Path, site: Path) -> set[str]:
    """Move every file of `staging` to its place in `site`, replacing what is there (a
    folder that `site` does not have, a new article's, moved whole); return their paths."""
    moved: set[str] = set()
    todo = [("", str(staging))]
    while todo:
        rel, folder = todo.pop()
        target = os.path.join(site, rel)
        os.makedirs(target, exist_ok=True)
        with os.scandir(folder) as entries:
            for entry in entries:
                path = rel + entry.name
                if not entry.is_dir(follow_symlinks=False):
                    os.replace(entry.path, os.path.join(target, entry.name))
                    moved.add(path)
                elif os.path.exists(os.path.join(target, entry.name)):
                    todo.append((path + "/", entry.path))
                else:
                    moved.update(path + "/" + f for f in snapshot(Path(entry.path)))
                    os.replace(entry.path, os.path.join(target, entry.name))
    shutil.rmtree(staging)
    return moved


def remove_outputs(site: Path, gone: set[str], offline: bool, keep: set[str] = frozenset()) -> None:
    """Delete from `site` the pages and copies of the files of content/ that are gone
    (but what this build wrote in their place: `keep`, a.md gone and a/index.md new),
    and the folders that leaves empty (a page's articles/ID/)."""
    for rel in gone:
        out = page_path(rel, offline) if rel.endswith(".md") else rel
        if out in keep:
            continue
        path = site / out
        path.unlink(missing_ok=True)
        folder = path.parent
        while folder != site and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


def swap(new: Path, target: Path, cache: Path) -> None:
    """Replace `target` by `new` with two renames; an interrupted run leaves either the
    old or the new site in place, never a mixture."""
    old = cache / f"{target.name}.old"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m archive.site",
                                     description="Build site/ from content/ (MkDocs + search index).")
    parser.add_argument("--site", type=Path, default=Path("site"), help="output folder (default: site)")
    parser.add_argument("--content", type=Path, default=Path(os.environ.get("DOCS_DIR", "content")),
                        help="folder of Markdown pages build.py wrote (default: content)")
    parser.add_argument("--offline", action="store_true",
                        help="links to .html files, for opening from file://")
    parser.add_argument("--full", action="store_true",
                        help="render every page, even when the last site can be built on")
    parser.add_argument("--base-url", default="",
                        help="public address of the site, e.g. https://USER.github.io/REPO/ "
                             "(default: SITE_URL, which mkdocs.yml reads)")
    args = parser.parse_args(argv)
    try:
        how = build_site(args.site, args.content, offline=args.offline, base_url=args.base_url, full=args.full)
    except SiteBuildFailed as e:
        print(f"site build failed: {e}", file=sys.stderr)
        return 1
    print(describe(args.site, how))
    return 0


def describe(site: Path, how: str) -> str:
    """What build_site did, said."""
    if how == "unchanged":
        return f"site: {site} is up to date (content/ and the stack are as they were at its build)"
    return f"site: {site} ({how} build)"


if __name__ == "__main__":
    sys.exit(main())

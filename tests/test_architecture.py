"""The shape of the code: stages that import each other in one direction only, no markup
assembled in Python, and one schema that every output agrees with."""

import ast
import csv
import io
import json
import shutil
import subprocess
import sys

import yaml

from archive import model, render

from .conftest import ROOT, write_seeds

PACKAGE = ROOT / "archive"


def _modules() -> dict[str, tuple[str, ast.Module]]:
    """archive's modules by dotted name: (the package they sit in, their syntax tree)."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        package = ".".join(parts[:-1])
        name = package if parts[-1] == "__init__" else ".".join(parts)
        out[name] = (package, ast.parse(path.read_text("utf-8")))
    return out


def _imports(name: str, package: str, tree: ast.Module, modules) -> set[str]:
    """The archive modules `name` imports, anywhere in it."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            found |= {f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return {m for m in found if m in modules and m != name}


def test_the_import_graph_has_no_circle():
    modules = _modules()
    graph = {name: _imports(name, package, tree, modules) for name, (package, tree) in modules.items()}
    state: dict[str, str] = {}

    def visit(name, path):
        if state.get(name) == "open":
            raise AssertionError("import circle: " + " → ".join(path + [name]))
        if state.get(name) == "done":
            return
        state[name] = "open"
        for other in sorted(graph[name]):
            visit(other, path + [name])
        state[name] = "done"

    for name in graph:
        visit(name, [])
    assert "archive.render" not in graph["archive.views"] and "archive.escape" not in graph["archive.views"]


def test_no_import_hides_inside_a_function():
    for name, (_, tree) in _modules().items():
        for fn in ast.walk(tree):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inner = [n for n in ast.walk(fn) if isinstance(n, (ast.Import, ast.ImportFrom))]
                assert not inner, f"{name}.{fn.name} imports inside itself"


MARKUP = ("<a ", "<div", "<p", "<nav", "<h1", "<meta", "<span", "<small", "<li", "<ul", "<html", "<body",
          "](", "<br", "<img", "<script")


def _pieces(node) -> list[str]:
    return [v.value for v in ast.walk(node) if isinstance(v, ast.Constant) and isinstance(v.value, str)]


def test_no_markup_is_built_in_python():
    """HTML and Markdown links live in archive/templates/: no f-string or + makes them."""
    for name, (_, tree) in _modules().items():
        for node in ast.walk(tree):
            built = isinstance(node, ast.JoinedStr) or (
                isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add))
            if built:
                text = "".join(_pieces(node)).lower()
                assert not any(m in text for m in MARKUP), f"{name}: line {node.lineno} builds markup"


def test_outputs_agree_with_the_schema(tmp_path):
    from .conftest import build_site

    record = {"title": "عنوان", "date_extracted": "2015-07-21 10:00:00", "source": "okaz", "url": "http://x.example/1",
              "author": "بريدة – منصور الجفن", "tags": ["وسم"], "content": "نص"}
    again = {**record, "source": "was", "url": "http://x.example/2"}  # another publication of the text
    seeds = write_seeds(tmp_path / "seeds", {"a.json": json.dumps([record, again], ensure_ascii=False)})
    site = build_site(seeds, tmp_path)
    names = [f.name for f in model.SCHEMA]
    fronts = [yaml.safe_load(p.read_text("utf-8").split("---\n")[1])
              for p in (tmp_path / "content" / "articles").glob("*.md")]
    front = next(f for f in fronts if "sha256" in f)  # the article, not its other publication's page
    assert list(front)[-2:] == list(render.PAGE_KEYS)  # what its page shows, after its record
    front = {k: v for k, v in front.items() if k not in render.PAGE_KEYS}
    assert list(front) == [n for n in names if n in front] and set(names) - set(front) <= {"repairs"}
    schema = json.loads((site / "catalog.schema.json").read_text("utf-8"))
    assert list(schema["items"]["properties"]) == names + [f.name for f in model.CATALOG_EXTRA]
    header = next(csv.reader(io.StringIO((site / "catalog.csv").read_text("utf-8-sig"))))
    assert header == names + [f.name for f in model.CATALOG_EXTRA]
    doc = (ROOT / "docs" / "schema.md").read_text("utf-8")
    assert [line.split("`")[1] for line in doc.splitlines() if line.startswith("| `")][:len(names)] == names


def test_a_field_is_added_in_one_place(tmp_path):
    """A copy of the code with one more line in SCHEMA: the new field is checked, written in
    the front-matter, the catalog, its JSON Schema and CSV, and documented."""
    copy = tmp_path / "code"
    shutil.copytree(PACKAGE, copy / "archive", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "build.py", copy / "build.py")
    source = (copy / "archive" / "model.py").read_text("utf-8")
    line = '    Field("publisher", "str", SEED, False, "Who published it.", checks.text),\n'
    anchor = '    Field("url", "str"'
    (copy / "archive" / "model.py").write_text(source.replace(anchor, line + anchor, 1), "utf-8")
    write_seeds(tmp_path / "seeds", {"a.json": json.dumps([{"title": "عنوان", "publisher": "دار النشر",
                                                            "content": "نص"}], ensure_ascii=False)})
    run = subprocess.run([sys.executable, "build.py", "--seeds", str(tmp_path / "seeds"), "--content",
                          str(tmp_path / "content")], cwd=copy, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    content = tmp_path / "content"
    page = next((content / "articles").glob("*.md")).read_text("utf-8")
    assert 'publisher: "دار النشر"' in page
    assert json.loads((content / "catalog.json").read_text("utf-8"))[0]["publisher"] == "دار النشر"
    assert "publisher" in json.loads((content / "catalog.schema.json").read_text("utf-8"))["items"]["properties"]
    assert "publisher" in (content / "catalog.csv").read_text("utf-8-sig").splitlines()[0].split(",")
    doc = subprocess.run([sys.executable, "-m", "archive.model"], cwd=copy, capture_output=True, text=True).stdout
    assert "| `publisher` |" in doc

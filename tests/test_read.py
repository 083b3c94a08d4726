"""Read: each format, each encoding, records with their own bytes."""

import io
import json
import zipfile

from archive import readers

from .conftest import write_seeds

AR = "قُتِل أكثر من 400 مدني في الغوطة الشرقية"


def read(folder):
    return list(readers.read_folder(folder))


def test_txt_with_sidecar(tmp_path):
    write_seeds(tmp_path, {"a.txt": AR, "a.yml": "title: عنوان\ndate: 2018-02-21\ntags: [سوريا]\n"})
    [seed] = read(tmp_path)
    assert seed.body == AR and seed.raw == AR.encode()
    assert seed.meta["title"] == "عنوان" and seed.meta["tags"] == ["سوريا"]
    assert seed.origin == f"{tmp_path.name}/a.txt" and not seed.problems


def test_markdown_front_matter_and_body(tmp_path):
    write_seeds(tmp_path, {"sub/b.md": f"---\ntitle: 'عنوان: فرعي'\nsource: عكاظ\n---\n{AR}\n"})
    [seed] = read(tmp_path)
    assert seed.meta == {"title": "عنوان: فرعي", "source": "عكاظ"}
    assert seed.body.strip() == AR and seed.id_hint == "sub/b"


def test_json_records_keep_their_own_bytes(tmp_path):
    records = [{"title": "أ", "content": AR, "url": "http://x.sa/1", "date_extracted": "2015-07-21 09:05:00"},
               {"title": "ب", "text": AR + " ثانيا", "source": "okaz"}]
    raw = json.dumps(records, ensure_ascii=False, indent=2)
    write_seeds(tmp_path, {"d.json": raw})
    seeds = read(tmp_path)
    assert [s.record for s in seeds] == [1, 2]
    assert json.loads(seeds[0].raw) == records[0] and seeds[0].raw in raw.encode()
    assert seeds[0].meta["date"] == "2015-07-21 09:05:00" and seeds[0].id_hint == "url:http://x.sa/1"
    assert seeds[1].body.endswith("ثانيا") and seeds[1].id_hint == "d-00002"


def test_jsonl_and_a_bad_line(tmp_path):
    write_seeds(tmp_path, {"d.jsonl": '{"content": "نص"}\n{broken\n\n{"content": "نص آخر"}\n'})
    seeds = read(tmp_path)
    assert [s.record for s in seeds] == [1, 2, 4]
    assert seeds[1].problems and "line 2 is not JSON" in seeds[1].problems[0]
    assert not seeds[2].problems


def test_truncated_json_keeps_records_before_the_break(tmp_path):
    write_seeds(tmp_path, {"d.json": '[{"content": "نص"}, {"content": "نص ث'})
    seeds = read(tmp_path)
    assert not seeds[0].problems and seeds[1].problems
    assert "JSON broken" in seeds[1].problems[0]


def test_zip_read_in_place(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("day.json", json.dumps([{"content": AR}], ensure_ascii=False))
        z.writestr("../evil.json", "[]")
    write_seeds(tmp_path, {"day.zip": buf.getvalue()})
    seeds = read(tmp_path)
    good = [s for s in seeds if not s.problems]
    bad = [s for s in seeds if s.problems]
    assert good[0].origin.endswith("day.zip/day.json") and good[0].body == AR
    assert "unsafe path" in bad[0].problems[0]


def test_encodings(tmp_path):
    write_seeds(tmp_path, {
        "bom.txt": b"\xef\xbb\xbf" + AR.encode(),
        "cp1256.txt": ("مقال قديم محفوظ بترميز ويندوز العربي " * 5).encode("cp1256"),
        "utf16.txt": AR.encode("utf-16"),
        "broken.txt": AR.encode() + b"\xff\xfe\xfa" + AR.encode(),
    })
    seeds = {s.origin.rsplit("/", 1)[1]: s for s in read(tmp_path)}
    assert seeds["bom.txt"].body == AR and not seeds["bom.txt"].warnings
    assert seeds["cp1256.txt"].body.startswith("مقال قديم")
    assert "converted from cp1256" in seeds["cp1256.txt"].warnings[0]
    assert seeds["utf16.txt"].body == AR
    assert seeds["broken.txt"].problems == [f"invalid UTF-8 at byte {len(AR.encode())}"]


def test_unknown_files_are_reported_not_ignored(tmp_path):
    write_seeds(tmp_path, {"notes.docx": b"PK", "a.yml": "title: x\n"})
    [seed] = read(tmp_path)
    assert seed.origin.endswith("notes.docx") and "not a seed format" in seed.problems[0]

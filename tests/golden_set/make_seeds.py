"""Write the golden seed set (tests/golden_set/seeds/): 64 made-up articles that between them
show every kind of page — dated and undated, dated by day, month or year only or
approximately, several sources and tags, a day of more than 50 articles (two pages of 25 or more), a
text published twice, a title full of markup, and seeds in every format.

    python -m tests.golden_set.make_seeds      (then: make golden)

The texts are invented from the phrases below; no real article is copied.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "seeds"
PLACES = ["الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة", "أبها", "تبوك", "حائل"]
TOPICS = ["افتتاح مستشفى جديد", "موسم الأمطار", "معرض الكتاب", "مشروع النقل العام", "بطولة كرة القدم",
          "أسعار النفط", "مهرجان التمور", "حملة التشجير"]
SOURCES = ["okaz", "sabq", "alriyadh", "was"]
TAGS = [["السعودية"], ["الاقتصاد"], [], ["الرياضة", "السعودية"], [], ["الثقافة"]]


def paragraph(i: int) -> str:
    place, topic = PLACES[i % len(PLACES)], TOPICS[(i * 3) % len(TOPICS)]
    return (f"أعلنت الجهات المختصة في {place} اليوم عن {topic}، وقالت إن العمل يسير وفق الخطة "
            f"المرسومة. وأضافت أن المرحلة رقم {i + 1} ستكتمل قبل نهاية العام.")


def records() -> list[dict]:
    recs = []
    for i in range(56):  # July 2015: 56 articles, 52 of them on the 21st (two pages of a day)
        day = 21 if i < 52 else 1 + (i * 5) % 31
        recs.append({
            "title": f"{TOPICS[i % len(TOPICS)]} في {PLACES[i % len(PLACES)]} ({i + 1})",
            "date": f"2015-07-{day:02d} {8 + i % 12:02d}:{(i * 7) % 60:02d}:00",
            "source": SOURCES[i % len(SOURCES)], "url": f"http://news.example/2015/07/{i + 1}",
            "author": "محرر الأخبار" if i % 5 == 0 else None,
            "content": "\n\n".join(paragraph(i + k) for k in range(1 + i % 3)),
            "tags": TAGS[i % len(TAGS)]})
    for i in range(3):
        recs.append({"title": f"خبر من أغسطس {i + 1}", "date": f"2015-08-0{i + 1}", "source": "sabq",
                     "url": f"http://news.example/2015/08/{i + 1}", "content": paragraph(100 + i),
                     "tags": ["الاقتصاد"]})
    recs.append({"title": "خبر مؤرخ بالشهر وحده", "date": "2015-08", "source": "okaz",
                 "url": "http://news.example/2015/08/m", "content": paragraph(150)})
    recs.append({"title": "خبر من يناير 2016", "date": "2016-01-15", "source": "صحيفة محلية",
                 "url": "http://news.example/2016/01/1", "content": paragraph(200)})
    # the same text as the first record, published again by another paper
    recs.append({"title": "عنوان آخر للخبر نفسه", "date": recs[0]["date"], "source": "was",
                 "url": "http://news.example/wire/1", "content": recs[0]["content"]})
    return recs


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({k: v for k, v in r.items() if v is not None}, ensure_ascii=False) for r in records()]
    (HERE / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "undated.txt").write_text(paragraph(300) + "\n\n" + paragraph(301) + "\n", encoding="utf-8")
    (HERE / "year-only.md").write_text(
        "---\ntitle: خبر مؤرخ بالسنة وحدها\ndate: 2014~\nsource: okaz\ntags: [التاريخ]\n---\n"
        + paragraph(400) + "\n", encoding="utf-8")
    (HERE / "markup.txt").write_text("نص فيه ما يشبه الوسوم: <b>عريض</b> و[رابط](javascript:x) و# ليس عنوانًا\n\n"
                                     "- ليست قائمة\n", encoding="utf-8")
    (HERE / "markup.yml").write_text('title: "<script>alert(1)</script> عنوان *مائل* [x](y)"\n'
                                     "date: 2015-08-02\nsource: sabq\n", encoding="utf-8")
    (HERE / "rejected.txt").write_text("", encoding="utf-8")
    print(f"wrote {len(lines) + 4} seeds to {HERE}")


if __name__ == "__main__":
    main()

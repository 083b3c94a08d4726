"""The real corpus: every one of its 16,140 seeds is published or rejected with a reason."""

import collections

import pytest

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="session")
def corpus_report(corpus_sites):
    return corpus_sites[3], corpus_sites[4]


def test_every_seed_accounted_for(corpus_report):
    report, content = corpus_report
    assert report["seeds"] == 16140
    assert report["published"] + report["publications_merged"] + report["rejected"] == 16140
    # a page for every article, and one for every other publication, leading to its article
    assert len(list((content / "articles").glob("*.md"))) == report["published"] + report["publications_merged"]
    reasons = collections.Counter(r["reasons"][0].split(":")[0] for r in report["rejections"])
    assert set(reasons) <= {"empty text (nothing to publish)", "read again"}, reasons
    assert all(r["reasons"] for r in report["rejections"])

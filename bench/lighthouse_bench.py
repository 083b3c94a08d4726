"""Lighthouse on the built site: accessibility, and the search page's layout shift.

    python bench/lighthouse_bench.py [SITE]       (SITE defaults to site/, from `make site`)

Installs Lighthouse 12.8.2 from npm into .cache/lighthouse the first time (Lighthouse 13
wants Node 22), serves SITE on localhost, and runs Lighthouse with the system Chromium
(CHROME_PATH=/usr/bin/chromium) on the home page, a month, an article and a search, as a
desktop and as a phone. Prints a table of the accessibility score and CLS of each run.
A benchmark, not a test: its figures go in the README.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / ".cache" / "lighthouse"
LIGHTHOUSE = TOOL / "node_modules" / ".bin" / "lighthouse"
VERSION = "12.8.2"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def install() -> None:
    if LIGHTHOUSE.exists():
        return
    TOOL.mkdir(parents=True, exist_ok=True)
    subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(TOOL),
                    f"lighthouse@{VERSION}"], check=True)


def pages(site: Path) -> dict[str, str]:
    month = sorted(p.name for p in (site / "timeline").iterdir() if len(p.name) == 7)[-1]
    article = sorted((site / "articles").iterdir())[0].name
    return {"home": "", "month": f"timeline/{month}/", "article": f"articles/{article}/",
            "search": "search/?q=%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6"}  # الرياض


def run(url: str, mobile: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        flags = ["--only-categories=accessibility,performance", "--output=json", f"--output-path={out}",
                 "--quiet", "--chrome-flags=--headless=new --no-sandbox --disable-gpu"]
        if not mobile:
            flags.append("--preset=desktop")
        subprocess.run([str(LIGHTHOUSE), url, *flags], check=True,
                       env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"})
        report = json.loads(out.read_text("utf-8"))
    return {"accessibility": round(report["categories"]["accessibility"]["score"] * 100),
            "cls": report["audits"]["cumulative-layout-shift"]["numericValue"],
            "failed": [a for a, r in report["audits"].items()
                       if r.get("score") == 0 and a in _accessibility_audits(report)]}


def _accessibility_audits(report: dict) -> set[str]:
    return {ref["id"] for ref in report["categories"]["accessibility"]["auditRefs"]}


def main() -> int:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "site")
    install()
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    print(f"Lighthouse {VERSION}, {site}")
    print(f"{'page':10} {'form':8} {'accessibility':>13} {'CLS':>7}  failed audits")
    for name, path in pages(site).items():
        for mobile in (False, True):
            r = run(base + path, mobile)
            print(f"{name:10} {'phone' if mobile else 'desktop':8} {r['accessibility']:>13} {r['cls']:>7.3f}  "
                  f"{', '.join(r['failed']) or '-'}", flush=True)
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())

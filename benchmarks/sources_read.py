"""Reading speed of each source format: documents per second through ``aidledger.sources``.

Writes N saved pages, N two-page PDFs (fpdf2, a dev dependency), one feed of N entries, and a zip
of the N pages into a temporary folder, then times ``read_documents`` on each (reading only, no
extraction) and prints documents/s and MB/s of input. The pages and PDFs are the test builders'
(``tests/sources_builders.py``), about 3 KB of page and 1 KB of PDF text each.

    python benchmarks/sources_read.py --n 200
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from sources_builders import (  # noqa: E402
    ARTICLE,
    HEADLINE,
    ITEMS,
    ITEMS_INTRO,
    page_html,
    rss,
    write_pdf,
    write_zip,
)

from aidledger.model import Document  # noqa: E402
from aidledger.sources import read_documents  # noqa: E402


def timed(path: Path) -> tuple[int, float]:
    t0 = time.perf_counter()
    n = sum(1 for item in read_documents([path]) if isinstance(item, Document))
    return n, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="documents per format")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folders = {name: root / name for name in ("html", "pdf", "feed", "zip")}
        for folder in folders.values():
            folder.mkdir()
        pages = {f"p{i}.html": page_html(headline=f"{HEADLINE} ({i})") for i in range(args.n)}
        for name, page in pages.items():
            (folders["html"] / name).write_text(page, encoding="utf-8")
        statement = [f"{HEADLINE}\n\n{ARTICLE[0]}\n\n{ARTICLE[1]}",
                     f"{ARTICLE[2]}\n\n{ITEMS_INTRO}\n" + "\n".join(f"- {i}" for i in ITEMS)]
        write_pdf(folders["pdf"] / "p0.pdf", statement)
        for i in range(1, args.n):
            (folders["pdf"] / f"p{i}.pdf").write_bytes((folders["pdf"] / "p0.pdf").read_bytes())
        entries = [{"title": f"Entry {i}", "link": f"https://e.example/{i}", "guid": f"e{i}",
                    "pubDate": "Wed, 25 Jan 2023 10:00:00 GMT", "description": f"<p>{ARTICLE[i % 3]}</p>"}
                   for i in range(args.n)]
        (folders["feed"] / "feed.rss").write_text(rss(entries), encoding="utf-8")
        write_zip(folders["zip"] / "pages.zip", pages)
        timed(folders["html"] / "p0.html")  # imports and warm-up
        print(f"{'format':8} {'documents':>9} {'seconds':>8} {'docs/s':>8} {'MB/s':>6}")
        for name, folder in folders.items():
            size = sum(f.stat().st_size for f in folder.iterdir())
            n, seconds = timed(folder)
            print(f"{name:8} {n:9d} {seconds:8.2f} {n / seconds:8.1f} {size / 1e6 / seconds:6.2f}")


if __name__ == "__main__":
    main()

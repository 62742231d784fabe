"""Benchmark (run by hand, not a test): `dhrparse extract` on a long PDF against a raw
PDFium text read and pdfplumber's extract_text of the same file, each as a whole
process (interpreter start-up and imports included), in one run.

    PYTHONPATH=src python bench/bench_pdf.py [PDF]

Without PDF it builds /tmp/dhrparse_bench/bench_repeated.pdf (every corpus sample
three times, >= 150 pages, with the action-plan tables) with samples/make_samples.py,
which needs LibreOffice.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW_PDFIUM = """
import sys, pypdfium2 as pdfium
pdf = pdfium.PdfDocument(sys.argv[1])
n = 0
for i in range(len(pdf)):
    page = pdf[i]
    n += len(page.get_textpage().get_text_range())
print(n)
"""
PDFPLUMBER = """
import sys, pdfplumber
with pdfplumber.open(sys.argv[1]) as pdf:
    print(sum(len(p.extract_text() or "") for p in pdf.pages))
"""


def timed(cmd: list[str], repeat: int = 3) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    if len(sys.argv) > 1:
        pdf = Path(sys.argv[1])
    else:
        out = Path("/tmp/dhrparse_bench")
        pdf = out / "bench_repeated.pdf"
        if not pdf.exists():
            subprocess.run([sys.executable, str(ROOT / "samples" / "make_samples.py"), "--repeat", "3",
                            "--out", str(out)], check=True, env=dict(os.environ, PYTHONPATH=str(ROOT / "src")))
    import pypdfium2 as pdfium
    sys.path.insert(0, str(ROOT / "src"))
    from dhrparse.readers import read_path
    pages = len(pdfium.PdfDocument(str(pdf)))
    doc = read_path(pdf)
    table_pages = len({ln.page for ln in doc.lines if ln.cells})
    rows = sum(1 for ln in doc.lines if ln.cells)
    print(f"{pdf}: {pages} pages, {table_pages} pages with tables, {rows} table rows read")
    t_raw = timed([sys.executable, "-c", RAW_PDFIUM, str(pdf)])
    t_ours = timed([sys.executable, "-m", "dhrparse", "extract", str(pdf), "--format", "json"])
    t_plumber = timed([sys.executable, "-c", PDFPLUMBER, str(pdf)], repeat=1)
    print(f"raw PDFium text read      {t_raw:7.2f} s")
    print(f"dhrparse extract (JSON)   {t_ours:7.2f} s   {t_ours / t_raw:5.2f}x raw PDFium  (target <= 1.5x, limit 4x)")
    print(f"pdfplumber extract_text   {t_plumber:7.2f} s   {t_plumber / t_raw:5.2f}x raw PDFium")


if __name__ == "__main__":
    main()

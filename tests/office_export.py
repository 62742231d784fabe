"""The LibreOffice and pdftotext steps every fixture build script takes: a Word document exported
to PDF by soffice, then the PDF's text by pdftotext, the two routes a published report's text
is read by.

For the build scripts (tests/zoo, tests/zoo/pending, tests/column_blocks), never the tests: the
renderings are committed beside their text, so the tests need no LibreOffice.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# the PDF export itself is samples/make_samples.py's (under a throwaway LibreOffice profile, so
# one already open does not take the job), as the chronology build scripts call it
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "samples"))

from make_samples import to_pdf  # noqa: E402


def pdf_to_text(pdf: Path, txt: Path, layout: bool = False) -> None:
    """pdftotext's reading of the PDF: plain (a table's cells one after another, the column
    blocks some families are about) or, with `layout`, the columns kept where they print."""
    subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(pdf), str(txt)], check=True)


def export(docx: Path, txt: Path, *, pdf: Path | None = None, layout: bool = False) -> None:
    """The .docx through LibreOffice's PDF to pdftotext's text at `txt`; the PDF kept at `pdf`
    when given (a fixture of the PDF route), else thrown away."""
    with tempfile.TemporaryDirectory() as tmp:
        made = to_pdf(docx, Path(tmp))
        if pdf is not None:
            shutil.copy(made, pdf)
        pdf_to_text(made, txt, layout)


def save_rendered(doc, folder: Path, stem: str, layout: bool = False) -> Path:
    """The python-docx document saved as folder/stem.docx, its PDF and text beside it."""
    docx = folder / f"{stem}.docx"
    doc.save(docx)
    export(docx, folder / f"{stem}.txt", pdf=folder / f"{stem}.pdf", layout=layout)
    return docx


def save_with_gold(doc, folder: Path, stem: str, make_gold, layout: bool = False) -> None:
    """save_rendered, then the gold folder/stem.json that `make_gold` writes from the text's
    lines (the gold is hand-written; only its line numbers are looked up in the export)."""
    save_rendered(doc, folder, stem, layout)
    lines = (folder / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    gold = json.dumps(make_gold(lines), indent=1, ensure_ascii=False) + "\n"
    (folder / f"{stem}.json").write_text(gold, encoding="utf-8")


def render_text(builders, folder: Path, *, keep: bool, keep_pdf: bool = True) -> None:
    """Each (stem, build) pair's document built in a scratch folder and its text written to
    folder/stem.txt; with `keep` (the scripts' --keep) the .docx and, with `keep_pdf`, the PDF
    are kept beside it as the DOCX and PDF routes' fixtures."""
    with tempfile.TemporaryDirectory() as tmp:
        for stem, build in builders:
            docx = build(Path(tmp))
            export(docx, folder / f"{stem}.txt", pdf=folder / f"{stem}.pdf" if keep and keep_pdf else None)
            if keep:
                shutil.copy(docx, folder / f"{stem}.docx")

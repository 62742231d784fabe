"""Render a folder's PDFs as "corpus-style text": the text the bundled reports
(samples/*.txt, /work/shared/corpus/*.txt) were made of, and the way users' own reports
usually reach the tool as text.

Each PDF is read with pdfplumber: per page `page.extract_text().split("\\n")`, every printed
line followed by " \\n\\n" (a trailing space and a blank line), the pages following one
another with no form feed; the cells of one printed table line come out joined by single
spaces. The result is written as `<stem>.corpus.txt` beside the PDF, in the same folder.
Only PDFs with a gold `<stem>.json` beside them are rendered (the others are not scored).

pdfplumber is a development tool only: it is not a dependency of dhrparse and is not
installed with the package. Run this from a separate environment that has
pdfplumber 0.11.10, e.g.

    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo tests/heldout16 ...

`tests/zoo/quality_table.py` scores the `.corpus.txt` files as the "corpus text" route and
`tests/test_corpus_style_route.py` holds the zoo's figures on it to floors.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pdfplumber


def render(pdf: Path) -> str:
    """The PDF's text as the bundled corpus texts hold it."""
    lines = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            for line in (page.extract_text() or "").split("\n"):
                lines.append(line + " \n\n")
    return "".join(lines)


def main(folders: list[str]) -> int:
    if not folders:
        print(__doc__, file=sys.stderr)
        return 2
    for folder in map(Path, folders):
        for pdf in sorted(folder.glob("*.pdf")):
            if not pdf.with_suffix(".json").exists():
                continue
            out = pdf.with_name(pdf.stem + ".corpus.txt")
            out.write_text(render(pdf), encoding="utf-8")
            print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""The true cut of a PDF's table lines into cells, for dev/joined_gates.py --truth: per printed
line (grouped as pdfplumber's extract_text groups them, so the lines match the .corpus.txt),
its text and the table column each word stands in (None outside a table), from the ruled
cells' left edges. Run with pdfplumber (dev tool, not a dependency):

    /tmp/plumbvenv/bin/python dev/true_cuts.py tests/zoo/X.pdf /tmp/X.truth.json

A line the running head or a page number fills gets None marks; a table whose rows have a
column its header leaves unnamed (the number printed alone) counts it as column 0.
"""

import json
import sys

import pdfplumber

TOP = 3  # words this close in height print on one line (pdfplumber's y tolerance)


def lines_of(page) -> list[list[dict]]:
    lines: list[list[dict]] = []
    for word in sorted(page.extract_words(), key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= TOP:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def main(pdf_path: str, out_path: str) -> None:
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            tables = [(t.bbox, sorted({round(c[0], 1) for c in t.cells if c})) for t in page.find_tables()]
            for line in lines_of(page):
                marks = []
                for word in line:
                    column = None
                    for (_, top, _, bottom), lefts in tables:
                        if top - 1 <= word["top"] <= bottom + 1:
                            column = sum(1 for x in lefts if x <= word["x0"] + 0.5) - 1
                    marks.append(column)
                out.append((" ".join(w["text"] for w in line), marks))
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

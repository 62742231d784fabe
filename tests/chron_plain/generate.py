"""Render the combined chronology of tests/chron_plain/build_documents.py at many column widths, with
and without a comment column: each a Word table exported to PDF by LibreOffice and to text by
plain `pdftotext`, the text written here beside its truth (`<stem>.truth.json`: each row's
date and event text). The widths move every cell's last line: some end on a nearly full line,
some rows break over the page, so the word wrap settles different cells in each export.
tests/test_chron_plain.py reads every committed export and requires that no event is given
another row's date.

    python tests/chron_plain/generate.py   # rewrites tests/chron_plain/generated/
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_documents import ROWS, word_document  # noqa: E402

sys.path.insert(0, str(HERE.parents[1] / "samples"))
from make_samples import to_pdf  # noqa: E402

OUT = HERE / "generated"
PAGE = 16.6  # the table's width in cm (A4 less the margins)


def variants():
    """(stem, header, widths): the event column from narrow to wide, the rest shared out."""
    for k, event in enumerate((4.8, 5.6, 6.2, 7.0, 7.8, 8.6)):
        rest = PAGE - event - 2.3 - 1.3
        yield (
            f"comment{k}",
            ["Date", "Time", "Agency", "Event", "Comment"],
            [2.3, 1.3, rest / 2, event, rest / 2],
        )
    for k, event in enumerate((8.0, 9.4, 10.4, 11.6, 12.6)):
        yield f"event{k}", ["Date", "Agency", "Event"], [2.4, PAGE - 2.4 - event, event]


def main() -> None:
    OUT.mkdir(exist_ok=True)
    truth = [
        {"date": date, "date_raw": cell, "event": " ".join(event.split())}
        for cell, date, _, _, event, _ in ROWS
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for stem, header, widths in variants():
            docx = Path(tmp) / f"{stem}.docx"
            word_document(header, widths).save(docx)
            pdf = to_pdf(docx, Path(tmp))
            subprocess.run(["pdftotext", str(pdf), str(OUT / f"{stem}.txt")], check=True)
            record = {"header": header, "widths": [round(w, 2) for w in widths], "rows": truth}
            (OUT / f"{stem}.truth.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

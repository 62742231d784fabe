"""Time one extraction of a long chronology table as text extracted a printed line at a time
(the bundled reports' form: a blank line after every line, each line's cells joined by spaces),
read by extractors/chronology/joined_rows.py and joined_cells.py.

    PYTHONPATH=src python bench/bench_joined_chronology.py [ROWS]     # default: 500, then 1500

Each row's date cell is found by trying cuts of its first words over the lines below, so the
time per row must stay flat as the table grows: compare the printed seconds per row at 500
and at 1500 rows in one run.
"""

from __future__ import annotations

import sys
import time

from dhrparse.pipeline import extract

TITLE = [
    "Larkmoor Community Safety Partnership",
    "Domestic Homicide Review into the death of 'Ines'",
    "Appendix C: Combined chronology",
    "The table below brings together the contacts each agency recorded.",
    "Date Agency Event",
]


def table(rows: int) -> str:
    lines = list(TITLE)
    for k in range(rows):
        lines += [
            f"{k % 28 + 1:02d}/{k % 12 + 1:02d}/2019 GP surgery Ines attends with a cut to her hand and says she",
            "(Quarry Lane Health slipped while cooking; no enquiry is made about her safety.",
            "Centre)",
        ]
    return "".join(f"{line} \n\n" for line in lines)


def main() -> None:
    sizes = [int(sys.argv[1])] if len(sys.argv) > 1 else [500, 1500]
    for rows in sizes:
        text = table(rows)
        start = time.perf_counter()
        doc = extract(text, name="chronology.txt")
        seconds = time.perf_counter() - start
        print(
            f"{rows:5d} rows  {len(text) // 1024:4d} KB  {seconds:6.1f} s  "
            f"{1000 * seconds / rows:5.1f} ms/row  {len(doc.chronology)} events"
        )


if __name__ == "__main__":
    main()

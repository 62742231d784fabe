"""Dates whose year a narrow table column broke before its last digit.

A Word table's date column too narrow for "31/08/2023" wraps the date inside its year, and
plain pdftotext prints "31/08/202" and, on the next line, "3" (or "4 (revised", the cell's
next words after the digit). Cleaning then takes a lone "3" for a page number, and the date
reads as no date, so the plan reader cannot tell the target date's cell, nor pair the status
printed after it with its row. A line ending in a day, a month and three digits of a year,
straight above a line opening with the year's last digit, is one date: the digit goes back
on the end of the date's line. A year has four digits, so three can only be a broken one.
"""

from __future__ import annotations

import re

from dhrparse.document import BLANK, FURNITURE, TEXT, Line

# a day and a month, then a year's first three digits, ending the line ("31/08/202")
_BROKEN = re.compile(r"(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1(?:19|20)\d$")
# the year's last digit opening the next line, alone or before the cell's next words
_LAST_DIGIT = re.compile(r"^(\d)(?!\d)(?:\s+|(?=\W)|$)")


def join_broken_years(lines: list[Line]) -> None:
    """Put the last digit of a broken year back on its date's line (see the module's doc)."""
    for above, below in zip(lines, lines[1:]):
        if above.kind != TEXT or below.kind not in (TEXT, FURNITURE) or below.cells or above.cells:
            continue
        if not above.text[-1:].isdigit() or not _BROKEN.search(above.text):
            continue
        m = _LAST_DIGIT.match(below.text)
        if m is None:
            continue
        above.text = above.text + m.group(1)
        rest = below.text[m.end() :]
        if rest.strip():
            below.text, below.kind = rest, TEXT
        else:
            below.text, below.kind = "", BLANK

"""A spreadsheet printed with its print headings on: a grey row of column letters ("A B C D ...")
atop each page and a grey row number opening every sheet row.

Neither is the sheet's content: the letters are furniture, and a row number is no recommendation's
or action's number ("5 1 Children's services should ..." is sheet row 5 holding recommendation 1).
A sheet is known by its letters, in order from A, and by the numbers under them, each one more than
the last, opening the rows' first lines (a row's later lines open with no number); only then are
the letters marked furniture and the numbers taken off. As cells (PDF, Word) the letters are the
first row, its first cell empty, and the numbers the first column: the row is furniture and the
column is dropped. A sheet whose numbers start again from the top (a workbook's "Key" sheet after
its "Plan") is a table of its own, though the reader joined it to the one before across the page:
its rows are no more rows of the plan (its first row's hint `NEW_SHEET`: as cells a new table, as
printed lines a heading that ends the plan's table).
"""

from __future__ import annotations

import re

from dhrparse.document import BLANK, FURNITURE, NEW_SHEET, SHEET_ROW, Line, SourceDocument

MIN_LETTERS = 2  # columns a sheet's letters row names (A, B, ...)
MIN_ROWS = 3  # numbered rows that show the numbers are the sheet's
SHEET_REACH = 60  # lines a sheet's numbering may pause over (a tall row's wrapped lines, a page's foot)
_LETTERS = re.compile(r"^\s*+A(?:\s++[B-Z])++\s*+$")
_ROW_NUMBER = re.compile(r"^(?P<indent>\s*+)(?P<number>\d{1,4})(?=\s|$)")


def drop_print_headings(doc: SourceDocument) -> None:
    """Every sheet's letters marked furniture and its row numbers taken off its rows; a new
    sheet's cells a table apart from the sheet's before."""
    lines = doc.lines
    last_number = None
    for k, ln in enumerate(lines):
        if _letters(ln) is None:
            continue
        numbered = _numbered_rows(lines, k + 1)
        # (a page's letters over the sheet's next rows, however few, carry the sheet on)
        goes_on = (
            bool(numbered) and last_number is not None and _row_number(lines[numbered[0]]) == last_number + 1
        )
        if len(numbered) < MIN_ROWS and not goes_on:
            continue
        again = last_number is not None and _row_number(lines[numbered[0]]) <= last_number
        last_number = _row_number(lines[numbered[-1]])
        ln.kind = FURNITURE
        for at in numbered:
            lines[at] = _unnumbered(lines[at])
        if again:  # (segmentation opens a table, or a part of the report, there)
            lines[numbered[0]].hint = NEW_SHEET


def letter_places(ln: Line) -> list[int] | None:
    """Where a printed sheet's letters row prints each column's letter (None: no letters row).
    A layout print sets each page's letters over that page's columns (plan.sheet_letters)."""
    if ln.cells is not None or _letters(ln) is None:
        return None
    return [m.start() for m in re.finditer(r"\S", ln.raw.replace("\f", " ").expandtabs())]


def _letters(ln: Line) -> list[str] | None:
    """The column letters a sheet's letters row prints, in order from A, or None."""
    if ln.cells is not None:
        cells = [" ".join(c.split()) for c in ln.cells]
        letters = cells[1:]
        ordered = not cells[0] and letters == [chr(ord("A") + n) for n in range(len(letters))]
        return letters if ordered and len(letters) >= MIN_LETTERS else None
    if not _LETTERS.match(ln.text):
        return None
    letters = ln.text.split()
    ordered = letters == [chr(ord("A") + n) for n in range(len(letters))]
    return letters if ordered and len(letters) >= MIN_LETTERS else None


def _numbered_rows(lines: list[Line], start: int) -> list[int]:
    """The indexes from `start` of the lines that open with the sheet's row numbers, each one
    more than the last, up to the next letters row (a page's, or the next sheet's)."""
    found: list[int] = []
    last, since = None, 0
    for at in range(start, len(lines)):
        ln = lines[at]
        if _letters(ln) is not None or since > SHEET_REACH:
            break
        number = _row_number(ln)
        if number is not None and (last is None or number == last + 1):
            found.append(at)
            last, since = number, 0
        else:
            since += 1
    return found


def _row_number(ln: Line) -> int | None:
    if ln.cells is not None:
        first = ln.cells[0].strip() if ln.cells else ""
        return int(first) if first.isdigit() and len(first) <= 4 else None
    m = _ROW_NUMBER.match(ln.text)
    return int(m.group("number")) if m else None


def _unnumbered(ln: Line) -> Line:
    """The line without its row number: a cell row without its first cell; a printed line with
    the number's place left blank, so the columns a layout print keeps stay where they were, and
    marked a sheet row's (`SHEET_ROW`: "3.2 Audit the records ... Not started" is a row's line,
    no numbered heading, though its row number went)."""
    if ln.cells is not None:
        ln.cells = ln.cells[1:]
        ln.clean_to("\t".join(ln.cells))
    else:
        raw = ln.raw
        m = _ROW_NUMBER.match(raw)
        if m is not None:
            raw = m.group("indent") + " " * len(m.group("number")) + raw[m.end() :]
        text = _ROW_NUMBER.sub("", ln.text, count=1).strip()
        ln = Line(ln.number, raw, ln.page, raw, ln.kind, hint=SHEET_ROW)
        ln.clean_to(text)
    if not ln.text.strip():
        ln.kind = BLANK
    return ln

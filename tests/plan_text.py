"""The frame the corpus-text plan tests share (test_tracker_*.py, test_percent_columns.py,
test_joined_cells.py, test_appendix_plan_heading.py, ...): a report and its action plan as
pdfplumber's text prints them, every printed line followed by a blank line (`corpus_text`).

A plan table's rows are printed as `joined_text` sets them (each cell wrapped at its column's
width in the typeface's advance widths, the cells' n-th lines joined by a space:
`printed_rows`); a recommendation's cells merged down over its actions' rows print their lines
beside the rows' lines, from the group's first line on (`merged_rows`); the report's prose is
wrapped at a page's width in characters (`prose_lines`). Each test keeps what makes its family:
its columns, rows, report wording and what it asserts.
"""

from __future__ import annotations

from joined_text import printed_row, wrap_cell

from dhrparse.vocab.type_widths import Face

__all__ = ["beside", "corpus_text", "merged_rows", "printed_row", "printed_rows", "prose_lines", "wrap_cell"]


def corpus_text(lines: list[str]) -> str:
    """The document as corpus text: each printed line followed by a blank line."""
    return "".join(f"{ln} \n\n" for ln in lines)


def prose_lines(text: str, width: int) -> list[str]:
    """A paragraph wrapped at a page's width in characters."""
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return out + [cur]


def printed_rows(rows: list[list[str]], rooms: list[float], face: Face) -> list[str]:
    """The rows' printed lines, one row after another."""
    return [line for row in rows for line in printed_row(row, rooms, face)]


def beside(*columns: list[str]) -> list[str]:
    """Columns of printed lines side by side: the n-th printed line holds each column's n-th line,
    a column that has run out printing nothing."""
    return [
        " ".join(col[n] for col in columns if n < len(col) and col[n])
        for n in range(max(len(col) for col in columns))
    ]


def merged_rows(merged: list[str], rows: list[list[str]], rooms: list[float], face: Face) -> list[str]:
    """A group of rows under cells merged down beside them (a recommendation's number and text
    over its actions' rows): the merged cells wrapped at the first rooms, each row's own cells at
    the rest, the merged cells' lines printed beside the rows' lines from the first on."""
    k = len(merged)
    cells = [wrap_cell(text, room, face) for text, room in zip(merged, rooms)]
    return beside(*cells, printed_rows(rows, rooms[k:], face))

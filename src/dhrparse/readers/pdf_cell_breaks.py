"""Where a PDF table cell's paragraphs break: a printed line of the cell that stops short of its
column by more than the next line's first word (and a space) ended a paragraph, for the word wrap
would have taken that word onto it. The column's edge is the further of its widest printed line
and its right rule less the room its text keeps from the left rule (a cell's margins are alike on
both sides): a line that wrapped left less room than its next word against the true edge, so
against either, and no wrap is read as a break (a paragraph whose last line nearly fills the
column is not found, and stays joined to the next, as every cell was before).

The breaks are word offsets into the cell's joined text (`pdf_cell_text.join_cell_lines`), kept
per row on the table and handed on as `Line.breaks`; what a paragraph is stays the extractors'
question."""

from __future__ import annotations

from typing import NamedTuple

from dhrparse.readers.pdf_cell_text import MAYBE_SPLIT, join_cell_lines, resolve_splits

_SPACE = 0.35  # a space's width against the first word's box height (about a capital's)
_SLACK = 1.0  # points of measuring error allowed


class Printed(NamedTuple):
    """One printed line of a cell: where it ends, and how wide its first word is."""

    left: float
    right: float
    word: float  # the first word's width
    height: float  # the first word's box height


def column_edges(
    shapes: dict[tuple[int, int], list[Printed | None]], span, xs: list[float]
) -> dict[int, float]:
    """Where each column's text may reach (see the module's note), by a cell's last grid column;
    `span(owner)` gives a cell's first and last grid columns."""
    widest: dict[int, float] = {}
    margin: dict[int, float] = {}
    for owner, printed in shapes.items():
        first, last = span(owner)
        for p in printed:
            if p is not None:
                widest[last] = max(widest.get(last, p.right), p.right)
                margin[last] = min(margin.get(last, p.left - xs[first]), p.left - xs[first])
    return {j: max(widest[j], xs[j + 1] - max(margin[j], 0.0)) for j in widest}


def cell_breaks(
    pieces: list[str], printed: list[Printed | None] | None, edge: float | None
) -> tuple[int, ...]:
    """The word offsets at which the cell's later paragraphs open; () where a line was not
    measured."""
    if edge is None or not printed or len(printed) != len(pieces) or any(p is None for p in printed):
        return ()
    starts = [k for k in range(1, len(pieces)) if _stops_short(printed[k - 1], printed[k], edge)]
    starts = [k for k in starts if _plain_join(pieces[k - 1], pieces[k])]
    # (a word a narrow column may have split is one chunk of the joined text until the document's
    # words decide it: resolved_breaks counts the words again then)
    return tuple(len(join_cell_lines("".join(pieces[:k])).split()) for k in starts)


def resolved_breaks(text: str, words: set[str], breaks: tuple[int, ...]) -> tuple[int, ...]:
    """The breaks of a cell whose split words the document's words decided (pdf_cell_text's
    resolve_splits): each chunk of the joined text now one word or two."""
    if MAYBE_SPLIT not in text:
        return breaks
    sizes = [len(resolve_splits(chunk, words).split()) for chunk in text.split()]
    return tuple(sum(sizes[:b]) for b in breaks)


def _stops_short(line: Printed, after: Printed, edge: float) -> bool:
    """The line left room for the next line's first word and a space before the column's edge."""
    return edge - line.right > after.word + _SPACE * after.height + _SLACK


def _plain_join(before: str, piece: str) -> bool:
    """The two lines join with a space (no word broken at a hyphen or over the line end), so the
    word count up to the break is the paragraph's."""
    end, start = before.rstrip()[-1:], piece.lstrip()[:1]
    return bool(end) and not end.isalnum() and end not in ("\ufffe", "\x02", "-") and start.isalnum()

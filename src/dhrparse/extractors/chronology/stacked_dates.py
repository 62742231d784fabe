"""Two rows' dates printed together in a chronology table a plain text export printed row by row
("03/09/2022" / "15/09/2022", then both rows' agency and event lines): the first row holds only
its date, or its date and an agency's short lines, and the events of both are printed after the
second date. Nothing in the text says where the first row's event ends and the second's begins,
so the rows are read as one under the first date (the events print in the rows' order, so the
text that follows opens with the first row's event) and a warning names the dates whose events
were not parted, never an empty entry or an event dated from the wrong row."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.ledger import Ledger

_AGENCY_WORDS = 4  # an agency cell's line is this short; an event's lines are longer or end a sentence

Cells = tuple[list[Line], str, list[Line]]  # (the row's lines, its date, the lines after its date)


def fold_hollow(cells: list[Cells]) -> tuple[list[Cells], list[tuple[str, list[Line]]]]:
    """The rows with each hollow row (no event of its own) read together with the row after it;
    and the folded rows' dates and lines, to warn of."""
    out: list[Cells] = []
    unparted: list[tuple[str, list[Line]]] = []
    for lines, date, rest in cells:
        if out and hollow(out[-1][2]):
            above_lines, above_date, above_rest = out[-1]
            out[-1] = (above_lines + lines, above_date, above_rest + rest)
            unparted.append((date, lines))
        else:
            out.append((lines, date, rest))
    return out, unparted


def hollow(rest: list[Line]) -> bool:
    """Only an agency's short lines after the row's date, or nothing: no event text. Where the
    export prints a blank line between cells, an agency's lines are one run: a row whose short
    lines make several runs holds its agency and an event written as notes ("Missed two-year
    check" / "Not followed up")."""
    runs = sum(1 for a, b in zip([None, *rest], rest) if a is None or b.number != a.number + 1)
    return runs <= 1 and all(
        len(ln.text.split()) <= _AGENCY_WORDS and SENTENCE_END.search(ln.text.strip()) is None for ln in rest
    )


def warn_unparted(unparted: list[tuple[str, list[Line]]], entries: Entries, ctx: Ledger) -> None:
    if not unparted:
        return
    dates = ", ".join(repr(date) for date, _ in unparted)
    first, last = unparted[0][1][0], unparted[-1][1][-1]
    ctx.warn(
        "chronology_rows_not_parted",
        f"{len(unparted)} date cell{'s' if len(unparted) > 1 else ''} of a chronology table printed row by "
        f"row stood straight after the row above's date ({dates}): the events printed after them could not "
        "be told apart, so each was read with the row above",
        entries.location(first.number, last.number, first.page),
    )

"""A row's agency cell in a chronology table a plain text export printed row by row, line by line
across the row (stacked_lines): the agency's first line alone before the event's first line, and
a name wrapped in the narrow agency column ("Brindle Lane" over "Surgery") its next line among the
event's lines, alone between blank lines. Those lines are the row's agency, not its event's words.

A line among the event's is the agency's only where the event's sentence visibly runs on over it:
the event's line before it ends no sentence and the line after it goes on in lower case
("... she says" / "Practice" / "she fell on the stairs."). A short line after a sentence's end
("Centre" after "... immunisations.", before "No concerns.") may as well be the event's own brief
note, so it stays in the event's text."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END

_AGENCY_WORDS = 4  # an agency cell's line in the narrow column is this short
_FIRST_LINES = 2  # the agency's lines printed together before the event's first line


def part_agency(rest: list[Line], single: bool = True) -> tuple[list[Line], list[Line]]:
    """(the agency cell's lines, the event's lines) of a row's lines after its date. Not
    `single`: two rows read as one (stacked_dates), whose second agency's lines are among the
    event's too; only the first agency's leading lines are told apart then."""
    lead = 0
    # (a name wrapped in the narrow column may go on in lower case: "Community mental health" over
    # "team", the two set apart from the event by a blank line)
    while lead < min(_FIRST_LINES, len(rest) - 1) and _cell_line(rest[lead].text, wrapped=lead > 0):
        if lead and rest[lead].number != rest[lead - 1].number + 1:
            break  # (the agency's own lines print straight under each other)
        lead += 1
    if not lead or rest[lead].number - rest[lead - 1].number < 2:
        return [], rest  # (no blank line between the agency and the event: no cell told apart)
    agency, event = rest[:lead], []
    for k in range(lead, len(rest)):
        ln = rest[k]
        after = rest[k + 1] if k + 1 < len(rest) else None
        if single and event and after is not None and _runs_over(event[-1], ln, after):
            agency.append(ln)
        else:
            event.append(ln)
    return agency, event


def cells_apart(lines: list[Line]) -> list[list[Line]]:
    """The lines in runs set apart by a blank line: a table's cells as plain pdftotext prints a
    row's cells one after another."""
    runs: list[list[Line]] = []
    for ln in lines:
        if runs and ln.number - runs[-1][-1].number < 2:
            runs[-1].append(ln)
        else:
            runs.append([ln])
    return runs


def part_agency_after(rest: list[Line]) -> tuple[list[Line], list[Line]]:
    """(the agency cell's lines, the event's lines) of a row whose agency column prints after the
    event's ("When" / "What happened" / "Services involved"): the first run of short lines, set
    apart by a blank line, after the event's first run. What follows that cell is not the row's
    (the report's text after the table, printed after its last row): it is left out."""
    runs = cells_apart(rest)
    for k in range(1, len(runs)):
        first, *wrapped = runs[k]
        # (a name wrapped in the narrow column may go on in lower case: "Housing; Tenancy" / "support")
        if len(runs[k]) <= _FIRST_LINES and _cell_line(first.text) and all(_short(ln.text) for ln in wrapped):
            return runs[k], [ln for run in runs[:k] for ln in run]
    return [], rest


# the end of a cell's line that leaves its list of names open ("Police Scotland;" over the next name)
_OPEN_LIST = (";", ",", "/", "&", " and")


def cell_goes_on(above: Line | None) -> bool:
    """The line straight above a heading leaves a list of names open: the heading is that cell's
    next name wrapped in its narrow column ("Police;" over an agency's capitals), not a heading."""
    return above is not None and above.text.strip() != "" and above.text.rstrip().endswith(_OPEN_LIST)


def _short(text: str) -> bool:
    return 0 < len(text.split()) <= _AGENCY_WORDS and not SENTENCE_END.search(text)


def _cell_line(text: str, wrapped: bool = False) -> bool:
    words = text.split()
    return (
        0 < len(words) <= _AGENCY_WORDS
        and not SENTENCE_END.search(text)
        and (wrapped or not text.lstrip()[:1].islower())
    )


def _runs_over(before: Line, ln: Line, after: Line) -> bool:
    """The event's sentence runs on over `ln`, a short line alone between blank lines."""
    alone = ln.number - before.number >= 2 and after.number - ln.number >= 2
    return (
        alone
        and _cell_line(ln.text)
        and SENTENCE_END.search(before.text.strip()) is None
        and after.text.lstrip()[:1].islower()
    )

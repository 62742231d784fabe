"""What a plain-text plan header's lines hold beside the columns' names: the first
recommendation band's label printed among them, and a short last name the header's order
makes the target date's.

A plan whose recommendations are bands ("Rec" / "1" in a narrow first cell, the
recommendation's text merged over the other columns) prints, in plain pdftotext, the first
column's block whole: its name "Ref", then the first band's "Rec" and "1", then the other
columns' names. The label is no column ("Rec" read as the Recommendation column took the
rows' update lines into a recommendation cell), and cleaning has taken its lone number off
as a page's, so it is known by the number left in the document.

A header ending on a name the synonyms leave to the cells ("By", after "Lead officer"): in a
header printed line by line whose action and lead columns are named, a last name that is a
due word names the target date's column, as "By: December 2025" labels a date in a cell. Read
only here, on the header's own lines: alone elsewhere "By" opens a cell's date ("By" /
"September 2023"), so it is no column's name in the synonyms. A header printed on one line, its
cells joined by single spaces ("Rec What the Board will do Lead By Status"), prints the due
word between the lead's name and a state's (status or progress): there too it names the target
date's column, where no name holds the word. A narrow "By" column wraps its dates over two or
three lines ("28" / "February" / "2025"), and a reader's cuts keeping the date apart from the
lead are then seldom sure: where a reader refuses the table so named, it is offered the table
again as read before the word was a name (the date on the lead's lines, the rows still read).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import regex

from dhrparse.document import Line

_LONE_NUMBER = regex.compile(r"^\s*\d{1,2}\s*$")


def band_label(ln: Line, first_lines: Mapping[int, Line], band_statement: regex.Pattern) -> bool:
    """The header line is a recommendation band's label alone ("Rec"), the band's number
    printed alone on the document's next line ("1")."""
    text = ln.text.strip()
    after = first_lines.get(ln.number + 1)
    if len(text.split()) != 1 or after is None or not _LONE_NUMBER.match(after.text):
        return False
    return band_statement.match(f"{text} {after.text.strip()}") is not None


def closing_target(parts: list[str], cols: list[str], closing_names: set[str]) -> list[str]:
    """The header's columns with its last printed line, a due word alone ("By"), read as the
    target date's name where the lines before it name the action and then the lead, and no
    column is the target date's yet."""
    last = parts[-1].strip().lower().rstrip(":") if parts else ""
    if last not in closing_names or "target_date" in cols:
        return cols
    if "action" not in cols or cols[-1:] != ["lead"]:
        return cols
    return [*cols, "target_date"]


_STATE_FIELDS = ("status", "progress")


def inner_target(
    text: str, cols: list[str], scan: Callable[[str], list[str]], closing_names: set[str]
) -> list[str]:
    """The header's columns with a due word printed between the lead's name and the names of
    the row's state ("... Lead By Status") read as the target date's name: the names before it
    the action's and then the lead's, every name after it a state's, no name holding the word."""
    if "target_date" in cols or "action" not in cols:
        return cols
    words = text.split()
    for k, word in enumerate(words):
        if word.rstrip(":").lower() not in closing_names or not word[:1].isupper():
            continue
        before, after = scan(" ".join(words[:k])), scan(" ".join(words[k + 1 :]))
        if before + after != cols or before[-1:] != ["lead"] or "action" not in before:
            continue  # (the word part of a name, "By when", or not after the lead's)
        if after and all(f in _STATE_FIELDS for f in after):
            return [*before, "target_date", *after]
    return cols


def read_due(read_table, lines: list, i: int, header, due: bool):
    """`read_table`'s reading of the table under `header`; where the header's target column is
    named by a lone due word (`due`) and the reading is refused, the reading without that column,
    the reader's warning of the refused table told once."""
    warnings = getattr(getattr(read_table, "__self__", None), "warnings", [])
    before = len(warnings)
    got = read_table(lines, i, header)
    if got is not None or not due:
        return got
    told = len(warnings)
    cols, texts, nxt = header
    got = read_table(lines, i, ([c for c in cols if c != "target_date"], texts, nxt))
    warnings[:] = warnings[:told] if got is None else warnings[:before] + warnings[told:]
    return got

"""Whether a printed line ends a sentence or a clause: its last mark a stop, perhaps a closing
quote or bracket printed after the stop, perhaps trailing space.

Readers ask this when they join printed lines back into paragraphs, cells and entries: a line
that ends a sentence is not carried on to the next. Which stops count differs on purpose, so
each reader names its own:

- SENTENCE_STOPS (". ! ?"): a sentence ends. Where a cell, a statement or an entry is read
  sentence by sentence, a clause stop would cut a sentence in two.
- CLAUSE_STOPS (adds ";" and ":"): a clause ends too. A list item closes with ";", a lead-in
  ("as follows:") with ":", and the next printed line starts something new all the same.

Whether any run of closing marks may follow the stop ('."' then ')') or at most one, and
whether trailing space is allowed, stay as each reader had them (`closer_run`, `spaces`), so
that what each reader reads is unchanged. The patterns are compiled by `re`; the plan and
chronology readers had compiled theirs by `regex`, whose `\\s` leaves out the control characters
U+001C to U+001F, the one place the two engines read these patterns differently.
"""

from __future__ import annotations

import re
from functools import cache

SENTENCE_STOPS = ".!?"
CLAUSE_STOPS = ".!?;:"
QUOTES = "'’\"”"  # a closing quote printed after the stop
CLOSERS = QUOTES + ")"  # ... or a closing bracket
_SPACES = r"\s*"


@cache
def line_end(
    stops: str, closers: str = CLOSERS, *, closer_run: bool = True, spaces: bool = True
) -> re.Pattern[str]:
    """A pattern found at the end of a line whose last stop is one of `stops`, followed by at
    most one of `closers` (any run of them with `closer_run`), then, with `spaces`, any space."""
    tail = f"[{re.escape(closers)}]{'*' if closer_run else '?'}" if closers else ""
    return re.compile(f"[{re.escape(stops)}]{tail}{_SPACES if spaces else ''}$")


def sentence_break(stops: str) -> re.Pattern[str]:
    """The space between one of `stops` and the capital that opens the next sentence, where a
    paragraph is split into its sentences."""
    return re.compile(f"(?<=[{re.escape(stops)}])\\s+(?=[A-Z])")


# a line closing a sentence or a clause, any closing marks after it: the prepare stage's label
# and number columns and the agency-name reader do not carry it on to the next line
CLAUSE_LINE_END = line_end(CLAUSE_STOPS)
# a line whose last mark closes something: a stop, or a quotation or a bracket closed without
# one ("(see 4.2)"), so a paragraph broken after it is not joined to the next. The curly single
# quote is left out: it is printed as an apostrophe too ("the victims’" goes on)
CLOSED_LINE_END = line_end(CLAUSE_STOPS + "”\"')]", closers="")
# a heading is printed without a full stop, comma or semicolon at its end: a line ending in
# one is running text
RUNNING_TEXT_END = line_end(".,;", closers="", spaces=False)
# a cell's stripped text ending a sentence, at most one closing mark after its stop: the plan
# readers' test of a statement's or a first row's last line
SENTENCE_CELL_END = line_end(SENTENCE_STOPS, closer_run=False, spaces=False)

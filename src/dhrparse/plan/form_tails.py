"""A form box's label wrapped in its narrow column, as text taken out a printed line at a time
with each line's cells joined (corpus text) prints it: the label's first words open the line
its value follows ("Who is responsible? Head of Housing Options"), and the label's aside,
wrapped, prints alone on the next line, "(Post and agency):". That line is the label's, no
part of the value (plan.labelled_blocks leaves it out). A label whose aside opens on the
value's line and closes on the next ("By whom? (Role and Head of ..." / "agency):") does not
tell where its words end and the value's begin: its line is not read as the field's.
"""

from __future__ import annotations

import re

from dhrparse.document import Line

MAX_TAIL_WORDS = 4  # a label's wrapped aside is short ("(Post and agency):")
_TAIL = re.compile(r"^\(?[\w ,/&’'-]{1,40}\)?:$")


def open_aside(value: str) -> bool:
    """The value opens with an aside the line does not close: the label's, wrapped."""
    return value.startswith("(") and ")" not in value


def form_label_tail(labelled: Line, nxt: Line | None, step: int) -> bool:
    """Whether `nxt`, the line under `labelled` (a label and its value on one line), holds only
    the label's wrapped aside, opening with its bracket or in lower case, ending in its colon."""
    if nxt is None or nxt.cells is not None or nxt.number - labelled.number > step:
        return False
    text = nxt.text.strip()
    opens = text[:1] == "(" or text[:1].islower()
    return opens and bool(_TAIL.match(text)) and len(text.split()) <= MAX_TAIL_WORDS

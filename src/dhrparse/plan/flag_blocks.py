"""A completion flag column printed as a block of its own by plain pdftotext: its name, a
question or a name keyed by its letters ("Completed?" / "(Y/N)"), then a flag a row ("Y" /
"N" / "N").

Such a block opens with words a status cell could hold ("Completed"), so told by its words
alone it read as one status cell, given to whichever row was short of one. Its name and flags
are the block's column name and cells of no field here: the flags are left to the plan
reader's account of what it did not read (a flag beside a rating agrees with it; where a
plan's only state is its flag, the flag is read where rows print their cells together)."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.patterns import Patterns
from dhrparse.prepare.markup import flatten

MAX_NAME_LINES = 3  # "Completed?" / "(Y/N)", a name wrapped once more


def _flag(text: str, p: Patterns) -> bool:
    return any(
        rx.match(text) for key in ("done", "open", "partly") for rx in p.regexes(f"actions.status.flag.{key}")
    )


def flag_name_lines(block: list[Line], p: Patterns) -> int:
    """How many lines of the block are a flag column's name, where the block is such a column
    (its name, then one flag a line, at least one); 0 when it is not."""
    texts = [flatten(ln.text).strip() for ln in block]
    headers = p.regexes("actions.status.flag_block.header")
    for k in range(1, min(MAX_NAME_LINES, len(texts) - 1) + 1):
        if any(_flag(t, p) for t in texts[:k]):
            return 0  # (a flag before the name: no name opens this block)
        if any(rx.search(texts[k - 1]) for rx in headers) and all(_flag(t, p) for t in texts[k:]):
            return k
    return 0

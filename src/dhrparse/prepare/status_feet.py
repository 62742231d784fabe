"""A status column's last cell at a page's foot, taken for a running foot.

Plain pdftotext prints a plan table's last column last on its page, so the status of a page's
last row is often the page's last line; where every page's last row has the same state ("Open"),
the line repeats at the pages' edges as a running foot does, and cleaning takes it out, and the
row's status with it. A running foot is the report's title, its marking or its page number,
never a state of the plan vocabulary alone (`actions.status`: "Open", "In hand", "Complete"):
such a line whose words the document prints as a line of their own away from the pages' edges
too (the status column's other cells) is a cell of that column, and is put back.
"""

from __future__ import annotations

from collections import defaultdict

from dhrparse.document import FURNITURE, TEXT, Line
from dhrparse.patterns import Patterns
from dhrparse.plan.status import status_words

MAX_STATUS_WORDS = 3  # "Open", "In hand", "Not yet started": a status cell's words and nothing else


def restore_status_feet(lines: list[Line], patterns: Patterns) -> None:
    """Put back as text the repeated page-edge lines that are a status column's cells (see the
    module's doc)."""
    feet = [ln for ln in lines if ln.kind == FURNITURE and _whole_status(ln.text, patterns)]
    if not feet:
        return
    printed: defaultdict[str, int] = defaultdict(int)
    for ln in lines:
        if ln.kind == TEXT:
            printed[_key(ln.text)] += 1
    for ln in feet:
        if printed[_key(ln.text)]:
            ln.kind = TEXT


def _whole_status(text: str, patterns: Patterns) -> bool:
    """The line holds a state of the plan vocabulary and nothing else."""
    words = text.split()
    return 0 < len(words) <= MAX_STATUS_WORDS and status_words(text, patterns) is not None


def _key(text: str) -> str:
    return " ".join(text.lower().split())

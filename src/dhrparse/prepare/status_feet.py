"""A status column's last cell at a page's foot, taken for a running foot.

Plain pdftotext prints a plan table's last column last on its page, so the status of a page's
last row is often the page's last line; where every page's last row has the same state ("Open"),
the line repeats at the pages' edges as a running foot does, and cleaning takes it out, and the
row's status with it. A running foot is the report's title, its marking or its page number,
never a state of the plan vocabulary alone (`actions.status`: "Open", "In hand", "Complete"):
such a line whose words the document prints as a line of their own away from the pages' edges
too (the status column's other cells) is a cell of that column, and is put back; so is one that
closes a block opened by the status column's name, "Status" / "Closed" / "Open – on" / "track" /
"Not started", the name and its cells printed one under the other with no line between.
"""

from __future__ import annotations

from collections import defaultdict

from dhrparse.document import FURNITURE, TEXT, Line
from dhrparse.patterns import Patterns
from dhrparse.plan.status import status_words
from dhrparse.plan.tables import column_map

MAX_STATUS_WORDS = 3  # "Open", "In hand", "Not yet started": a status cell's words and nothing else
MAX_NAMED_BLOCK = 12  # the most lines a status column's name and the cells under it print in one block


def restore_status_feet(lines: list[Line], patterns: Patterns) -> None:
    """Put back as text the repeated page-edge lines that are a status column's cells (see the
    module's doc)."""
    feet = [k for k, ln in enumerate(lines) if ln.kind == FURNITURE and _whole_status(ln.text, patterns)]
    if not feet:
        return
    printed: defaultdict[str, int] = defaultdict(int)
    for ln in lines:
        if ln.kind == TEXT:
            printed[_key(ln.text)] += 1
    for k in feet:
        if printed[_key(lines[k].text)] or _closes_status_block(lines, k, patterns):
            lines[k].kind = TEXT


def _closes_status_block(lines: list[Line], k: int, patterns: Patterns) -> bool:
    """Line k ends a block of lines printed one under the other (no blank line between) that the
    status column's name opens: the name's block, its cells under it."""
    j = k
    while (
        j > 0 and k - j < MAX_NAMED_BLOCK and lines[j - 1].kind == TEXT and lines[j - 1].page == lines[k].page
    ):
        j -= 1
        if column_map(patterns).field_of(lines[j].text.strip()) == "status":
            return j < k and (j == 0 or lines[j - 1].kind != TEXT)
    return False


def _whole_status(text: str, patterns: Patterns) -> bool:
    """The line holds a state of the plan vocabulary and nothing else."""
    words = text.split()
    return 0 < len(words) <= MAX_STATUS_WORDS and status_words(text, patterns) is not None


def _key(text: str) -> str:
    return " ".join(text.lower().split())

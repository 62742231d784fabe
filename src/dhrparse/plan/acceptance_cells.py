"""The agencies' acceptance of each recommendation in a plan printed as column blocks
(plan.column_blocks): "No. | Recommendation | Accepted? | Action | Owner | ...", the Accepted?
cell merged down beside the recommendation. Plain pdftotext prints those cells as blocks of
their own ("Accepted", "Partially" / "accepted" / "Accepted"), which by their shape read as a
short lead or, by their words, as a status. Where the table's header names such a column
(patterns/actions.toml [board_response] acceptance_header, its name printed among the header's
names) its cells, acceptance words only, are set aside: the answer to the recommendation, never
an action's lead or status.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.block_actions import HEADER_ABOVE
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.response_blocks import ResponseWords
from dhrparse.prepare.markup import flatten

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.patterns import Patterns

_KEPT = ("name", "other", "action", "code")  # (cells no acceptance word is taken from)


def acceptance_aside(cells: list[BlockCell], above: list[Line], p: Patterns) -> list[BlockCell]:
    """The cells, those of an acceptance column the header names set aside as other cells."""
    words = ResponseWords.of(p)
    if not any(_names_acceptance(words, ln) for ln in above[-HEADER_ABOVE:]):
        return cells
    return [
        BlockCell("other", c.lines)
        if c.kind not in _KEPT and all(words.acceptance_part(flatten(ln.text)) for ln in c.lines)
        else c
        for c in cells
    ]


def _names_acceptance(words: ResponseWords, ln: Line) -> bool:
    """A header's name of the acceptance column ("Accepted?", "Board decision"), not one of its
    cells ("Accepted")."""
    text = flatten(ln.text).strip()
    return bool(words.acceptance_header.match(text)) and not words.is_acceptance(text)

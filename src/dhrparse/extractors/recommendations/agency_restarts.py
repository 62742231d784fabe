"""An agency's own list after the panel's labelled recommendations: a section that states the
panel's recommendations as labelled paragraphs ("Panel Recommendation 2: ...") and then, with
no heading naming them, each agency's single-agency recommendations under the agency's name,
numbered afresh from 1 under each ("Kestrel Police" over "1. ...", "2. ..."). The list
restarting at 1 after labels already used the numbers is what tells it from a recommendation
addressed to that body: the agency's list is its own, read as a single-agency run."""

from __future__ import annotations

from dhrparse.document import Block
from dhrparse.extractors.recommendations.reading import Reading


def opens_own_list(r: Reading, i: int, source: int) -> bool:
    """Whether the body's heading at block i, inside the overview section opened at line
    `source`, heads an agency's own list: a list numbered from 1 under it, after labelled
    recommendations of that section."""
    return _list_from_one(r, i) and _labelled_before(r, i, source)


def _list_from_one(r: Reading, i: int) -> bool:
    """The block under the heading opens a list at its first number."""
    nxt = r.blocks[i + 1] if i + 1 < len(r.blocks) else None
    return nxt is not None and nxt.kind in ("paragraph", "bullet") and _number(nxt) == "1"


def _number(b: Block) -> str | None:
    return (b.number or "").rstrip(".") or None


def _labelled_before(r: Reading, i: int, source: int) -> bool:
    """A labelled recommendation with its number printed in this section before the heading."""
    for k in range(i - 1, -1, -1):
        b = r.blocks[k]
        if b.line_start < source:
            return False
        if b.kind == "paragraph":
            m = r.label_match(b.text.strip(), True)
            if m is not None and m.ref:
                return True
    return False

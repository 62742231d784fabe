"""An agency's own list after the panel's labelled recommendations: a section that states the
panel's recommendations as labelled paragraphs ("Panel Recommendation 2: ...") and then, with
no heading naming them, each agency's single-agency recommendations under the agency's name,
numbered afresh from 1 under each ("Kestrel Police" over "1. ...", "2. ..."). The list
restarting at 1 after labels already used the numbers is what tells it from a recommendation
addressed to that body: the agency's list is its own, read as a single-agency run.

An overview report prints the same two kinds the other way round: the agencies' lists first,
each numbered from 1 under the agency's name, then the overview's own set apart under a heading
of their own ("Overview report recommendations", numbered from 1 again). That heading further
down the chapter tells the lists above it are the agencies' own as surely as labels before."""

from __future__ import annotations

from dhrparse.document import Block
from dhrparse.extractors.recommendations.reading import Reading


def opens_own_list(r: Reading, i: int, source: int) -> bool:
    """Whether the body's heading at block i, inside the overview section opened at line
    `source`, heads an agency's own list: a list numbered from 1 under it, after labelled
    recommendations of that section."""
    return _list_from_one(r, i) and (_labelled_before(r, i, source) or _overview_part_after(r, i))


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


def _overview_part_after(r: Reading, i: int) -> bool:
    """A heading naming the overview's own recommendations further down this chapter, before
    the next chapter opens: the lists above it are the agencies' own."""
    for b in r.blocks[i + 1 :]:
        if b.kind != "heading":
            continue
        title = b.text.strip()
        if any(p.search(title) for p in r.vocab.overview_part):
            return True
        if b.number and "." not in b.number.rstrip("."):
            return False  # the next numbered chapter
    return False

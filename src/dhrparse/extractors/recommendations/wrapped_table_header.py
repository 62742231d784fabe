"""The header of a recommendations table printed with its cells joined whose narrow column
wraps its name onto a second line:

    No. Government Recommendation
    department
    N1 Department for Work Make it possible for a person claiming ...

The header's first line names no columns on its own ("Government" is no column's name), so the
table was not read, and its rows, joined with the header into one paragraph, were lost. The line
under the header holding only a name's last words is put back after the word it completes; the
first insertion that makes the header's columns is taken, and the rows are read from below that
second line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.extractors.recommendations.joined_layout import header_layout

if TYPE_CHECKING:
    from dhrparse.extractors.recommendations.joined_layout import Layout
    from dhrparse.extractors.recommendations.reading import Reading

MAX_WRAPPED = 2  # the most words a name's second line holds


def wrapped_headers(r: Reading, first: int, text: str) -> list[tuple[Layout, str, int]]:
    """Every such reading, left to right: a name printed twice ("Recommendation Recommendation"
    over "addressed to") may be completed at either twin, and which one only its rows tell."""
    under = next((ln for ln in r.doc.lines_between(first + 1, first + 3) if ln.is_content), None)
    if under is None:
        return []
    rest = under.text.split()
    if not 1 <= len(rest) <= MAX_WRAPPED or not all(w.isalpha() and w.islower() for w in rest):
        return []
    words = text.split()
    out = []
    for k in range(1, len(words) + 1):
        joined = " ".join([*words[:k], *rest, *words[k:]])
        layout = header_layout(r, joined)
        if layout is not None:
            out.append((layout, joined, under.number))
    return out

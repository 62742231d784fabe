"""A plan header printed as two rows: names merged down over both rows beside one name merged
across the columns under it ("Progress (March 2025)" over "Update | RAG").

Read as cells (PDF, Word), the first row holds every name merged down and the merged-across
name once, the cells it spans to its right empty; the second row holds only the names under
it. The header read from the first row alone has a column named by nothing (the RAG column),
so its letters are no one's status. The two rows are one header: each column takes the name
printed under the merged-across name where the second row prints one, else its first row's.
The names under it may be states ("Progress at 31 October 2025" over "Not started | In progress |
Complete"): columns whose marks say the row's state (plan.state_columns)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dhrparse.plan.state_columns import state_name
from dhrparse.prepare.markup import flatten

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.plan.tables import ColumnMap


def join_sub_headers(lines: list[Line], cm: ColumnMap) -> list[Line]:
    """The lines with every two-row header made one row (its second row dropped)."""
    out: list[Line] = []
    skip = False
    seconds: dict[tuple[str, ...], list[str]] = {}  # (each joined header's second row: its names)
    for k, ln in enumerate(lines):
        if skip:
            skip = False
            continue
        below = lines[k + 1] if k + 1 < len(lines) else None
        names = _joined(ln, below, cm) if below is not None else None
        if names is None:
            again = seconds.get(_texts(ln)) if ln.cells is not None else None
            # (the second row printed again atop a later page, the first set aside with the
            # page's furniture: the header repeated)
            out.append(ln if again is None else replace(ln, text="\t".join(again), cells=again))
            continue
        out.append(replace(ln, text="\t".join(names), cells=names))
        seconds[_texts(below)] = names
        skip = True
    return out


def _texts(ln: Line) -> tuple[str, ...]:
    return tuple(" ".join(flatten(c).split()) for c in ln.cells or ())


def _joined(ln: Line, below: Line, cm: ColumnMap) -> list[str] | None:
    """The one header row the two make, or None where they are not a header over sub-names."""
    if ln.cells is None or below.cells is None or len(ln.cells) != len(below.cells):
        return None
    top = [" ".join(flatten(c).split()) for c in ln.cells]
    sub = [" ".join(flatten(c).split()) for c in below.cells]
    if not any(sub) or cm.header_columns(top) is None:
        return None
    spans = [k for k, name in enumerate(sub) if name]
    for k in spans:
        if not cm.is_header_words(sub[k]) and not state_name(sub[k], cm.patterns):
            return None
        # (under the merged-across name or the empty cells it spans to its right)
        start = k
        while start > 0 and not top[start]:
            start -= 1
        if not top[start] or not any(sub[start : k + 1]):
            return None
    if not any(not top[k] for k in spans):
        return None  # (no cell spanned: a first table row that happens to print names)
    names = [sub[k] or top[k] for k in range(len(top))]
    return names if cm.header_columns(names) is not None else None

"""A bulleted cell in a plan table a word processor saved as text, one cell a line: the cell's
list prints a bullet a line ("• Amend the policy ..." / "• Brief all staff ..."), so counting
lines as cells reads its second bullet as the next column's cell. The lines of one list, each
opening with a bullet's mark straight under the one before, are one cell; the table's reader
counts with them so, and falls back to a line a cell where that does not divide."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.action_bullets import MARK

Cells = list[tuple[Line, str]]


def joined_lists(cells: Cells) -> tuple[Cells, dict[int, list[Line]]] | None:
    """The cells with each list's later bullets joined into its first, and the later bullets'
    lines by the first's line number; None when no cell holds a list."""
    out: Cells = []
    later: dict[int, list[Line]] = {}
    for ln, text in cells:
        if out and _bullet(text) and _bullet(out[-1][1]) and _next(later, out[-1][0], ln):
            first, head = out[-1]
            out[-1] = (first, f"{head} {text}")
            later.setdefault(first.number, []).append(ln)
            continue
        out.append((ln, text))
    return (out, later) if later else None


def _bullet(text: str) -> bool:
    return text.startswith(MARK + " ")


def _next(later: dict[int, list[Line]], first: Line, ln: Line) -> bool:
    """The bullet's line straight under the list's last line."""
    last = later.get(first.number, [first])[-1]
    return ln.number == last.number + 1


def with_lists(row: tuple[list[Line], list[str]], later: dict[int, list[Line]]):
    """The row's printed lines with its lists' later bullets put back in print order."""
    printed, texts = row
    lines = [x for ln in printed for x in (ln, *later.get(ln.number, ()))]
    return sorted(lines, key=lambda ln: ln.number), texts

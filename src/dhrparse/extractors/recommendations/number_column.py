"""A "No. | Recommendation | Organisation" table exported as text one cell to a line: each
recommendation arrives as a lone number line, the recommendation's paragraph, then the body
named in the organisation column. The lone numbers fall out of the blocks (they look like page
numbers), so they are read back here from the lines: a run of items each straight after a
number line, counting up one at a time, and each followed by a short body's name."""

from __future__ import annotations

import re

from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading

_NUMBER_CELL = re.compile(r"^\s*(\d{1,2})\.?\s*$")
_MIN_RUN = 2  # one number before one paragraph is as likely a page number


def number_cells(r: Reading, items: list[Item]) -> None:
    """Give each item of such a run the number printed in its row's number cell."""
    raw = _raw_lines(r)
    covered = {n for b in r.blocks for n in range(b.line_start, b.line_end + 1)}
    cells = [_number_before(raw, covered, it) if it.ref is None and it.blocks else None for it in items]
    run: list[int] = []
    for k, number in enumerate(cells + [None]):
        if (
            number is not None
            and (not run or number == cells[run[-1]] + 1)
            and _organisation_after(r, items[k])
        ):
            run.append(k)
            continue
        if len(run) >= _MIN_RUN:
            for j in run:
                items[j].ref = str(cells[j])
        run = [k] if number is not None and _organisation_after(r, items[k]) else []


def _raw_lines(r: Reading) -> dict[int, str]:
    out: dict[int, str] = {}
    for ln in r.doc.lines:
        out.setdefault(ln.number, ln.raw or ln.text or "")
    return out


def _number_before(raw: dict[int, str], covered: set[int], item: Item) -> int | None:
    """The lone number on the last non-blank line before the item, when no block holds it."""
    n = item.blocks[0].line_start - 1
    while n > 0 and not raw.get(n, "").strip():
        n -= 1
    m = _NUMBER_CELL.match(raw.get(n, ""))
    return int(m.group(1)) if m and n not in covered else None


def _organisation_after(r: Reading, item: Item) -> bool:
    """The row's organisation cell: the block after the item is a short body's name."""
    end = item.blocks[-1].line_end
    nxt = next((b for b in r.blocks if b.line_start > end), None)
    if nxt is None:
        return False
    text = nxt.text.strip()
    return len(text.split()) <= 12 and not text.endswith(".") and r.actors.is_body(text.split(" – ")[0])

"""A plan row's code read as a recommendation's label: a performance system's export ("Code |
Title | Status | Progress | Due Date | Assigned To | Latest Note") printed by plain pdftotext a
cell at a time, each row's code ("R1", "R1.2") on a line of its own over its title and its
cells, each cell a paragraph ("Overdue" / "30%" / "30-Nov-2025" / "Domestic Abuse Coordinator").

A bare code so printed is the plan's Code column, not a recommendation's label: under a plan's
header, a unit opened by a code whose paragraphs up to the next label hold a state or a share
done standing alone on its line is an action's row (or a recommendation's summary row, its
state and share the average of its actions') and makes no record; a code whose first paragraph
is a sentence (not a dated note) heads its recommendation's text, as a report's table prints
it, and is read as a label. A recommendation the export
labels in words ("Recommendation: the Partnership to ...") is stated there and read as one;
the plan stage reads the rows, or tells that it could not.
"""

from __future__ import annotations

from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.extractors.recommendations.vocabulary import Label
from dhrparse.plan.export_rows import value_cell
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.vocab.dates import opening_date

ROW_REACH = 12  # paragraphs read after the code for its row's cells, up to the next label


def plan_code_row(r: Reading, i: int, m: Label) -> bool:
    """Is the code labelling block i a plan row's code, its cells printed under it? So where
    its row holds a cell's value alone on a line under a plan's header and its first paragraph
    is no sentence (a code over its recommendation's text is the recommendation's)."""
    if not m.code or m.rest.strip() or _states_first(r, i):
        return False
    code, cells = r.blocks[i], _row_blocks(r, i)
    last = cells[-1].line_end if cells else code.line_end
    headers = r.plan_headers()
    printed = (ln.text for b in cells for ln in r.doc.lines_between(b.line_start, b.line_end))
    return any(value_cell(text, r.ctx.patterns) for text in printed) and any(n <= last for n in headers)


def _states_first(r: Reading, i: int) -> bool:
    """The code's first paragraph is a sentence, not a dated note: a recommendation's text under
    its code (a row's title ends no sentence)."""
    first = r.blocks[i + 1] if i + 1 < len(r.blocks) else None
    if first is None or first.kind not in ("paragraph", "bullet"):
        return False
    text = first.text.strip()
    return bool(SENTENCE_END.search(text)) and opening_date(text, r.ctx.patterns, within=1) is None


def cells_open(r: Reading, b) -> bool:
    """Does block b, in a recommendation's body, open its row's cells (a state or share done
    alone on a line, under a plan's header)? The recommendation's words end before it."""
    if not any(n < b.line_start for n in r.plan_headers()):
        return False
    return any(value_cell(ln.text, r.ctx.patterns) for ln in r.doc.lines_between(b.line_start, b.line_end))


def warn_plan_code(r: Reading, i: int, m: Label) -> int:
    """The code and its row left to the plan, said so; returns the block after the row."""
    cells = _row_blocks(r, i)
    shown = [r.blocks[i], *cells]
    r.plan_codes.add(r.blocks[i].line_start)  # (its column is the plan's: number_column)
    r.ctx.warn_unread(
        "not_a_recommendation",
        "block",
        f"under an action plan's header: the plan's code {m.ref or r.blocks[i].text.strip()!r} over its row's "
        "cells (a state or share done alone on its line), not a recommendation",
        [x.text for x in shown],
        r.loc(shown),
    )
    return i + 1 + len(cells)


def _row_blocks(r: Reading, i: int) -> list:
    """The paragraphs after the code up to the next label, at most ROW_REACH (a cell of a
    short word may be set as a heading)."""
    out = []
    for b in r.blocks[i + 1 : i + 1 + ROW_REACH]:
        if b.kind not in ("paragraph", "bullet", "heading") or r.label_match(b.text, False):
            break
        out.append(b)
    return out

"""An "Agency | (No.) | Recommendation" table that a plain text export printed one column
after another, or one cell after another.

Text exported from a PDF loses a table's rows: the agency column comes first, a line per
printed line of each name ("Cranmore Domestic Abuse" / "Helpline"), then the numbers, then
the recommendations, each its own paragraph. The rows are rebuilt from what the columns keep:
the numbers restart at 1 for each agency; with no numbers, every agency holds one row, and a
gap left in the agency column (a row whose agency cell is empty) gives its row to the agency
above it. Printed cell by cell, a name line is followed by its recommendations. When the
columns cannot be lined up the table is left to the other readers, with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dhrparse.document import FURNITURE, Block
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading

_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]?\s*$")
_ABBREVIATION = re.compile(r"^[A-Z]{2,6}$")
_CONNECTORS = frozenset({"and", "of", "for", "the", "&", "in", "on"})
# blocks between the "Agency" header and the "Recommendation" header: a short column only
_REACH = 40


@dataclass
class _Column:
    names: list[str] = field(default_factory=list)
    gaps_after: list[int] = field(default_factory=list)  # empty rows printed under each name
    numbers: list[int] = field(default_factory=list)


def column_table(r: Reading, i: int, regions) -> tuple[list[Item], int] | None:
    """The records of an agency-keyed table whose "Agency" header is block i, and the block
    after the table; None when block i does not open such a table."""
    head = r.blocks[i]
    if head.kind not in ("paragraph", "heading") or not r.vocab.table_agency.match(head.text):
        return None
    j = _recommendation_header(r, i, regions)
    if j is None:
        return None
    cells, end = _cells(r, j, regions, by_cell=j == i + 1)
    if not cells:
        return None
    if j == i + 1:
        agencies = _cell_by_cell(r, cells)
    else:
        agencies = _aligned(_column(r, head, r.blocks[j]), len(cells))
    if agencies is None:
        r.ctx.warn(
            "table_not_aligned",
            f"an agency-keyed recommendations table printed column by column whose {len(cells)} "
            "recommendations could not be matched to its agency column; read without agencies",
            r.loc(r.blocks[i:end]),
        )
        return None
    return _items(r, i, j, cells, agencies, regions), end


def _recommendation_header(r: Reading, i: int, regions) -> int | None:
    for k in range(i + 1, min(len(r.blocks), i + _REACH)):
        b = r.blocks[k]
        if regions[k][0] != regions[i][0] or b.kind not in ("paragraph", "heading"):
            return None
        if r.vocab.table_recommendation.match(b.text):
            return k
        sentence = b.text.rstrip().endswith(".") and not r.vocab.table_ref.match(b.text)  # ("No.")
        if sentence or r.label_match(b.text, True):
            return None  # a sentence: not a column of names and numbers
    return None


def _cells(r: Reading, j: int, regions, by_cell: bool) -> tuple[list[Block], int]:
    """The recommendation column: the paragraphs after its header, to the region's end
    (printed cell by cell, the agencies' names among them, which may read as headings)."""
    kinds = ("paragraph", "heading") if by_cell else ("paragraph",)
    k = j + 1
    while k < len(r.blocks) and regions[k][0] == regions[j][0] and r.blocks[k].kind in kinds:
        if r.label_match(r.blocks[k].text, True):
            break
        k += 1
    return r.blocks[j + 1 : k], k


def _column(r: Reading, head: Block, rec_head: Block) -> _Column:
    """The agency column's names (printed lines joined until one ends a name), the empty rows
    under each, and the number column's numbers, from the lines between the two headers."""
    col = _Column()
    pending: list[str] = []
    last = head.line_end
    for ln in r.doc.lines:
        # (a number alone on its line reads as a page number: here it is the number column)
        if not (head.line_end < ln.number < rec_head.line_start) or not (ln.is_content or _number_cell(ln)):
            continue
        text, gap = ln.text.strip(), ln.number - last > 1
        last = ln.number
        number = _NUMBER.match(text)
        if number:
            col.numbers.append(int(number.group(1)))
        elif r.vocab.table_ref.match(text):
            continue  # the number column's header ("No.")
        else:
            if gap and col.names and not pending:
                col.gaps_after[-1] += 1
            pending.append(text)
            if _ends_name(r, text):
                col.names.append(" ".join(pending))
                col.gaps_after.append(0)
                pending = []
    if pending:
        col.names.append(" ".join(pending))
        col.gaps_after.append(0)
    return col


def _number_cell(ln) -> bool:
    return ln.kind == FURNITURE and _NUMBER.match(ln.text) is not None


def _ends_name(r: Reading, line: str) -> bool:
    words = line.split()
    last = words[-1].strip(",;:") if words else ""
    if not last or last.lower() in _CONNECTORS or last.endswith(("’s", "'s", "s’", "s'")):
        return False
    ends = r.ctx.patterns.derived("recommendations.agency_name_ends", _name_ends)
    return last.lower() in ends or bool(_ABBREVIATION.match(last))


def _name_ends(p) -> frozenset:
    words = p.list("recommendations.agency_name_ends") + p.list("recommendations.actor.body_nouns")
    return frozenset(w.lower() for w in words)


def _aligned(col: _Column, rows: int) -> list[str | None] | None:
    """The agency of each of `rows` recommendations, or None when the columns disagree."""
    if col.numbers:
        starts = [k for k, n in enumerate(col.numbers) if k == 0 or n <= col.numbers[k - 1]]
        if len(col.numbers) != rows or len(starts) != len(col.names):
            return None
        bounds = starts + [rows]
        return [col.names[g] for g in range(len(starts)) for _ in range(bounds[g], bounds[g + 1])]
    if len(col.names) == rows:
        return list(col.names)
    gaps = col.gaps_after[:-1] + [0]  # (the gap after the last name is the table's foot)
    if len(col.names) + sum(gaps) != rows:
        return None
    return [name for name, gap in zip(col.names, gaps) for _ in range(1 + gap)]


def _cell_by_cell(r: Reading, blocks: list[Block]) -> list[str | None] | None:
    """Printed cell by cell: name lines, then that agency's recommendations. The name blocks
    are dropped from `blocks` (the caller's list), leaving the recommendations."""
    agencies: list[str | None] = []
    kept: list[Block] = []
    pending: list[str] = []
    agency: str | None = None
    for b in blocks:
        text = b.text.strip()
        if not text.endswith(".") and len(text.split()) <= 8 and not r.vocab.asking.search(text):
            pending.append(text)
            if _ends_name(r, text):
                agency, pending = " ".join(pending), []
            continue
        if pending or agency is None:
            return None
        kept.append(b)
        agencies.append(agency)
    blocks[:] = kept
    return agencies if kept and not pending else None


def _items(r: Reading, i: int, j: int, cells: list[Block], agencies, regions) -> list[Item]:
    mode, source, _ = regions[i]
    for b in r.blocks[i : j + 1]:
        r.hold(b, "agency-keyed recommendations table: header and agency column")
    numbers = _Column()
    if j > i + 1:
        numbers = _column(r, r.blocks[i], r.blocks[j])
    refs = [str(n) for n in numbers.numbers] if len(numbers.numbers) == len(cells) else [None] * len(cells)
    return [
        Item(
            blocks=[b],
            lines=[r.clean(b.text)],
            ref=ref,
            level="agency" if mode == "agency" else "overview",
            agency=agency,
            source=source,
        )
        for b, agency, ref in zip(cells, agencies, refs)
    ]

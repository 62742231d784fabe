"""An "Agency | (No.) | Recommendation" table that a plain text export printed one column
after another, or one cell after another.

Text exported from a PDF loses a table's rows: the agency column comes first, a line per
printed line of each name ("Brisworth Domestic Abuse" / "Helpline"), then the numbers, then
the recommendations, each its own paragraph. The rows are rebuilt from what the columns keep:
the numbers restart at 1 for each agency; with no numbers, every agency holds one row, and a
gap left in the agency column (a row whose agency cell is empty) gives its row to the agency
above it. Printed cell by cell, a name line is followed by its recommendations. When the
columns cannot be lined up the table is left to the other readers, with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from dhrparse.document import FURNITURE, Block
from dhrparse.extractors.recommendations import agency_name_lines, cell_sentences
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
    codes: list[str] = field(default_factory=list)  # refs printed as an agency's letters ("KP1", "WM2")
    lowercase: bool = False  # a line opening in lower case: wrapped prose, not an agency's name


def column_table(r: Reading, i: int, regions) -> tuple[list[Item], int] | None:
    """The records of an agency-keyed table whose "Agency" header is block i, and the block
    after the table; None when block i does not open such a table."""
    j = _header_end(r, i, regions)
    if j is None:
        return None
    rows, end = _rows(r, i, j, regions)
    if rows is None:
        r.ctx.warn(
            "table_not_aligned",
            "an agency-keyed recommendations table printed column by column whose recommendations "
            "could not be matched to its agency column; read without agencies",
            r.loc(r.blocks[i:end]),
        )
        return None
    return (_items(r, r.blocks[i:end], rows, regions[i]), end) if rows else None


def _header_end(r: Reading, i: int, regions) -> int | None:
    """The block holding the table's "Recommendation" header, when block i opens the table."""
    head = r.blocks[i]
    if head.kind == "table":
        return i if _header_row(r, head) else None  # the header row read as a table, the cells below
    if head.kind in ("paragraph", "heading") and r.vocab.table_agency.match(head.text):
        return _recommendation_header(r, i, regions)
    if head.kind == "paragraph" and _header_under_lead_in(r, head):
        return _recommendation_header(r, i, regions)
    return None


def _header_under_lead_in(r: Reading, b: Block) -> bool:
    """The header's first name ("Agency") printed on the line straight under the table's one-line
    lead-in ("These recommendations were agreed by the panel."): with no blank line between, the
    paragraph reader joins the name to the finished sentence above it."""
    if len(b.lines) < 2:
        return False
    last, before = r.doc.line_numbered(b.lines[-1]), r.doc.line_numbered(b.lines[-2])
    return (
        last is not None
        and before is not None
        and r.vocab.table_agency.match(last.text) is not None
        and before.text.rstrip().endswith((".", ":"))
    )


def _rows(r: Reading, i: int, j: int, regions) -> tuple[list | None, int]:
    """(block, agency, number) of each recommendation, None when the columns disagree."""
    col = _column(r, r.blocks[i], r.blocks[j]) if j > i else _Column()
    if col.lowercase:
        return [], j + 1  # header cells wrapped over lines ("Key milestones ... in enacting"): not names
    by_cell = not col.names and not col.numbers  # the headers printed together, then the rows
    cells, end = _cells(r, j, regions, by_cell)
    if not cells:
        return [], end
    if by_cell:
        parts = [part for b in cells for part in _split_cells(r, b)]
        return _cell_by_cell(r, [p for b in parts for p in _split_asks(r, b)]), end
    cells, end = _within_printed_rows(r, col, cells, end)
    agencies = _aligned(r, col, len(cells))
    numbers = [str(n) for n in col.numbers] or col.codes or [None] * len(cells)
    return (list(zip(cells, agencies, numbers)) if agencies is not None else None), end


def _header_row(r: Reading, b: Block) -> bool:
    """A table of one row: "Agency | (No.) | Recommendation"."""
    if b.table is None or len(b.table.rows) != 1:
        return False
    cells = [t.strip() for t in b.table.rows[0].texts if t.strip()]
    return (
        len(cells) in (2, 3)
        and r.vocab.table_agency.match(cells[0]) is not None
        and r.vocab.table_recommendation.match(cells[-1]) is not None
        and all(r.vocab.table_ref.match(c) for c in cells[1:-1])
    )


def _recommendation_header(r: Reading, i: int, regions) -> int | None:
    for k in range(i + 1, min(len(r.blocks), i + _REACH)):
        b = r.blocks[k]
        if regions[k][0] != regions[i][0] or b.kind not in ("paragraph", "heading"):
            return None
        if r.vocab.table_recommendation.match(b.text):
            return k
        sentence = b.text.rstrip().endswith(".") and not r.vocab.table_ref.match(b.text)  # ("No.")
        if sentence or (r.label_match(b.text, True) and not _codes_only(r, b)):
            return None  # a sentence: not a column of names and numbers (or codes: "KP1")
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
        elif _code_cell(r, text):
            col.codes.append(text)
        elif r.vocab.table_ref.match(text):
            continue  # the number column's header ("No.")
        else:
            if gap and col.names and not pending:
                col.gaps_after[-1] += 1
            col.lowercase = col.lowercase or text[:1].islower()
            pending.append(text)
            if ends_name(r, text):
                col.names.append(" ".join(pending))
                col.gaps_after.append(0)
                pending = []
    if pending:
        col.names.append(" ".join(pending))
        col.gaps_after.append(0)
    return col


def _code_cell(r: Reading, text: str) -> bool:
    """A ref cell printing the agency's letters and a number alone ("KP1", "WM 2")."""
    m = r.vocab.agency_code_label.match(text)
    return m is not None and not m["rest"] and m["prefix"].isupper()


def _codes_only(r: Reading, b: Block) -> bool:
    return all(_code_cell(r, line.strip()) for line in b.text.splitlines() if line.strip())


def _code_prefix(r: Reading, code: str) -> str:
    return r.vocab.agency_code_label.match(code)["prefix"]


def _within_printed_rows(r: Reading, col: _Column, cells: list[Block], end: int) -> tuple[list[Block], int]:
    """The ref column counts the table's rows: a paragraph printed after the last row's cell
    with a blank line between ("Signed for the panel ...") follows the table, it is no cell."""
    rows = len(col.numbers) or len(col.codes)
    if not rows or len(cells) <= rows or cells[rows].line_start - cells[rows - 1].line_end < 2:
        return cells, end
    return cells[:rows], end - (len(cells) - rows)


def _number_cell(ln) -> bool:
    return ln.kind == FURNITURE and _NUMBER.match(ln.text) is not None


def ends_name(r: Reading, line: str) -> bool:
    """The line's last word closes an agency's name ("... Police", "... Helpline", "... PCT")."""
    words = line.split()
    last = words[-1].strip(",;:") if words else ""
    if not last or last.lower() in _CONNECTORS or last.endswith(("’s", "'s", "s’", "s'")):
        return False
    ends = r.ctx.patterns.derived("recommendations.agency_name_ends", _name_ends)
    return last.lower() in ends or bool(_ABBREVIATION.match(last))


def _name_ends(p) -> frozenset:
    words = p.list("recommendations.agency_name_ends") + p.list("recommendations.actor.body_nouns")
    return frozenset(w.lower() for w in words)


def _aligned(r: Reading, col: _Column, rows: int) -> list[str | None] | None:
    """The agency of each of `rows` recommendations, or None when the columns disagree."""
    if col.numbers or col.codes:
        # numbers restart, codes change their letters, at each agency's first row
        refs = col.numbers or [_code_prefix(r, c) for c in col.codes]
        starts = [
            k for k, n in enumerate(refs) if k == 0 or (n <= refs[k - 1] if col.numbers else n != refs[k - 1])
        ]
        if len(refs) != rows or len(starts) != len(col.names):
            return None
        bounds = starts + [rows]
        return [col.names[g] for g in range(len(starts)) for _ in range(bounds[g], bounds[g + 1])]
    if len(col.names) == rows:
        return list(col.names)
    gaps = col.gaps_after[:-1] + [0]  # (the gap after the last name is the table's foot)
    if len(col.names) + sum(gaps) != rows:
        return None
    return [name for name, gap in zip(col.names, gaps) for _ in range(1 + gap)]


# a row the export printed on one line: "Pellham Police 1 Remind call handlers ..."
_NAME_NUMBER = re.compile(r"^(?P<name>[A-Z][^.;:]{2,80}?)\s(?P<num>\d{1,2})\s+(?P<rest>[A-Z].*)$", re.S)


def _cell_by_cell(r: Reading, blocks: list[Block]) -> list[tuple[Block, str, str | None]] | None:
    """Printed cell by cell: a name's lines, then that agency's recommendations, each under
    its number (on the line above, or the paragraph's own number)."""
    rows: list[tuple[Block, str, str | None]] = []
    pending: list[str] = []
    agency: str | None = None
    for b in blocks:
        text = b.text.strip()
        if _name_line(r, text):
            pending.append(text)  # a line of an agency's name (the next sentence ends it)
            continue
        ref = b.number if b.number and b.number.isdigit() else _number_above(r, b)
        joined = _NAME_NUMBER.match(text)
        if joined is not None and _name_line(r, joined["name"]):
            pending.append(joined["name"])
            b, ref = replace(b, text=joined["rest"]), joined["num"]
        if pending:
            agency, pending = " ".join(pending), []
            # (the name's last line printed inside its first recommendation's paragraph)
            carried = agency_name_lines.carried_name(r, b, agency)
            if carried is not None:
                agency, b = carried
        if agency is None:
            return None
        rows.append((b, agency, ref))
    return rows if rows and not pending else None


def _split_asks(r: Reading, b: Block) -> list[Block]:
    """A cell's recommendations, each its own paragraph (an agency's name, a short line with
    no sentence, is left whole: the row reader takes its lines)."""
    return [b] if b.number or _name_line(r, b.text.strip()) else cell_sentences.split_asks(r, b)


def _name_line(r: Reading, text: str) -> bool:
    return not text.endswith(".") and len(text.split()) <= 8 and not r.vocab.asking.search(text)


def _split_cells(r: Reading, b: Block) -> list[Block]:
    """A paragraph the export ran across cells: across a number cell ("... control." / "2" /
    "Audit ..."), one cell on each side of the number; else, across the next agency's name
    (`_name_tail`), the cell and then the name."""
    by_number: list[list[int]] = [[]]
    for n in b.lines:
        if by_number[-1] and any(_number_cell_at(r, k) for k in range(by_number[-1][-1] + 1, n)):
            by_number.append([])
        by_number[-1].append(n)
    # each cell may end on the next agency's name, whether or not a number cell parted it
    groups = [tail for cell in by_number for tail in _name_tail(r, cell)]
    if len(groups) == 1:
        return [b]
    texts = [" ".join(r.doc.line_numbered(n).text.strip() for n in g) for g in groups]
    return [replace(b, text=text, line_start=g[0], line_end=g[-1], lines=g) for g, text in zip(groups, texts)]


def _name_tail(r: Reading, cell: list[int]) -> list[list[int]]:
    """A cell's lines whose sentence ended and whose last printed line is the next agency's
    name ("... within a week." / "Brindle Community"): where every printed line is followed
    by a blank one, the paragraph reader runs the name's first line on after the cell above.
    The cell, then the name; else the cell whole."""
    if len(cell) < 2:
        return [list(cell)]
    lines = [r.doc.line_numbered(n) for n in cell]
    if any(ln is None for ln in lines):
        return [list(cell)]
    before, last = lines[-2].text.strip(), lines[-1].text.strip()
    if before.endswith(".") and _name_line(r, last) and last[:1].isupper():
        return [list(cell[:-1]), [cell[-1]]]
    return [list(cell)]


def _number_cell_at(r: Reading, n: int) -> bool:
    ln = r.doc.line_numbered(n)
    return ln is not None and _NUMBER.match(ln.text) is not None and (ln.is_content or _number_cell(ln))


def _number_above(r: Reading, b: Block) -> str | None:
    """The number cell printed just above a recommendation cell, read cell by cell."""
    for n in range(b.line_start - 1, max(0, b.line_start - 4), -1):
        ln = r.doc.line_numbered(n)
        if ln is not None and (ln.is_content or _number_cell(ln)):
            number = _NUMBER.match(ln.text)
            return number.group(1) if number else None
    return None


def _items(r: Reading, table: list[Block], rows, region) -> list[Item]:
    mode, source, _ = region
    cells = {(b.line_start, b.line_end) for b, _, _ in rows}
    for b in table:
        if (b.line_start, b.line_end) not in cells:
            r.hold(b, "agency-keyed recommendations table: header and agency column")
    return [
        Item(
            blocks=[b],
            lines=[r.clean(b.text)],
            ref=ref,
            level="agency" if mode == "agency" else "overview",
            agency=agency,
            source=source,
        )
        for b, agency, ref in rows
    ]


# "Kelmoor Police: Officers to record ...": the table's row printed as a paragraph
_NAMED = re.compile(r"^(?P<name>[A-Z][^:.;]{2,80}?)\s*:\s+(?P<rest>\S.*)$", re.S)


def named_paragraphs(r: Reading, i: int, regions) -> tuple[list[Item], int] | None:
    """Agency-keyed rows printed as paragraphs, each opening on its agency's name and a colon,
    in an agency region; None when block i is not one."""
    mode, source, _ = regions[i]
    items: list[Item] = []
    k = i
    while k < len(r.blocks) and regions[k][0] == mode and r.blocks[k].kind == "paragraph":
        m = _NAMED.match(r.blocks[k].text.strip())
        if m is None or not _body_name(r, m["name"]) or not r.vocab.recommending.search(m["rest"]):
            break
        b = replace(r.blocks[k], text=m["rest"])
        items.append(
            Item(blocks=[b], lines=[r.clean(m["rest"])], level="agency", agency=m["name"], source=source)
        )
        k += 1
    return (items, k) if items else None


def _body_name(r: Reading, name: str) -> bool:
    words = name.split()
    return (
        len(words) <= 8
        and all(w[0].isupper() or w.lower() in _CONNECTORS for w in words)
        and (ends_name(r, name) or r.actors.is_body(name))
    )

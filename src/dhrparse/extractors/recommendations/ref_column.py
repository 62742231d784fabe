"""A recommendations table printed without a header row: a narrow column of references
("NR1", "L2", "3", "Recommendation 4") beside a column of the recommendations' text, one row
each. Authors set lists this way in Word to hang the text clear of its number; a word
processor's PDF shows the same columns. A row holding only a sub-heading ("Local
recommendations") sets no record; a row with an empty reference cell carries on the text
of the row above (a cell broken over two rows, or over a page)."""

from __future__ import annotations

import re

from dhrparse.document import Block, Row
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.extractors.recommendations.stems import fold_stem_rows
from dhrparse.extractors.recommendations.sub_refs import part_addressee
from dhrparse.sentence_ends import CLOSED_LINE_END as _TERMINAL
from dhrparse.vocab import refs

_LABEL_WORD = re.compile(r"^(?:recommendation|rec\.?)\s*", re.IGNORECASE)
_MIN_ROWS = 2  # one numbered row beside a sentence is as likely a stray paragraph number
_MIN_WORDS = 6  # a recommendation says who must do what
_AGENCY_CODE = re.compile(r"^[A-Z]{1,5}\s?\d{1,2}[a-z]?$")
# an agency's code, then (a space lost or not) the capitalised sentence it heads
_CODE_THEN_TEXT = re.compile(r"^(?P<code>[A-Z]{1,5}\d{1,2})(?:\s+|(?=[A-Z][a-z]))(?P<text>[A-Z].*)$")


def ref_column_items(r: Reading, block: Block, level: str, source: int, headed: bool = False) -> list[Item]:
    """One record per referenced row, when the table reads as such a list; `headed`: a one-row
    table straight under a heading (a theme's only recommendation)."""
    table = block.table
    if table is None or not _reads_as_list(r, table.rows, level, headed):
        return []
    items: list[Item] = []
    heading: str | None = None  # an agency's name printed as a row of its own over its rows
    for row in table.rows:
        ref, text = _cells(r, row)
        if not text:
            heading = _agency_row(r, row) if level == "agency" else None
            continue  # a sub-heading row ("National recommendations", "Probation Service")
        if not ref:
            addressee = _addressee(r, text)
            if addressee and items:
                # ("Response required from: <agency>" in the text's column under it: who must act)
                items[-1].agency, items[-1].addressed = addressee, True
                continue
            if items:
                items[-1].lines.append(text)
                items[-1].blocks.append(row_block(block, row, text))
            continue
        display = refs.display_ref(_ref_of(ref))
        items.append(
            Item(
                blocks=[row_block(block, row, text)],
                lines=[text],
                ref=display,
                level=level,
                source=source,
                # ("2(a) The Trust should ..." under "2 Merrowfield NHS Trust should ...")
                actor_text=part_addressee(r.names, r.actors, items, display, text),
                agency=heading,
            )
        )
    return fold_stem_rows(r, items)  # "1 ... so that:" over rows "1.1", "1.2"


def _agency_row(r: Reading, row: Row) -> str | None:
    """An agency's name alone in a row ("Probation Service"): the agency of the rows under it,
    as its heading would be where a single-agency list is printed without a table."""
    filled = [r.clean(t) for t in row.texts if t.strip()]
    if len(filled) == 1 and r.actors.is_body(filled[0]) and len(filled[0].split()) <= 8:
        return filled[0].rstrip(":")
    return None


def _reads_as_list(r: Reading, rows: list[Row], level: str = "overview", headed: bool = False) -> bool:
    """Most rows with text beside them hold a reference, at least two (or one code under an
    agency's or a theme's heading, see _agency_code), each beside a sentence that asks someone to
    act; no row holds text in a third column (a plan or a chronology)."""
    if any(len([c for c in row.texts if c.strip()]) > 2 for row in rows):
        return False
    pairs = [_cells(r, row) for row in rows]
    # (a row naming who must act on the row above, "Response required from: ...", is not a row of text)
    filled = [(ref, text) for ref, text in pairs if text and (ref or not _addressee(r, text))]
    numbered = [text for ref, text in filled if ref]
    least = 1 if (level == "agency" or headed) and _agency_code(filled) else _MIN_ROWS
    if len(numbered) < least or len(numbered) * 3 < len(filled) * 2:
        return False
    asking = sum(1 for t in numbered if len(t.split()) >= _MIN_WORDS and _asks(r, t))
    return asking * 2 > len(numbered)


def _addressee(r: Reading, text: str) -> str | None:
    """The agency an addressee line names ("Response required from: <agency>"), else None."""
    m = r.vocab.addressee_line.match(text)
    return r.clean(m.group("rest")) if m else None


def _agency_code(filled: list[tuple[str, str]]) -> bool:
    """A single row whose reference is an agency's code ("MGH1", "PS1") under that agency's
    heading in a single-agency list: its only recommendation, set as a one-row table like the
    other agencies' (a bare "4" beside a sentence is still taken for a stray paragraph number)."""
    return len(filled) == 1 and bool(_AGENCY_CODE.match(_ref_of(filled[0][0])))


def _cells(r: Reading, row: Row) -> tuple[str, str]:
    """(reference, text) of a row: its first cell when it reads as a reference, and the cell
    beside it; ("", text) when the first cell is empty; ("", "") for a sub-heading row."""
    texts = [r.clean(t) for t in row.texts]
    if len(texts) < 2:
        return "", ""
    first, rest = texts[0], " ".join(t for t in texts[1:] if t)
    if not rest:
        return "", ""
    if not first:
        return "", rest
    if ref_cell(r).match(first):
        return first, rest
    return _ref_printed_in_text(r, first, rest)


def _ref_printed_in_text(r: Reading, first: str, rest: str) -> tuple[str, str]:
    """A reference all but as wide as its hanging indent ("WGH1") printed hard against the
    text, the reader cutting the line's cells inside the text instead: the code opens the first
    cell, with or without a space before the sentence it heads, and that sentence runs on into
    the next cell ("WGH1The Trust should ... the" | "frailty assessment its ward nurses complete.")."""
    m = _CODE_THEN_TEXT.match(first)
    if m is None or _TERMINAL.search(m.group("text")) or not ref_cell(r).match(m.group("code")):
        return "", ""
    return m.group("code"), f"{m.group('text')} {rest}"


def _asks(r: Reading, text: str) -> bool:
    return bool(r.vocab.asking.search(text) or r.vocab.recommending.search(text) or r.standalone(text))


def _ref_of(cell: str) -> str:
    """ "Recommendation 4." -> "4"; "NR1" stays "NR1"."""
    return _LABEL_WORD.sub("", cell).rstrip(".:)")


def ref_cell(r: Reading) -> re.Pattern:
    return r.ctx.patterns.derived(
        "recommendations.table.ref_cell",
        lambda p: re.compile(p.get("recommendations.table.ref_cell", r"(?!x)x")),
    )


def row_block(block: Block, row: Row, text: str) -> Block:
    """A table row's recommendation cell as a block of its own (the record's location)."""
    return Block(
        kind="paragraph",
        text=text,
        line_start=row.line_start,
        line_end=row.line_end,
        page=row.page,
        lines=list(range(row.line_start, row.line_end + 1)),
        section=block.section,
    )

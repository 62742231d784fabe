"""An agency's own recommendations listed by their code above its action plan.

A single-agency action plan often opens by listing the recommendations its individual
management review made ("IMR 1 The Police should ...", "IMR 2 ..."), as paragraphs or as a
two-column borderless table, before the table of actions that answer them. The plan stage
reads only the action table; the list is where the recommendations are stated, each the
agency's own (`recommendations.agency_level_codes`). A row or paragraph counts only when its
code opens it and the rest asks someone to act, and only outside the rows the plan read.
"""

from __future__ import annotations

import re

from dhrparse.document import Block, Row
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.extractors.recommendations.ref_column import row_block
from dhrparse.extractors.recommendations.vocabulary import Label
from dhrparse.vocab import refs


def coded_label(r: Reading, b: Block) -> Label | None:
    """An agency-coded recommendation paragraph printed in a plan's section, above its table."""
    if b.kind != "paragraph" or r.in_plan(b):
        return None
    m = r.label_match(b.text, False)
    return m if m is not None and agency_coded(r, m) else None


def agency_coded(r: Reading, m: Label) -> bool:
    """A label coded as an agency's own recommendation ("IMR 1": the individual management
    review's)."""
    if not (m.code and m.ref):
        return False
    prefix = m.ref.rstrip("0123456789.abcdefgh ").rstrip(" -–").upper()
    return prefix in r.vocab.agency_codes


def agency_coded_ref(r: Reading, ref: str) -> bool:
    """A plan's code naming an agency's own review before the agency's letters and the number
    ("IMR-P1", "IMR-H2": the police's, the hospital's individual management review's)."""
    m = _SERIES_AND_AGENCY.match(ref)
    return m is not None and m.group(1).upper() in r.vocab.agency_codes


# a code's series, a hyphen, then the agency's letters and the number ("IMR-P1", "IMR-GP2")
_SERIES_AND_AGENCY = re.compile(r"^([A-Za-z]{2,6})\s?[-–]\s?[A-Z]{1,4}\d{1,2}(?:\.\d{1,2})?$")


def table_rows(r: Reading, block: Block, source: int, agency: str | None) -> list[Item]:
    """The leading rows of a table that list coded recommendations ("IMR 1 | The Police
    should ..."), where the export joined the list's table to the plan's below it."""
    items: list[Item] = []
    for row in block.table.rows if block.table is not None else []:
        m = _row_label(r, row)
        if m is None:
            break
        text = r.clean(m.rest)
        items.append(
            Item(
                blocks=[row_block(block, row, text)],
                lines=[text],
                ref=refs.display_ref(m.ref),
                level="agency",
                agency=agency,
                source=source,
            )
        )
    for it in items:
        r.hold(it.blocks[0], "coded single-agency recommendation")
    return items


def _row_label(r: Reading, row: Row) -> Label | None:
    if _planned(r, row):
        return None
    cells = [t.strip() for t in row.texts if t.strip()]
    if len(cells) != 2:
        return None
    m = r.label_match(f"{cells[0]} {cells[1]}", False)
    return m if m is not None and agency_coded(r, m) and m.rest == cells[1] else None


def _planned(r: Reading, row: Row) -> bool:
    return any(c.kind == "plan" and c.line_start <= row.line_start <= c.line_end for c in r.ctx.claims)

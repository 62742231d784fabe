"""A tracker's Source column: which report each recommendation comes from.

A tracker may mix the overview report's recommendations with those of the agencies' own
reviews (IMRs), saying in a column of its own where each comes from ("Overview", "IMR – Police"),
the ref ("OV1", "IMR-P1") and recommendation cells merged down beside it. An IMR's row is the
agency's recommendation and action: the row's section is the agency the cell names after the
report's kind, an overview row's the overview; where the recommendation opens by naming that
agency in full ("IMR – Police" beside "Hartlow Police should ..."), the full name. Read only
where every cell of the column reads as one or the other (patterns/actions.toml
[plan.source_column]) and one at least names an agency; any other column of that name is left
as printed.
"""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns
from dhrparse.plan.recommendation_cells import asking_words
from dhrparse.plan.sections import OVERVIEW
from dhrparse.plan.tables import PlanRow, PlanTable


def source_sections(tables: list[PlanTable], p: Patterns) -> None:
    """Each row of a table with a Source column given the section its cell names (rows changed
    in place)."""
    names = {name.lower() for name in p.list("actions.plan.source_column.headers")}
    overview = regex.compile(p.get("actions.plan.source_column.overview"))
    agency = regex.compile(p.get("actions.plan.source_column.agency"))
    for table in tables:
        header = next((h for h in _extra_headers(table) if h.strip().lower() in names), None)
        if header is None:
            continue
        sections = _row_sections(table.rows, header, overview, agency)
        if sections is None:
            continue
        named = None
        for row, section in zip(table.rows, sections, strict=True):
            if (row.extra.get(header) or "").strip():  # (a merged cell's later rows keep its name)
                named = _named_in_full(row, section, asking_words(p))
            row.section = named or row.section


def _extra_headers(table: PlanTable) -> list[str]:
    return [c.split(":", 1)[1] for c in table.columns if c.startswith("extra:")]


AGENCY = "agency"  # (an IMR row whose cell names no agency: its recommendation's sentence does)
SUBJECT_WORDS = 8  # the words before "should" naming a body ("Hartlow and District Police")


def _named_in_full(row: PlanRow, section: str | None, asking: regex.Pattern) -> str | None:
    """The agency as the row's recommendation names it opening its sentence ("Hartlow
    Police should ..."), else the Source's; None where neither names one."""
    if section in (None, OVERVIEW):
        return section
    text = " ".join((row.cells.get("recommendation") or "").split())
    m = asking.search(text)
    subject = regex.sub(r"^(?i:the)\s+", "", text[: m.start()].strip()) if m else ""
    if 0 < len(subject.split()) <= SUBJECT_WORDS and subject[:1].isupper():
        return subject
    return None if section == AGENCY else section


def _row_sections(rows: list[PlanRow], header: str, overview, agency) -> list[str | None] | None:
    """Each row's section as its Source cell names it (None where the cell is empty: a merged
    cell's later rows); None when a cell reads as neither or no row is an agency's."""
    sections: list[str | None] = []
    for row in rows:
        cell = " ".join((row.extra.get(header) or "").split())
        m = agency.match(cell) if cell else None
        if cell and m is None and not overview.match(cell):
            return None
        sections.append(((m.group("agency") or AGENCY).strip() if m else OVERVIEW) if cell else None)
    return sections if any(s not in (None, OVERVIEW) for s in sections) else None

"""A chronology told agency by agency in tables: a sub-heading per agency and under each the
agency's own table, as the agency submitted it, with its own columns ("Date | Time | Incident",
"Date of appointment | Seen by | Summary", "Date | Meeting outcome") and its own date forms.
The columns other than the date need not be the vocabulary's; what makes each table a
chronology is its structure and content together: its first column is headed as a date and
every row is dated there, it stands under a short sub-heading of its own, and at least two such
tables stand under headings naming organisations. A table whose header names only a
chronology's columns is found whatever heads it (missed_headings.unheaded_tables)."""

from __future__ import annotations

from dhrparse.document import Block, SourceDocument
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.kinds import FULL
from dhrparse.extractors.chronology.missed_headings import Found, table_section
from dhrparse.extractors.chronology.vocabulary import chronology_vocab
from dhrparse.patterns import Patterns

_TITLE_WORDS = 8  # the most words an agency's sub-heading has


def agency_tables(doc: SourceDocument, p: Patterns, found: Found) -> Found:
    """(the agency's heading as a section, FULL, [table]) for each agency's own table not read yet."""
    tables = [b for b in doc.blocks if b.kind == "table" and _dated_by_first_column(b, p)]
    headed = [(b, _agency_heading(b, p)) for b in tables]
    if sum(1 for _, named in headed if named) < 2:
        return []
    held = _held(found)
    more: Found = []
    for block, _ in headed:
        section = block.section
        if block.line_start in held or section is None or not _short_title(section.title):
            continue
        title = " ".join(section.title.split())
        own = table_section(title, block)
        heading = [b for b in section.blocks if b.kind == "heading"][:1]
        more.append((own, FULL, heading + [block]))
    return more


def _held(found: Found) -> set[int]:
    return {b.line_start for _, _, blocks in found for b in blocks}


def _dated_by_first_column(block: Block, p: Patterns) -> bool:
    """The header's first cell names the date (whatever the others say) and every row below has
    a date there."""
    if block.table is None or len(block.table.rows) < 2:
        return False
    rows = [[" ".join(t.split()) for t in r.texts] for r in block.table.rows]
    if len(rows[0]) < 2 or Columns(p).field_of(rows[0][0]) != "date":
        return False
    body = [r for r in rows[1:] if any(r)]
    return bool(body) and all(r and is_date_cell(r[0], p) and any(c for c in r[1:]) for r in body)


def _agency_heading(block: Block, p: Patterns) -> bool:
    section = block.section
    return (
        section is not None
        and _short_title(section.title)
        and bool(chronology_vocab(p).organisation.search(section.title))
    )


def _short_title(title: str) -> bool:
    return 0 < len(title.split()) <= _TITLE_WORDS

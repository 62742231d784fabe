"""The frame the zoo's chronology builders share (build_chron_joined_*.py,
build_chron_time_column_same_day.py, build_chron_caps_agency_cells.py,
build_chron_rows_interleaved.py, build_chron_story_unblanked.py, build_chron_colprint_*.py,
build_chron_source_agency_dash_comment.py, pending/build_chron_joined_time_not_known.py): a short report built in Word
whose only records are its chronology's entries (most often one table of the builder's rows),
exported to PDF by LibreOffice and to text by plain pdftotext, with a gold written by hand in the
builder (only each entry's line is looked up in the text). Each builder keeps what makes its
family: its rows, its report's wording and its gold's words; this module holds the table, the
gold's fixed fields and the save.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx_build import add_row, heading, make_table, new_doc, numbered, para  # noqa: E402
from gold_lines import chronology_gold, find_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402

__all__ = [
    "build",
    "chronology_gold",
    "chronology_table",
    "find_line",
    "heading",
    "new_doc",
    "numbered",
    "para",
    "report_gold",
    "review",
    "table_gold",
]

TABLE_SIZE = 10  # the table's font size (pt), smaller than the report's text


def chronology_table(doc, headers: list[str], widths, rows, size: float = TABLE_SIZE) -> None:
    """The chronology as one Word table: a header row, then one row per cell list in `rows`."""
    table = make_table(doc, headers, widths, size=size)
    for cells in rows:
        add_row(table, cells, widths, size=size)


def review(
    review_type: str | None, area: str, pseudonym: str, age: int | None = None, date_of_death=None
) -> dict:
    """The gold's review record: no id, kind or author printed, one victim."""
    return {
        "review_id": None,
        "review_type": review_type,
        "area": area,
        "doc_kind": None,
        "author": None,
        "victims": [{"pseudonym": pseudonym, "age": age}],
        "date_of_death": date_of_death,
    }


def report_gold(
    stem: str, *, family: str, description: str, review: dict, chronology: list[dict], notes: str
) -> dict:
    """The gold of a report whose only records are its chronology's entries."""
    return {
        "file": f"{stem}.txt",
        "family": family,
        "description": description,
        "review": review,
        "recommendations": [],
        "actions": [],
        "chronology": chronology,
        "notes": notes,
    }


def table_gold(lines: list[str], stem: str, *, events, **fields) -> dict:
    """report_gold for `events`, each (text, date_raw, iso date) in document order, none dated
    relatively; each entry's text_start its first eight words."""
    chronology = chronology_gold(lines, [(text, raw, iso, False) for text, raw, iso in events])
    return report_gold(stem, chronology=chronology, **fields)


def build(stem: str, word_document, gold) -> None:
    """The builder's document saved here as stem.docx, its PDF, text and gold beside it."""
    save_with_gold(word_document(), HERE, stem, gold)

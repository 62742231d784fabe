"""What a plain-text plan header's lines hold beside the columns' names: the first
recommendation band's label printed among them, and a short last name the header's order
makes the target date's.

A plan whose recommendations are bands ("Rec" / "1" in a narrow first cell, the
recommendation's text merged over the other columns) prints, in plain pdftotext, the first
column's block whole: its name "Ref", then the first band's "Rec" and "1", then the other
columns' names. The label is no column ("Rec" read as the Recommendation column took the
rows' update lines into a recommendation cell), and cleaning has taken its lone number off
as a page's, so it is known by the number left in the document.

A header ending on a name the synonyms leave to the cells ("By", after "Lead officer"): in a
header printed line by line whose action and lead columns are named, a last name that is a
due word names the target date's column, as "By: December 2025" labels a date in a cell. Read
only here, on the header's own lines: alone elsewhere "By" opens a cell's date ("By" /
"September 2023"), so it is no column's name in the synonyms. In text whose lines join a
table's cells the header is one line ("Rec  What the Board will do  Lead  By  Status"): there
the due word standing alone between the lead's name and the next column's names the target
date's column in the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.tables import header_form

if TYPE_CHECKING:
    from dhrparse.plan.tables import ColumnMap

_LONE_NUMBER = regex.compile(r"^\s*\d{1,2}\s*$")


def band_label(ln: Line, first_lines: Mapping[int, Line], band_statement: regex.Pattern) -> bool:
    """The header line is a recommendation band's label alone ("Rec"), the band's number
    printed alone on the document's next line ("1")."""
    text = ln.text.strip()
    after = first_lines.get(ln.number + 1)
    if len(text.split()) != 1 or after is None or not _LONE_NUMBER.match(after.text):
        return False
    return band_statement.match(f"{text} {after.text.strip()}") is not None


def closing_target(parts: list[str], cols: list[str], closing_names: set[str]) -> list[str]:
    """The header's columns with its last printed line, a due word alone ("By"), read as the
    target date's name where the lines before it name the action and then the lead, and no
    column is the target date's yet."""
    last = parts[-1].strip().lower().rstrip(":") if parts else ""
    if last not in closing_names or "target_date" in cols:
        return cols
    if "action" not in cols or cols[-1:] != ["lead"]:
        return cols
    return [*cols, "target_date"]


def due_between(cm: ColumnMap, header: str, cols: list[str], closing_names: set[str]) -> list[str]:
    """`cols` (the fields the one-line header `header` names, in printed order) with the target
    date's column where a due word alone ("By") is printed between the lead's name and the next
    name; `cols` as they are where the table names its target date, the names do not match
    `cols` one to one, or any other word stands there."""
    if "target_date" in cols or "lead" not in cols:
        return cols
    norm = header_form(header)
    names = list(cm.name_search.finditer(norm))
    if len(names) != len(cols):
        return cols
    k = cols.index("lead")
    end = names[k + 1].start() if k + 1 < len(names) else len(norm)
    gap = norm[names[k].end() : end].strip(" .,;:").split()
    if len(gap) != 1 or gap[0].rstrip(":") not in closing_names:
        return cols
    return [*cols[: k + 1], "target_date", *cols[k + 1 :]]

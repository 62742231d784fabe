"""plan.stacked_cells: a header whose first names print one a line ("Recommendation" / "Scope
of" / "Action to take") while the rest of its names print among the lines below ("Lead Agency",
"Target Date": a Home Office template whose long names wrap in narrow columns) is cut short,
so its names are not the table's width: the lines are not read as a table printed one cell a
line. A header whose names are all read still is."""

from __future__ import annotations

from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.plan_lines import PlanLines
from dhrparse.plan.tables import column_map
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.prepare.cleaning import clean
from dhrparse.prepare.segment import segment
from dhrparse.readers.text import read_text

P = load_patterns()

HEAD = "Action Plan\n\nAction to take\nLead officer\nProgress\n"
ROWS = [
    "Rewrite the referral form.",
    "Practice Manager",
    "Form drafted and sent out.",
    "Brief the reception staff.",
    "Surgery Lead",
    "Two sessions held so far.",
]


def _cell_rows(text: str) -> list[list[str]]:
    doc = read_text(text.encode(), name="plan.txt", path="plan.txt", sha256="")
    clean(doc, P)
    segment(doc, P)
    lines = PlanLines(doc, column_map(P), ColumnRoles(P), PlanVocabulary.of(P)).lines
    return [ln.cells for ln in lines if ln.cells and any(ln.cells)]


def test_a_whole_header_reads_its_cells_one_a_line():
    rows = _cell_rows(HEAD + "\n".join(ROWS) + "\n")
    assert ["Rewrite the referral form.", "Practice Manager", "Form drafted and sent out."] in rows


def test_other_columns_names_among_the_cells_leave_the_lines_as_printed():
    # (the header's last names wrapped and printed below its first three, among the cells)
    body = [*ROWS[:3], "Target", "Date", "Date of completion", *ROWS[3:]]
    body[3:5] = ["Target Date", "Status"]
    rows = _cell_rows(HEAD + "\n".join(body) + "\n")
    assert not any("Practice Manager" in cells for cells in rows)

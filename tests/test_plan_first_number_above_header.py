"""Plans whose row numbers sit in a first column with no name in the header, printed by plain
pdftotext a line at a time across the cells (plan.line_rounds): Word prints the first row's
number level with the header's names, so the export prints it alone just above them
("1" / "Recommendation" / "Action" / ...), and cleaning takes it for a page number. The table
is read with its number column unnamed and the first row opening under the header. The
document is a genuine LibreOffice -> pdftotext export
(tests/zoo/pending/build_plan_spaced_first_number.py); the PDF and Word routes read every row.

A lead cell whose last printed line, all in small letters, follows lines that already name
someone is another cell's line printed a round late: such a row is warned, not read with a lead
that carries another cell's words (tests/zoo/pending/build_plan_plain_spaced.py's export)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse import extract
from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.round_fit import RoundFit
from dhrparse.plan.spaced_rounds import SpacedRows
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.prepare.markup import flatten

PENDING = Path(__file__).parent / "zoo" / "pending"
P = load_patterns()


@pytest.fixture(scope="module")
def plan():
    return extract(PENDING / "plan_spaced_first_number.txt")


def test_the_first_row_under_an_unnamed_number_column_is_read_whole(plan):
    first = plan.actions[0]
    assert first.ref == "1"
    assert first.action == "Publish a short leaflet on reporting a concern for a neighbour"
    assert first.lead == "Fernhollow Council"
    assert first.target_date.raw == "June 2025"
    assert first.status.value == "complete"
    assert first.extra["recommendation"].startswith("Partners should agree how a worried neighbour")


def test_the_rows_printed_mixed_below_it_are_warned_by_their_numbers(plan):
    untold = [w.message for w in plan.warnings if w.code == "plan_cells_untold"]
    assert [m.split("'")[1] for m in untold] == ["3", "4"]
    # row 2's date and status printed in one block beside row 1 are dealt back to it
    # (plan.dealt_cells); rows 3 and 4, printed among each other, get no guessed record
    second = plan.actions[1]
    assert [a.ref for a in plan.actions] == ["1", "2"]
    assert (second.lead, second.target_date.raw, second.status.value) == (
        "Fernhollow Police",
        "31/03/2025",
        "in_progress",
    )
    assert not [w for w in plan.warnings if w.code == "plan_text_unplaced"]


def test_a_number_above_a_header_on_another_page_is_no_row(tmp_path):
    """A page's number printed at the foot of the page before the header (a form feed between)
    is not the first row's: the header alone does not open an unnamed number column."""
    text = (PENDING / "plan_spaced_first_number.txt").read_text(encoding="utf-8")
    moved = text.replace("Appendix B: Action plan\n\n1\n\n", "Appendix B: Action plan\n\n1\n\f", 1)
    path = tmp_path / "plan.txt"
    path.write_text(moved, encoding="utf-8")
    assert [a.ref for a in extract(path).actions] != ["1"]


FIELDS = ["recommendation", "scope", "action", "lead", "target_date", "progress"]


def _row(stem: str, first: str, last: str) -> list[str]:
    lines = [ln.strip() for ln in (PENDING / stem).read_text(encoding="utf-8").splitlines() if ln.strip()]
    start = lines.index(first)
    return lines[start : lines.index(last, start) + 1]


def test_a_lead_carrying_another_cells_small_letter_line_is_not_read():
    """The lead is "Hartsmead" / "Partnership"; "reply received", the update's second line
    printed a round late, is no part of it: the row is left untold."""
    body = _row(
        "plan_plain_spaced_unheaded.txt",
        "National Recommendation 1: The",
        "before the inquest has concluded.",
    )
    spaced = SpacedRows(RoundFit(ColumnRoles(P)), flatten, PlanVocabulary.of(P), set())
    fit = spaced.fit.rounds(body, FIELDS)
    assert fit is not None and " ".join(fit.cells[3]) == "Hartsmead Partnership reply received"
    assert spaced.readings([[Line(n, t) for n, t in enumerate(body, start=1)]], FIELDS) is None

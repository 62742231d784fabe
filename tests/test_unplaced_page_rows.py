"""A plan printed side by side (pdftotext -layout) over a page break, its header not printed
again: the new page may set the table narrower, every column moved. Where no line of the page
prints a cell in every column (the row's recommendation cells left empty under the one above)
and nothing else tells where the columns went, the row's cells cannot be placed: that is told
in a `plan_cells_untold` warning with the row's page and line, never dropped in silence
(plan.page_columns). A page whose row fits the header's columns warns nothing."""

from __future__ import annotations

from dhrparse.pipeline import extract

PAGE_ONE = [
    "Action plan",
    "",
    "Rec   Recommendation                              Action   Action                                Lead"
    "                  Target date    Status",
    "                                                  ref",
    "1     Thornbury Council should review its          1.1      Review the referral pathway for       "
    "Adult Social Care     March 2025     Complete",
    "      referral pathway for carers.                          carers and publish it",
    "2     The Trust should train its ward staff on     2.1      Deliver training to ward staff on     "
    "Thornbury Trust       June 2025      In progress",
    "      recognising coercive control.                         coercive control",
    "3     The police should record every call          3.1      Add a call field to the domestic      "
    "Thornbury Police      May 2025       Complete",
    "      from a third party about the victim.                  abuse record",
]
# (the later action under recommendation 3, its page laid out narrower)
MOVED = "              3.2   Audit the new field in ten records    Thornbury Police   Aug 2025   Not started"
# (the same row on a page that keeps the header's columns)
KEPT = (
    "                                                  3.2      Audit the new field in ten records    "
    "Thornbury Police      Aug 2025       Not started"
)


def _plan(row: str) -> str:
    return "\n".join(PAGE_ONE) + "\n\n\n\f" + row + "\n"


def _untold(doc):
    return [w for w in doc.warnings if w.code == "plan_cells_untold"]


def test_a_row_on_a_page_that_moved_its_columns_is_told():
    doc = extract(_plan(MOVED))
    assert [a.ref for a in doc.actions] == ["1.1", "2.1", "3.1"]
    (warning,) = _untold(doc)
    assert warning.location.page == 2
    assert warning.location.line_start == 13  # (the moved row's own line)
    assert "page" in warning.message


def test_a_row_in_the_header_columns_reads_and_warns_nothing():
    doc = extract(_plan(KEPT))
    assert [a.ref for a in doc.actions] == ["1.1", "2.1", "3.1", "3.2"]
    assert doc.actions[-1].lead == "Thornbury Police"
    assert not _untold(doc)

"""Plans in the house style with space after every paragraph, which plain pdftotext prints a line
at a time across the cells, every printed line a block of its own (plan.line_rounds with
plan.spaced_rounds): a row whose lines fit their cells as rounds is read whole; a row whose
lines print mixed with another row's is kept with its ref, a status or date printed alone, and
a warning quoting its lines; nothing is guessed into its other cells. The documents are genuine
LibreOffice -> pdftotext exports (tests/zoo/pending/build_plan_spaced_lettered.py); the PDF and
Word routes read every row of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse import extract
from dhrparse.document import Line
from dhrparse.plan.number_runs import in_turn
from dhrparse.plan.row_numbers import ref_tuple
from dhrparse.plan.spaced_rounds import page_repeat, spaced, with_numbers

ZOO = Path(__file__).parent / "zoo"
PENDING = ZOO / "pending"


@pytest.fixture(scope="module")
def short():
    return extract(PENDING / "plan_spaced_lettered.txt")


@pytest.fixture(scope="module")
def pages():
    return extract(ZOO / "plan_spaced_lettered_pages.txt")


@pytest.fixture(scope="module")
def numbered():
    return extract(PENDING / "plan_spaced_numbered.txt")


def _untold(doc) -> list[str]:
    return [w.message for w in doc.warnings if w.code == "plan_cells_untold"]


def test_a_row_printed_as_rounds_is_read_into_its_cells(short, pages):
    first = short.actions[0]
    assert first.ref == "1(a)"
    assert first.action == (
        "Write a short guide for care home managers on when a fall should be raised as a safeguarding concern."
    )
    assert first.lead == "EASB Business Manager"
    assert first.target_date.raw == "June 2025"
    assert first.status.value == "in_progress"
    assert first.progress == "Draft guide shared with the care home forum for comment in April."
    long = pages.actions[0]
    assert long.ref == "1(a)"
    assert long.action.startswith("Set up a working group to rewrite the partnership's procedure")
    assert long.lead == "EASB Policy Sub-group"
    assert long.target_date.raw == "April 2025"
    assert long.progress.endswith("published before the summer.")


def test_rows_printed_mixed_are_warned_not_guessed(short, pages):
    # (no action is made of a row whose cells could not be told apart: its cells would be guesses;
    # 1b and 2a, their numbers printed in a run, are read by plan.number_runs)
    assert [a.ref for a in short.actions] == ["1(a)", "1(b)", "2(a)"]
    assert [a.ref for a in pages.actions] == ["1(a)", "1(b)", "2(a)", "3(a)", "4(a)", "4(b)"]
    untold = _untold(short)
    assert [m.split("'")[1] for m in untold] == ["3a"]
    assert not _untold(pages)  # (3a, no note under it there, reads in two parts)
    # the lines of the row are quoted, not dropped
    assert "Review how the night-time duty team" in untold[0] and "Q3 2025/26" in untold[0]


def test_rows_whose_numbers_print_in_a_run_are_read_in_two_parts(short, pages):
    # (both rows' action and lead cells print first, then both rows' date, progress and status)
    second, third = short.actions[1], short.actions[2]
    assert second.action == "Add the guide to the induction pack for new registered managers."
    assert second.lead == "Ellerdine Council Quality Team"
    assert second.target_date.raw == "30/09/2025"
    assert second.status.raw == "Not started"
    assert third.action.endswith("when the person has no family involved.")
    assert third.lead == "Ellerdine Hospitals Discharge Lead"
    assert third.status.raw == "Complete"
    four_a = pages.actions[4]
    assert four_a.lead == "Tollamore Ambulance Trust Safeguarding Lead"
    assert four_a.target_date.raw == "December 2025"
    assert four_a.status.raw == "In progress"


def test_no_other_reader_guesses_at_the_rows_set_aside(short, pages):
    assert not [w for w in short.warnings if w.code in ("plan_text_unplaced", "plan_note")]
    # 4b's last lines, printed among the header's names on page 2, carry its action and lead on
    # (plan.number_runs); the note under the table printed among them is read into no row
    last = pages.actions[-1]
    assert last.action.endswith("on the list were already known to adult social care.")
    assert last.lead == "EASB Business Manager"
    (rest,) = [w.message for w in pages.warnings if w.code in ("plan_text_unplaced", "plan_text_not_read")]
    assert "Quality Sub-group checks the evidence" in rest and "on the list" not in rest


def test_row_numbers_taken_for_page_numbers_are_put_back(numbered):
    first = numbered.actions[0]
    assert first.ref == "1"
    assert first.action == "Publish a falls and safeguarding flowchart for care home staff."
    assert first.lead == "EASB Business Manager"
    assert first.target_date.raw == "30/06/25"
    assert first.status.value == "in_progress"
    # (rows 5 and 6 print their right cells' rounds among row 4's lines, their numbers after:
    # plan.late_numbers reads them; rows 2 and 3 are read in two parts, below)
    assert [a.ref for a in numbered.actions] == ["1", "2", "3", "4", "5", "6"]
    assert _untold(numbered) == []
    fifth = numbered.actions[4]
    assert fifth.action == "Add a question on the carer's own health to the carer's assessment form."
    assert fifth.lead == "Carers' Lead, Ellerdine Council"
    assert fifth.status.raw == "Partially complete"


def test_a_row_printed_in_two_parts_is_read(numbered):
    # (its recommendation, action and lead cells as rounds, then its date, update and status
    # cells, then the action's last line: "police were told.")
    second, third = numbered.actions[1], numbered.actions[2]
    assert second.action == "Agree a discharge checklist for people with no family involved."
    assert second.lead == "Discharge Lead, Ellerdine Hospitals"
    assert second.target_date.raw == "March 2025"
    assert second.status.raw == "Complete"
    assert second.progress.endswith("it used in nine of ten discharges.")
    assert third.action == "Change the night duty recording template to ask whether the police were told."
    assert third.lead == "Head of Adult Social Care"
    assert third.status.raw == "Not yet started"
    assert third.progress == "Template change agreed; waiting for the system supplier."


def test_only_a_row_number_in_turn_is_put_back():
    def line(n, text):
        return Line(n, text)

    table = [
        line(10, "No."),
        line(12, "Action"),
        line(16, "Write the guide"),
        line(20, "Agree it"),
        line(22, "x"),
    ]
    numbers = [line(14, "1"), line(18, "2"), line(24, "9")]  # ("9": the page's number, after the table)
    view, put = with_numbers(table, 0, numbers, ref_tuple, lambda t: False)
    assert put == {14, 18}
    assert [ln.text for ln in view] == ["No.", "Action", "1", "Write the guide", "2", "Agree it", "x"]
    # (after a ref printed as it is, "3a", no number is put back: a lone "1" is the page's)
    lettered = [line(10, "Ref"), line(12, "3a"), line(14, "Review it"), line(18, "x")]
    assert with_numbers(lettered, 0, [line(16, "1")], ref_tuple, lambda t: t == "3a") == (lettered, set())
    # ... unless told which number follows a lettered one: "3b" -> "4" is the next row's, "1" is not
    after = [
        line(10, "Ref"),
        line(12, "3b"),
        line(14, "Review it"),
        line(18, "Tell the chair"),
        line(20, "x"),
    ]
    is_ref = lambda t: t == "3b"  # noqa: E731
    view, put = with_numbers(after, 0, [line(16, "4")], ref_tuple, is_ref, in_turn)
    assert put == {16} and [ln.text for ln in view][2:5] == ["Review it", "4", "Tell the chair"]
    assert with_numbers(after, 0, [line(16, "1")], ref_tuple, is_ref, in_turn) == (after, set())


def test_spaced_header_names():
    assert spaced([10, 12, 14, 16])
    assert not spaced([10, 11, 12, 13])
    assert not spaced([10, 12, 13])


def test_the_header_printed_again_over_a_broken_row():
    names = ["Ref", "Action", "Lead", "Due", "Progress", "Status"]
    broken = [
        "Complete",
        "Ref",
        "Action",
        "Lead",
        "Due",
        "Tollamore Board – review 'Iris'",
        "Progress",
        "Status",
    ]
    assert page_repeat([*broken, "and the second audit is booked."], names) == (1, 8)
    assert page_repeat(["Ref", "Action", "Lead"], names) is None  # (not the whole header)
    # (a running head, a page number, a broken row's last lines: no more)
    assert page_repeat(["Ref", "Action", "Lead", "one", "two", "Due", "three", "Progress", "Status"], names)
    many = [
        "Ref",
        "Action",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "Lead",
        "Due",
        "Progress",
        "Status",
    ]
    assert page_repeat(many, names) is None  # (cells printed among the names: a row, not a header)

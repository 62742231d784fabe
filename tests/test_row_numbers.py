"""Row numbers in plans printed as text (plan.row_numbers): a number opening a line starts a
row only when it follows the last row's number or restarts the numbering."""

from dhrparse.plan.row_numbers import RowNumbers, ref_tuple


def test_ref_tuple_reads_prefix_and_parts():
    assert ref_tuple("PH/2.1") == ("PH", 2, 1)
    assert ref_tuple("3.") == ("", 3)
    assert ref_tuple("02") is None  # a leading zero is not a row number
    assert ref_tuple("1.2.3.4") is None


def test_first_row_must_start_the_numbering():
    numbers = RowNumbers()
    assert numbers.plausible("1", table_has_rows=False)
    assert numbers.plausible("1.1", table_has_rows=False)
    assert not numbers.plausible("3", table_has_rows=False)


def test_next_rows_follow_the_last_number():
    numbers = RowNumbers()
    numbers.saw("1.3")
    assert numbers.plausible("1.4", table_has_rows=True)
    assert numbers.plausible("2.1", table_has_rows=True)
    assert numbers.plausible("2", table_has_rows=True)
    assert not numbers.plausible("10", table_has_rows=True)  # "10 staff were trained"
    assert not numbers.plausible("1.1", table_has_rows=True)  # no restart inside a table
    assert numbers.plausible("1.1", table_has_rows=False)  # numbering restarts under a new header


def test_restart_forgets_the_last_number():
    numbers = RowNumbers()
    numbers.saw("4")
    numbers.restart()
    assert not numbers.plausible("5", table_has_rows=False)
    assert numbers.plausible("1", table_has_rows=False)

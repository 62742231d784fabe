"""A column's name printed with an aside dating it ("Update (September 2024)", "Progress (as at 31
March 2025)") is that column's name (plan.dated_names): a plan printed a name a line by plain
pdftotext had lost the column, and with it the rows' statuses, because the aside's words are no
column's."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.dated_names import dated_aside, dated_name
from dhrparse.plan.tables import column_map

ZOO = Path(__file__).parent / "zoo"
P = load_patterns()
CM = column_map(P)


def test_a_name_with_a_dated_aside_is_a_header_line_naming_its_column():
    for text, field in [
        ("Update (September 2024)", "progress"),
        ("Progress (as at 31 March 2025)", "progress"),
        ("Progress update (Jan 2025)", "progress"),
        ("RAG status (30/06/2024)", "status"),
    ]:
        assert CM.is_header_words(text), text
        assert CM.field_of(text) == field


def test_an_aside_that_is_no_date_or_more_than_a_name_is_not():
    for text in [
        "Update (see note 3)",  # no date
        "Update (September 2024 onwards to the Board)",  # words after the date
        "Lead agency and partners (2024)",  # "partners" names no column
        "Guide issued (September 2024)",  # no column's name before the aside
        "Ref Action Lead Update (January 2025)",  # several names: a joined header (plan.tracker_header)
        "Update (September 2024) (draft)",
    ]:
        assert not CM.is_header_words(text), text


def test_dated_aside_wants_a_date_with_few_words_before_it():
    assert dated_aside("September 2024", P)
    assert dated_aside("as at 31 March 2025", P)
    assert not dated_aside("agreed by the Board in March 2025", P)
    assert not dated_aside("RAG", P)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_arbitrary_lines_never_crash_and_need_a_bracket(text):
    got = dated_name(text, P, CM.names_exactly)
    assert not got or "(" in text


def _statuses(text: str, tmp: Path) -> dict[str, str | None]:
    path = tmp / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return {a.ref: a.status.raw if a.status else None for a in extract(path).actions}


def test_a_plan_whose_progress_column_is_dated_reads_as_the_undated_one(tmp_path):
    """The zoo's column-block plan with its Progress column's name dated as a Board update
    names it: every row keeps its RAG letter, as with the plain name."""
    text = (ZOO / "plan_plain_sar_rag_progress.txt").read_text(encoding="utf-8")
    assert "\nProgress\n" in text
    plain = _statuses(text, tmp_path)
    dated = _statuses(text.replace("\nProgress\n", "\nProgress (September 2024)\n"), tmp_path)
    assert dated == plain
    assert [dated[r] for r in ("1(a)", "1(b)", "2(a)", "3(a)", "4(a)")] == ["G", "A", "G", "R", "G"]


def test_the_zoo_plan_with_a_dated_update_column_keeps_its_refs():
    """tests/zoo/pending/plan_dated_update_column: the header read whole, the rows' refs and
    their recommendations' numbers are read (the dated name had ended the header before them;
    the rows' other cells print out of order and stay unread, hence pending)."""
    actions = extract(ZOO / "pending" / "plan_dated_update_column.txt").actions
    assert [(a.ref, a.recommendation_ref) for a in actions] == [
        ("1.1", "1"),
        ("1.2", "1"),
        ("2.1", "2"),
        ("3.1", "3"),
        ("3.2", "3"),
    ]
    assert not any("September 2024" in a.action for a in actions)

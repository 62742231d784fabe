"""A plan set out one table per agency in corpus text (pdfplumber's lines, each followed by a
blank line, a table line's cells joined): an agency's heading over each small table, the same
header printed again under it, the numbering restarting. The narrower-table reader reads the
tables as one (their rows together measure the columns), each heading kept as printed over its
header so the walk gives its rows to that agency; a heading over a table with other columns,
or over text, still ends the table. A running head printed again on the table's pages is no
row's line. In such text every line ends in a space, so that space marks no wrapped line: an
agency's name over a table read into cells heads its part of the plan."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st
from plan_text import corpus_text

from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.narrow_cells import _years_over
from dhrparse.plan.narrow_rows import NarrowRows
from dhrparse.plan.plan_lines import PlanLines
from dhrparse.plan.tables import column_map
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.prepare.cleaning import clean
from dhrparse.prepare.segment import segment
from dhrparse.readers.text import read_text

P = load_patterns()
HEADER = "No. Recommendation Action Lead officer Target date Status"


def _plan_lines(text: str) -> PlanLines:
    doc = read_text(text.encode(), name="plan.corpus.txt", path="plan.corpus.txt", sha256="")
    clean(doc, P)
    segment(doc, P)
    return PlanLines(doc, column_map(P), ColumnRoles(P), PlanVocabulary.of(P))


def _body(lines: list[str], headings: tuple[str, ...] = ()):
    """The narrower-table reader's body of the table under the first header, on the lines as
    printed (before any reader rewrote them); `headings`: the lines the report's sections open."""
    pl = _plan_lines(corpus_text(lines))
    pl.lines = pl._content(pl.doc)
    heading_lines = {ln.number for ln in pl.lines if ln.text.strip() in headings}
    reader = NarrowRows(pl, P, heading_lines, True)
    i = next(k for k, ln in enumerate(pl.lines) if ln.text.strip() == HEADER)
    cols, _, nxt = pl.header_at(i)
    body, end, sections = reader._body(pl.lines, i, cols, nxt)
    text = [pl.lines[k].text.strip() for k in body]
    headings = [pl.lines[k].text.strip() for k in sections]
    return text, headings, [pl.lines[a - 1].text.strip() for a in sections.values()]


POLICE = [
    "1.1 The force should brief call handlers on Issue a briefing note to all call Head of Contact 31/05/2025 Complete",
    "stalking. handlers.",
    "2.1 The force should audit breach reports. Audit forty breach reports. DCI, Public March 2026 In progress",
    "Protection",
]
TRUST = [
    "1.1 The Trust should ask every patient Add routine enquiry to the booking Named Nurse 31/07/2025 Complete",
    "about abuse. form.",
]
HOUSING = [
    "1.1 Housing should check an address is Add a safe address check to the Housing Manager 30/09/2025 In progress",
    "safe before writing. letters system.",
]


def test_tables_under_numbered_agency_headings_are_read_as_one():
    text, headings, headers = _body(
        [
            "5. Single-agency action plans",
            "5.1 Brackenfield Police",
            HEADER,
            *POLICE,
            "5.2 Brackenfield Hospitals Trust",
            HEADER,
            *TRUST,
            "5.3 Brackenfield Housing",
            HEADER,
            *HOUSING,
        ],
        (
            "5. Single-agency action plans",
            "5.1 Brackenfield Police",
            "5.2 Brackenfield Hospitals Trust",
            "5.3 Brackenfield Housing",
        ),
    )
    assert headings == ["5.2 Brackenfield Hospitals Trust", "5.3 Brackenfield Housing"]
    assert headers == [HEADER, HEADER]  # (each heading's header ends its part of the skipped lines)
    assert text == [*POLICE, *TRUST, *HOUSING]  # (no heading nor header among the rows' lines)


def test_an_agency_named_on_a_plain_line_over_the_same_header_heads_its_table():
    text, headings, _ = _body(
        ["Agency plans", HEADER, *POLICE, "Brackenfield Hospitals Trust", HEADER, *TRUST]
    )
    assert headings == ["Brackenfield Hospitals Trust"]
    assert text == [*POLICE, *TRUST]


def test_a_heading_over_text_still_ends_the_table():
    text, headings, _ = _body(
        [
            "5.1 Brackenfield Police",
            HEADER,
            *POLICE,
            "6. Monitoring",
            "The Partnership will review the plan.",
        ],
        ("6. Monitoring",),
    )
    assert headings == []
    assert text == POLICE


def test_a_heading_over_a_table_with_other_columns_ends_the_table():
    other = "Ref Action Lead Target date"
    text, headings, _ = _body(
        ["5.1 Brackenfield Police", HEADER, *POLICE, "5.2 Brackenfield Housing", other],
        ("5.2 Brackenfield Housing",),
    )
    assert headings == []
    assert text == POLICE


def test_a_heading_with_no_row_under_its_header_is_left_after_the_table():
    text, headings, _ = _body(
        ["5.1 Brackenfield Police", HEADER, *POLICE, "5.2 Brackenfield Housing", HEADER],
        ("5.2 Brackenfield Housing",),
    )
    assert headings == []
    assert text == POLICE


def test_a_running_head_printed_again_on_the_tables_pages_is_no_rows_line():
    head = "Brackenfield CSP – DHR Perpetua – action plans"
    text, _, _ = _body(["5.1 Brackenfield Police", HEADER, *POLICE[:2], head, *POLICE[2:], head])
    assert text == POLICE


def test_a_name_on_a_line_ending_in_a_space_heads_a_table_read_into_cells_in_corpus_text():
    pl = _plan_lines(corpus_text(["Single-agency action plans", "Brackenfield Police", HEADER, *POLICE]))
    assert not pl.wrap_marked  # (every line ends in a space: none is marked as wrapped)
    i = next(k for k, ln in enumerate(pl.lines) if ln.text.strip() == "Brackenfield Police")
    assert not pl.is_agency_heading(i, "Brackenfield Police")  # (the header not yet read into cells)
    pl.lines[i + 1] = cells_line(pl.lines[i + 1], HEADER.split(" ", 1))
    assert pl.is_agency_heading(i, "Brackenfield Police")


def test_where_some_lines_lack_the_space_it_still_marks_a_wrapped_line():
    text = "Single-agency action plans\n\nHead of Safeguarding for \nBrackenfield Police \n" + HEADER + "\n"
    pl = _plan_lines(text)
    assert pl.wrap_marked
    i = next(k for k, ln in enumerate(pl.lines) if ln.text.strip() == "Brackenfield Police")
    pl.lines[i + 1] = cells_line(pl.lines[i + 1], HEADER.split(" ", 1))
    assert not pl.is_agency_heading(i, "Brackenfield Police")


def test_a_date_cell_printing_a_year_twice_holds_another_cells_word():
    assert _years_over(["March", "2022", "2022."], P)
    assert not _years_over(["March", "2022"], P)
    assert not _years_over(["June", "2024", "–", "March", "2025"], P)
    assert not _years_over(["Ongoing"], P)


_WORD = st.text(alphabet=string.ascii_letters + string.digits + "./–-", min_size=1, max_size=10)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORD, max_size=8))
def test_a_cell_with_no_bare_year_never_reads_as_holding_one_too_many(words):
    years = [
        w for w in words if w.rstrip(".").isdigit() and len(w.rstrip(".")) == 4 and w[:2] in ("19", "20")
    ]
    if not years:
        assert not _years_over(words, P)
    else:
        _years_over(words, P)  # (any text: an answer, never an error)


GROUPED = [
    "Multi-agency recommendations",
    "MA1 The Partnership should publish a referral route Publish the route on the Partnership Manager 31/03/2025 Complete",
    "for economic abuse. website.",
    "Brackenfield Police",
    "Police 1 The force should brief call handlers on Issue a briefing note to all call Head of Contact 31/05/2025 Complete",
    "stalking. handlers.",
    "NHS Brackenfield Integrated Care Board",
    "ICB.1 The Board should ask practices to code Issue coding guidance to practices. Named GP 30/09/2025 Not started",
    "disclosures.",
]


def test_bands_naming_each_agency_across_one_table_are_its_sections_not_its_rows():
    text, headings, headers = _body(["5.1 Agency plans", HEADER, *GROUPED], tuple(GROUPED[0::3]))
    assert headings == [
        "Multi-agency recommendations",
        "Brackenfield Police",
        "NHS Brackenfield Integrated Care Board",
    ]
    assert headers == headings  # (a band passes over itself only: the row under it is read)
    assert text == [ln for k, ln in enumerate(GROUPED) if k % 3]


def test_a_heading_over_a_line_that_opens_no_row_is_no_band():
    text, headings, _ = _body(
        ["5.1 Agency plans", HEADER, *GROUPED[1:3], "Brackenfield Police", "The panel thanks the force."],
        ("Brackenfield Police",),
    )
    assert headings == []
    assert text == GROUPED[1:3]


def _reader() -> NarrowRows:
    pl = _plan_lines(corpus_text(["Plan", HEADER]))
    return NarrowRows(pl, P, set(), True)


def test_a_rows_ref_may_take_two_words_and_is_kept_whole_for_the_cuts():
    reader = _reader()
    assert reader._row_opening(["Police", "2", "The", "force", "should", "act"]) == 2
    assert reader._row_opening(["ASC", "1", "Adult", "Social", "Care", "should"]) == 2
    assert reader._row_opening(["CCG.1", "The", "CCG", "should"]) == 1
    assert reader._row_opening(["MA1", "The", "Partnership", "should"]) == 1
    assert reader._row_opening(["Police", "officers", "should", "act"]) is None
    assert reader._row_opening(["2.1", "audit", "the", "notes"]) is None  # (a cell opens with a capital)
    joined = reader._ref_whole("Police 2 The force should act")
    assert joined.split()[0] == "Police\u20602" and joined.split()[1:] == ["The", "force", "should", "act"]
    assert reader._ref_whole("MA1 The Partnership should") == "MA1 The Partnership should"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet=string.ascii_letters + string.digits + ".", min_size=1, max_size=8), max_size=8)
)
def test_a_ref_kept_whole_changes_nothing_but_the_space_inside_it(words):
    reader = _READER
    text = " ".join(words)
    joined = reader._ref_whole(text)
    assert joined.replace("\u2060", " ").split() == text.split()
    n = reader._row_opening(text.split())
    assert n in (None, 1, 2)
    assert (joined != text) == (n == 2)


_READER = _reader()

"""A partnership's tracker in corpus text (pdfplumber's lines, each followed by a blank line, the
cells of a printed line joined by single spaces) whose header dates a column and names one no
field is for: "Ref | Recommendation | Action | Lead | Due | Status | Assurance | Update
(March 2025)" (plan.tracker_header). A status cell may say "Superseded", and a line of counts
follows the table."""

from __future__ import annotations

from plan_text import corpus_text, printed_rows

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.tracker_header import TrackerHeaders
from dhrparse.vocab.type_widths import Face

FACE = Face("arial")
WIDTHS = [1.8, 13.0, 9.0, 6.0, 4.4, 4.6, 6.5, 10.0]  # in ems
HEADER = "Ref Recommendation Action Lead Due Status Assurance Update (March 2025)"
ROWS = [
    (
        "1.1",
        "Belham Vale Partnership should publish a pathway for older victims of abuse.",
        "Draft and publish the older victims pathway",
        "Community Safety Manager",
        "30/04/2024",
        "Green",
        "Substantial – pathway seen",
        "Pathway published in April 2024.",
    ),
    (
        "1.2",
        "",
        "Hold a launch event for front-line staff",
        "Community Safety Manager",
        "Jun 2024",
        "Superseded",
        "Not yet assessed",
        "Replaced by the joint training day.",
    ),
    (
        "2.1",
        "Belham Vale Police should check that officers record who else lives at the address.",
        "Add a household field to the attendance form",
        "Inspector, Public Protection",
        "Sept 2024",
        "Amber",
        "Limited – guidance issued, no audit yet",
        "Form in testing with two teams.",
    ),
    (
        "2.2",
        "",
        "Audit thirty forms for the household field",
        "Inspector, Public Protection",
        "Jan 2025",
        "Red",
        "Not yet assessed",
        "Audit not yet started.",
    ),
    (
        "3.1",
        "Belham Vale Housing should ask tenants over sixty about abuse at home.",
        "Add the question to the tenancy visit",
        "Tenancy Services Manager",
        "31/10/2024",
        "Green",
        "Reasonable – sample of visits",
        "Question in use since October 2024.",
    ),
]


def _tracker() -> str:
    printed = [HEADER, *printed_rows(ROWS, WIDTHS, FACE)]
    lines = [
        "Belham Vale Community Safety Partnership",
        "Domestic Homicide Review 'Hilda' – action tracker",
        "Status key: Green complete; Amber in progress; Red not started; Superseded replaced.",
        *printed,
        "Summary at 14 March 2025",
        "Green Amber Red Superseded Total",
        "2 1 1 1 5",
    ]
    return corpus_text(lines)


def test_a_tracker_with_a_dated_column_and_an_assurance_column_is_read():
    doc = extract(_tracker())
    got = [(a.ref, (a.action or "").split()[0], a.status.raw if a.status else None) for a in doc.actions]
    assert got == [
        ("1.1", "Draft", "Green"),
        ("1.2", "Hold", "Superseded"),
        ("2.1", "Add", "Amber"),
        ("2.2", "Audit", "Red"),
        ("3.1", "Add", "Green"),
    ], got
    by_ref = {a.ref: a for a in doc.actions}
    # (the assurance column's words are its own, not the status's or the update's)
    assert by_ref["2.1"].status.value == "in_progress"
    assert "Limited" not in (by_ref["2.1"].progress or ""), by_ref["2.1"].progress
    assert by_ref["3.1"].target_date is not None and by_ref["3.1"].target_date.raw == "31/10/2024"


def _headers() -> TrackerHeaders:
    p = load_patterns()
    return TrackerHeaders(ColumnMap(p), p)


def test_the_header_is_read_without_its_dated_aside_and_its_unnamed_column():
    headers = _headers()
    out = headers.strip([Line(1, HEADER), Line(2, "Progress (see the note below) Recommendation")])
    assert out[0].text == "Ref Recommendation Action Lead Due Status Update"
    assert headers.extra[1] == [(6, "Assurance")]
    # (an aside that dates nothing is left as printed)
    assert out[1].text == "Progress (see the note below) Recommendation"


def test_a_header_the_tracker_did_not_take_is_printed_again_as_it_was():
    headers = _headers()
    lines = [Line(1, HEADER), Line(2, "1.1 Draft the pathway")]
    assert headers.restore(headers.strip(lines)) == lines


def test_a_header_naming_an_evidence_column_beside_its_dated_aside_places_it():
    # ("Evidence" names a column no field is for: placed among the named ones as an extra
    # column, its cells kept from the action beside it; session 21)
    headers = _headers()
    text = "No. RAG Update (May 2025) Recommendation Action Evidence Lead officer Target"
    out = headers.strip([Line(1, text)])
    assert out[0].text == "No. RAG Update Recommendation Action Lead officer Target"
    assert headers.extra[1] == [(5, "Evidence")]


def test_a_header_naming_a_column_no_name_holds_beside_its_dated_aside_is_left_as_printed():
    # (a word no column's name holds, "Signature", names a column the tracker cannot place: its
    # cuts would hand that column's words to the action beside it, so the header stays unread)
    headers = _headers()
    text = "No. RAG Update (May 2025) Recommendation Action Signature Lead officer Target"
    out = headers.strip([Line(1, text)])
    assert out[0].text == text and not headers.extra

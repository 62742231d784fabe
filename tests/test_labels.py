"""Paragraph numbers set with a hanging indent, in the forms exports print them.

Word authors number paragraphs with a number, a tab and the text (or Word's numbering).
A text export keeps the tab ("5.1<TAB>text"); plain `pdftotext` prints the number on a line
of its own, then a blank line or not, then the paragraph ("5.1\\n\\ntext", "5.1\\ntext").
Whatever the form, the same numbered chronology entries and recommendations must come out
with the same refs, dates and agencies as from "5.1 text".
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import textwrap

from hypothesis import given
from hypothesis import strategies as st

from dhrparse.document import BLANK, Line
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.prepare.cleaning import clean
from dhrparse.readers import read_bytes

MONTHS = list(calendar.month_name[1:])
WIDTH = 88  # a Word page's line, as pdftotext prints it

EVENTS = [
    "police were called by a neighbour who heard a woman screaming at the address. The officers "
    "spoke to both adults together and no risk assessment was completed",
    "the victim saw her GP about poor sleep and low mood and was prescribed medication. She was "
    "not asked about her relationship or seen on her own",
    "the perpetrator was referred to the community alcohol service after a hospital admission; "
    "he attended one appointment and was then discharged",
    "the housing officer visited about rent arrears and noted damage to an internal door, "
    "which the tenant said had been caused by a fall",
    "an outreach worker from the domestic abuse service tried to call the victim twice. The "
    "case was closed when she did not answer",
    "the victim's sister rang the council's contact centre to say she was worried about her. "
    "The call was passed to the duty team but no one called back",
]
AGENCIES = [
    "Wardley Police",
    "Wardley Borough Council",
    "Wardley and Fenn NHS Foundation Trust",
    "Fennside Domestic Abuse Service",
    "Wardley Community Safety Partnership",
]
ASKS = [
    "should make sure that practitioners ask about domestic abuse whenever a patient discloses fear at home",
    "should audit how often victims are seen alone after an incident and report the results to the Partnership",
    "should review its policy of closing a referral after unanswered calls and agree a safer way to make contact",
    "should train its front line staff to recognise controlling behaviour and to refer to the specialist service",
    "should agree with partner agencies how information about a perpetrator's previous partners is shared",
]


def _numbered(label: str, text: str, form: str) -> str:
    """One numbered paragraph as an export prints it."""
    if form == "tab":
        return f"{label}\t{text}"  # a text export keeps the whole paragraph on its line
    wrapped = "\n".join(textwrap.wrap(text, WIDTH))
    if form == "inline":
        return "\n".join(textwrap.wrap(f"{label} {text}", WIDTH))
    if form == "detached_blank":
        return f"{label}\n\n{wrapped}"
    return f"{label}\n{wrapped}"  # detached, no blank line


FORMS = ["inline", "tab", "detached_blank", "detached"]


def _report(chapter: int, events: list[tuple[dt.date, str]], recs: list[tuple[str, str]], form: str) -> str:
    intro = _numbered(
        "1.1",
        "This overview report looks at how agencies in Wardley worked with the victim and her partner "
        "in the years before her death, and what they could have done differently.",
        form,
    )
    entries = "\n\n".join(
        _numbered(f"{chapter}.{k}", f"On {d.day} {MONTHS[d.month - 1]} {d.year} {text}.", form)
        for k, (d, text) in enumerate(events, start=1)
    )
    listed = "\n\n".join(
        _numbered(f"{k}.", f"{agency} {ask}.", form) for k, (agency, ask) in enumerate(recs, start=1)
    )
    return (
        "Wardley Community Safety Partnership\n\nDomestic Homicide Review\n\nOverview Report\n\n"
        f"1. Introduction\n{intro}\n\n"
        f"{chapter}. Chronology\n{entries}\n\n"
        f"{chapter + 2}. Recommendations\nThe Review Panel makes the following recommendations.\n{listed}\n"
    )


@st.composite
def reports(draw):
    n = draw(st.integers(min_value=2, max_value=6))
    days = sorted(draw(st.sets(st.integers(min_value=0, max_value=6 * 365), min_size=n, max_size=n)))
    dates = [dt.date(2016, 1, 1) + dt.timedelta(days=k) for k in days]
    events = list(zip(dates, draw(st.permutations(EVENTS))[:n], strict=True))
    m = draw(st.integers(min_value=2, max_value=5))
    recs = list(zip(draw(st.permutations(AGENCIES))[:m], draw(st.permutations(ASKS))[:m], strict=True))
    return draw(st.integers(min_value=3, max_value=7)), events, recs


def _records(text: str):
    doc = extract(text)
    chronology = [(e.ref, e.date.start if e.date else None) for e in doc.chronology]
    recommendations = [(r.ref, r.agency) for r in doc.recommendations]
    return chronology, recommendations


@given(reports(), st.sampled_from(FORMS))
def test_every_form_of_a_paragraph_number_gives_the_same_records(report, form):
    chapter, events, recs = report
    want_chronology = [(f"{chapter}.{k}", d.isoformat()) for k, (d, _) in enumerate(events, start=1)]
    want_recs = [(str(k), agency) for k, (agency, _) in enumerate(recs, start=1)]
    got_chronology, got_recs = _records(_report(chapter, events, recs, form))
    assert got_chronology == want_chronology
    assert got_recs == want_recs


# --- what is not a detached list label ------------------------------------------------------


def _cleaned(text: str) -> list[Line]:
    return clean(read_bytes(text.encode(), "report.txt"), load_patterns()).lines


def _texts(lines: list[Line]) -> list[str]:
    return [ln.text for ln in lines if ln.kind != BLANK]


def test_a_detached_number_goes_back_in_front_of_its_paragraph_on_the_paragraphs_line():
    lines = _cleaned(
        "The panel considered the events below.\n4.2\n\nIn June 2019 the victim moved to a flat on "
        "the Fenn estate with her two children and\nregistered with a new GP practice.\n"
    )
    joined = next(ln for ln in lines if ln.text.startswith("4.2 "))
    assert joined.number == 4  # where the paragraph's words are
    assert lines[1].kind == BLANK  # the number's own line is the paragraph break it stood for


def test_a_page_number_alone_on_a_line_is_no_list_label():
    lines = _cleaned(
        "ended the first page of the report with a full sentence.\n\n12\n\n"
        "The review then turned to the events of the following year and what was known.\n"
    )
    assert "12" in _texts(lines)


def test_a_heading_under_a_detached_number_stays_a_heading():
    lines = _cleaned("4.\n\nChronology\n\nOn 3 May 2019 the victim saw her GP about her sleep and mood.\n")
    assert _texts(lines)[:2] == ["4.", "Chronology"]


def test_lettered_items_after_a_lead_in_take_their_letters_back():
    lines = _cleaned(
        "The Review Panel recommends that the Partnership:\na)\n\nseeks assurance that agencies ask who "
        "lives in a child's home;\n\nb)\n\nreviews its protocol for bruising in babies under one year.\n"
    )
    assert [t[:3] for t in _texts(lines)[1:]] == ["a) ", "b) "]


def test_an_action_plan_printed_cell_after_cell_keeps_its_cells_apart():
    # the row number, then the action, lead, date and status cells, each a block of its own
    plan = (
        "No.\n\nAction\n\nLead\n\nTarget date\n\nRAG\n\n"
        "1.1\n\nDeliver a short course on coercive control to all officers.\n\nPolice\n\nMarch 2024\n\nGreen\n\n"
        "1.2\n\nAudit a sample of crime reports for coercive control.\n\nPolice\n\nJune 2024\n\nAmber\n"
    )
    texts = _texts(_cleaned(plan))
    assert "1.1" in texts and "1.2" in texts


def test_cells_printed_one_under_another_are_no_paragraph():
    plan = (
        "Recommendation 1: the Partnership should publish guidance on working with parents who have a "
        "learning disability.\n1.1\nDevelop a practice guide on working with\nBusiness Unit\nBy September\n"
        "Guide published\n1.2\nDeliver training on the guide to practitioners across the partnership\n"
    )
    assert "1.1" in _texts(_cleaned(plan))


def test_a_typed_number_and_tab_is_a_numbered_paragraph_not_a_row():
    lines = _cleaned(
        "5.1\tIn the summer of 2018 the victim told her GP that she was frightened of her partner.\n"
        "5.2\tIn early 2019 police attended the address after a call from a neighbour.\n"
    )
    assert [ln.cells for ln in lines] == [None, None]
    assert lines[0].text.startswith("5.1 In the summer")


def test_rows_under_a_table_header_stay_rows():
    lines = _cleaned(
        "No.\tRecommendation\n1.\tThe Partnership should publish guidance for practitioners on this.\n"
    )
    assert all(ln.cells for ln in lines)


# --- the Word reader -----------------------------------------------------------------------


def _docx(paragraphs: list[str]) -> bytes:
    import docx
    from docx.shared import Cm

    document = docx.Document()
    for text in paragraphs:
        p = document.add_paragraph(text)
        if "\t" in text:  # a hanging indent, as authors set numbered paragraphs
            p.paragraph_format.left_indent = Cm(1.25)
            p.paragraph_format.first_line_indent = Cm(-1.25)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_word_paragraphs_numbered_with_a_tab_are_paragraphs_not_table_rows():
    data = _docx(
        [
            "5. Summary of events",
            "5.1\tIn the summer of 2018 the victim told her GP that she was frightened of her partner.",
            "5.2\tIn early 2019 police attended the address after a call from a neighbour.",
        ]
    )
    lines = read_bytes(data, "report.docx").lines
    assert [ln.cells for ln in lines] == [None, None, None]
    assert [ln.text[:4] for ln in lines[1:]] == ["5.1 ", "5.2 "]


def test_word_rows_typed_with_tabs_under_a_header_stay_rows():
    data = _docx(["No.\tAction\tLead", "1.1\tDeliver training to all officers\tPolice"])
    lines = read_bytes(data, "plan.docx").lines
    assert all(ln.cells for ln in lines)


# --- numbers printed as a column of their own ------------------------------------------------


def _column_report(chapter: int, events: list[tuple[dt.date, str]]) -> str:
    """pdftotext reading a Word list's number margin as a block: the numbers, then the paragraphs
    run together with no blank line between them."""
    numbers = "\n".join(f"{chapter}.{k}" for k in range(1, len(events) + 1))
    paragraphs = "\n".join(
        "\n".join(textwrap.wrap(f"On {d.day} {MONTHS[d.month - 1]} {d.year} {text}.", WIDTH))
        for d, text in events
    )
    return (
        "Wardley Community Safety Partnership\n\nDomestic Homicide Review\n\n"
        f"{chapter}. Chronology\n{numbers}\n\n{paragraphs}\n"
    )


@given(reports())
def test_a_column_of_numbers_never_numbers_the_wrong_paragraph(report):
    chapter, events, _ = report
    want = {d.isoformat(): f"{chapter}.{k}" for k, (d, _) in enumerate(events, start=1)}
    doc = extract(_column_report(chapter, events))
    assert [e.date.start for e in doc.chronology] == list(want)
    # where the run splits into its paragraphs for certain, each takes its own number;
    # where it does not, none takes a number that is not its own
    assert all(e.ref in (None, want[e.date.start]) for e in doc.chronology)


def test_a_column_of_numbers_goes_back_to_its_paragraphs():
    lines = _cleaned(
        "2.1\n2.2\n\nThe review covered agency contact from 2018 until the death, and the\n"
        "family's account of the years before.\nThe panel met six times between March and "
        "October 2022 and agreed its terms of reference at the first meeting.\n"
    )
    texts = _texts(lines)
    assert texts[0].startswith("2.1 The review covered") and texts[2].startswith("2.2 The panel met")


def test_numbers_that_do_not_follow_each_other_are_no_column():
    lines = _cleaned(
        "2.1\n4.7\n\nThe review covered agency contact from 2018 until the death.\nIt met six times.\n"
    )
    assert "2.1" in _texts(lines)


def _finding_parts(with_whole_number: bool) -> str:
    """A recommendation's lettered parts, each label alone above its paragraph, as plain
    pdftotext prints a Word hanging indent; with or without the whole number printed so above."""
    head = "2\n\nThe Partnership should widen the support it gives to young carers. In particular:\n"
    if not with_whole_number:
        head = "Finding 2. Young carers were not asked what help they needed at home.\n"
    return (
        head + "2a\n\nWardley Borough Council should offer every young carer an assessment within\n"
        "four weeks of a referral from a school.\n\n2b\n\nWardley Police should tell the school "
        "when an officer attends a home where a\nyoung carer lives.\n"
    )


def test_lettered_parts_under_a_whole_number_printed_alone_are_read_as_the_number_is():
    # the "2" is printed alone over its text, and so are "2a" and "2b": they stay as printed
    assert {"2a", "2b"} <= set(_texts(_cleaned(_finding_parts(with_whole_number=True))))


def test_lettered_recommendations_under_a_finding_take_their_labels_back():
    texts = _texts(_cleaned(_finding_parts(with_whole_number=False)))
    assert [t[:3] for t in texts if t[:2] == "2a" or t[:2] == "2b"] == ["2a ", "2b "]

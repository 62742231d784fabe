"""Dates and labels of heldout33's families 3 and 4 in the words of the zoo's own documents
(tests/zoo/pending: dhr_weekday_ordinal_bold_date_paragraphs, sar_start_until_setting_episodes_table):
a span of days whose last day names its weekday, a chronology paragraph opening with a weekday
and its date closed by a full stop, and a recommendation "R.2" followed by the line naming who
must act on it."""

from __future__ import annotations

import dhrparse
from dhrparse.vocab.dates import find_dates


def test_span_of_days_naming_the_last_days_weekday():
    (found,) = find_dates("Friday 21st to Sunday 23rd August 2020. Ms Farrow stayed away.")
    assert (found.value.start, found.value.end) == ("2020-08-21", "2020-08-23")


def test_weekday_dated_paragraphs_glued_by_a_full_line_are_cut():
    text = (
        "Summary of events\n\n"
        "Monday 27th April 2020 (around 22:15). A neighbour called the police after hearing a\n"
        "door slam. Officers spoke to both adults separately and no risk assessment was done.\n"
        "Friday 21st to Sunday 23rd August 2020. Ms Farrow stayed with her sister over the\n"
        "weekend and said that a bruise on her wrist came from a fall in the garden at home.\n"
        "Thursday 1st October 2020. The housing officer visited about rent arrears at the\n"
        "flat and the visit was closed with a letter to the tenant about the arrears owed.\n"
    )
    events = dhrparse.extract(text).chronology
    assert [e.date.start for e in events] == ["2020-04-27", "2020-08-21", "2020-10-01"]
    assert events[1].date.end == "2020-08-23"


def test_addressee_line_under_a_coded_recommendation_is_its_agency():
    text = (
        "5. Recommendations\n\n"
        "R.1 Hospital discharge planning for an adult who lives with a family carer should include a\n"
        "visit to the home before the day of discharge and a check of what help is in place there.\n"
        "For action by: Tollbridge Hospitals NHS Trust\n"
        "R.2 Concerns logged by reablement staff should reach the adult social care duty team on\n"
        "the same working day.\n"
        "For action by: Tollbridge Council Adult Social Care\n"
    )
    recs = dhrparse.extract(text).recommendations
    assert [(r.ref, r.agency) for r in recs] == [
        ("R.1", "Tollbridge Hospitals NHS Trust"),
        ("R.2", "Tollbridge Council Adult Social Care"),
    ]
    assert all("For action by" not in r.text for r in recs)


def _word_recommendations(labels: list[str]) -> bytes:
    """A Word report whose recommendations hang after their label and a tab, each followed by
    the line naming who must act."""
    import io

    from docx import Document

    d = Document()
    d.add_heading("5. Recommendations", level=1)
    texts = [
        "Hospital discharge planning for an adult who lives with a family carer should include a "
        "visit to the home before the day of discharge.",
        "Concerns logged by reablement staff should reach the adult social care duty team on the "
        "same working day.",
        "Home care providers should report every refused call to the commissioning team within two days.",
    ]
    for label, text in zip(labels, texts):
        d.add_paragraph(f"{label}\t{text}")
        d.add_paragraph("For action by: Tollbridge Council Adult Social Care")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_word_paragraph_typed_dotted_code_and_tab_is_a_recommendation():
    recs = dhrparse.extract(_word_recommendations(["R.1", "R.2", "R.3"]), name="r.docx").recommendations
    assert [r.ref for r in recs] == ["R.1", "R.2", "R.3"]
    assert recs[0].text.startswith("Hospital discharge planning")


def test_addressee_line_names_the_agency_even_where_the_sentence_opens_on_another_body():
    text = (
        "4. Recommendations\n\n"
        "R.1 The Board should ask Wenscombe Council to set a time within which a care provider\n"
        "must report a call where the door is not answered.\n"
        "Response required from: Wenscombe Council Adult Social Care\n"
        "R.2 The Board should publish a short note for families on what to do when care calls are\n"
        "missed.\n"
        "Response required from: Wenscombe Safeguarding Adults Board\n"
    )
    recs = dhrparse.extract(text).recommendations
    assert [(r.ref, r.agency) for r in recs] == [
        ("R.1", "Wenscombe Council Adult Social Care"),
        ("R.2", "Wenscombe Safeguarding Adults Board"),
    ]


def test_addressee_rows_under_a_table_of_coded_recommendations_name_their_agencies():
    """The hanging "R.N" items a PDF reader sees as two-cell rows, each addressee line a row with an
    empty first cell: the line names the row above's agency, and is no part of its text."""
    import io

    from docx import Document

    d = Document()
    d.add_heading("4. Recommendations", level=1)
    table = d.add_table(rows=6, cols=2)
    rows = [
        (
            "R.1",
            "The Board should ask Wenscombe Council to set a time within which a provider must report a missed call.",
        ),
        ("", "Response required from: Wenscombe Council Adult Social Care"),
        (
            "R.2",
            "Wenscombe General Hospital should check that a family knows what care has been arranged at discharge.",
        ),
        ("", "Response required from: Wenscombe General Hospital NHS Trust"),
        (
            "R.3",
            "The Board should publish a short note for families on what to do when care calls are missed.",
        ),
        ("", "Response required from: Wenscombe Safeguarding Adults Board"),
    ]
    for row, (ref, text) in zip(table.rows, rows):
        row.cells[0].text, row.cells[1].text = ref, text
    out = io.BytesIO()
    d.save(out)
    recs = dhrparse.extract(out.getvalue(), name="recs.docx").recommendations
    assert [(r.ref, r.agency) for r in recs] == [
        ("R.1", "Wenscombe Council Adult Social Care"),
        ("R.2", "Wenscombe General Hospital NHS Trust"),
        ("R.3", "Wenscombe Safeguarding Adults Board"),
    ]
    assert all("Response required" not in r.text for r in recs)


def test_dotted_label_after_a_lead_in_sentence_opens_the_first_recommendation():
    """The corpus text of the zoo's page-two variant: "R.1 The Board ..." under a lead-in line
    ending its sentence opens the first recommendation, as "R1 The Board ..." would."""
    from pathlib import Path

    corpus = Path(__file__).parent / "zoo/pending/sar_addressed_recs_board_asks_page_two_wenscombe.corpus.txt"
    recs = dhrparse.extract(corpus).recommendations
    assert [r.ref for r in recs] == ["R.1", "R.2", "R.3", "R.4"]
    assert recs[0].text.startswith("The Board should ask Wenscombe Council")

"""Layouts the corpus does not show, written the way other partnerships publish: the
rules must hold for reports never seen."""

from pathlib import Path

import dhrparse

FIXTURES = Path(__file__).parent / "fixtures"


def _doc(name):
    return dhrparse.extract(FIXTURES / name)


def test_exec_summary_with_numbered_recommendation_lists():
    doc = _doc("exec_summary_numbered_lists.txt")
    assert doc.review.author == "Mary Smith"
    assert [(v.pseudonym, v.age) for v in doc.review.victims] == [("Jane", 34)]
    recs = [(r.level, r.ref, r.agency) for r in doc.recommendations]
    assert recs == [
        ("overview", "1", "Westshire Community Safety Partnership"),
        ("overview", "2", "The police"),
        ("overview", "3", "Children's Social Care"),
        ("agency", "1", "Westshire Police"),
        ("agency", "2", "Westshire Police"),
        ("agency", "1", "Westshire Clinical Commissioning Group"),
    ]


def test_dated_numbered_sentences_are_chronology_paragraphs_not_headings():
    doc = _doc("exec_summary_numbered_lists.txt")
    assert [(e.ref, e.date.start, e.date.relative) for e in doc.chronology] == [
        ("2.1", "2017-01", False),
        ("2.2", "2017-06-14", False),
        ("2.3", "2017-06-15", True),
        ("2.4", "2018", False),
    ]


def test_chronology_table_in_an_excerpt_starting_at_section_5():
    doc = _doc("chronology_table_excerpt.txt")
    assert [(e.date.start, e.agencies) for e in doc.chronology] == [
        ("2016-02-03", ["GP"]),
        ("2016-07-15", ["Police"]),
        ("2016-08", ["Housing"]),
    ]


def test_home_office_template_plan_rows_are_recommendations_with_status_from_outcome_column():
    doc = _doc("home_office_template_plan.txt")
    assert doc.review.doc_kind == "action_plan"
    assert [(r.ref, r.agency) for r in doc.recommendations] == [
        ("1", "The CSP"),
        ("2", "The police"),
        ("3", "Children's Social Care"),
    ]
    acts = [(a.ref, a.recommendation_id, a.lead, a.target_date.start, a.status.value) for a in doc.actions]
    assert acts == [
        ("1", "rec-overview-1", "Westshire CSP", "2020-03", "complete"),
        ("2", "rec-overview-2", "Westshire Police", "2019-12-31", "complete"),
        ("3", "rec-overview-3", "Children's Social Care", "2020-06", "in_progress"),
    ]


def test_sar_labels_after_unfinished_lines_and_plan_summaries_fold_into_recommendations():
    doc = _doc("sar_with_plan.txt")
    assert doc.review.review_type == "SAR" and doc.review.author == "Alan Jones" and doc.review.area is None
    assert [(r.ref, r.agency, r.aliases) for r in doc.recommendations] == [
        ("1", "The Safeguarding Adults Board", ["Seek assurance on closures"]),
        ("2", "Adult Social Care", ["Audit self-neglect cases"]),
    ]
    assert [(a.recommendation_id, a.status.value, a.status.rag) for a in doc.actions] == [
        ("rec-overview-1", "complete", "green"),
        ("rec-overview-2", "in_progress", "amber"),
    ]
    assert [e.agencies for e in doc.chronology][1] == ["Community Nursing"]


def test_paged_pdf_text_running_heads_footnotes_and_page_breaks():
    doc = _doc("paged_report_with_running_heads.txt")
    assert doc.source.pages == 3
    assert (doc.review.review_type, doc.review.area) == ("DHR", "Northtown")  # from the running head
    events = [(e.heading, e.date.start, e.date.relative, e.location.page) for e in doc.chronology]
    assert events == [
        ("Early relationship", "2014-03-12", False, 1),
        ("Early relationship", "2014-07", False, 1),
        ("Early relationship", "2014-07", True, 2),
        ("Separation", "2015-01-03", False, 2),
    ]
    assert not any(
        "NICE guidance" in e.text or "OFFICIAL" in e.text or "Page 1" in e.text for e in doc.chronology
    )


def test_wrapped_exec_summary_with_unbulleted_agency_lists():
    doc = _doc("wrapped_exec_summary_agency_lists.txt")
    assert [(v.pseudonym, v.age) for v in doc.review.victims] == [("Anna", 41)]
    assert [(r.level, r.ref, r.agency, r.text[:30]) for r in doc.recommendations] == [
        ("overview", "1", "Eastborough Community Safety Partnership", "Eastborough Community Safety P"),
        ("overview", "2", "The Clinical Commissioning Group", "The Clinical Commissioning Gro"),
        ("agency", None, "Eastborough Police", "Review the quality assurance o"),
        ("agency", None, "Eastborough Police", "Provide refresher training on "),
        ("agency", None, "Eastborough Housing Association", "Introduce routine enquiry abou"),
    ]
    assert [(e.date.start, e.date.relative) for e in doc.chronology] == [
        ("2018-03", False),
        ("2019-09-04", False),
        ("2019-09-07", True),
        ("2020-10", False),
    ]


def test_chronology_under_year_subheadings():
    doc = _doc("chronology_with_year_headings.txt")
    assert [(e.heading, e.date.start, e.date.relative) for e in doc.chronology] == [
        ("2016", "2016-03", False),
        ("2016", "2016-05-05", False),
        ("2017", "2017-01-12", False),
        ("2017", "2017-02", True),
        ("2017", "2017-02", True),
    ]

"""Key events dated at their close by a cited source and date ("... (Police, 03.11.20)."), a
"What we found | What the Board should do" table of "SAR-R1" recommendations, and a finding's
recommendations lettered "1a", "1b" under it: session 33's pending zoo documents of heldout34's
families 2, 3 and 5, on every route."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.extractors.chronology.closing_dates import closing_date
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
ROUTES = (".txt", ".pdf", ".docx", ".corpus.txt")


def test_a_closing_bracket_dates_the_paragraph_to_its_day_an_author_year_citation_does_not():
    p = load_patterns()
    assert closing_date("a risk assessment was graded standard (Police, 03.11.20).", p).start == "2020-11-03"
    assert closing_date("as the guidance sets out (Home Office, 2016).", p) is None
    assert closing_date("(Police, 03.11.20) and the officer then left.", p) is None


@pytest.mark.parametrize("route", ROUTES)
def test_key_events_under_any_heading_are_the_cited_paragraphs(route):
    doc = extract(PENDING / f"dhr_events_closing_source_date{route}")
    dates = [e.date.start for e in doc.chronology]
    assert dates == ["2020-11-03", "2021-01-17", "2021-03-02", "2021-05-05", "2021-06-28", "2021-09-14"]
    # (the comment among them and the analysis after them cite nothing: no entries)
    assert not any(
        e.text.startswith(("The practice has no record", "Taken together")) for e in doc.chronology
    )


@pytest.mark.parametrize("route", (".txt", ".pdf", ".docx"))
def test_what_the_board_should_do_cells_give_coded_recommendations(route):
    doc = extract(PENDING / f"sar_month_days_found_should_do{route}")
    assert [r.ref for r in doc.recommendations] == ["SAR-R1", "SAR-R2", "SAR-R3", "SAR-R4", "SAR-R5"]
    assert doc.recommendations[3].text.endswith("risk of serious harm.")


@pytest.mark.parametrize("route", ROUTES)
def test_a_findings_lettered_recommendations_keep_their_refs(route):
    doc = extract(PENDING / f"cspr_age_first_contacts_lettered_recs{route}")
    # (the contract form of a number and its letter, as "2a" is printed)
    assert [r.ref for r in doc.recommendations] == ["1(a)", "1(b)", "2(a)", "3(a)", "3(b)"]


def test_a_run_of_cited_events_goes_on_past_a_line_read_as_a_heading():
    # (a page's running head that the text export leaves among the events, read as a heading:
    # the two events above it are too few for a run of their own)
    text = (PENDING / "dhr_events_closing_source_date.txt").read_text(encoding="utf-8")
    at = text.index("4.5\n")
    doc = extract(text[:at] + "Brennock Review :: Extract\n\n" + text[at:])
    assert [e.date.start for e in doc.chronology][:3] == ["2020-11-03", "2021-01-17", "2021-03-02"]
    assert len(doc.chronology) == 6

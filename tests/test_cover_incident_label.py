"""A cover stacking its facts as capitalised labels over their values ("DATE OF INCIDENT" over
"19 August 2022", "THE PERSON WHO DIED" over a name) is no chronology table: "Date of" is no
column's whole name, so the label is one name, the date's, and no "Incident" column follows it
(chronology.header_names, patterns chronology.columns.unfinished_ends). The incident label beside
the label naming who died dates the death (review.death_forms.incident_over_value)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.header_names import header_names
from dhrparse.extractors.review.death_forms import incident_over_value
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

P = load_patterns()
PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "mh_investigation_caps_labels_over_values_rag_plan"

COVER = """Tarnwick – Mr B – Independent investigation

Independent investigation into the care and treatment of Mr B
CASE REFERENCE

2023/4410
DATE OF INCIDENT

3 March 2023
LOCALITY

Tarnwick
THE PERSON WHO DIED

Mrs K, aged 71, Mr B's landlady
PUBLISHED

May 2025
This report was commissioned by NHS England.

1 Summary
1.1 Mr B had been under the community team for two years.
"""


def test_date_of_incident_is_one_name_not_two_columns():
    names = Columns(P)
    assert header_names("DATE OF INCIDENT", names) is None


def test_a_name_read_on_past_of_keeps_the_next_columns():
    names = Columns(P)
    assert header_names("Date of contact Agency What happened", names) == ["date", "agency", "event"]
    assert header_names("Date of event Source Detail", names) == ["date", "source", "event"]


def test_the_cover_is_no_chronology_and_dates_the_death():
    doc = extract(COVER)
    assert doc.chronology == []
    assert doc.review.date_of_death is not None and doc.review.date_of_death.start == "2023-03-03"


def test_an_incident_label_with_no_one_who_died_beside_it_dates_nothing():
    lines = ["DATE OF INCIDENT", "3 March 2023", "LOCALITY", "Tarnwick"]
    assert incident_over_value(lines, P) is None


def test_an_incident_label_over_a_column_of_dates_is_a_table():
    lines = ["THE PERSON WHO DIED", "Mrs K", "DATE OF INCIDENT", "3 March 2023", "9 March 2023"]
    assert incident_over_value(lines, P) is None


def test_the_stand_in_reads_no_chronology_on_any_route():
    for suffix in (".txt", ".pdf", ".docx", ".corpus.txt"):
        doc = extract(PENDING / f"{STEM}{suffix}")
        assert doc.chronology == [], suffix
        assert doc.review.date_of_death.start == "2022-08-19", suffix

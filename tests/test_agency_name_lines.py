"""An "Agency | Recommendation" table as plain pdftotext prints it. An agency's name that wrapped in its merged table cell, its last line printed by plain
pdftotext inside the first recommendation's paragraph (extractors/recommendations/
agency_name_lines); an agency's cell holding several recommendations, printed as one run of lines
(cell_sentences). Read from the zoo document written in that form, and our own cells."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.pipeline import extract

ZOO = Path(__file__).parent / "zoo" / "recs8_agency_names_wrapped_in_cell.txt"


def _agency_recs():
    return [r for r in extracted(ZOO).recommendations if r.level == "agency"]


def test_the_names_last_line_is_the_agencys_not_the_recommendations():
    recs = _agency_recs()
    assert recs[3].text.startswith(
        "Practice nurses should ask about fear of a former partner when a patient asks"
    )
    assert not any("Foundation Trust" in r.text or "Council Housing" in r.text for r in recs)


def test_the_agency_takes_its_whole_name_for_each_of_its_rows():
    agencies = [r.agency_printed or r.agency for r in _agency_recs()]
    assert agencies[3:5] == ["Wexley Down and Marsh NHS Foundation Trust"] * 2
    assert agencies[5:7] == ["Wexley Down Borough Council Housing"] * 2


def test_each_recommendation_in_one_cell_is_its_own_record():
    recs = _agency_recs()
    police = [r.text.split()[0] for r in recs if (r.agency or "").endswith("Constabulary")]
    assert police == ["Call", "The", "Supervisors"]
    assert [r.location.line_start for r in recs[:3]] == [32, 34, 36]


CELL = """3.1 Single agency recommendations
Agency

Recommendation

Lindthorpe Vale Police

Officers should record the name of every adult present at a domestic incident on
the log opened for the call, including any visitors who leave before officers arrive.
This should include the name of any person the victim says has left the address in
the hour before the call, and the way that person left the address that evening.
The force should audit a sample of incident logs every quarter for a full year and
report what it finds to the partnership's domestic abuse board each time it does so.

"""


def test_a_sentence_carrying_on_the_one_before_stays_with_it():
    recs = [r for r in extract(CELL, name="summary.txt").recommendations if r.level == "agency"]
    assert [r.text.split()[0] for r in recs] == ["Officers", "The"]
    assert "This should include" in recs[0].text

"""An agency's name that wrapped in its merged table cell, its last line printed by plain
pdftotext inside the first recommendation's paragraph (extractors/recommendations/
agency_name_lines), read from the zoo document written in that form."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

ZOO = Path(__file__).parent / "zoo" / "recs8_agency_names_wrapped_in_cell.txt"


def _agency_recs():
    return [r for r in extract(ZOO).recommendations if r.level == "agency"]


def test_the_names_last_line_is_the_agencys_not_the_recommendations():
    recs = _agency_recs()
    assert recs[2].text.startswith(
        "Practice nurses should ask about fear of a former partner when a patient asks"
    )
    assert not any("Foundation Trust" in r.text or "Council Housing" in r.text for r in recs)


def test_the_agency_takes_its_whole_name_for_each_of_its_rows():
    agencies = [r.agency_printed or r.agency for r in _agency_recs()]
    assert agencies[2:4] == ["Wexley Down and Marsh NHS Foundation Trust"] * 2
    assert agencies[4:6] == ["Wexley Down Borough Council Housing"] * 2

"""A recommendations table "No. | Recommendation | Agency" printed a line at a time across its
cells: the agency cell's lines, printed between the recommendation's, are no words of it; a
second paragraph of a recommendation's cell is part of it; a row whose sentence runs on past
an agency line goes on in the next paragraph."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

# the zoo's printing of such a table (tests/zoo/s21recs_build.py writes it)
TABLE = (Path(__file__).resolve().parent / "zoo" / "recs_table_agency_lines_between.txt").read_text(
    encoding="utf-8"
)


def _recs():
    return extract(TABLE, name="overview.txt").recommendations


def test_the_agency_cells_lines_are_not_the_recommendations_words():
    recs = _recs()
    assert [r.ref for r in recs] == ["1", "2", "3", "4", "5"]
    assert recs[0].text.startswith(
        "Larkhollow Community Safety Partnership should commission a campaign, shaped with disabled residents"
    )
    assert "Constabulary caller" not in recs[2].text


def test_a_second_paragraph_of_the_cell_is_part_of_its_recommendation():
    recs = _recs()
    assert "dip sample of calls" in recs[2].text and len(recs) == 5


def test_a_row_running_on_past_an_agency_line_takes_the_next_paragraph():
    text = _recs()[4].text
    assert "once this report is out, to the Home Office proposing that the statutory guidance" in text
    assert "Community" not in text and text.endswith("must consider.")


def test_lines_that_name_no_body_stay_words_of_the_recommendation():
    # a short line between two of the row's lines that names nobody is the row's own line
    text = TABLE.replace("Fenhaugh Constabulary\n\ncaller", "who have asked\n\ncaller")
    rec = extract(text, name="overview.txt").recommendations[2]
    assert "who have asked" in rec.text

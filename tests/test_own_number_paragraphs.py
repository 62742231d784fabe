"""A number alone on its line goes back in front of the paragraph under it (prepare.labels)
only when that paragraph has no number of its own: in a table printed a cell a block, a cell's
last word can be a number ("... answered in 12 of" / "15."), and the next cell opens with the
recommendation's own number ("2. The Board should ask ..."); joined, the row's number is lost."""

from pathlib import Path

import dhrparse

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_a_cells_last_number_stays_off_the_next_numbered_cell():
    doc = dhrparse.extract(PENDING / "board_response_briefing_interleaved.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
    assert doc.recommendations[1].text.startswith("The Board should ask Ferrisham Community Health")
    assert [a.recommendation_ref for a in doc.actions] == ["1", "2", "2", "3"]
    assert doc.actions[0].progress.endswith("answered in 12 of 15.")


def test_a_detached_label_still_goes_back_in_front_of_its_paragraph(tmp_path):
    text = (
        "Overview report\n\n7. Recommendations\n\n1.\n\nThe Partnership should publish a short guide on "
        "the signs of coercive control\nfor every front-line team in the borough.\n\n2.\n\nThe Council "
        "should review how its housing officers ask about abuse when a\ntenancy is ended early.\n"
    )
    path = tmp_path / "labels.txt"
    path.write_text(text, encoding="utf-8")
    doc = dhrparse.extract(path)
    assert [r.ref for r in doc.recommendations] == ["1", "2"]

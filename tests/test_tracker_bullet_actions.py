"""The Home Office template's action cell listing a recommendation's actions as bullets, on the
corpus-text route (its cells joined on each printed line): the tracker reader reads each row
from its first line, where only the first bullet prints; each later bullet's opening words are
read from the later printed line its glyph opens (plan.bulleted_actions), and the row stays one
action, its bullets in order, under its one lead, date and status."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.plan.bulleted_actions import add_bullets, bullet_openings
from dhrparse.vocab.type_widths import Face

PENDING = Path(__file__).parent / "zoo" / "pending"
FACE = Face("times")


def _words(line: str) -> list[str]:
    return line.split()


def test_a_row_of_bullets_is_one_action_with_each_bullets_opening_in_order():
    doc = dhrparse.extract(PENDING / "plan_ho_bullets_broken_years.corpus.txt")
    acts = doc.actions
    assert [a.recommendation_ref for a in acts] == ["1", "2", "3", "4", "5"]
    # (a later bullet's opening words only: its line's other words are the cells beside it)
    assert acts[0].action.startswith("• Write to each panel agency • Publish the list")
    assert "Safety" not in acts[0].action
    assert acts[1].action.index("Add a domestic abuse") < acts[1].action.index("• Brief response")
    assert acts[0].status.value == "complete" and acts[0].target_date.start == "2024-12-31"
    # (a cell of one bullet is one action, its mark no part of its words)
    assert acts[4].action.startswith("Write to the Home Office")


def test_a_bullets_opening_stops_short_of_the_cells_beside_it():
    words = _words("that every agency on the review • Publish the list of leads on the Safety")
    opening = bullet_openings(words, FACE, 12.4)
    assert opening is not None and opening.startswith("• Publish the list")
    assert "Safety" not in opening
    # (its sentence's end ends it)
    assert bullet_openings(_words("panel • Publish it. Caddowmere 2024"), FACE, 20.0) == "• Publish it."


def test_lines_with_no_bullet_or_two_bullets_or_a_lower_case_opening_add_nothing():
    assert bullet_openings(_words("names a domestic abuse Partnership's web pages."), FACE, 12.4) is None
    assert bullet_openings(_words("• Audit the files • Share the findings"), FACE, 12.4) is None
    assert bullet_openings(_words("text • and the rest of it"), FACE, 12.4) is None


def test_only_a_cell_opening_with_a_bullet_takes_later_bullets():
    firsts = {3: ["1", "The Board should", "Write a guide", "Police"]}
    add_bullets(firsts, {3: [["ask", "•", "Publish", "the", "guide", "widely", "Police"]]}, 2, FACE, 30.0)
    assert firsts[3][2] == "Write a guide"

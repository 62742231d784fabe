"""A tracker in corpus text whose column before the action is one no field is for ("Learning
identified"), its cell printed once over the actions answering it (merged down): those actions'
rows leave it empty, and their first printed line opens with the action itself. The cut of a
row's first line (plan.tracker_rows) must give the action its opening words ("Add a" |
"'did not attend'" is the action's, not the learning's), and an action opening with who acts
("Neighbourhood officers to ...") its cell, not the empty learning's.

The zoo document is tests/zoo/plan_learning_column_merged (tests/zoo/s23learningplan_build.py)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tracker_header import EXTRA
from dhrparse.plan.tracker_rows import FirstLine, TrackerShapes, action_astray, cut_first_line
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.vocab.type_widths import Face

ZOO = Path(__file__).resolve().parent / "zoo"
P = load_patterns()
ROLES = [EXTRA, "action", "lead", "target_date", "status"]


def _line(text: str) -> FirstLine:
    label = PlanVocabulary.of(P).ref_word_whole  # (any pattern: no word here is a label)
    return FirstLine(0, text.split(), Face("calibri"), label)


def test_an_imperative_in_the_column_before_the_action_is_astray():
    ln = _line("HA2 Add a 'did not attend' Housing 30/06/2024 Open")
    shapes = TrackerShapes(P)
    assert action_astray(ln, ROLES, 0, 0, 2, shapes)  # ("Add a" in the learning's column)
    assert not action_astray(ln, ROLES, 1, 0, 2, shapes)  # (in the action's own)
    ln = _line("HA1 Repairs staff who could Add a 'no access' Head of 31/03/2024 Closed")
    assert not action_astray(ln, ROLES, 0, 0, 4, shapes)  # (a finding's words)


def test_the_empty_learning_cell_leaves_the_action_its_opening_words():
    shapes = TrackerShapes(P)
    ln = _line("HA2 Add a 'did not attend' Housing 30/06/2024 Open")
    # (the columns as wide as the other rows' first lines make them: the learning's room holds
    # "Add a", the action's "'did not attend'" or the whole opening)
    f = Face("calibri")
    rooms = [f.width("Repairs staff who could"), f.width("Add a 'no access' prompt"), 6.0, 5.0, 3.0]
    _, cut = cut_first_line(ln, ROLES, rooms, shapes)
    cells = {c: " ".join(ln.words[a:b]) for c, a, b in cut}
    assert cells.get(1) == "Add a 'did not attend'"
    assert not cells.get(0)


def test_the_zoo_plan_reads_every_action_whole_on_its_row():
    got = extract(ZOO / "plan_learning_column_merged.corpus.txt")
    starts = {a.ref: (a.action or "") for a in got.actions}
    assert set(starts) == {"HA1", "HA2", "HA3", "HA4", "HA5"}
    assert starts["HA2"].startswith("Add a")
    assert starts["HA5"].startswith("Neighbourhood")

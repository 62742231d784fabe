"""The agency column's cells told to their rows in print order, where a plain text export of a
chronology table printed column after column gathered several rows' agency cells into one run
(agency_cells), and the agencies' evidence weighed only among the cuts the line breaks favour
most (agency_fit)."""

from __future__ import annotations

import re
from pathlib import Path

from dhrparse.extractors.chronology.agency_cells import cells_in_order
from dhrparse.extractors.chronology.agency_fit import settle_by_agency
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.vocab.agencies import Gazetteer

ZOO = Path(__file__).resolve().parent / "zoo" / "s23_chron_lumped_agency_runs.txt"
UNPAIRED = "chronology_table_rows_unpaired"
_NAMES = {"police": "Police", "surgery": "GP", "school": "Education"}


def _mentions(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), _NAMES[m.group().lower()])
        for m in re.finditer(r"police|surgery|school", text, re.I)
    ]


def _names(text: str) -> list[str]:
    return list(dict.fromkeys(name for _, _, name in _mentions(text)))


def test_a_run_of_several_rows_agency_cells_is_cut_at_each_name():
    runs = [["Ashby Police"], ["Ashby Police", "Ashby", "Surgery", "Ashby Police"], ["Family"]]
    cells = cells_in_order(runs, 5, _mentions, _names)
    assert cells == [
        frozenset({"Police"}),
        frozenset({"Police"}),
        frozenset({"GP"}),
        frozenset({"Police"}),
        frozenset(),  # (a name no vocabulary knows is a cell all the same)
    ]


def test_names_printed_straight_after_each_other_are_one_cell():
    runs = [["Ashby Police /", "Surgery"], ["Ashby School"]]
    assert cells_in_order(runs, 2, _mentions, _names) == [
        frozenset({"Police", "GP"}),
        frozenset({"Education"}),
    ]


def test_cells_not_as_many_as_the_dates_tell_no_row_its_agency():
    runs = [["Ashby Police", "Ashby Surgery"], ["Ashby School"]]
    assert cells_in_order(runs, 4, _mentions, _names) is None
    assert cells_in_order(runs, 2, _mentions, _names) is None


def test_the_gazetteer_gives_every_mention_in_order():
    gaz = Gazetteer(load_patterns())
    text = "Ashby Police Ashby Medical Centre Ashby Police"
    assert [name for _, _, name in gaz.mentions(text)] == ["Police", "GP", "Police"]
    assert gaz.find(text) == ["Police", "GP"]


# four rows (Police, Police, Children's social care, GP): the opening after line 0 is a brief
# outcome note's (0.25), the others only a sentence's end (1.0). The second row's event names the
# agency it was sent to, not its own, so the cut at the note fits the names better than the true
# one; the line breaks favour the true one, and the names only choose among the cuts they favour
LINES = [
    "Officers attended after a neighbour rang about shouting.",
    "Graded standard.",
    "Notification sent to children's social care.",
    "The duty social worker screened the notification.",
    "The GP saw the mother about her sleep.",
    "She was given advice.",
]
WORTH = {1: 0.25, 2: 1.0, 3: 1.0, 4: 1.0, 5: 1.0}
ROWS = [frozenset({"Police"}), frozenset({"Police"}), frozenset({"CSC"}), frozenset({"GP"})]


def _cues(text: str) -> list[str]:
    low = text.lower()
    cues = (("Police", "officers"), ("CSC", "children's social care"), ("CSC", "social worker"), ("GP", "gp"))
    return list(dict.fromkeys(name for name, cue in cues if cue in low))


def test_the_agencies_choose_only_among_the_cuts_the_line_breaks_favour_most():
    spans, read = settle_by_agency([None] * 4, LINES, WORTH, ROWS, _cues)
    assert spans == [(0, 2), (2, 3), (3, 4), (4, 6)] and read == [0, 1, 2, 3]


def test_a_table_whose_agency_cells_print_in_runs_is_read_by_their_order():
    doc = extract(ZOO)
    starts = {e.date.raw: e.text.split(".")[0] for e in doc.chronology}
    assert len(doc.chronology) == 14
    assert starts["17/03/2020"] == "Mia sees the GP about back pain and poor sleep"
    assert starts["05/06/2020"] == "The notification is screened by the children's services duty team"
    assert not any(w.code == UNPAIRED for w in doc.warnings)


def test_without_the_cells_order_the_rows_stay_unread():
    # one agency cell no vocabulary names, inside a run of several: the run's cells cannot be counted
    text = ZOO.read_text(encoding="utf-8").replace(
        "Wrenhollow\nMedical Centre\nWrenhollow\nPolice\n\n",
        "Wrenhollow\nPharmacy\nWrenhollow\nPolice\n\n",
        1,
    )
    assert text != ZOO.read_text(encoding="utf-8")
    doc = extract(text)
    assert any(w.code == UNPAIRED and "17/03/2020" in w.message for w in doc.warnings)

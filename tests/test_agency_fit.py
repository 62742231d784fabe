"""The agency column's evidence for where a row's event opens in a chronology table printed
column after column (agency_fit): taken only where it singles one cut out."""

from __future__ import annotations

from pathlib import Path

from dhrparse.extractors.chronology.agency_fit import settle_by_agency
from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "s22_chron_agency_cut.txt"
GUESSED, UNPAIRED = "chronology_table_rows_guessed", "chronology_table_rows_unpaired"


def _names(text: str) -> list[str]:
    low = text.lower()
    return [name for name, cue in (("GP", "gp"), ("Police", "officers")) if cue in low.split()]


# an event run of three rows (GP, GP, Police) whose line breaks leave four places to cut, three of
# them only a sentence's end (1.0) and one after a line that left room too (1.5): the line breaks
# alone cannot tell the cut after line 2 from the one after line 1 or line 4
LINES = [
    "The baby was brought in with a cough and a temperature. The",
    "GP prescribed antibiotics for a chest infection.",
    "The GP rang the mother to ask how the baby was.",
    "A neighbour reported shouting and a baby crying at night.",
    "Officers attended and found the family asleep.",
]
WORTH = {1: 1.0, 2: 1.0, 3: 1.5, 4: 1.0}


def test_the_rows_agencies_single_out_the_cut():
    rows = [frozenset({"GP"}), frozenset({"GP"}), frozenset({"Police"})]
    spans, read = settle_by_agency([None, None, None], LINES, WORTH, rows, _names)
    assert spans == [(0, 2), (2, 3), (3, 5)]
    assert read == [0, 1, 2]


def test_a_cut_the_agencies_do_not_single_out_stays_unread():
    # (the second GP row's event names no agency: giving it the neighbour's sentence fits as well)
    lines = [*LINES[:2], "The mother rang to say that the baby was better.", *LINES[3:]]
    rows = [frozenset({"GP"}), frozenset({"GP"}), frozenset({"Police"})]
    spans, read = settle_by_agency([None, None, None], lines, WORTH, rows, _names)
    assert spans == [None, None, None] and read == []


def test_settled_cells_bound_the_cut():
    rows = [frozenset({"GP"}), frozenset({"GP"}), frozenset({"Police"})]
    spans, read = settle_by_agency([(0, 2), None, None], LINES, WORTH, rows, _names)
    assert spans == [(0, 2), (2, 3), (3, 5)] and read == [1, 2]


def test_a_table_printed_column_after_column_is_read_by_its_agencies():
    doc = extract(ZOO)
    starts = [(e.date.raw, e.text.split(".")[0]) for e in doc.chronology]
    assert starts[2:5] == [
        ("02/04/2021", "Baby T was seen with a rash on the chest"),
        ("06/04/2021", "Keira rang the surgery to say that the rash had cleared"),
        ("21/04/2021", "A passer-by reported shouting and a baby crying in the flat"),
    ]
    assert len(doc.chronology) == 10
    assert any(w.code == GUESSED for w in doc.warnings)
    assert not any(w.code == UNPAIRED for w in doc.warnings)


def test_without_the_agencies_evidence_the_rows_stay_unread():
    # the first GP row no longer names the GP: moving the next row's sentence into it fits as well
    text = ZOO.read_text(encoding="utf-8").replace("The GP found no", "Nothing gave any")
    doc = extract(text)
    assert "06/04/2021" not in [e.date.raw for e in doc.chronology]
    assert any(w.code == UNPAIRED and "06/04/2021" in w.message for w in doc.warnings)

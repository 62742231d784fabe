"""A combined chronology printed with each line's cells joined by single spaces (corpus text)
whose last column is the panel's comment, empty on many rows: a row whose comment cell is empty
is read with its event whole ("Family Ines and Tobin met through friends and" over "began a
relationship."), not its event cut after a word that leaves the sentence open ("Ines and") and
the rest taken for a comment (joined_cells: _EMPTY_NOTE a little under one line break's evidence,
so the two no longer tie; _DANGLING_END)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.extractors.chronology.joined_cells import JoinedCells
from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo"
INTRO = [
    "Quarrymoor DHR 'Ines' – Appendix B",
    "Appendix B: Combined chronology",
    "The table below combines the chronologies supplied by each agency. The panel's analysis is in the final column.",
]
TABLE = [
    "Date Source Event Analysis comment",
    "c. May 2016 Family Ines and Tobin met through friends and",
    "began a relationship.",
    "12/10/2016 GP Ines registered with Harrowgate Lane",
    "Surgery after moving to the town. New",
    "patient check recorded no concerns.",
    "Early 2017 Family Ines's mother noticed that Ines had Family members saw the",
    "stopped seeing her friends and was often isolation before any agency.",
    "checking her phone when Tobin was out.",
    "22/03/2017 Quarrymoor Police Neighbour reported a woman screaming No DASH was completed",
    "at the flat. Officers attended; Ines said because officers logged a",
    "she had been shouting at the television. noise complaint.",
    "05/06/2017 Ambulance Ambulance called by Tobin who said",
    "Ines had fallen down the stairs. She was",
    "taken to hospital with a wrist injury.",
    "17/08/2017 Housing Quarrymoor Homes received a complaint The letter went to Ines",
    "from a neighbour about shouting late at as the tenant.",
    "night. A warning letter was sent.",
]


def test_rows_with_no_comment_keep_their_event_whole():
    events = extract("".join(f"{ln} \n\n" for ln in INTRO + TABLE), name="t.txt").chronology
    texts = [ev.text for ev in events]
    assert texts[0] == "Ines and Tobin met through friends and began a relationship."
    assert texts[4].startswith("Ambulance called by Tobin who said Ines had fallen")
    assert texts[3].startswith("Neighbour reported a woman screaming at the flat.")


def test_an_open_ending_and_an_empty_comment_are_weighed():
    cells = JoinedCells(
        [
            [
                ["Family", "Ines", "and", "Tobin", "met", "through", "friends", "and"],
                ["began", "a", "relationship."],
            ]
        ],
        [False, True, True],
        1,
        dangling=frozenset({"and", "by", "the"}),
    )
    assert cells._dangles("and") and cells._dangles("said,") and cells._dangles("made;")
    assert not cells._dangles("relationship.") and not cells._dangles("Police")
    assert cells._empty(2) < cells._empty(0)  # (a comment may be empty, a source seldom is)


def test_the_zoo_table_keeps_each_uncommented_event_whole():
    # (tests/zoo/build_chron_joined_sparse_comments.py, its corpus text)
    events = extracted(ZOO / "chron_joined_sparse_comments.corpus.txt").chronology
    assert len(events) == 9
    assert events[0].text == "Nessa and Teodor met through friends and moved in together."
    assert events[3].text.startswith("Ambulance called by Teodor who said Nessa had slipped")
    assert not events[0].extra.get("comment") and not events[3].extra.get("comment")
    assert events[2].extra.get("comment", "").startswith("The family saw the isolation")

"""A plan table whose rows' numbers stand in a column of their own before the recommendation
("No. | Recommendation | Action | Lead | Target date | Progress"), in text taken out a printed
line at a time with the cells of each line joined (plan.recommendation_column, plan.joined_rows).

Such a table was refused outright: its recommendations were lost, or read with the next
columns' words run into them. The recommendation is the first text column, so its cell's lines
open the printed lines; each is cut where the column's width (a line goes on below only when
the next word did not fit) and the cell's sentence (it ends one) agree, for one width alone.
A table whose cells those cuts do not read one way is left as it was read before."""

from __future__ import annotations

import pytest
from joined_text import printed_row

import dhrparse
from dhrparse.plan.recommendation_column import recommendation_cells, row_starts
from dhrparse.vocab.type_widths import Face, faces

HEADER = "No. Recommendation Action Lead Target date Progress"
# (cells of each action row: number, recommendation, action, lead, target date, progress); the
# actions, leads and progress notes are short, each on one printed line, as many plans keep them
ROWS = [
    [
        "1",
        "The Partnership should agree how agencies share the address of a victim who moves to a refuge.",
        "Draft an agreement",
        "Partnership",
        "June 2025",
        "Draft out.",
    ],
    ["", "", "Brief staff", "Partnership", "Sept 2025", "Not started."],
    [
        "2",
        "Thimbleford Police should make sure that call handlers ask about weapons at every domestic abuse call.",
        "Amend the call script",
        "Police",
        "March 2025",
        "Completed.",
    ],
    [
        "3",
        "The ambulance service should record who else was present when a patient discloses abuse.",
        "Add a record field",
        "Ambulance",
        "May 2025",
        "In testing.",
    ],
    [
        "4",
        "Adult social care should ask every carer whether they feel safe at home.",
        "Amend the assessment",
        "Adult Care",
        "July 2025",
        "Form amended.",
    ],
]
ROOMS = [1.2, 16.0, 12.0, 7.5, 5.2, 13.0]  # each column's width, in ems
# a longer action beside the recommendation, its lines' words sharing the recommendation's
# lines: where the next column's word would fit in the recommendation's line, two cuts read
LONG_ACTION = "Add a weapons question to the call script and brief every call handler on it"


def _lines(face: Face, rows=ROWS, rooms=ROOMS) -> list[str]:
    return [line for row in rows for line in printed_row(row, rooms, face)]


def _recommendations(rows=ROWS) -> list[str]:
    return [row[1] for row in rows if row[1]]


def _text(texts: list[str], first: int, cut: list[int]) -> str:
    words = []
    for n, k in enumerate(cut):
        at = 1 if n == 0 else 0
        words += texts[first + n].split()[at : at + k]
    return " ".join(words)


WIDTHS = [12.0 + 0.5 * n for n in range(16)]  # the recommendation column's widths plans give it


def test_rows_open_on_their_numbers_in_turn():
    texts = _lines(Face("arial"))
    starts = row_starts(texts)
    assert starts is not None and len(starts) == 4
    assert [texts[i].split()[0] for i in starts] == ["1", "2", "3", "4"]
    # (a table whose first line opens no row is none of these)
    assert row_starts(["Progress reported in May 2025.", *texts]) is None


def test_the_recommendation_column_is_read_as_written_or_not_at_all():
    read = tried = 0
    for room in WIDTHS:
        rooms = [ROOMS[0], room, *ROOMS[2:]]
        for name in faces():
            texts = _lines(Face(name), rooms=rooms)
            cells = recommendation_cells(texts)
            tried += 1
            if cells is not None:
                read += 1
                got = [(ref, _text(texts, first, cut)) for first, ref, cut in cells]
                assert got == [(str(n), text) for n, text in enumerate(_recommendations(), 1)]
    # (where the cuts hold two ways, "about" / "weapons at", the cells are not guessed: most
    # of these are read)
    assert read >= 0.25 * tried


@pytest.mark.parametrize("room", WIDTHS[::3])
@pytest.mark.parametrize("name", faces())
def test_a_column_beside_a_longer_action_is_read_as_written_or_not_at_all(name, room):
    # (the action's lines share the recommendation's: where its next word would fit in the
    # recommendation's line, two cuts hold, and the cells are not guessed)
    rows = [[*row[:2], LONG_ACTION, *row[3:]] if row[0] == "2" else row for row in ROWS]
    texts = _lines(Face(name), rows, [ROOMS[0], room, *ROOMS[2:]])
    cells = recommendation_cells(texts)
    if cells is not None:
        assert [_text(texts, first, cut) for first, _, cut in cells] == _recommendations(rows)


def test_recommendation_cells_not_written_as_sentences_are_not_guessed():
    # (cells that end no sentence give no cut the cell itself confirms)
    rows = [[*row[:1], row[1].rstrip("."), *row[2:]] for row in ROWS]
    for room in WIDTHS:
        rooms = [ROOMS[0], room, *ROOMS[2:]]
        assert recommendation_cells(_lines(Face("calibri"), rows, rooms)) is None


def _document(face: Face, rooms) -> str:
    lines = [
        "Thimbleford Safeguarding Adults Board",
        "Safeguarding Adults Review 'Maud': action plan",
        HEADER,
        *_lines(face, rooms=rooms),
        "Thimbleford SAB – SAR 'Maud' action plan",
    ]
    return "".join(f"{line} \n\n" for line in lines)


def test_a_ref_first_corpus_text_plan_gives_its_recommendations_whole():
    # (at a width its column reads one way in this face)
    rooms = next(
        [ROOMS[0], room, *ROOMS[2:]]
        for room in WIDTHS
        if recommendation_cells(_lines(Face("calibri"), rooms=[ROOMS[0], room, *ROOMS[2:]]))
    )
    doc = dhrparse.extract(_document(Face("calibri"), rooms), name="maud_plan.corpus.txt")
    assert [r.text for r in doc.recommendations] == _recommendations()
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    # (the actions are read as before: each recommendation's first action at least)
    assert {a.recommendation_id for a in doc.actions} >= {r.id for r in doc.recommendations}

"""A Home Office template action plan whose rows no number opens, in text taken out a printed
line at a time with its cells joined on each line (plan.joined_cells).

The template ("Recommendation | Scope of recommendation | Action to take | Lead Agency | Key
milestones achieved | Target Date | Date of completion and Outcome") is often filled in with
the recommendation's words alone in its first cell ("Quillford Police should ...") or its
number as a word ("Recommendation Two: ..."). No line then opens on a number; what opens a row
is its Scope cell: a short scope word ("Local", "National") standing on the line between the
recommendation cell's first words and the action cell's, which no line under the row's first
prints. A table where such lines are too few, or whose cuts read unclearly, is left as printed
with a warning, never read into guessed rows."""

from __future__ import annotations

from joined_text import wrap_cell as _wrap

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.joined_cells import CellShapes, JoinedRow, _sentences_close, read_joined, scope_starts
from dhrparse.vocab.type_widths import Face

# (column name, width in ems)
COLUMNS = [
    ("Recommendation", 15.2),
    ("Scope of recommendation", 3.6),
    ("Action to take", 14.5),
    ("Lead Agency", 8.6),
    ("Key milestones achieved in enacting recommendation", 14.0),
    ("Target Date", 5.2),
    ("Date of completion and Outcome", 12.2),
]
FACE = "calibri"
COLUMN_FIELDS = ["recommendation", "scope", "action", "lead", "progress", "target_date", "status"]

# each recommendation with its action rows (the later ones print their recommendation cell empty)
ROWS = [
    [
        [
            "Quillford Community Safety Partnership should make sure that every agency knows the local "
            "referral route for victims of economic abuse.",
            "Local",
            "Publish a one-page guide to the economic abuse referral route",
            "Quillford Council",
            "Guide agreed by the DHR panel",
            "31/03/2024",
            "14/02/2024 – guide published on the partnership website.",
        ],
        [
            "",
            "",
            "Audit referrals on the route",
            "Quillford Council",
            "Audit tool drafted",
            "October 2024",
            "In progress",
        ],
    ],
    [
        [
            "Quillford Police should make sure that officers record the presence of children at every "
            "domestic abuse incident.",
            "Local",
            "Add a mandatory children-present field to the incident record",
            "Quillford Police",
            "Field specified with the systems team",
            "30/06/2024",
            "Ongoing – system change booked for the autumn release.",
        ]
    ],
    [
        [
            "Quillford Adult Social Care should offer a carer's assessment to every relative who gives "
            "personal care.",
            "Local",
            "Amend the first contact script to prompt a carer's assessment offer",
            "Quillford Adult Social Care",
            "Script redrafted with the carers' forum",
            "31/05/2024",
            "22/04/2024 – revised script in use by the contact centre.",
        ]
    ],
    [
        [
            "The Home Office should consider adding guidance on older victims to the statutory guidance "
            "for reviews.",
            "National",
            "Chair to write to the Home Office with the overview report",
            "Quillford Council",
            "Draft letter agreed with the panel",
            "On publication",
            "Not started – awaiting publication of the report.",
        ]
    ],
]
HEADER = [
    "Recommendation Scope of Action to take Lead Agency Key milestones achieved in Target Date Date of completion and",
    "recommendat enacting recommendation Outcome",
    "ion",
]


def _printed(row: list[str], face: Face) -> list[str]:
    """An action row as pdfplumber prints it: each cell wrapped at its column's width, the
    cells' n-th lines joined into the row's n-th printed line."""
    cells = [_wrap(text, room, face) for text, (_, room) in zip(row, COLUMNS)]
    return [" ".join(c[n] for c in cells if n < len(c)) for n in range(max(len(c) for c in cells))]


def _recommendation_lines(rec: list[list[str]], face: Face) -> list[str]:
    """A recommendation's rows: its cell spans its action rows, so its words go on printing
    beside the later action rows' lines."""
    first = rec[0]
    words = _wrap(first[0], COLUMNS[0][1], face)
    lines: list[str] = []
    for action in rec:
        printed = _printed(["", *action[1:]], face)
        for line in printed:
            cell = words.pop(0) if words else ""
            lines.append(f"{cell} {line}".strip())
    lines.extend(words)
    return lines


def _table(face: Face) -> list[str]:
    return [line for rec in ROWS for line in _recommendation_lines(rec, face)]


def test_a_row_of_an_unnumbered_plan_opens_where_its_scope_cell_stands():
    texts = _table(Face(FACE))
    shapes = CellShapes(load_patterns(), COLUMN_FIELDS)
    starts = scope_starts(texts, shapes)
    assert [texts[i].split()[0] for i in starts] == ["Quillford", "Quillford", "Quillford", "The"]


def test_a_scope_word_inside_a_cell_opens_no_row():
    shapes = CellShapes(load_patterns(), COLUMN_FIELDS)
    texts = [
        "Quillford Police should make sure Local Add a field to the Quillford Police Field agreed 30/06/2024 Ongoing",
        "that officers record the Borough Council record",
        "presence of children. National Police Chiefs",
        "Quillford Council should review Local Write to the Quillford Council Letter sent 31/05/2024 Complete",
    ]
    assert scope_starts(texts, shapes) == [0, 3]


def _opening_words(text: str, n: int = 3) -> str:
    return " ".join(text.split()[:n])


def test_the_rows_and_action_rows_of_an_unnumbered_plan_are_cut_into_their_cells():
    """Each recommendation's cell is read whole down its row (it spans its action rows), each
    action row opens where its action cell opens, and the Scope cells hold their scope word."""
    texts = _table(Face(FACE))
    shapes = CellShapes(load_patterns(), COLUMN_FIELDS)
    read = read_joined(texts, shapes, content=True)
    assert read is not None
    rows = read[0]
    assert [" ".join(row.parts[0][0]) for row in rows] == [rec[0][0] for rec in ROWS]
    assert [" ".join(row.parts[0][1]) for row in rows] == [rec[0][1] for rec in ROWS]
    actions = [part for row in rows for part in row.parts]
    gold = [action for rec in ROWS for action in rec]
    assert [_opening_words(" ".join(part[2])) for part in actions] == [_opening_words(g[2]) for g in gold]
    dated = [" ".join(part[5]) for part in actions]
    assert dated[:4] == [g[5] for g in gold[:4]]


def test_an_unnumbered_corpus_text_plan_gives_its_actions_and_recommendations():
    lines = [
        "Quillford Community Safety Partnership",
        "Domestic Homicide Review 'Iris' (QCSP DHR 04) – Action Plan",
        "Position reported to the partnership board in October 2024.",
        *HEADER,
        *_table(Face(FACE)),
    ]
    doc = dhrparse.extract("".join(f"{line} \n\n" for line in lines), name="iris_plan.corpus.txt")
    # (each recommendation's first action: a later action row whose lead the cuts leave in the
    # milestones' column is read on with the one above)
    opened = [_opening_words(a.action) for a in doc.actions]
    assert all(_opening_words(rec[0][2]) in opened for rec in ROWS)
    assert all(a.ref is None for a in doc.actions)
    assert [r.text for r in doc.recommendations] == [rec[0][0] for rec in ROWS]
    assert {a.recommendation_id for a in doc.actions} == {r.id for r in doc.recommendations}
    assert doc.actions[0].lead.startswith("Quillford")
    assert doc.actions[-1].status.value == "not_started"
    assert not any(w.code == "plan_cells_untold" for w in doc.warnings)


def test_the_plans_closing_note_under_its_table_is_no_row():
    """The note under the table ("Plan owner: ... Next update due: ...") prints on its own line
    after the last row: no action of the last recommendation's, nor a row of its own."""
    lines = [
        "Domestic Homicide Review 'Iris' (QCSP DHR 04) – Action Plan",
        *HEADER,
        *_table(Face(FACE)),
    ]
    note = "Plan owner: Quillford CSP Business Manager. Next update due: January 2025."
    plain = dhrparse.extract("".join(f"{line} \n\n" for line in lines), name="iris_plan.corpus.txt")
    doc = dhrparse.extract("".join(f"{line} \n\n" for line in [*lines, note]), name="iris_plan.corpus.txt")
    assert [a.action for a in doc.actions] == [a.action for a in plain.actions]
    assert not any("Plan owner" in (a.action + (a.lead or "")) for a in doc.actions)


def test_an_unnumbered_plan_whose_scope_cells_are_not_printed_is_told_not_guessed():
    lines = [
        "Domestic Homicide Review 'Iris' – Action Plan",
        *HEADER,
        *(line.replace(" Local ", " ").replace(" National ", " ") for line in _table(Face(FACE))),
    ]
    doc = dhrparse.extract("".join(f"{line} \n\n" for line in lines), name="iris_plan.corpus.txt")
    assert doc.actions == []
    assert any(w.code in ("plan_cells_untold", "plan_not_read") for w in doc.warnings)


def _rows(*cells: str) -> list[JoinedRow]:
    return [JoinedRow(n, [[cell.split(), [], [], [], [], [], []]], [n]) for n, cell in enumerate(cells)]


def test_a_reading_whose_recommendation_cells_stop_mid_sentence_is_not_kept():
    """A plan writes its recommendations all as sentences or all as titles; a reading where
    some stop on a word mid-sentence has cut other cells' words into them."""
    sentences = (
        "Quillford Police should record the presence of children.",
        "Quillford Council should offer a carer's assessment to the",
        "The Home Office should consider adding guidance on older victims across practices",
        "Quillford Housing should flag repeated repairs. repairs",
    )
    assert not _sentences_close(_rows(*sentences))
    assert _sentences_close(_rows(sentences[0], "Quillford Council should offer an assessment."))
    assert _sentences_close(_rows("Recommendation One: financial control", "Recommendation Two: DASH"))

"""A Home Office template action plan in text taken out a printed line at a time, its cells
joined on each line (plan.joined_cells), read again weighing the cells' content where the
columns' widths alone leave the cuts unclear: a Scope cell holds scope words, a lead cell a
name, the recommendation's cell spans its row, and the reading is kept only when its target
dates read as dates."""

from __future__ import annotations

from joined_text import wrap_cell as _wrap

from dhrparse.patterns import load_patterns
from dhrparse.plan.joined_cells import CellShapes, read_joined
from dhrparse.vocab.type_widths import Face

# (column name, width in ems)
COLUMNS = [
    ("Recommendation", 12.5),
    ("Scope", 3.7),
    ("Action to take", 12.3),
    ("Lead Agency", 6.3),
    ("Key milestones achieved", 11.5),
    ("Target Date", 5.3),
    ("Date of completion and Outcome", 14.5),
]
ROWS = [
    [
        "1. Ashcombe Council should make sure that every panel agency has a written procedure for economic abuse.",
        "Local",
        "Audit agencies' domestic abuse policies for their content on economic abuse",
        "Ashcombe CSP",
        "Audit template circulated to eleven agencies",
        "31/03/23",
        "Completed 20/04/2023. Audit report to the board.",
    ],
    [
        "2. Ashcombe Police should ensure a supervisor reviews every case closed after a victim withdraws support.",
        "Regional",
        "Amend the investigation closure checklist to require supervisory review",
        "Ashcombe Police",
        "Checklist amended and loaded on the recording system",
        "September 2023",
        "Completed 01/09/2023 – dip sample found review recorded in most cases.",
    ],
    [
        "3. The hospital trust should strengthen routine enquiry in the emergency department.",
        "Local",
        "Add a routine enquiry field to the triage record",
        "Ashcombe Hospitals Trust",
        "Change request approved in June",
        "Q2 2024/25",
        "Ongoing – awaiting the supplier.",
    ],
    [
        "4. Ashcombe Council should review how its housing team acts on a disclosure of domestic abuse.",
        "Local",
        "Add a prompt for referral to the MARAC to the housing application",
        "Ashcombe Council Housing",
        "Process mapped with the MARAC coordinator",
        "Oct-23",
        "Completed October 2023. Revised form in use.",
    ],
    [
        "5. The Home Office should consider examples of economic abuse in the statutory guidance.",
        "National",
        "Chair of the Partnership to write to the Home Office",
        "Ashcombe CSP Chair",
        "Letter drafted",
        "On publication",
        "Not started – awaiting publication.",
    ],
]
COLUMN_FIELDS = ["recommendation", "scope", "action", "lead", "progress", "target_date", "status"]


def _printed(row: list[str], face: Face) -> list[str]:
    """A row as pdfplumber prints it: each cell wrapped at its column's width, the cells' n-th
    lines joined into the row's n-th printed line."""
    cells = [_wrap(text, room, face) for text, (_, room) in zip(row, COLUMNS)]
    return [" ".join(c[n] for c in cells if n < len(c)) for n in range(max(len(c) for c in cells))]


def test_scope_and_lead_cells_hold_their_own_words_when_the_content_is_weighed():
    """By the widths alone the narrow Scope and lead columns take the next column's words
    ("Local should housing", "Ashcombe to the Housing"); weighing the content they do not."""
    texts = [line for row in ROWS for line in _printed(row, Face("arial"))]
    shapes = CellShapes(load_patterns(), COLUMN_FIELDS)
    read = read_joined(texts, shapes, content=True)
    assert read is not None
    parts = [row.parts[0] for row in read[0]]
    assert [" ".join(p[1]) for p in parts] == [row[1] for row in ROWS]
    for n in (1, 3, 4):
        assert " ".join(parts[n][3]) == ROWS[n][3]
    for part, row in zip(parts, ROWS):
        assert " ".join(part[2]).startswith(" ".join(row[2].split()[:4]))


def test_scope_and_lead_cells_carry_on_only_with_their_own_words():
    shapes = CellShapes(load_patterns(), COLUMN_FIELDS)
    assert shapes.carry(1, "and regional") == 0
    assert shapes.carry(1, "domestic abuse") > 0
    assert shapes.carry(3, "Community Safety Partnership") == 0
    assert shapes.carry(3, "policies for to") > 0


def test_a_target_date_cell_reads_as_a_date_only_alone():
    shapes = CellShapes(load_patterns(), COLUMN_FIELDS)
    for cell in ("By end of June 2024", "31/03/23", "Q2 2024/25", "Ongoing", "September"):
        assert shapes.date_cell(cell), cell
    for cell in ("31/12/2022 the trustees.", "Mar-23 leads in 2022."):
        assert not shapes.date_cell(cell), cell

"""The Home Office template on the corpus-text route (plan.joined_cells) with action cells set
as bulleted lists ("• Write to ...", the bullet a word of its own) and a target-date column
too narrow for a numeric date, which the word processor breaks inside the year ("31/12/202"
over "4"): no cell ends on a bullet, and a broken year reads as the date it is."""

from __future__ import annotations

from dhrparse.patterns import load_patterns
from dhrparse.plan.joined_cells import CellShapes, JoinedTable
from dhrparse.vocab.type_widths import Face

COLUMNS = ["ref", "recommendation", "scope", "action", "lead", "target_date", "desired_outcome"]
ROOMS = [1.0, 9.0, 3.8, 10.5, 6.5, 4.6, 7.5]
ROWS = [
    [
        "1",
        "Caddowmere Partnership should name a domestic abuse lead in every agency.",
        "Local",
        "• Write to each agency asking for a named lead. • Publish the list of leads.",
        "Caddowmere Partnership",
        "31/12/2024",
        "Staff know whom to ask.",
    ],
    [
        "2",
        "Caddowmere Police should review how missing adults are assessed.",
        "Local",
        "• Add an abuse prompt to the missing person form. • Brief sergeants on the form.",
        "Caddowmere Police",
        "30/06/2025",
        "Reports record whether abuse was considered.",
    ],
    [
        "3",
        "Caddowmere Health Board should audit routine enquiry in general practice.",
        "Local",
        "• Audit forty records from four practices.",
        "Caddowmere Health Board",
        "31/03/2025",
        "Enquiry is visible in records.",
    ],
]


def _wrap(text: str, room: float, face: Face) -> list[str]:
    """A cell wrapped at its column's width as a word processor sets it: a word wider than the
    column is broken where the column's edge falls."""
    lines: list[str] = []
    for word in text.split():
        if lines and face.width(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
            continue
        while face.width(word) > room:
            cut = max(n for n in range(1, len(word)) if face.width(word[:n]) <= room)
            lines.append(word[:cut])
            word = word[cut:]
        lines.append(word)
    return lines


def _printed(face: Face) -> list[str]:
    out: list[str] = []
    for row in ROWS:
        cells = [_wrap(text, room, face) for text, room in zip(row, ROOMS)]
        for n in range(max(len(c) for c in cells)):
            out.append(" ".join(c[n] for c in cells if n < len(c)))
    return out


def _shapes() -> CellShapes:
    return CellShapes(load_patterns(), COLUMNS)


def test_a_year_broken_by_its_column_reads_as_a_date():
    shapes = _shapes()
    assert shapes.mend_date("31/12/202 4") == "31/12/2024"
    assert shapes.mend_date("30.09.20 25") == "30.09.2025"
    assert shapes.date_cell("31/12/202 4")
    assert shapes._date_like("31/12/202")  # (the date's first line)
    # (digits that make no year are left apart: "12/202 3" is no date cut in its year)
    assert shapes.mend_date("1/2/2024 12") == "1/2/2024 12"
    assert not shapes.date_cell("Staff in every 3")


def test_the_printed_table_breaks_its_dates_and_bullets_as_the_template_does():
    printed = _printed(Face("arial"))
    assert any(line.split()[3] == "•" for line in printed if line[:1].isdigit())
    assert any(w.count("/") == 2 and len(w) == 9 for line in printed for w in line.split())


def test_widths_are_learnt_from_first_lines_opening_an_action_with_a_bullet():
    """Each row's first line opens its action cell with a bullet standing alone ("•
    Write"): the cut between the bullet and its item's first word would leave a cell ending on
    the bullet, and a date broken inside its year fits no date; both left every first line
    uncut before."""
    face = Face("arial")
    table = JoinedTable(_printed(face), _shapes(), face, True)
    widths = table.widths()
    assert widths is not None and None not in widths
    cut = table._first_cut(table.lines[0], widths)
    cells = [" ".join(table.lines[0].words[a:b]) for _, a, b in cut]
    assert any(cell.startswith("• ") for cell in cells), cells
    assert "•" not in cells

"""A chronology appendix printed with each line's cells joined by single spaces (joined_rows),
straight after it an appendix holding the action plan, its title not read as a heading: the plan
the plan reader claimed ends the chronology's last row. Its lines are no event's words, and the
plan's wide rows do not widen the chronology's columns (joined_cells reads its cells by widths
that the plan's lines would distort)."""

from __future__ import annotations

from dhrparse.extractors.chronology.wrapped_cells import printed_width
from dhrparse.pipeline import extract

ROWS = [
    (
        "March 2023",
        "Quarrendon Maternity Unit",
        "Tamsin books for antenatal care at twelve weeks and says the father of the baby lives elsewhere.",
    ),
    (
        "14/10/2023",
        "Quarrendon Maternity Unit",
        "Tamsin gives birth to Rhys at term. She goes home the following day with her mother.",
    ),
    (
        "30/10/2023",
        "Quarrendon Community Health",
        "New birth visit. The health visitor records that Tamsin has no partner at home.",
    ),
    (
        "05/01/2024",
        "Quarrendon Police",
        "Neighbour reports shouting from the flat. Officers attend; a man leaves before they arrive.",
    ),
    (
        "19/01/2024",
        "Quarrendon Hospital NHS Trust",
        "Rhys is taken to the emergency department with a swollen arm. An x-ray shows a fracture.",
    ),
]

PLAN = [
    "Page 6",
    "Quarrendon Safeguarding Children Partnership · Practice review: Baby R",
    "Appendix B: Partnership action plan",
    "Agreed by the partnership's executive group in May 2024.",
    "No. Recommendation Action Lead Target date Status",
    "1 Health visitors should ask who Add a prompt to the new birth Head of Health 31/03/2025 Complete",
    "lives in the home. visit template. Visiting",
    "2 Police should share details of Send every domestic call Detective 30/06/2025 Ongoing",
    "adults at an address. involving a baby to the front Inspector,",
    "door within a day. Safeguarding",
    "3 The Partnership should audit Audit twenty cases where a Business 30/09/2025 Not started",
    "referrals for infants. baby was referred. Manager",
]


def _wrap(text: str, width: int) -> list[str]:
    """A word processor's wrap of the cell in a column `width` thousandths of an em wide."""
    lines: list[str] = []
    for word in text.split():
        if lines and printed_width(f"{lines[-1]} {word}") <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _lines() -> list[str]:
    out = [
        "Quarrendon Safeguarding Children Partnership ·",
        "Practice review: Baby R",
        "Appendix A: Chronology",
        "Date Agency Event",
    ]
    for date, *cells in ROWS:
        wrapped = [_wrap(c, w) for c, w in zip(cells, (8500, 26000))]
        for k in range(max(len(c) for c in wrapped)):
            out.append(" ".join(([date] if k == 0 else []) + [c[k] for c in wrapped if k < len(c)]))
    return out + PLAN


def _chronology():
    return extract("".join(f"{ln} \n\n" for ln in _lines()), name="t.txt").chronology


def test_the_plan_and_its_title_end_the_chronology_s_last_row():
    # (the new page's running head, printed on one line where the first page printed it on two, is
    # not yet told from the last event's words: it stays in the row)
    events = _chronology()
    assert len(events) == len(ROWS)
    last = events[-1].text
    assert last.startswith(ROWS[-1][2])
    assert "Appendix" not in last and "Recommendation" not in last and "template" not in last


def test_the_rows_cells_are_read_by_the_chronology_s_own_widths():
    texts = [e.text for e in _chronology()]
    assert texts[:-1] == [event for _, _, event in ROWS[:-1]], "\n".join(_lines())

"""A children's partnership's plan in corpus text (pdfplumber's lines, each followed by a blank
line, the cells of a printed line joined by single spaces) whose success column is headed
with a question, "How will we know it has made a difference?", wrapping onto a second line.
Each recommendation is printed across the table above its actions ("Recommendation 1: ...")."""

from __future__ import annotations

from dhrparse.pipeline import extract
from dhrparse.vocab.type_widths import Face

FACE = Face("arial")
WIDTHS = [1.8, 12.0, 6.5, 4.8, 10.5, 7.0]  # in ems
HEADER = ["No. Action Lead agency By when How will we know it has made a Status", "difference?"]
GROUPS = [
    (
        "Recommendation 1: The Partnership should make sure that school nurses hear the voice of a child living with a parent's drinking.",
        [
            (
                "1.1",
                "Add a question about home life to the school nurse health check",
                "Wexcombe School Nursing",
                "July 2024",
                "Question in the template; audit of 20 checks.",
                "Complete",
            ),
            (
                "1.2",
                "Run two learning sessions for school nurses",
                "Partnership Training Lead",
                "Autumn 2024",
                "Attendance; feedback from nurses.",
                "In progress",
            ),
        ],
    ),
    (
        "Recommendation 2: Wexcombe Early Help should offer a family plan whenever a parent misses three appointments.",
        [
            (
                "2.1",
                "Change the early help procedure for missed appointments",
                "Wexcombe Early Help",
                "30/09/2024",
                "Procedure signed off.",
                "Complete",
            ),
            (
                "2.2",
                "Audit a sample of closed cases for family plans",
                "Early Help Quality Team",
                "March 2025",
                "Audit report to the Learning Group.",
                "Not yet started",
            ),
        ],
    ),
]


def _wrap(text: str, room: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and FACE.width(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _plan() -> str:
    printed = list(HEADER)
    for rec, actions in GROUPS:
        printed += _wrap(rec, sum(WIDTHS) + 2)
        for row in actions:
            cells = [_wrap(cell, room) for cell, room in zip(row, WIDTHS)]
            for n in range(max(len(c) for c in cells)):
                printed.append(" ".join(c[n] for c in cells if n < len(c)))
    lines = [
        "Wexcombe Safeguarding Children Partnership",
        "Child Safeguarding Practice Review: Child R – action plan",
        *printed,
        "Plan agreed by the Partnership Executive, May 2024.",
    ]
    return "".join(f"{ln} \n\n" for ln in lines)


def test_a_plan_with_a_question_for_its_success_column_is_read():
    doc = extract(_plan())
    got = [(a.ref, (a.action or "").split()[0], a.status.raw if a.status else None) for a in doc.actions]
    assert got == [
        ("1.1", "Add", "Complete"),
        ("1.2", "Run", "In progress"),
        ("2.1", "Change", "Complete"),
        ("2.2", "Audit", "Not yet started"),
    ], got
    by_ref = {a.ref: a for a in doc.actions}
    assert by_ref["2.1"].target_date is not None and by_ref["2.1"].target_date.raw == "30/09/2024"
    assert (by_ref["1.2"].lead or "").startswith("Partnership")

"""A plan set as one two-column key/value box per recommendation, as text a PDF tool takes out a
printed line at a time (pdfplumber's extract_text: a blank line after every line, the cells of
one printed line joined by a single space).

Each printed line of a box then opens with its label and goes on with its value ("Timescale 31
May 2024", "Progress (January 2025) Leaflet printed."), and a long value's wrapped lines follow
on their own. The RAG key, a small table of its own, prints "Green On track". The plan reads as
the same boxes do from a tab-separated export."""

from __future__ import annotations

import dhrparse

KEY = ["RAG key", "Blue Complete", "Green On track", "Amber Late but in progress", "Red Not started"]

# (printed lines of the corpus text, the same rows tab-separated)
BOXES = [
    (
        [
            "Recommendation 1 Hollowby Council should offer a carer's assessment to every spouse",
            "who looks after a partner with dementia.",
            "Action 1.1 Add a prompt for a carer's assessment to the discharge checklist.",
            "Lead Principal Social Worker",
            "Timescale 31 May 2024",
            "How will we know? The prompt is used on every ward.",
            "Progress (January 2025) Prompt added in May 2024.",
            "RAG Blue",
            "Action 1.2 Audit twenty discharges where a spouse is the main carer and report the",
            "findings to the Board.",
            "Lead Head of Safeguarding, Hollowby Hospitals",
            "Timescale September 2024",
            "How will we know? Audit report received by the Board.",
            "Progress (January 2025) Twelve cases audited; the rest are booked for February.",
            "Status of the report to be agreed at the next meeting.",
            "RAG Green",
        ],
        [
            "Recommendation 1\tHollowby Council should offer a carer's assessment to every spouse "
            "who looks after a partner with dementia.",
            "Action 1.1\tAdd a prompt for a carer's assessment to the discharge checklist.",
            "Lead\tPrincipal Social Worker",
            "Timescale\t31 May 2024",
            "How will we know?\tThe prompt is used on every ward.",
            "Progress (January 2025)\tPrompt added in May 2024.",
            "RAG\tBlue",
            "Action 1.2\tAudit twenty discharges where a spouse is the main carer and report the "
            "findings to the Board.",
            "Lead\tHead of Safeguarding, Hollowby Hospitals",
            "Timescale\tSeptember 2024",
            "How will we know?\tAudit report received by the Board.",
            "Progress (January 2025)\tTwelve cases audited; the rest are booked for February. "
            "Status of the report to be agreed at the next meeting.",
            "RAG\tGreen",
        ],
    ),
    (
        [
            "Recommendation 2 Hollowby Police should tell officers about the strain of caring for a",
            "partner and how it may lead to harm.",
            "Action 2.1 Add a session on carer stress to the refresher training.",
            "Lead Hollowby Police – Head of Learning",
            "Timescale December 2024",
            "How will we know? Three quarters of response officers trained.",
            "Progress (January 2025) Not started – the course is being rewritten.",
            "RAG Red",
        ],
        [
            "Recommendation 2\tHollowby Police should tell officers about the strain of caring for a "
            "partner and how it may lead to harm.",
            "Action 2.1\tAdd a session on carer stress to the refresher training.",
            "Lead\tHollowby Police – Head of Learning",
            "Timescale\tDecember 2024",
            "How will we know?\tThree quarters of response officers trained.",
            "Progress (January 2025)\tNot started – the course is being rewritten.",
            "RAG\tRed",
        ],
    ),
]
TITLE = ["Hollowby Safeguarding Adults Board", "Safeguarding Adults Review 'Edith': action plan"]
NOTE = "Agreed by the Board's review group in February 2025."


def _corpus_text() -> str:
    lines = TITLE + KEY + [ln for printed, _ in BOXES for ln in printed] + [NOTE]
    return "".join(f"{line} \n\n" for line in lines)


def _tab_text() -> str:
    key = ["RAG key"] + [ln.replace(" ", "\t", 1) for ln in KEY[1:]]
    parts = ["\n".join(TITLE), "\n".join(key)] + ["\n".join(tabbed) for _, tabbed in BOXES] + [NOTE]
    return "\n\n".join(parts) + "\n"


def _rows(doc) -> list[tuple]:
    return [
        (
            a.ref,
            a.recommendation_ref,
            a.action,
            a.lead,
            a.target_date.start if a.target_date else None,
            a.success_measure,
            a.progress,
            a.status.value if a.status else None,
        )
        for a in doc.actions
    ]


def test_key_value_boxes_read_from_joined_cells_as_from_tabs():
    spaced = dhrparse.extract(_corpus_text(), name="edith_plan.corpus.txt")
    tabbed = dhrparse.extract(_tab_text(), name="edith_plan.txt")
    assert [a.ref for a in spaced.actions] == ["1.1", "1.2", "2.1"]
    assert _rows(spaced) == _rows(tabbed)
    first, second, third = spaced.actions
    assert first.lead == "Principal Social Worker"
    assert first.target_date.start == "2024-05-31"
    assert second.action.endswith("report the findings to the Board.")
    # a wrapped value's line opening with a label's word ("Status of ...") stays the value's
    assert second.progress.endswith("Status of the report to be agreed at the next meeting.")
    # the key says what Green means in this plan; the note after the last box is not a status
    assert second.status.value == "in_progress"
    assert third.status.raw == "Red"
    assert [r.ref for r in spaced.recommendations] == ["1", "2"]


def test_a_line_opening_with_a_label_outside_a_box_is_prose():
    lines = [
        "Hollowby Safeguarding Adults Board",
        "Lead Practitioner Ana Ruiz chaired the panel.",
        "Status Reports were sent to every agency.",
    ]
    doc = dhrparse.extract("".join(f"{line} \n\n" for line in lines), name="edith_prose.corpus.txt")
    assert doc.actions == []

"""Recommendations grouped under each agency's heading inside the recommendations chapter.

An executive summary often prints its recommendations chapter as parts: the panel's own
("Overview recommendations") and then one part per agency, each headed by the agency's name
and numbered from 1 again. In a Word document those parts are headings of one level, so the
agencies' headings come after a sibling heading that named the recommendations: they are
still inside the chapter, and every list under them is read, as the text export reads it."""

from __future__ import annotations

import io

from docx import Document as WordDocument

import dhrparse

PARTS = [
    (
        "Overview recommendations – Tallowby Community Safety Partnership",
        [
            "The Partnership should publish a guide for agencies on the risk at and after separation.",
            "The Partnership should check, a year after publication, that each agency's actions are complete.",
        ],
    ),
    (
        "Quenmoor Police",
        [
            "The force should make a second call to the victim within a week of any repeat incident.",
            "The force should refer every stalking victim graded medium or high to the advocacy service.",
        ],
    ),
    (
        "Selbridge Housing Association",
        ["The association should treat a lock change for a victim as an emergency repair."],
    ),
]


def _word() -> bytes:
    doc = WordDocument()
    doc.add_heading("Domestic Homicide Review: Executive Summary", level=0)
    doc.add_heading("4. Conclusions", level=1)
    doc.add_paragraph("The panel found that the risk after separation was not recognised by any agency.")
    doc.add_heading("5. Recommendations", level=1)
    doc.add_paragraph("The recommendations are grouped by the agency they are made to, each numbered from 1.")
    for title, items in PARTS:
        doc.add_heading(title, level=2)
        for k, text in enumerate(items, start=1):
            doc.add_paragraph(f"{k}.\t{text}")
    doc.add_heading("6. Next steps", level=1)
    doc.add_paragraph("Each agency has written its own action plan, which the Partnership will monitor.")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _text() -> str:
    out = [
        "4. Conclusions",
        "The panel found that the risk after separation was not recognised by any agency.",
    ]
    out += [
        "5. Recommendations",
        "The recommendations are grouped by the agency they are made to, each numbered from 1.",
    ]
    for title, items in PARTS:
        out += [title] + [f"{k}.\t{text}" for k, text in enumerate(items, start=1)]
    out += [
        "6. Next steps",
        "Each agency has written its own action plan, which the Partnership will monitor.",
    ]
    return "\n".join(out) + "\n"


def test_every_agency_part_is_read_in_word_as_in_text():
    want = [(str(k), text) for _, items in PARTS for k, text in enumerate(items, start=1)]
    word = dhrparse.extract(_word(), name="summary.docx")
    text = dhrparse.extract(_text(), name="summary.txt")
    assert [(r.ref, r.text) for r in word.recommendations] == want
    assert [(r.ref, r.text, r.agency) for r in word.recommendations] == [
        (r.ref, r.text, r.agency) for r in text.recommendations
    ]
    assert [r.agency for r in word.recommendations][2:] == ["Quenmoor Police"] * 2 + [
        "Selbridge Housing Association"
    ]

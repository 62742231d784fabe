"""A Local Child Safeguarding Practice Review, DejaVu Sans: a shaded title box with the review's
reference, a chronology table Date | Time | Agency | Contact | Detail (the Contact cell naming the
kind of contact in a few words, the Detail cell what happened; the Time cell a clock time or "Not
known"), then a recommendations table No. | Recommendation | Partnership response | Lead | By when |
Status, each response opening "Accepted." and saying what will be done (the row's action). Its text
is `pdftotext -layout` (the columns kept where they print), as such reports are often read. Built in
Word (python-docx), exported to PDF by LibreOffice; the gold is written by hand below.

    python tests/zoo/pending/build_lcspr_date_time_contact_detail_response_table.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # (the .corpus.txt)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from docx_build import add_row, box, heading, make_table, new_doc, numbered, para  # noqa: E402
from gold_lines import A, R  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "lcspr_date_time_contact_detail_response_table"
CHRON_WIDTHS = (2.2, 1.6, 3.0, 2.8, 7.6)
REC_WIDTHS = (1.0, 4.4, 4.8, 2.6, 2.4, 2.0)
# (date, time, agency, contact, detail, iso)
CHRONOLOGY = [
    (
        "04/09/2023",
        "10:30",
        "Maternity service",
        "Booking appointment",
        "Kerry booked for antenatal care and said she lived alone; no partner was recorded.",
        "2023-09-04",
    ),
    (
        "19/10/2023",
        "Not known",
        "Health visiting",
        "Antenatal contact",
        "The health visitor left a card at the flat after nobody answered the door.",
        "2023-10-19",
    ),
    (
        "02/01/2024",
        "14:05",
        "Maternity service",
        "Birth",
        "Baby T was born at term in good health and went home with Kerry the next day.",
        "2024-01-02",
    ),
    (
        "15/01/2024",
        "11:00",
        "Health visiting",
        "New birth visit",
        "A man introduced as a friend stayed in the room throughout and answered for Kerry.",
        "2024-01-15",
    ),
    (
        "08/02/2024",
        "23:40",
        "Brackwater Police",
        "Call from neighbour",
        "A neighbour reported shouting and a baby crying; officers found the flat quiet.",
        "2024-02-08",
    ),
    (
        "21/02/2024",
        "Not known",
        "Children's social care",
        "Referral screened",
        "The police notification was screened as needing no further action and closed.",
        "2024-02-21",
    ),
    (
        "06/03/2024",
        "09:20",
        "GP practice",
        "Eight week check",
        "Baby T was weighed and had gained well; Kerry looked tired and left quickly.",
        "2024-03-06",
    ),
    (
        "27/03/2024",
        "04:15",
        "Ambulance service",
        "Emergency call",
        "Baby T was found unresponsive at home and was taken to hospital, where he died.",
        "2024-03-27",
    ),
]
# (no, recommendation, response, lead, by when, status, by-when iso, status value)
RECS = [
    (
        "1",
        "Brackwater Safeguarding Children Partnership should ask every agency to record who "
        "else lives in or often stays at a baby's home.",
        "Accepted. A short guide on asking about the men in a baby's life will go to all front line teams.",
        "Partnership manager",
        "Jun 2025",
        "Complete",
        "2025-06",
        "complete",
    ),
    (
        "2",
        "Health visiting should see the mother alone at least once before the baby is eight weeks old.",
        "Accepted. The service will add a prompt to its record system and audit a sample of new birth visits.",
        "Head of health visiting",
        "30/09/2025",
        "In progress",
        "2025-09-30",
        "in_progress",
    ),
    (
        "3",
        "Children's social care should not close a police notice about a baby without checking health records.",
        "Accepted. The front door team's screening checklist will be changed and staff briefed on it.",
        "Service manager, front door",
        "Dec 2025",
        "In progress",
        "2025-12",
        "in_progress",
    ),
    (
        "4",
        "The Partnership should repeat its safe sleep campaign with fathers and other male carers in mind.",
        "Accepted. A campaign with new leaflets for fathers will be run across the county next winter.",
        "Public health lead",
        "31/03/2026",
        "Not started",
        "2026-03-31",
        "not_started",
    ),
]


# more learning, enough that the recommendations table breaks inside its second row, as published
LEARNING = [
    (
        "3.3",
        "Practitioners described a mother who was polite and organised, and took that as a sign that "
        "all was well at home; no one asked who helped her with the baby at night.",
    ),
    (
        "3.4",
        "The health visiting service had no way of flagging that a mother had never been seen alone, "
        "so the gap was not noticed at supervision.",
    ),
]


def word_document():
    doc = new_doc(
        header="Brackwater Safeguarding Children Partnership",
        footer_label="LCSPR Baby T –",
        font="DejaVu Sans",
        size=9.5,
    )
    for sec in doc.sections:
        from docx.shared import Cm

        sec.left_margin = sec.right_margin = Cm(1.9)
    box(
        doc,
        "Local Child Safeguarding Practice Review: Baby T\n"
        "Review reference BSCP LCSPR 02/2024 • Published May 2025",
        fill="DEEAF6",
        width=17.2,
    )
    heading(doc, "1. Introduction", 1)
    numbered(
        doc,
        "1.1",
        "Baby T died in March 2024 when he was twelve weeks old. The Partnership "
        "decided that a local review should be carried out.",
    )
    numbered(
        doc,
        "1.2",
        "The review was led by an independent reviewer, Morag Elsworth, with a panel of "
        "senior managers from the agencies involved.",
    )
    heading(doc, "2. Chronology", 1)
    para(doc, "The table below sets out the contacts the review judged most significant.")
    table = make_table(doc, ["Date", "Time", "Agency", "Contact", "Detail"], CHRON_WIDTHS, size=8.5)
    for date, time, agency, contact, detail, _ in CHRONOLOGY:
        add_row(table, [date, time, agency, contact, detail], CHRON_WIDTHS, size=8.5)
    heading(doc, "3. Learning", 1)
    numbered(
        doc,
        "3.1",
        "Men who live in or visit a baby's home were not known to the agencies who saw "
        "Kerry; each saw a mother coping alone.",
    )
    numbered(doc, "3.2", "A single police notice was read without the health picture beside it.")
    for number, text in LEARNING:
        numbered(doc, number, text)
    heading(doc, "4. Recommendations", 1)
    para(
        doc, "The Partnership considered the recommendations on 12 March 2025; its response to each is below."
    )
    table = make_table(
        doc,
        ["No.", "Recommendation", "Partnership response", "Lead", "By when", "Status"],
        REC_WIDTHS,
        size=8.5,
    )
    for no, rec, response, lead, when, status, *_ in RECS:
        add_row(table, [no, rec, response, lead, when, status], REC_WIDTHS, size=8.5)
    para(doc, "Progress will be reported to the Partnership's executive every six months.")
    return doc


def gold(lines: list[str]) -> dict:
    recs, actions = [], []
    for no, rec, response, lead, when, status, iso, value in RECS:
        words = " ".join(rec.split()[:8])
        r = R(no, None, words, [])
        r["_line"] = _row_line(lines, no)
        recs.append(r)
        actions.append(A(None, "overview", no, response, lead, when, iso, status, value))
    out = {
        "file": f"{STEM}.txt",
        "family": "LCSPR: Date | Time | Agency | Contact | Detail chronology; recommendations table with the partnership's response (-layout text)",
        "description": (
            "Local Child Safeguarding Practice Review built in Word (python-docx, DejaVu Sans 9.5, tables 8.5): a "
            "shaded title box with the reference; a chronology table Date | Time | Agency | Contact | Detail, times "
            "hh:mm or 'Not known'; a No. | Recommendation | Partnership response | Lead | By when | Status table; "
            "exported to PDF by LibreOffice; text by pdftotext -layout and by pdfplumber (corpus text)."
        ),
        "review": {
            "review_id": "BSCP LCSPR 02/2024",
            "review_type": "SCR",
            "area": "Brackwater",
            "doc_kind": None,
            "author": "Morag Elsworth",
            "victims": [{"pseudonym": "Baby T", "age": 0}],
            "date_of_death": "2024-03-27",
        },
        "recommendations": [],
        "actions": [],
        "chronology": [],
        "notes": (
            "Written by helper s50h50rest; fictional. The chronology entry's text is its Detail cell (what "
            "happened); the Contact cell names the kind of contact and is not the entry's text. One action per "
            "recommendation: the Partnership response cell, with the row's Lead, By when and Status."
        ),
    }
    for r in recs:
        r.pop("_after")
        line = r.pop("_line")
        out["recommendations"].append({**r, "line": line})
    for a, (no, *_rest) in zip(actions, RECS):
        a.pop("_after")
        out["actions"].append({**a, "line": _row_line(lines, no)})
    for date, _time, _agency, _contact, detail, iso in CHRONOLOGY:
        start = " ".join(detail.split()[:8])
        row = _date_line(lines, date)
        out["chronology"].append(
            {
                "ref": None,
                "heading": None,
                "date_raw": date,
                "date": iso,
                "date_end": None,
                "relative": False,
                "text_start": start,
                "line": row,
            }
        )
    return out


def _row_line(lines: list[str], no: str) -> int:
    """The recommendation row's first printed line: its number alone at the left of the table."""
    start = next(i for i, line in enumerate(lines) if "Partnership response" in line)
    for i in range(start + 1, len(lines)):
        if lines[i].strip().startswith(f"{no} ") and len(lines[i]) - len(lines[i].lstrip()) < 8:
            return i + 1
    raise SystemExit(f"row {no} not found")


def _date_line(lines: list[str], date: str) -> int:
    return next(i for i, line in enumerate(lines) if line.strip().startswith(date)) + 1


def main() -> None:
    save_with_gold(word_document(), HERE, STEM, gold, layout=True)


if __name__ == "__main__":
    main()

"""Build sar_recommendation_triplets: a Safeguarding Adults Review overview whose every
recommendation is a heading "Recommendation N – <title>" over three paragraphs opening with bold
labels: "Recommendation:" (what is asked), "Rationale:" (why) and "Intended outcome:" (what
should change). Then "Areas for consideration", "AC1" and "AC2" as hanging paragraphs under an
italic line saying they are not recommendations (never records), and on page 2 the Board's plan
"Rec | What will be done | Who | By | Progress", dates dd/mm/yyyy, progress Done / Under way /
Yet to start, a key line after it.

DejaVu Sans Condensed 10.5. All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_recommendation_triplets.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from docx_build import add_row, heading, make_table, new_doc, page_break, para  # noqa: E402
from gold_lines import find_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "sar_recommendation_triplets"

# (number, title, recommendation, rationale, outcome, agency)
RECS = [
    ("1", "Sharing concerns about self-neglect",
     "Fenmoor Safeguarding Adults Board and Fenmoor Integrated Care Board should agree a single "
     "route for practitioners to raise concerns about self-neglect when a person refuses help.",
     "Practitioners in three agencies were worried about Walter but none knew where to take it.",
     "Concerns about self-neglect reach one place and are acted on within five working days.",
     "Fenmoor Safeguarding Adults Board"),
    ("2", "Hoarding and fire risk",
     "The Board should ask the fire service and housing providers to offer a joint home visit "
     "whenever hoarding is reported in a rented home.",
     "The fire risk in Walter's flat was known to his landlord but never to the fire service.",
     "Every report of hoarding in a rented home leads to a fire safety visit.",
     "Fenmoor Safeguarding Adults Board"),
    ("3", "Mental capacity when help is refused",
     "The Board should give practitioners a short guide to assessing capacity when a person "
     "repeatedly refuses care.",
     "Walter's refusals were recorded as his choice without his capacity ever being assessed.",
     "Practitioners record a capacity assessment when a person keeps refusing care.",
     "Fenmoor Safeguarding Adults Board"),
]  # fmt: skip

AREAS = [
    ("AC1", "Agencies may wish to look at how they record contact with neighbours."),
    ("AC2", "The Board may find it useful to share this review with local pharmacies."),
]

# (rec, action, who, by, progress, status)
PLAN = [
    ("1", "Agree a single referral route for self-neglect.", "Board Business Manager", "31/03/2025",
     "Done", "complete"),
    ("2", "Set up joint fire and housing visits for hoarding reports.", "Fire Prevention Lead",
     "30/06/2025", "Under way", "in_progress"),
    ("3", "Write and issue the capacity guide.", "MCA Lead", "30/09/2025", "Yet to start",
     "not_started"),
]  # fmt: skip


def word_document():
    doc = new_doc(footer_label="SAR Walter | Page", font="DejaVu Sans Condensed", size=10.5)
    para(doc, "Fenmoor Safeguarding Adults Board", bold=True)
    para(doc, "Safeguarding Adults Review: Walter – Overview report", bold=True)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "Walter was 79 and lived alone in a rented flat in Fenmoor. He died in a fire at "
        "his home in January 2024.",
    )
    heading(doc, "2. Recommendations", 1)
    for number, title, rec, why, outcome, _ in RECS:
        heading(doc, f"Recommendation {number} – {title}", 2)
        for label, text in (("Recommendation:", rec), ("Rationale:", why), ("Intended outcome:", outcome)):
            p = doc.add_paragraph()
            p.add_run(label).bold = True
            p.add_run(f" {text}")
    heading(doc, "3. Areas for consideration", 1)
    para(doc, "The points below are offered for reflection; they are not recommendations.", italic=True)
    for code, text in AREAS:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.2)
        p.paragraph_format.first_line_indent = Cm(-1.2)
        p.add_run(f"{code}\t{text}")
    page_break(doc)
    heading(doc, "Appendix – the Board's action plan", 1)
    widths = [1.2, 6.4, 3.6, 2.4, 2.6]
    t = make_table(doc, ["Rec", "What will be done", "Who", "By", "Progress"], widths, size=10)
    for row in PLAN:
        add_row(t, list(row[:5]), widths, size=10)
    para(doc, "Key: Done – complete; Under way – started; Yet to start – not begun.")
    return doc


def gold(lines: list[str]) -> dict:
    recs = []
    for number, title, rec, _, outcome, agency in RECS:
        start = " ".join(rec.split()[:10])
        recs.append(
            {
                "ref": number,
                "level": "overview",
                "agency": agency,
                "title": title,
                "text_start": start,
                "aliases": [],
                "outcome": outcome,
                "scope": "local",
                "line": find_line(lines, start),
            }
        )
    actions = []
    for rec, action, who, by, raw, state in PLAN:
        d, m, y = by.split("/")
        start = " ".join(action.split()[:10])
        actions.append(
            {
                "ref": None,
                "recommendation_ref": rec,
                "agency_section": "overview",
                "action_start": start,
                "lead": who,
                "target_date_raw": by,
                "target_date": f"{y}-{m}-{d}",
                "status_raw": raw,
                "status": state,
                "line": find_line(lines, start),
            }
        )
    return {
        "file": f"{STEM}.txt",
        "family": "SAR overview with recommendation triplets: 'Recommendation N – title' headings over "
        "'Recommendation:' / 'Rationale:' / 'Intended outcome:' paragraphs; a small plan",
        "description": "Built in Word (DejaVu Sans Condensed 10.5): three recommendations each a heading "
        "and three bold-labelled paragraphs, two areas for consideration that are not recommendations, "
        "a plan Rec | What will be done | Who | By | Progress on page 2.",
        "review": {
            "review_id": None,
            "review_type": "SAR",
            "area": "Fenmoor",
            "doc_kind": None,
            "author": None,
            "victims": [{"pseudonym": "Walter", "age": 79}],
            "date_of_death": "2024-01",
        },
        "recommendations": recs,
        "actions": actions,
        "chronology": [],
        "notes": "Each recommendation's text is its 'Recommendation:' paragraph, its ref the heading's "
        "number, its title the heading's words after the dash, its outcome the 'Intended outcome:' "
        "paragraph; 'The Board' is the SAB. AC1/AC2 are not recommendations.",
    }


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)

"""Build mh_investigation_day_timeline: an independent investigation into the care of a mental
health patient who went on to kill, commissioned by NHS England, as such reports print them.

Liberation Serif 10, two pages. Its timeline of the final days is told day by day: a bold label
per day ("Day 1 – Monday 14 October 2024"; a later day may print its number alone, "Day 2",
the day after the day before), under each a hanging paragraph per contact opening with its time
("09:15<tab>..."). Each paragraph is an entry dated by its day. Then the findings as bullets
(not recommendations), the recommendations "R1"-"R3" as hanging paragraphs, all to the Trust,
and on page 2 the Trust's plan "Rec | Trust response | Action | Lead | Target | Status": the
response cell ("Accepted." / "Accepted in part: ...", blank on a recommendation's second row)
is neither the action nor the status. All people, places and bodies are fictional; the wording
is our own.

    python tests/zoo/pending/build_mh_investigation_day_timeline.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from docx_build import add_row, heading, make_table, new_doc, para, set_landscape  # noqa: E402
from gold_lines import find_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "mh_investigation_day_timeline"

# (day label, gold date_raw, iso, relative, [(time, text)])
DAYS = [
    ("Day 1 – Monday 14 October 2024", "Monday 14 October 2024", "2024-10-14", False, [
        ("09:15", "Mr Quayle rang the Brantwood crisis line and said he had not slept for three nights."),
        ("11:40", "A crisis practitioner visited; Mr Quayle declined an admission and agreed to a "
         "home visit the next day."),
        ("22:05", "His brother rang the crisis line to say Mr Quayle was shouting at the neighbours."),
    ]),
    ("Day 2", "Day 2", "2024-10-15", True, [
        ("10:30", "The planned home visit took place; Mr Quayle was calmer and the visit note "
         "recorded no risk to others."),
    ]),
    ("Day 3 – Wednesday 16 October 2024", "Wednesday 16 October 2024", "2024-10-16", False, [
        ("08:50", "Mr Quayle did not answer the door for his medication review."),
        ("19:20", "Police were called to the flats after Mr Quayle attacked his neighbour, "
         "Mr Selby, who died later that night."),
    ]),
]  # fmt: skip

RECS = [
    ("R1", "The Trust should make sure a call from a family member to the crisis line is added "
     "to the patient's risk assessment the same day."),
    ("R2", "The Trust should review how home visit notes record risk to others when a patient "
     "has been in conflict with neighbours."),
    ("R3", "The Trust should follow up a missed medication review within four hours when the "
     "patient is under the crisis team."),
]  # fmt: skip

# (rec cell, response cell, action, lead, target, status raw, status)
PLAN = [
    ("R1", "Accepted.", "Add family calls to the crisis line's risk template.", "Crisis Team Manager",
     "31/01/2025", "Closed", "complete"),
    ("R2", "Accepted in part: the Trust will audit notes before changing the template.",
     "Audit twenty home visit notes for risk to others.", "Clinical Audit Lead", "28/02/2025",
     "Open – on track", "in_progress"),
    ("", "", "Change the home visit note if the audit finds gaps.", "Head of Nursing",
     "30/06/2025", "Open – overdue", "in_progress"),
    ("R3", "Accepted.", "Write a four-hour follow-up rule into the crisis team's procedure.",
     "Crisis Team Manager", "31/03/2025", "Closed", "complete"),
]  # fmt: skip


def hanging(doc, lead: str, text: str, indent: float = 1.6):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.first_line_indent = Cm(-indent)
    p.add_run(f"{lead}\t{text}")
    return p


def word_document():
    doc = new_doc(
        footer_label="Independent investigation – Mr Quayle | Page", font="Liberation Serif", size=10
    )
    para(doc, "Independent investigation into the care and treatment of Mr Quayle", bold=True)
    para(doc, "Commissioned by NHS England", italic=True)
    heading(doc, "1. Summary", 1)
    para(
        doc,
        "Mr Quayle, 34, was under the care of Brantwood Mental Health NHS Foundation Trust. "
        "In October 2024 he killed his neighbour, Mr Selby, aged 71.",
    )
    heading(doc, "2. The final days", 1)
    for label, _, _, _, entries in DAYS:
        para(doc, label, bold=True)
        for time, text in entries:
            hanging(doc, time, text)
    heading(doc, "3. Findings", 1)
    for finding in (
        "The brother's call was not linked to the morning's assessment.",
        "The home visit looked at Mr Quayle's mood, not at the risk to others.",
    ):
        doc.add_paragraph(finding, style="List Bullet")
    heading(doc, "4. Recommendations", 1)
    for ref, text in RECS:
        hanging(doc, ref, text, indent=1.0)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(sec)
    heading(doc, "Appendix – the Trust's action plan", 1)
    widths = [1.4, 5.2, 7.0, 4.0, 2.6, 3.4]
    t = make_table(doc, ["Rec", "Trust response", "Action", "Lead", "Target", "Status"], widths, size=10)
    for row in PLAN:
        add_row(t, list(row[:6]), widths, size=10)
    para(doc, "Key: Closed – the action is done and evidenced; Open – work continues.")
    return doc


def gold(lines: list[str]) -> dict:
    chronology = []
    for _, raw, iso, relative, entries in DAYS:
        for _, text in entries:
            start = " ".join(text.split()[:8])
            chronology.append(
                {
                    "ref": None,
                    "heading": None,
                    "date_raw": raw,
                    "date": iso,
                    "date_end": None,
                    "relative": relative,
                    "text_start": start,
                    "line": find_line(lines, start),
                }
            )
    recs = []
    for ref, text in RECS:
        start = " ".join(text.split()[:10])
        recs.append(
            {
                "ref": ref,
                "level": "overview",
                "agency": "The Trust",
                "title": None,
                "text_start": start,
                "aliases": [],
                "outcome": None,
                "scope": "local",
                "line": find_line(lines, start),
            }
        )
    actions = []
    rec = None
    for cell, _, action, lead, target, raw, state in PLAN:
        rec = cell or rec
        d, m, y = target.split("/")
        start = " ".join(action.split()[:10])
        actions.append(
            {
                "ref": None,
                "recommendation_ref": rec,
                "agency_section": "overview",
                "action_start": start,
                "lead": lead,
                "target_date_raw": target,
                "target_date": f"{y}-{m}-{d}",
                "status_raw": raw,
                "status": state,
                "line": find_line(lines, start),
            }
        )
    return {
        "file": f"{STEM}.txt",
        "family": "NHS mental health homicide investigation: day-labelled timeline of timed "
        "paragraphs, R1-R3 to the Trust, a plan with a Trust response column",
        "description": "Built in Word (Liberation Serif 10): 'Day N – weekday date' bold labels (one "
        "printing 'Day 2' alone), hanging 'hh:mm<tab>text' paragraphs under each; findings bullets; "
        "R1-R3 hanging paragraphs; a landscape plan Rec | Trust response | Action | Lead | Target | Status.",
        "review": {
            "review_id": None,
            "review_type": None,
            "area": None,
            "doc_kind": None,
            "author": None,
            "victims": [{"pseudonym": "Mr Selby", "age": 71}],
            "date_of_death": "2024-10-16",
        },
        "recommendations": recs,
        "actions": actions,
        "chronology": chronology,
        "notes": "Each timed paragraph is an entry dated by its day's label; 'Day 2' is the day "
        "after Day 1 (relative). The findings are not recommendations. The response cell is "
        "neither the action nor the status.",
    }


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)

"""Build a zoo CSPR overview extract on a baby: a key contacts table whose first column is the
baby's age, and findings each followed by hanging recommendations lettered under the finding's
number.

cspr_age_first_contacts_lettered_recs: a child safeguarding practice review's overview extract
(Liberation Serif 10.5): a "Key contacts" table Age | Date | Agency | Contact whose first column
gives the baby's age at the contact ("3 days", "4 weeks"), dates dd.mm.yyyy; a quote box of what
practitioners said; "Finding N." paragraphs, each followed by its recommendations "1a", "1b",
"2a" ... printed with a hanging indent (the ref, a tab, the text); a seven-minute briefing box.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_cspr_age_first_contacts_lettered_recs.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Pt  # noqa: E402
from docx_build import add_row, box, heading, make_table, new_doc, numbered, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import line_opening, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "cspr_age_first_contacts_lettered_recs"
# (age, date, agency, contact, iso)
CONTACTS = [
    (
        "3 days",
        "14.03.2023",
        "Midwifery",
        "Home visit; feeding well; mother said she felt low.",
        "2023-03-14",
    ),
    ("10 days", "21.03.2023", "Health visiting", "New birth visit; father present throughout.", "2023-03-21"),
    (
        "4 weeks",
        "08.04.2023",
        "GP",
        "Baby seen with a small bruise to the cheek; no referral made.",
        "2023-04-08",
    ),
    ("6 weeks", "25.04.2023", "GP", "Six-week check; mother's mood not asked about.", "2023-04-25"),
    (
        "9 weeks",
        "16.05.2023",
        "Police",
        "Neighbour reported shouting; officers spoke to father only.",
        "2023-05-16",
    ),
    ("11 weeks", "30.05.2023", "Hospital", "Baby brought in unresponsive; injuries found.", "2023-05-30"),
]
# (finding number, finding, [(ref, recommendation)])
FINDINGS = [
    (
        "1",
        "A bruise on a baby who is not yet mobile was not seen as a sign of possible harm.",
        [
            (
                "1a",
                "Dunmoor Children's Partnership should remind all practitioners that a bruise on a "
                "non-mobile baby must lead to a referral to children's social care.",
            ),
            (
                "1b",
                "Dunmoor Primary Care Board should audit how practices record bruising in babies "
                "under six months.",
            ),
        ],
    ),
    (
        "2",
        "The father was present at every contact and the mother was never seen alone.",
        [
            (
                "2a",
                "Dunmoor Health Visiting Service should offer every mother one contact on her own "
                "before the baby is eight weeks old.",
            ),
        ],
    ),
    (
        "3",
        "Officers who attend a call about shouting where a baby lives did not ask to see the baby.",
        [
            (
                "3a",
                "Dunmoor Police should make seeing any baby in the home part of every domestic "
                "incident attendance.",
            ),
            (
                "3b",
                "Dunmoor Children's Partnership should test in a year whether officers now record "
                "that they have seen the baby.",
            ),
        ],
    ),
]
QUOTE = (
    "Practitioners told us\n"
    "\u201cWe saw a tired family with a new baby. We did not see a baby at risk.\u201d\n"
    "\u201cNobody asked me what the police had been called about.\u201d"
)
BRIEFING = (
    "Seven-minute briefing\n"
    "1. Bruising in a baby who cannot move about is never minor.\n"
    "2. See the mother on her own.\n"
    "3. Ask to see the baby at every visit."
)


def build() -> None:
    doc = new_doc(header="Dunmoor CSPR | Baby Ivo | Overview", font="Liberation Serif", size=10.5)
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    para(doc, "Dunmoor Children's Safeguarding Partnership", bold=True, size=14)
    para(doc, "Child Safeguarding Practice Review: Baby Ivo", bold=True, size=12)
    para(doc, "Overview report (extract)", size=11)
    heading(doc, "3. Key contacts", 1)
    para(doc, "The table sets out the contacts agencies had with Ivo and his parents, by Ivo's age.")
    widths = (1.3, 2.4, 3.0, 9.8)
    t = make_table(doc, ["Age", "Date", "Agency", "Contact"], widths, size=9)
    for age, date, agency, contact, _ in CONTACTS:
        add_row(t, [age, date, agency, contact], widths, size=9)
    para(doc, "")
    box(doc, QUOTE, fill="FFF2CC", size=9.5)
    heading(doc, "4. Findings and recommendations", 1)
    for number, finding, recs in FINDINGS:
        p = para(doc, f"Finding {number}. ", bold=True)
        p.add_run(finding)
        for ref, text in recs:
            numbered(doc, ref, text)
    box(doc, BRIEFING, fill="DDEBF7", size=9.5)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    events = [(contact, date, iso, False) for _, date, _, contact, iso in CONTACTS]
    recs = [
        recommendation_record(
            ref,
            " ".join(text.split()[:10]),
            line_opening(lines, text[:25]),
            agency=text.split(" should")[0],
        )
        for _, _, rs in FINDINGS
        for ref, text in rs
    ]
    return plan_gold(
        STEM,
        description=(
            "CSPR overview extract on a baby (Liberation Serif 10.5): Key contacts table Age | Date | "
            "Agency | Contact, the baby's age first, dates dd.mm.yyyy; a quote box; 'Finding N.' "
            "paragraphs each followed by hanging recommendations '1a', '1b', '2a' ...; a briefing box"
        ),
        review=review("SCR", "Dunmoor", "Ivo", doc_kind="overview_report", age=0, date_of_death=None),
        review_alternatives={"area": ["Dunmoor Children's Safeguarding Partnership"]},
        recommendations=recs,
        chronology=chronology_gold(lines, events),
        notes=(
            "One entry per contact row, dated by its Date cell; the age is no date. The Finding "
            "paragraphs, the quote box and the briefing are no recommendations; each recommendation's "
            "ref is its lettered number as printed, its agency the body before 'should'."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")

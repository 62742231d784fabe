"""Build a zoo child safeguarding practice review whose recommendations are a table No. |
Recommendation | Recommendation addressed to, varied from the first of the family
(build_cspr_addressed_to_table.py): the addressed-to column narrow, so its header and the
bodies' names wrap over two or three lines beside the recommendation's; recommendation 3 a
lead sentence over "(a)", "(b)", "(c)" lines, each a paragraph of the cell (one record);
recommendation 1 long enough to run over the page break; the last addressed to a government
department (national). The chronology is a Date/time | Summary table.

cspr_addressed_to_narrow_wendle: Liberation Serif 11.5, plain pdftotext.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_cspr_addressed_to_narrow.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

from addressed_to_review import AddressedToReview, main

STEM = "cspr_addressed_to_narrow_wendle"

# (date/time, summary, iso day)
EVENTS = [
    ("12/03/2022 09:30", "Midwifery service: booking appointment; the mother said she had moved to "
     "Wendle from another area a month before.", "2022-03-12"),
    ("30/05/2022 16:20", "Wendle Police: officers attended a report of a man banging on the door "
     "of the flat; he had left before they arrived.", "2022-05-30"),
    ("02/06/2022 (time not recorded)", "Children's social care: the police report was read and "
     "passed to early help with no visit made.", "2022-06-02"),
    ("14/07/2022 11:00", "Health visiting service: the baby was weighed at home and was gaining "
     "weight well.", "2022-07-14"),
    ("09/08/2022 20:45", "Ambulance service: a call from the mother that the baby was floppy; the "
     "baby was taken to hospital.", "2022-08-09"),
    ("10/08/2022 10:10", "Paediatric team: bleeding behind the eyes was found and a child "
     "protection referral made.", "2022-08-10"),
]  # fmt: skip

# (number, recommendation, addressed to, scope)
RECS = [
    ("1", "Wendle Safeguarding Children Partnership should review how reports from the police about "
     "a man who is not the child's father are shared with midwives and health visitors, so that the "
     "professionals who see the mother most often know who else is in the household. The review "
     "should look at the screening of such reports by children's social care, at what early help is "
     "told when a report is passed on, and at how the answer is recorded, and should report its "
     "findings to the Partnership's executive within six months of this report being published. "
     "The Partnership should then decide whether its procedures need to change and tell the "
     "agencies what it has decided.", "Wendle Safeguarding Children Partnership", "local"),
    ("2", "Midwives should ask at booking and again at every later appointment whether the mother "
     "has a new partner and record his name.", "Wendle and Orrin Hospitals NHS Foundation Trust",
     "local"),
    ("3", "The Partnership should make it easier for practitioners to talk about men in a baby's "
     "life by:\n(a) publishing a short guide on asking about new partners;\n(b) adding the subject "
     "to its multi-agency training;\n(c) checking in a year that practitioners use the guide.",
     "Wendle Safeguarding Children Partnership", "local"),
    ("4", "Early help workers should visit within ten working days any family passed to them "
     "after a police report about a baby.", "Wendle Borough Council Children's Services", "local"),
    ("5", "The Department should look at whether national guidance on sharing police reports about "
     "babies says enough about partners who do not live with the family.",
     "Department for Education", "national"),
]  # fmt: skip

REVIEW = AddressedToReview(
    stem=STEM,
    area="Wendle",
    child="Ines",
    reviewer="Marisol Oyelaran-Fitch",
    published="February 2024",
    introduction=(
        "1. Why this review was held",
        (
            "Baby Ines was four months old when she was taken to hospital with a serious head injury. "
            "She has recovered and lives with her aunt. "
            "The review looked at what agencies knew of the adults around her in the months before."
        ),
    ),
    events=EVENTS,
    chronology_widths=[3.6, 12.4],
    findings_heading="3. What the review found",
    findings=(
        "The man who visited the flat was never named in any agency's records.",
        "The police report was passed on without anyone speaking to the mother.",
    ),
    lead_in="The recommendations that follow come from these findings. " * 7,
    recs=RECS,
    rec_widths=[1.2, 10.8, 4.0],
    closing="The Partnership will publish its response within three months.",
    description=(
        "CSPR overview report (Liberation Serif 11.5, plain pdftotext): chronology table Date/time | Summary, "
        "findings bullets, recommendations table No. | Recommendation | Recommendation addressed to with a "
        "narrow last column (names over two or three lines); rec 3 a lead sentence over (a)/(b)/(c) lines, "
        "rec 5 national, rec 1 over a page break"
    ),
    parts="Rec 3's (a), (b) and (c) are parts of one recommendation.",
)


if __name__ == "__main__":
    main(REVIEW)

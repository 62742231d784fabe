"""Build the zoo documents of two narrower plan families that read as nothing on the corpus-text
route (dev/corpus_style.py: pdfplumber's lines, the cells of a printed table line joined by
single spaces), before session 21:

* a child safeguarding practice review's multi-agency action plan: its recommendations listed,
  then each recommendation a shaded band across the plan's table ("Recommendation 2: ..."), its actions numbered under it (2.1, 2.2), the
  columns No. | Action | Partner agency | By when | How will we know it has made a difference? |
  Status (the lead's and the success measure's column names no plan had used so: its header was
  never found);
* a DHR overview report whose recommendations are numbered paragraphs of one section (9.1 ..
  9.5) and whose appendix plan names each row's body in an Agency column beside the Lead
  officer's: Rec. | Agency | Action | Lead officer | Target | Status (the Agency column no field
  is for, so every cut after it fell a column short).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/s21corpus_build.py [bands who dated]  # writes .docx, .pdf, .txt (pdftotext -layout), .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # and the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared build and export steps

from docx_build import add_row, full_row, heading, make_table, new_doc, numbered, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, first_words, line_holding, plan_gold, recommendation_record, review  # noqa: E402

BANDS = "plan_bands_partner_agency_made_difference"
WHO = "plan_agency_column_beside_lead"
DATED = "plan_improvement_tables_per_recommendation"


def _line(lines: list[str], start: str) -> int | None:
    """The 1-based line of the text's first line holding the four words `start` opens with."""
    return line_holding(lines, start, 4)


# ------------------------------------------------------------------ 1. CSPR plan with bands
BAND_HEADERS = [
    "No.",
    "Action",
    "Partner agency",
    "By when",
    "How will we know it has made a difference?",
    "Status",
]
BAND_WIDTHS = [1.1, 4.6, 3.0, 2.2, 4.2, 2.6]

# (ref, recommendation, [(ref, action, agency, by when, difference, status, status code, date, date raw)])
BAND_RECS = [
    (
        "1",
        "Tolleridge Safeguarding Children Partnership should make sure that practitioners ask "
        "about every adult who lives in or often stays at a baby's home.",
        "Tolleridge Safeguarding Children Partnership",
        [
            (
                "1.1",
                "Add a household members section to the multi-agency referral form.",
                "Partnership Business Unit",
                "31 March 2025",
                "Referrals name every adult in the home in 9 of 10 audited cases.",
                "Complete",
                "complete",
                "2025-03-31",
            ),
            (
                "1.2",
                "Run two practice workshops on talking with families about visiting adults.",
                "Partnership Training Officer",
                "June 2025",
                "Practitioners report more confidence in the workshop survey.",
                "In progress – one workshop held",
                "in_progress",
                "2025-06",
            ),
        ],
    ),
    (
        "2",
        "Tolleridge Maternity Services and the health visiting team should share a single record "
        "of concerns raised before a baby is born.",
        "Tolleridge Maternity Services",
        [
            (
                "2.1",
                "Agree a shared antenatal concerns template between midwives and health visitors.",
                "Tolleridge Hospitals NHS Trust",
                "30/09/2025",
                "Template used in every transfer of care from midwife to health visitor.",
                "In progress",
                "in_progress",
                "2025-09-30",
            ),
            (
                "2.2",
                "Check a sample of twenty transfers of care for the new template.",
                "Named Midwife for Safeguarding",
                "December 2025",
                "Audit report to the Partnership's quality group.",
                "Not started",
                "not_started",
                "2025-12",
            ),
        ],
    ),
    (
        "3",
        "Tolleridge Council Children's Services should record the views of both parents in every "
        "pre-birth assessment.",
        "Tolleridge Council Children's Services",
        [
            (
                "3.1",
                "Change the pre-birth assessment form so that each parent's views are recorded on their own.",
                "Children's Services Practice Lead",
                "January 2025",
                "The new form is in use in all teams.",
                "Complete",
                "complete",
                "2025-01",
            ),
            (
                "3.2",
                "Brief team managers on the change at their monthly meeting.",
                "Head of Children's Services",
                "February 2025",
                "Every team manager briefed.",
                "Complete",
                "complete",
                "2025-02",
            ),
        ],
    ),
]


def build_bands() -> None:
    doc = new_doc(landscape=True, header="Tolleridge Safeguarding Children Partnership – CSPR Baby M")
    para(doc, "Tolleridge Safeguarding Children Partnership", bold=True, size=14)
    para(doc, "Child Safeguarding Practice Review: Baby M", bold=True, size=12)
    para(doc, "Multi-agency action plan", size=12)
    para(
        doc,
        "The safeguarding partners accepted the three recommendations of the review by Ines "
        "Quennell and agreed the actions below in November 2024. The Learning and Improvement "
        "Group checks progress every quarter.",
    )
    heading(doc, "Recommendations", 2)
    for ref, text, _, _ in BAND_RECS:
        para(doc, f"Recommendation {ref}: {text}")
    heading(doc, "Action plan", 2)
    t = make_table(doc, BAND_HEADERS, BAND_WIDTHS)
    for ref, text, _, actions in BAND_RECS:
        full_row(t, f"Recommendation {ref}: {text}")
        for action in actions:
            add_row(t, list(action[:6]), BAND_WIDTHS)
    para(doc, "")
    para(doc, "Plan agreed by the safeguarding partners in November 2024. Last updated March 2025.")

    def gold(lines: list[str]) -> dict:
        recs = [
            recommendation_record(
                ref,
                first_words(text, 12),
                _line(lines, f"Recommendation {ref}: {text}"),
                agency=agency,
            )
            for ref, text, agency, _ in BAND_RECS
        ]
        acts = [
            action_record(
                first_words(a[1], 8),
                _line(lines, a[0] + " " + a[1]),
                ref=a[0],
                recommendation_ref=ref,
                lead=a[2],
                target_date_raw=a[3],
                target_date=a[7],
                status_raw=a[5],
                status=a[6],
            )
            for ref, _, _, actions in BAND_RECS
            for a in actions
        ]
        return plan_gold(
            BANDS,
            description=(
                "Child safeguarding practice review's multi-agency action plan (Word, Arial, landscape): "
                "its recommendations listed, then each recommendation a shaded band across the table ('Recommendation 2: ...') over its "
                "numbered actions (2.1, 2.2), columns No. | Action | Partner agency | By when | How will "
                "we know it has made a difference? | Status."
            ),
            review=review(None, "Tolleridge", "Baby M"),
            recommendations=recs,
            actions=acts,
            notes=(
                "Partner agency is the lead column; 'How will we know it has made a difference?' the "
                "success measure. Actions take their No. as ref and the band's number as "
                "recommendation_ref. Review type and author left unscored (the author is named only "
                "in a sentence). Themes not annotated."
            ),
        )

    save_with_gold(doc, HERE, BANDS, gold, layout=True)


# ------------------------------------------------- 2. DHR overview with an Agency column
WHO_HEADERS = ["Rec.", "Agency", "Action", "Lead officer", "Target", "Status"]
WHO_WIDTHS = [1.2, 3.0, 5.6, 3.0, 2.0, 2.6]

# (ref, recommendation text, its agency, level, action, agency cell, lead, target raw, target, status raw, status)
WHO_ROWS = [
    (
        "9.1",
        "Keswold Community Safety Partnership should publish one standard for booking independent "
        "interpreters in domestic abuse cases.",
        "Keswold Community Safety Partnership",
        "overview",
        "Write and publish a partnership interpreting standard.",
        "Keswold CSP",
        "Partnership Manager",
        "31.05.2024",
        "2024-05-31",
        "Complete",
        "complete",
    ),
    (
        "9.2",
        "Keswold Community Safety Partnership should ask every member agency to check how its staff "
        "book interpreters.",
        "Keswold Community Safety Partnership",
        "overview",
        "Each agency to report its interpreter bookings for one quarter to the CSP.",
        "All member agencies",
        "CSP Performance Officer",
        "30.09.2024",
        "2024-09-30",
        "Partially complete – four of six agencies reported",
        "in_progress",
    ),
    (
        "9.3",
        "Keswold Police should record a victim's first language on every domestic abuse incident.",
        "Keswold Police",
        "agency",
        "Add a first language field to the domestic abuse incident form.",
        "Keswold Police",
        "Head of Safeguarding",
        "31.12.2024",
        "2024-12-31",
        "In progress",
        "in_progress",
    ),
    (
        "9.4",
        "Keswold Hospitals NHS Trust should ask about domestic abuse in every emergency department "
        "attendance for an injury to the face or neck.",
        "Keswold Hospitals NHS Trust",
        "agency",
        "Add a routine enquiry prompt to the emergency department triage screen.",
        "Keswold Hospitals NHS Trust",
        "Named Nurse for Adults",
        "Mar 2025",
        "2025-03",
        "Not yet started",
        "not_started",
    ),
    (
        "9.5",
        "Heathfield Road Surgery should flag the records of patients who need an interpreter.",
        "Heathfield Road Surgery",
        "agency",
        "Add an interpreter flag to patient records and brief reception staff.",
        "Heathfield Road Surgery",
        "Practice Manager",
        "31.08.2024",
        "2024-08-31",
        "Complete",
        "complete",
    ),
]


def build_who() -> None:
    doc = new_doc(header="KESWOLD DHR – CONFIDENTIAL UNTIL PUBLISHED", font="Times New Roman", size=11)
    para(doc, "Keswold Community Safety Partnership", bold=True, size=14, align="center")
    para(doc, "Domestic Homicide Review into the death of Zofia", bold=True, size=14, align="center")
    para(doc, "Overview Report", size=12, align="center")
    heading(doc, "8. Conclusions", 1)
    para(
        doc,
        "Zofia spoke little English. On four occasions a relative interpreted for her when she saw "
        "a professional, and none of the agencies asked her about abuse on her own.",
    )
    heading(doc, "9. Recommendations", 1)
    para(doc, "Recommendations for the Partnership and its members")
    for ref, text, *_ in WHO_ROWS[:2]:
        numbered(doc, ref, text)
    para(doc, "Single agency recommendations")
    for ref, text, *_ in WHO_ROWS[2:]:
        numbered(doc, ref, text)
    heading(doc, "Appendix: Action plan", 1)
    t = make_table(doc, WHO_HEADERS, WHO_WIDTHS)
    for row in WHO_ROWS:
        ref, _, _, _, action, agency, lead, raw, _, status, _ = row
        add_row(t, [ref, agency, action, lead, raw, status], WHO_WIDTHS)
    para(doc, "")
    para(doc, "The plan is reviewed at each meeting of the Partnership's DHR sub-group.")

    def gold(lines: list[str]) -> dict:
        recs = [
            recommendation_record(r[0], first_words(r[1], 12), _line(lines, r[1]), agency=r[2], level=r[3])
            for r in WHO_ROWS
        ]
        acts = [
            action_record(
                first_words(r[4], 7),
                _line(lines, r[4]),
                ref=r[0],
                recommendation_ref=r[0],
                lead=r[6],
                target_date_raw=r[7],
                target_date=r[8],
                status_raw=r[9],
                status=r[10],
            )
            for r in WHO_ROWS
        ]
        return plan_gold(
            WHO,
            description=(
                "DHR overview report (Word, Times New Roman 11) whose recommendations are numbered "
                "paragraphs 9.1-9.5 and whose appendix plan names each row's body in an Agency column "
                "beside the Lead officer's: Rec. | Agency | Action | Lead officer | Target | Status."
            ),
            review=review("DHR", "Keswold", "Zofia", doc_kind="overview_report"),
            recommendations=recs,
            actions=acts,
            notes=(
                "9.1-9.2 under 'Recommendations for the Partnership and its members' are overview, "
                "9.3-9.5 under 'Single agency recommendations' agency. Plan actions take the Rec. "
                "number as ref and recommendation_ref; the Agency column is no section heading "
                "(agency_section overview). 'Partially complete – ...' is in_progress. Themes not annotated."
            ),
        )

    save_with_gold(doc, HERE, WHO, gold, layout=True)


# ------------------------------------ 3. learning review: a small action table per recommendation
DATED_HEADERS = ["Improvement action", "Lead", "By when"]
DATED_WIDTHS = [5.2, 4.6, 3.4]

# (ref, statement, addressee, [(action, lead, by when raw, by when)])
DATED_RECS = [
    (
        "1",
        "Dunhallow Adult Protection Committee should make sure that a referral about an adult who "
        "lives alone is checked against every earlier referral about the same person.",
        "Dunhallow Adult Protection Committee",
        [
            (
                "Change the referral screening checklist so that earlier referrals are always looked at.",
                "Head of Adult Social Work",
                "November 2024",
                "2024-11",
            ),
            (
                "Check forty screened referrals to see whether the earlier referrals were read.",
                "APC Audit and Review Group",
                "May 2025",
                "2025-05",
            ),
        ],
    ),
    (
        "2",
        "Dunhallow Health and Social Care Partnership should help its staff to recognise when a "
        "relative's influence affects an adult's choices about care.",
        "Dunhallow Health and Social Care Partnership",
        [
            (
                "Write a short practice note on undue influence for home care and district nursing staff.",
                "Principal Practitioner, Adult Services",
                "February 2025",
                "2025-02",
            ),
            (
                "Run three lunchtime sessions on the practice note for frontline teams.",
                "APC Training Coordinator",
                "April 2025",
                "2025-04",
            ),
        ],
    ),
    (
        "3",
        "NHS Dunhallow should agree with local dentists and opticians how they raise a concern about "
        "an adult at risk.",
        "NHS Dunhallow",
        [
            (
                "Agree a simple referral route for dental and optical practices with the adult protection team.",
                "Associate Director of Nursing",
                "June 2025",
                "2025-06",
            ),
            (
                "Send the referral route to every practice with a covering letter.",
                "Primary Care Support Manager",
                "July 2025",
                "2025-07",
            ),
        ],
    ),
]


def build_dated() -> None:
    doc = new_doc(
        header="Dunhallow Adult Protection Committee – Learning Review – Ms R", font="Arial", size=11
    )
    para(doc, "Dunhallow Adult Protection Committee", bold=True, size=16)
    para(doc, "Adult Protection Learning Review: Ms R", bold=True, size=14)
    para(doc, "Lead reviewer: Callum Ferriday", size=11)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "Ms R was 79 and lived alone. She died in hospital in January 2024 after a fall at home. "
        "Agencies had received five referrals about her over two years; each was dealt with on its own.",
    )
    heading(doc, "2. Recommendations and improvement actions", 1)
    para(doc, "The Committee accepted each recommendation and agreed the actions set out beneath it.")
    for ref, text, _, actions in DATED_RECS:
        heading(doc, f"Recommendation {ref}", 2)
        para(doc, text)
        t = make_table(doc, DATED_HEADERS, DATED_WIDTHS)
        for action, lead, raw, _ in actions:
            add_row(t, [action, lead, raw], DATED_WIDTHS)
        para(doc, "")
    para(doc, "The Committee will review progress on these actions at its meeting in September 2025.")

    def gold(lines: list[str]) -> dict:
        recs = [
            recommendation_record(ref, first_words(text, 12), _line(lines, text), agency=agency)
            for ref, text, agency, _ in DATED_RECS
        ]
        acts = [
            action_record(
                first_words(a[0], 8),
                _line(lines, a[0]),
                recommendation_ref=ref,
                lead=a[1],
                target_date_raw=a[2],
                target_date=a[3],
            )
            for ref, _, _, actions in DATED_RECS
            for a in actions
        ]
        return plan_gold(
            DATED,
            description=(
                "Adult protection learning review (Word, Arial 11): each recommendation under its own "
                "'Recommendation N' heading, its statement, then its own small table Improvement action | "
                "Lead | By when, no action numbered and no status column."
            ),
            review=review(None, "Dunhallow", doc_kind=None),
            recommendations=recs,
            actions=acts,
            notes=(
                "Actions: the six rows of the three tables; no numbering printed (ref null), "
                "recommendation_ref from the table's place under its recommendation. No status printed "
                "(unknown). Review fields other than the area left unscored. Themes not annotated."
            ),
        )

    save_with_gold(doc, HERE, DATED, gold, layout=True)


if __name__ == "__main__":
    chosen = set(sys.argv[1:]) or {"bands", "who", "dated"}
    if "bands" in chosen:
        build_bands()
    if "who" in chosen:
        build_who()
    if "dated" in chosen:
        build_dated()

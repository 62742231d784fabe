"""Build the zoo documents of recommendations whose lettered parts are asks of their own.

* recs_addressed_lettered_parts: a Domestic Abuse Related Death Review's executive summary
  (Calibri 11) whose recommendations are labelled "Recommendation 1" ... "Recommendation 6"
  under "National recommendations" and "Local recommendations". Some open with a lead-in that
  names only who must act ("The Department for Education should:") over lettered parts
  "(a)", "(b)" set with a hanging indent, each part a whole ask: each is a recommendation of
  its own ("1(a)", "1(b)"). Others open with an ask whose sentence the parts finish ("... seek
  assurance from its partners that:", "... a pathway, which should:"): one recommendation.
  The review has no action plan, so no plan row numbers the parts apart.

* recs_numbered_addressed_parts: a Safeguarding Adults Review's executive summary whose
  recommendations are numbered paragraphs "1." ... "4." (hanging numbers); "2." and "3."
  name only their body ("Corriemoor Integrated Care Board should:") over lettered parts
  "(a) ...", "(b) ...", each its own recommendation; the findings before them are numbered
  too and are no recommendations.

* recs_two_page_footer_concise_review: a Welsh-template concise child practice review of two
  pages, its footer "PRSB CPR 1/2024" and the page number, its running head the Board's name.
  The numbered actions under "Improving Systems and Practice" run over the page break; corpus
  text (pdfplumber's lines, no page breaks) printed the footer twice only, too few printings to
  learn it from, and it had cut the list after its first item.

* recs_agency_code_wider_than_column: a DHR overview report's single-agency recommendations,
  each agency's under its name, its code set with a hanging indent (code, tab, text; Arial 11,
  a 1.2 cm hang). One agency's code ("WGH1") all but fills the hang, so its text starts hard
  against it: the PDF reader took the code and the text's first line for two cells cut inside
  the text ("WGH1The Trust should ... the" | "frailty assessment its ward nurses complete.")
  and pdfplumber and pdftotext lost the space ("WGH1The Trust"); either way the code was lost.

* recs_table_agency_lines_between (text only): a DHR overview report whose recommendations
  chapter is a table "No. | Recommendation | Agency" in the body of the report, as plain
  pdftotext prints such a table a line at a time across its cells (written out here as it
  prints; LibreOffice's PDF of a python-docx table printed its columns as blocks instead):
  the agency cell's lines ("Larkhollow Community" / "Safety Partnership") fall between the
  recommendation's lines and had been read as its words; a second paragraph of one
  recommendation cell had been read as a recommendation of its own.

All people, places and bodies are fictional; the wording is our own. Run once, then render the
corpus-text route (dev/corpus_style.py renders every PDF of a folder):

    python tests/zoo/s21recs_build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx_build import heading, new_doc, numbered, page_break, para  # noqa: E402
from gold_lines import R  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import plan_gold_lines, review, save_gold  # noqa: E402

STEM = "recs_addressed_lettered_parts"
CSP = "Gorsemere Community Safety Partnership"

# (ref, lead-in or whole text, parts, addressee, scope, themes per record)
RECS = [
    (
        "1",
        "The Department for Education should:",
        [
            "add the signs of domestic abuse between a parent and an adult child to the statutory "
            "guidance for schools and colleges; and",
            "ask designated safeguarding leads to record when a pupil speaks of abuse between adults "
            "at home, even where no referral follows.",
        ],
        "Department for Education",
        "national",
        [["policy"], ["recording"]],
    ),
    (
        "2",
        "The Department of Health and Social Care should publish guidance for carers' services on "
        "asking a carer, alone, whether the person they care for has ever harmed them.",
        [],
        "Department of Health and Social Care",
        "national",
        [["policy"]],
    ),
    (
        "3",
        f"{CSP} should seek assurance from its partners that:",
        [
            "their staff know that an older victim may not call the abuse by that name; and",
            "each agency has a named lead for abuse of older people in the family.",
        ],
        CSP,
        "local",
        [["training"]],
    ),
    (
        "4",
        "Gorsemere and Ryde Mental Health NHS Trust should:",
        [
            "train its crisis line staff to recognise coercive control in what callers describe;",
            "give each community team a domestic abuse champion with protected time; and",
            "report to the Partnership within a year on the calls where control was recognised.",
        ],
        "Gorsemere and Ryde Mental Health NHS Trust",
        "local",
        [["risk_assessment"], ["information_sharing"], ["quality_assurance"]],
    ),
    (
        "5",
        "Gorsemere Police should design a route for an older person's reports about an adult child, "
        "which should:",
        [
            "bring every earlier report about the household before the attending officer; and",
            "involve adult social care whenever the adult child is also the carer.",
        ],
        "Gorsemere Police",
        "local",
        [["policy"]],
    ),
    (
        "6",
        f"{CSP} should publish, for families, a short leaflet on where to turn when an adult child "
        "controls a parent's money.",
        [],
        CSP,
        "local",
        [["policy"]],
    ),
]
LETTERS = "abcdef"
# the two whose lead-in names only who must act: their parts stand apart
APART = {"1", "4"}


def build():
    doc = new_doc(
        header=f"{CSP} | DARDR ‘Hester’ | Executive Summary", footer_label="Page", font="Calibri", size=11
    )
    para(doc, CSP, bold=True, size=16)
    para(doc, "Domestic Abuse Related Death Review into the death of ‘Hester’", bold=True, size=14)
    para(doc, "Executive Summary", bold=True, size=13)
    para(doc, "Independent Chair and Author: Imogen Stalbridge. Published May 2025.")
    heading(doc, "1. The review", level=2)
    para(
        doc,
        "Hester was 71 when she took her own life in February 2024. For some years she had lived with her "
        "adult son, Lowell, whose behaviour towards her the panel found to be controlling and at times "
        "violent. The review was commissioned by the Partnership and began in June 2024.",
    )
    heading(doc, "2. Findings", level=2)
    for k, text in enumerate(
        [
            "Hester told her GP that she was ‘worn out’ but no one asked what was happening at home.",
            "The crisis team saw Hester once and spoke to her with Lowell in the room.",
            "Two reports to the police of Lowell following his former partner were dealt with apart.",
        ],
        1,
    ):
        numbered(doc, f"2.{k}", text)
    heading(doc, "3. Recommendations", level=2)
    para(
        doc,
        "Six recommendations follow: the first two are for government, the rest for bodies in Gorsemere.",
    )
    para(doc, "National recommendations", bold=True)
    for ref, lead, parts, *_ in RECS:
        if ref == "3":
            para(doc, "Local recommendations", bold=True)
        para(doc, f"Recommendation {ref}", bold=True)
        para(doc, lead)
        for letter, part in zip(LETTERS, parts):
            numbered(doc, f"({letter})", part)
    heading(doc, "4. Glossary", level=2)
    para(doc, "DARDR: Domestic Abuse Related Death Review.")
    return doc


def gold(lines):
    recs = []
    for ref, lead, parts, agency, scope, themes in RECS:
        if ref in APART:
            for letter, part, th in zip(LETTERS, parts, themes):
                recs.append(R(f"{ref}({letter})", agency, part[:70], th, scope=scope))
        else:
            recs.append(R(ref, agency, lead[:80], themes[0], scope=scope))
    return plan_gold_lines(
        lines,
        STEM,
        description=(
            "DARDR executive summary (Calibri 11): 'Recommendation N' labels under National / Local "
            "recommendations; a lead-in naming only who must act ('X should:') over hanging-indented "
            "lettered parts, each a recommendation N(a), N(b); a lead-in asking something itself "
            "('... seek assurance that:', '..., which should:') kept whole with its parts; no action plan"
        ),
        review=review(
            "DHR",
            "Gorsemere",
            "Hester",
            doc_kind="executive_summary",
            age=71,
            author="Imogen Stalbridge",
            date_of_death="2024-02",
        ),
        recommendations=recs,
        notes=(
            "Recommendations 1 and 4 name only their body before the colon, so each lettered part is a "
            "recommendation (ref N(x), the lead-in's body its agency). Recommendations 3 and 5 ask "
            "something in the lead-in, the parts finishing its sentence: one record each. Findings 2.1-2.3 "
            "are no recommendations."
        ),
    )


NUM_STEM = "recs_numbered_addressed_parts"
SAB = "Corriemoor Safeguarding Adults Board"
NUM_RECS = [
    (
        "1",
        f"{SAB} should publish a short guide for practitioners on self-neglect where the adult "
        "refuses help from family members.",
        [],
        SAB,
        [["policy"]],
    ),
    (
        "2",
        "Corriemoor Integrated Care Board should:",
        [
            "ask GP practices to flag a patient who has missed three appointments in a row and lives alone;",
            "fund a named nurse for adults who decline home visits.",
        ],
        "Corriemoor Integrated Care Board",
        [["recording"], ["commissioning"]],
    ),
    (
        "3",
        "Corriemoor Council Adult Social Care should:",
        [
            "hold a multi-agency meeting before any case of self-neglect is closed; and",
            "record the adult's own view of the risk in every enquiry.",
        ],
        "Corriemoor Council Adult Social Care",
        [["multi_agency_working"], ["recording"]],
    ),
    (
        "4",
        f"{SAB} should audit, in 2026, whether the guide has changed practice.",
        [],
        SAB,
        [["quality_assurance"]],
    ),
]


def build_numbered():
    doc = new_doc(header="Corriemoor SAB – SAR ‘Walter’", footer_label="Page")
    para(doc, SAB, bold=True, size=16)
    para(doc, "Safeguarding Adults Review: ‘Walter’ – Executive Summary", bold=True, size=14)
    para(doc, "Reviewer: Barnaby Quiller. October 2025.")
    heading(doc, "Summary of the case", level=2)
    para(
        doc,
        "Walter, a retired signalman of 84, lived alone in a terraced house. A fall at home in March 2025 "
        "led to his death in hospital; for most of the year before it he had turned away offers of help. "
        "The Board decided to review how agencies worked together to support him.",
    )
    heading(doc, "Findings", level=2)
    numbered(doc, "1.", "Walter's GP, his pharmacist and a home care agency each knew he was struggling.")
    numbered(doc, "2.", "Nobody asked Walter what lay behind his wish to be left alone.")
    heading(doc, "Recommendations", level=2)
    para(doc, "There are four recommendations, all agreed by the Board in November 2025.")
    for ref, lead, parts, *_ in NUM_RECS:
        numbered(doc, f"{ref}.", lead)
        for letter, part in zip(LETTERS, parts):
            para(doc, f"({letter}) {part}")
    heading(doc, "Next steps", level=2)
    para(doc, "The Board will publish its response on its website.")
    return doc


def numbered_gold(lines):
    recs = []
    for ref, lead, parts, agency, themes in NUM_RECS:
        if parts:
            for letter, part, th in zip(LETTERS, parts, themes):
                recs.append(R(f"{ref}({letter})", agency, part[:70], th))
        else:
            recs.append(R(ref, agency, lead[:80], themes[0]))
    return plan_gold_lines(
        lines,
        NUM_STEM,
        description=(
            "SAR executive summary (Arial): numbered findings, then recommendations as numbered paragraphs "
            "1.-4.; '2.' and '3.' name only their body ('X should:') over '(a) ...', '(b) ...' paragraphs, "
            "each part a recommendation of its own; no action plan"
        ),
        review=review(
            "SAR",
            "Corriemoor",
            "Walter",
            doc_kind="executive_summary",
            age=84,
            author="Barnaby Quiller",
            date_of_death="2025-03",
        ),
        recommendations=recs,
        notes=(
            "Six recommendations: 1, 2(a), 2(b), 3(a), 3(b), 4. The findings numbered 1. and 2. are no "
            "recommendations."
        ),
    )


TWO_STEM = "recs_two_page_footer_concise_review"
PRSB = "Pellingham Regional Safeguarding Board"
TWO_RECS = [
    (
        "The Board should ask each partner to show how it checks the sleeping place of a baby under "
        "six months when its staff visit the home.",
        PRSB,  # ("The Board": the title page's)
        ["safe_sleep"],
    ),
    (
        "Pellingham University Health Board should pass a midwife's worry about a parent's drinking to "
        "the health visiting team before the baby comes home.",
        "Pellingham University Health Board",
        ["information_sharing"],
    ),
    (
        "Pellingham County Council Children's Services should visit the home, not only telephone the "
        "parent, when a neighbour calls twice about the same baby.",
        "Pellingham County Council Children's Services",
        ["risk_assessment"],
    ),
    (
        "Every agency on the Board should add the learning from this review to its induction for new "
        "staff who visit families at home.",
        None,
        ["equality"],
    ),
]


def build_two_page():
    doc = new_doc(header=PRSB, footer_label="PRSB CPR 1/2024")
    para(doc, PRSB, bold=True, size=14)
    para(doc, "CONCISE CHILD PRACTICE REVIEW", bold=True, size=13)
    para(doc, "Re: PRSB CPR 1/2024")
    para(doc, "Brief outline of circumstances resulting in the Review", bold=True)
    para(
        doc,
        "A concise child practice review was commissioned by the Board because a baby, Child M, suffered a "
        "serious injury at home at the age of ten weeks and neglect was suspected. Child M lived with her "
        "mother and her mother's partner in a flat above a shop. Health visitors saw the family four times; "
        "a neighbour twice rang Children's Services about shouting and a crying baby.",
    )
    para(doc, "Time period reviewed: March 2023 to June 2023.")
    para(doc, "Practice and organisational learning", bold=True)
    for text in [
        "No one asked to see where Child M slept, although the flat was cold and crowded.",
        "The midwife knew that the mother's partner drank heavily but this did not reach the health visitor.",
        "The neighbour's calls were closed after a telephone call to the mother.",
    ]:
        para(doc, f"• {text}")
    para(
        doc,
        "Good practice: the GP receptionist who noticed bruising on Child M's face told the duty doctor "
        "straight away, and a referral was made the same day.",
    )
    para(doc, "Improving Systems and Practice", bold=True)
    para(
        doc,
        "To take the learning from Child M's story forward, the review asks the Board and its partners to "
        "act as follows:",
    )
    for k, (text, *_) in enumerate(TWO_RECS, 1):
        if k == 2:
            page_break(doc)
        numbered(doc, f"{k}.", text)
    para(doc, "Statement by Reviewer", bold=True)
    para(doc, "Reviewer: Delyth Ambrose")
    para(doc, "I had no part in the care of Child M or her family before this review.")
    para(doc, "Date: 2 April 2024")
    para(doc, "For Welsh Government use only", bold=True)
    para(doc, "Date information received")
    para(doc, "Date acknowledgment letter sent to Board Chair")
    return doc


def two_page_gold(lines):
    # the Board is the region's: its own recommendation is regional in scope
    recs = [
        R(str(k), agency, text[:80], th, scope="regional" if agency == PRSB else "local")
        for k, (text, agency, th) in enumerate(TWO_RECS, 1)
    ]
    return plan_gold_lines(
        lines,
        TWO_STEM,
        description=(
            "Concise child practice review (Welsh template, two pages): running head the Board's name, "
            "footer 'PRSB CPR 1/2024 <page>'; numbered actions under 'Improving Systems and Practice' "
            "across the page break"
        ),
        review=review("SCR", "Pellingham", doc_kind="report", author="Delyth Ambrose"),
        recommendations=recs,
        notes="Four recommendations numbered 1.-4.; the learning bullets are no recommendations.",
    )


CODE_STEM = "recs_agency_code_wider_than_column"
# (agency, [(code, recommendation)])
CODED = [
    (
        "Wellmoor Police",
        [
            (
                "WP1",
                "Wellmoor Police should give every response officer a card listing the questions to ask "
                "an older caller who says a relative frightens them.",
            ),
            (
                "WP2",
                "Wellmoor Police should flag an address to the neighbourhood team after a third call in "
                "a month about the same family.",
            ),
        ],
    ),
    (
        "Wellmoor General Hospital NHS Trust",
        [
            (
                "WGH1",
                "The Trust should add a question about who holds the patient's money to the frailty "
                "assessment its ward nurses complete.",
            ),
        ],
    ),
    (
        "Probation Service",
        [
            (
                "PS1",
                "Each supervisor of a person on licence who lives with a parent over seventy should speak "
                "to that parent alone within the first month.",
            ),
        ],
    ),
    (
        "Gorseway Homes",
        [
            (
                "GH1",
                "Gorseway Homes should include money worries raised by older tenants in the tenancy "
                "sustainment referral form.",
            ),
            (
                "GH2",
                "Gorseway Homes should tell its caretakers how to pass on a concern about a tenant who "
                "seems afraid of a visitor.",
            ),
        ],
    ),
]


def build_coded():
    doc = new_doc(header="OFFICIAL", footer_label="Page", font="Arial", size=11)
    para(doc, "Wellmoor Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review into the death of ‘Rosalind’ – Overview Report", bold=True, size=13)
    heading(doc, "6. Recommendations", level=2)
    heading(doc, "6.1 Recommendations of the review panel", level=3)
    numbered(
        doc,
        "1.",
        "Wellmoor Community Safety Partnership should commission training for front-line staff on "
        "economic abuse, including how to ask about control of money.",
    )
    numbered(
        doc,
        "2.",
        "The Partnership should ask the MARAC steering group to report twice a year on referrals from "
        "health services.",
    )
    heading(doc, "6.2 Single agency recommendations", level=3)
    para(doc, "Each agency that wrote an IMR set out its own recommendations, which the panel supports:")
    for agency, rows in CODED:
        para(doc, agency, bold=True)
        for code, text in rows:
            numbered(doc, code, text)
    heading(doc, "7. Conclusion", level=2)
    para(doc, "The panel thanks Rosalind's family for their help with this review.")
    return doc


def coded_gold(lines):
    recs = [
        R(
            "1",
            "Wellmoor Community Safety Partnership",
            "Wellmoor Community Safety Partnership should commission training",
            ["training"],
        ),
        R(
            "2",
            "Wellmoor Community Safety Partnership",
            "The Partnership should ask the MARAC steering group",
            ["multi_agency_working"],
        ),
    ]
    for agency, rows in CODED:
        for code, text in rows:
            # (the line the code opens: a text export may print it glued to the text's first word)
            at = next(k for k, ln in enumerate(lines, 1) if ln.startswith(code))
            recs.append(R(code, agency, text[:70], [], level="agency", line=at))
    for rec in recs:
        rec.pop("themes")
    return plan_gold_lines(
        lines,
        CODE_STEM,
        description=(
            "DHR overview report's recommendations chapter (Arial 11): overview recommendations numbered 1.-2., "
            "then single-agency recommendations under each agency's name, each code set with a 1.2 cm "
            "hanging indent and a tab; 'WGH1' all but fills the hang, its text printed hard against it"
        ),
        review=review("DHR", "Wellmoor", doc_kind="overview_report"),
        recommendations=recs,
        notes="Eight recommendations: 1, 2 (overview) and the agencies' WP1, WP2, WGH1, PS1, GH1, GH2.",
    )


TABLE_STEM = "recs_table_agency_lines_between"
# (no., recommendation paragraphs, agency cell)
TABLE_RECS = [
    (
        "1",
        [
            "Larkhollow Community Safety Partnership should commission a campaign, shaped with disabled "
            "residents, that explains in easy read how to get help when a carer causes harm."
        ],
        "Larkhollow Community Safety Partnership",
    ),
    (
        "2",
        [
            "Larkhollow City Council Adult Social Care should arrange for a disabled adult's annual care "
            "review to include time with the reviewer with no family member in the room."
        ],
        "Larkhollow City Council Adult Social Care",
    ),
    (
        "3",
        [
            "Fenhaugh Constabulary should ensure that call handlers ask whether a caller needs help to "
            "communicate.",
            "The force should also test this through a dip sample of calls each quarter.",
        ],
        "Fenhaugh Constabulary",
    ),
    (
        "4",
        [
            "Brookmere Medical Practice should offer a double appointment to a disabled patient who attends "
            "with a partner, so that part of it can be held with the patient on their own."
        ],
        "Brookmere Medical Practice",
    ),
    (
        "5",
        [
            "The Chair of the Partnership should write, once this report is out, to the Home Office "
            "proposing that the statutory guidance name disability as a factor every review panel must "
            "consider."
        ],
        "Larkhollow Community Safety Partnership",
    ),
]


def table_text() -> str:
    """The chapter as plain pdftotext prints such a table a line at a time across its cells:
    the header's names apart, each row's number, then the recommendation's printed lines with
    the agency cell's lines between them (a blank line around each), the rest run together."""
    import textwrap

    out = [
        "Larkhollow Community Safety Partnership DHR ‘Perpetua’ OFFICIAL",
        "",
        "7. Conclusions",
        "Perpetua was 52 and used a wheelchair. Her husband was her main carer. The panel found that",
        "no agency asked Perpetua on her own how she was being treated at home.",
        "",
        "8. Recommendations",
        "The panel's recommendations are set out below with the agency that has agreed to act on",
        "each.",
        "No.",
        "",
        "Recommendation",
        "",
        "Agency",
        "",
    ]
    for no, paras, agency in TABLE_RECS:
        rec = textwrap.wrap(paras[0], 74)
        cell = textwrap.wrap(agency, 24)
        out += [no, ""]
        for k, line in enumerate(rec):
            if k < len(cell):
                out += [line, "", cell[k], ""]
            else:
                out.append(line)
        for extra in paras[1:]:
            out += textwrap.wrap(extra, 74)
    out += ["", "9. Publication", "The report will be published on the Partnership's website.", ""]
    return "\n".join(out)


def table_gold(lines):
    # (the Partnership's Chair acts for the Partnership: the Agency column names it)
    recs = [R(no, agency, paras[0][:80], []) for no, paras, agency in TABLE_RECS]
    for rec in recs:
        rec.pop("themes")
    recs[4]["agency"] = None  # (who acts is the Chair; the printed Agency cell is the Partnership)
    return plan_gold_lines(
        lines,
        TABLE_STEM,
        description=(
            "DHR overview report whose recommendations are a table 'No. | Recommendation | Agency' in the "
            "body, as plain pdftotext prints it a line at a time across the cells: the agency cell's lines "
            "between the recommendation's; recommendation 3's cell holds two paragraphs"
        ),
        review=review("DHR", "Larkhollow", doc_kind="overview_report"),
        recommendations=recs,
        notes="Five recommendations numbered 1-5; recommendation 3's second paragraph is part of it.",
    )


if __name__ == "__main__":
    save_with_gold(build(), HERE, STEM, gold)
    save_with_gold(build_numbered(), HERE, NUM_STEM, numbered_gold)
    save_with_gold(build_two_page(), HERE, TWO_STEM, two_page_gold)
    save_with_gold(build_coded(), HERE, CODE_STEM, coded_gold)
    (HERE / f"{TABLE_STEM}.txt").write_text(table_text(), encoding="utf-8")
    table_lines = (HERE / f"{TABLE_STEM}.txt").read_text(encoding="utf-8").splitlines()
    save_gold(HERE, TABLE_STEM, table_gold(table_lines))

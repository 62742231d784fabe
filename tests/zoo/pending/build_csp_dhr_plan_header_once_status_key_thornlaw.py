"""Build a zoo Community Safety Partnership's published DHR action plan whose header prints on its
first page only and whose status key is a line under the table.

csp_dhr_plan_header_once_status_key_thornlaw: a standalone plan (Arial 10-11, landscape, three
pages): title lines naming the partnership, the review ("Joanne", "TCSP DHR 2021/03") and the
update's month, a short paragraph, then one table No. | Recommendation | Action | Lead | Target
date | Status whose header is not repeated on later pages, No. and Recommendation merged over one to
three actions, the last recommendation's two actions parted by the page break; status words
"Done", "In hand", "Not begun"; under the table a key line defining each status word with a
spaced dash, the entries parted by semicolons ("Status: Done – ...; In hand – ...; Not begun.").
Plain pdftotext prints the last row's date and status after that key line and the page's foot.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_csp_dhr_plan_header_once_status_key_thornlaw.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx_build import add_field, add_row, make_table, merge_down, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, iso, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "csp_dhr_plan_header_once_status_key_thornlaw"
CSP = "Thornlaw Community Safety Partnership"
FOOT = "Thornlaw Community Safety Partnership – DHR Joanne action plan"
KEY = "Status: Done – the action is finished and evidenced; In hand – work has started; Not begun."
STATES = {"Done": "complete", "In hand": "in_progress", "Not begun": "not_started"}
# (No., recommendation, its addressee, [(action, lead, target, status)])
RECS = [
    (
        "1",
        "Thornlaw Community Safety Partnership should commission a review of how victims of domestic "
        "abuse who care for a disabled relative can reach support when they cannot leave the home "
        "during the day.",
        CSP,
        [
            (
                "Survey the commissioned services on what home visiting and telephone support they offer "
                "to victims who are carers.",
                "Domestic Abuse Lead",
                "30/11/2023",
                "Done",
            ),
            (
                "Run a six month trial of a visiting advocate based at the Northgate Carers Centre, with "
                "a written evaluation.",
                "Ashgrove Women's Support Service",
                "May 2024",
                "Done",
            ),
            (
                "Present the trial's evaluation to the Partnership Board with a view on longer funding.",
                "Domestic Abuse Lead",
                "October 2024",
                "In hand",
            ),
        ],
    ),
    (
        "2",
        "Thornlaw Police should ensure that officers attending a domestic incident record who else "
        "lives at the address and whether anyone there needs care.",
        "Thornlaw Police",
        [
            (
                "Add a household members field to the domestic abuse attendance form used by response "
                "officers.",
                "Head of Safeguarding Unit",
                "31/07/2023",
                "Done",
            ),
            (
                "Check a sample of forty attendance forms every quarter for the household field and "
                "report the results.",
                "Head of Safeguarding Unit",
                "Quarterly from Q2 2023/24",
                "In hand",
            ),
        ],
    ),
    (
        "3",
        "NHS Thornlaw Integrated Care Board should make sure that GP practices ask carers about their "
        "own safety when they attend reviews of the person they look after.",
        "NHS Thornlaw Integrated Care Board",
        [
            (
                "Send every practice a short guide on asking carers about their own safety in reviews.",
                "Named GP for Safeguarding",
                "31/01/2024",
                "Done",
            ),
            (
                "Add a carer safety question to the practices' yearly safeguarding return.",
                "Designated Nurse Safeguarding Adults",
                "April 2025",
                "Not begun",
            ),
        ],
    ),
    (
        "4",
        "Thornlaw Borough Council should review how its adult social care front door responds when a "
        "carer withdraws a request for help.",
        "Thornlaw Borough Council",
        [
            (
                "Introduce a call back within three working days to any carer who withdraws a request "
                "for help.",
                "Front Door Team Manager",
                "29/02/2024",
                "Done",
            ),
            (
                "Audit twenty withdrawn requests for the call back and its outcome.",
                "Front Door Team Manager",
                "31/08/2024",
                "In hand",
            ),
        ],
    ),
    (
        "5",
        "Thornlaw Community Safety Partnership should work with carers' groups to publish plain "
        "advice on where carers can turn.",
        CSP,
        [
            (
                "Write the advice leaflet with two carers' groups and print it in four community languages.",
                "Communications Officer",
                "December 2024",
                "Not begun",
            ),
        ],
    ),
    (
        "6",
        "Ashgrove Women's Support Service should make sure that a referral it cannot reach by phone is "
        "followed up by a second route, such as a letter or a visit, before it is closed.",
        "Ashgrove Women's Support Service",
        [
            (
                "Change the referral procedure so that an unanswered referral gets a second contact.",
                "Service Manager, Ashgrove Women's Support",
                "31/10/2023",
                "Done",
            ),
            (
                "Count second contacts each quarter and report the numbers to the Board.",
                "Service Manager, Ashgrove Women's Support",
                "30/04/2024",
                "In hand",
            ),
        ],
    ),
    (
        "7",
        "The Home Office should consider adding guidance on victims who are carers to the statutory "
        "guidance for domestic homicide reviews.",
        "The Home Office",
        [
            (
                "Write to the Home Office with the review's findings on carers.",
                "Chair, Thornlaw CSP",
                "30/09/2023",
                "Done",
            ),
        ],
    ),
    (
        "8",
        "Thornlaw Community Safety Partnership should ask the Multi-Agency Risk Assessment Conference "
        "to look at how it hears from carers' services, and report back on what changes are needed "
        "to the referral form.",
        CSP,
        [
            (
                "Invite a carers' service representative to sit on the conference for a trial year.",
                "MARAC Coordinator, Thornlaw Borough Council",
                "31/01/2024",
                "Done",
            ),
            (
                "Review the referral form with the conference members and publish a new version.",
                "MARAC Coordinator, Thornlaw Borough Council",
                "November 2024",
                "In hand",
            ),
        ],
    ),
    (
        "9",
        "Thornlaw Community Safety Partnership should seek assurance, through an audit a year after "
        "publication, that agencies now ask carers about their own safety and act on what they hear.",
        CSP,
        [
            (
                "Plan and carry out a multi-agency audit of domestic abuse cases where the victim is a "
                "carer.",
                "Domestic Abuse Lead",
                "July 2025",
                "Not begun",
            ),
        ],
    ),
    (
        "10",
        "Thornlaw Borough Council should ensure that its staff wellbeing service can recognise "
        "domestic abuse and refer council staff who tell it about abuse to specialist help.",
        "Thornlaw Borough Council",
        [
            (
                "Agree a referral route between the staff wellbeing service and the local specialist "
                "services, and test it with two managers who have made referrals before.",
                "Head of HR",
                "31/10/2024",
                "In hand",
            ),
            (
                "Publish the council's workplace domestic abuse policy on its staff intranet.",
                "Head of HR",
                "30/06/2024",
                "Done",
            ),
        ],
    ),
]


def _footer(doc) -> None:
    """The footer '<plan name>        Page X of Y', small and centred."""
    p = doc.sections[0].footer.paragraphs[0]
    p.text = ""
    p.add_run(FOOT + "        Page ")
    add_field(p.add_run(), "PAGE")
    p.add_run(" of ")
    add_field(p.add_run(), "NUMPAGES")
    for r in p.runs:
        r.font.size = Pt(8)


def build() -> None:
    doc = new_doc(landscape=True, font="Arial", size=10)
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    _footer(doc)
    para(doc, CSP, bold=True, size=14)
    para(doc, "Domestic Homicide Review – ‘Joanne’ (TCSP DHR 2021/03)", bold=True, size=12)
    para(doc, "Action plan – position for publication, June 2024", bold=True, size=11)
    para(
        doc,
        "This plan sets out how the Partnership and its members are acting on the recommendations of the "
        "review into the death of Joanne, a woman of 52 who cared for her adult son and was killed by her "
        "partner in March 2021. The Partnership's Board checks the plan every quarter.",
    )
    w = [1.2, 7.0, 8.0, 3.6, 2.6, 3.2]
    t = make_table(
        doc, ["No.", "Recommendation", "Action", "Lead", "Target date", "Status"], w, size=11, repeat=False
    )
    for ref, rec, _, acts in RECS:
        first = len(t.rows)
        for a in acts:
            add_row(t, [ref, rec, *a], w, size=11)
        merge_down(t, 0, first, len(t.rows) - 1, size=11)
        merge_down(t, 1, first, len(t.rows) - 1, size=11)
    para(doc, "")
    para(doc, KEY, size=9)
    save_rendered(doc, HERE, STEM)


def _target(raw: str) -> str | None:
    """dd/mm/yyyy a day, 'Month yyyy' a month; the quarter's first month for 'Quarterly from Q2 2023/24'
    (the second quarter of the financial year 2023/24: July-September 2023)."""
    return "2023-07" if raw.startswith("Quarterly") else iso(raw)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            ref,
            " ".join(text.split()[:12]),
            _line_of(lines, text),
            agency=agency,
            scope="national" if ref == "7" else "local",
        )
        for ref, text, agency, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:10]),
            _line_of(lines, action),
            recommendation_ref=ref,
            lead=lead,
            target_date_raw=when,
            target_date=_target(when),
            status_raw=state,
            status=STATES[state],
        )
        for ref, _, _, acts in RECS
        for action, lead, when, state in acts
    ]
    return plan_gold(
        STEM,
        family="csp_dhr_action_plan_header_once_status_key",
        description=(
            "Community Safety Partnership's published DHR action plan (Arial 10-11, landscape, three pages): "
            "one table No. | Recommendation | Action | Lead | Target date | Status whose header prints on page "
            "1 only, No. and Recommendation merged over 1-3 actions, the last recommendation's actions parted "
            "by the page break; status words Done / In hand / Not begun defined by a key line under the table"
        ),
        review=review(
            "DHR",
            "Thornlaw",
            "Joanne",
            review_id="TCSP DHR 2021/03",
            age=52,
            date_of_death="2021-03",
        ),
        review_alternatives={"area": [CSP]},
        recommendations=recs,
        actions=actions,
        notes=(
            "pdftotext plain. Recommendations: the ten merged Recommendation cells, ref the No. cell, agency "
            "the addressee; 7 (the Home Office) national. Actions: the 18 rows, ref null, recommendation_ref "
            "the No. cell; status from the Status word as the key under the table defines it (Done -> "
            "complete, In hand -> in_progress, Not begun -> not_started). The key line is no row's status."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")

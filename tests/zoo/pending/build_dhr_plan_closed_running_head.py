"""Build pending zoo documents of one family: a DHR action plan with no status column whose closed
actions are struck through and marked "(closed)", under a running head (the partnership's name)
and a numbered footer on each page: heldout42 family 1's form in our own words, a second way.

`build_dhr_plan_struck_closed_actions.py` built the family without a running head. Here each page
prints the partnership's name over its text, so text taken out a printed line at a time carries
page 1's footer and page 2's head between the rows of the table where the page breaks it, and
the Recommendation cell "N. <text>" merged down over its two actions runs past its first action's
row (the second action's first line opens with the recommendation's words in lower case). Two
documents, so the reading is not fitted to one:

- `dhr_plan_closed_running_head_quillbeck`: Liberation Sans 10.5, portrait, No. | Recommendation |
  Action | Lead | Target date, four recommendations of two actions each;
- `dhr_plan_closed_running_head_haddersley`: DejaVu Serif 9.5, landscape, Ref | Recommendation |
  Action | Lead officer | Target date, three recommendations of two, three and two actions.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_plan_closed_running_head.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from build_dhr_plan_struck_closed_actions import StruckPlan, gold  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from docx_build import make_table, merge_down, new_doc, para, set_landscape, set_text  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import save_gold  # noqa: E402


@dataclass(frozen=True)
class HeadedPlan:
    plan: StruckPlan
    head: str  # the running head over every page
    landscape: bool
    size: float
    findings: int  # how many of the findings in brief print before the plan (the page break's place)


QUILLBECK = StruckPlan(
    stem="dhr_plan_closed_running_head_quillbeck",
    area="Quillbeck",
    pseudonym="Imogen",
    font="Liberation Sans",
    headers=("No.", "Recommendation", "Action", "Lead", "Target date"),
    widths=(1.1, 5.6, 5.2, 3.3, 2.4),
    marker="(closed)",
    note_title="How to read this plan",
    note=(
        "There is no status column in this plan. Once the review's oversight panel accepts that an "
        "action is done, its words are struck through and (closed) is printed after them.",
        "Actions in plain type remain open. Their leads report on them at every panel meeting.",
    ),
    footer="DHR 'Imogen' action plan | revised 12 September 2025 |",
    recs=[
        (
            "1",
            "Quillbeck Safer Neighbourhoods Partnership should make sure that staff who answer its "
            "helpline know how to ask a caller about coercive control.",
            [
                (
                    "1.1",
                    "Write a short script of questions for helpline staff.",
                    "Helpline Manager",
                    "30 April 2025",
                    True,
                ),
                (
                    "1.2",
                    "Observe ten calls a quarter and give each adviser feedback.",
                    "Helpline Manager",
                    "December 2025",
                    False,
                ),
            ],
        ),
        (
            "2",
            "Quillbeck Mental Health Trust should record the name of any partner who attends a "
            "patient's appointment with them.",
            [
                (
                    "2.1",
                    "Add a field for an accompanying partner to the clinic record.",
                    "Head of Clinical Systems",
                    "31 May 2025",
                    True,
                ),
                (
                    "2.2",
                    "Check a sample of clinic records for the new field.",
                    "Trust Safeguarding Lead",
                    "February 2026",
                    False,
                ),
            ],
        ),
        (
            "3",
            "Quillbeck Borough Council should make sure that its debt advisers are trained to spot "
            "economic abuse and know where to refer.",
            [
                (
                    "3.1",
                    "Buy an economic abuse module for the advisers' training.",
                    "Financial Inclusion Manager",
                    "31 July 2025",
                    True,
                ),
                (
                    "3.2",
                    "Agree a referral route with the local domestic abuse service.",
                    "Financial Inclusion Manager",
                    "November 2025",
                    False,
                ),
            ],
        ),
        (
            "4",
            "Quillbeck Safer Neighbourhoods Partnership should tell faith groups and community centres "
            "about this review's findings, give them leaflets on the help that is available locally, "
            "and ask each group what else would help its members to come forward.",
            [
                (
                    "4.1",
                    "Hold two open sessions on the review for faith and community leaders.",
                    "Partnership Engagement Officer",
                    "30 September 2025",
                    True,
                ),
                (
                    "4.2",
                    "Write to the panel on what the groups asked for.",
                    "Partnership Engagement Officer",
                    "March 2026",
                    False,
                ),
            ],
        ),
    ],
)

HADDERSLEY = StruckPlan(
    stem="dhr_plan_closed_running_head_haddersley",
    area="Haddersley",
    pseudonym="Colette",
    font="DejaVu Serif",
    headers=("Ref", "Recommendation", "Action", "Lead officer", "Target date"),
    widths=(1.3, 8.0, 8.2, 4.4, 3.0),
    marker="(closed)",
    note_title="How to read this plan",
    note=(
        "The plan has no column for progress. An action the partnership has signed off is shown "
        "struck through, with (closed) after it; any action in plain type is open.",
    ),
    footer="Haddersley DHR 'Colette' – action plan –",
    recs=[
        (
            "1",
            "Haddersley Police should make sure that officers attending a report of harassment by a "
            "former partner check for earlier reports by other women about the same man, and record "
            "that they have done so.",
            [
                (
                    "1.1",
                    "Add a prompt on earlier reports to the harassment attendance form.",
                    "Chief Inspector, Public Protection",
                    "31 March 2025",
                    True,
                ),
                (
                    "1.2",
                    "Audit forty harassment reports for the prompt.",
                    "Chief Inspector, Public Protection",
                    "October 2025",
                    False,
                ),
            ],
        ),
        (
            "2",
            "Haddersley Community Safety Partnership should commission a service for older women "
            "experiencing domestic abuse, designed with women who have used local services.",
            [
                (
                    "2.1",
                    "Hold three listening events with older women.",
                    "Domestic Abuse Commissioner",
                    "30 June 2025",
                    True,
                ),
                (
                    "2.2",
                    "Write a service specification from what was heard.",
                    "Domestic Abuse Commissioner",
                    "September 2025",
                    True,
                ),
                (
                    "2.3",
                    "Award the contract for the new service.",
                    "Head of Commissioning",
                    "April 2026",
                    False,
                ),
            ],
        ),
        (
            "3",
            "Haddersley General Practice Federation should remind practices that a patient's "
            "disclosure of abuse by a relative must be coded and shared with the safeguarding lead, "
            "and check every year that the reminder has been acted on.",
            [
                (
                    "3.1",
                    "Send the reminder to every practice with the code to use.",
                    "Federation Safeguarding GP",
                    "31 May 2025",
                    True,
                ),
                (
                    "3.2",
                    "Run a search for the code in each practice's records.",
                    "Federation Safeguarding GP",
                    "January 2026",
                    False,
                ),
            ],
        ),
    ],
)

PLANS = (
    HeadedPlan(QUILLBECK, "Quillbeck Safer Neighbourhoods Partnership", False, 9.5, 5),
    HeadedPlan(HADDERSLEY, "Haddersley Community Safety Partnership", True, 10.0, 0),
)

# the review's background (clutter, no records)
BACKGROUND = (
    "The review began in the spring after the homicide, once the police investigation allowed. The "
    "panel met seven times, read the records of eleven agencies and spoke with her sister.",
    "The panel looked at the three years before her death, which included a move of house and two "
    "periods of sick leave from work.",
    "The report and this plan were published together after the Home Office quality assurance panel "
    "accepted the report.",
)

# findings in brief (clutter, no records; as many as put the page break inside the plan's last rows)
FINDINGS = (
    "Agencies knew of the abuse in parts, but no one agency held the whole picture of what was happening.",
    "Her contacts with health services were frequent, yet she was never asked on her own whether she felt safe.",
    "Frontline staff were unsure which service to refer to when the abuser was no longer living with her.",
    "Records of earlier incidents were held in different systems that did not link to one another.",
    "Her family noticed changes in her but did not know where to go for advice on what they had seen.",
    "Information about his previous relationships was known to the police but was not used in assessing risk.",
    "Where staff did ask about abuse, the answers were not followed up at her next appointment.",
    "Some of the advice given to her about money and housing did not take her safety into account.",
)


def _struck_cell(cell, action: str, marker: str, size: float) -> None:
    """The closed action's words struck through, its bold marker after them unstruck."""
    cell.text = ""
    p = cell.paragraphs[0]
    words = p.add_run(action)
    words.font.strike = True
    words.font.size = Pt(size)
    p.add_run(" ").font.size = Pt(size)
    mark = p.add_run(marker)
    mark.bold = True
    mark.font.size = Pt(size)


def _opening(doc, plan: StruckPlan, findings: int) -> None:
    para(doc, f"Domestic Homicide Review: {plan.pseudonym}", bold=True, size=13)
    para(doc, "Action plan agreed by the review panel", bold=True, size=11)
    para(
        doc,
        f"{plan.pseudonym} was 61 when she was killed by her former partner in {plan.area}. The review "
        "was led by an independent chair. This plan sets out what each agency agreed to do.",
    )
    para(doc, "Background", bold=True, size=11)
    for number, text in enumerate(BACKGROUND, 1):
        para(doc, f"{number}. {text}")
    para(doc, "Findings in brief", bold=True, size=11)
    for text in FINDINGS[:findings]:
        para(doc, f"\u2022 {text}")
    para(doc, plan.note_title, bold=True, size=11)
    for text in plan.note:
        para(doc, text)


def build(headed: HeadedPlan) -> None:
    plan = headed.plan
    doc = new_doc(
        font=plan.font,
        size=10.5 if not headed.landscape else 10,
        header=headed.head,
        footer_label=plan.footer,
    )
    for sec in doc.sections:
        if headed.landscape:
            set_landscape(sec)
        sec.left_margin = sec.right_margin = Cm(2.0 if headed.landscape else 2.1)
    _opening(doc, plan, headed.findings)
    t = make_table(doc, plan.headers, plan.widths, size=headed.size)
    row = 1
    for number, text, rows in plan.recs:
        first = row
        for ref, action, lead, target, closed in rows:
            cells = t.add_row().cells
            for c, w in zip(cells, plan.widths):
                c.width = Cm(w)
            for i, value in ((0, ref), (1, f"{number}. {text}"), (3, lead), (4, target)):
                set_text(cells[i], value, size=headed.size)
            if closed:
                _struck_cell(cells[2], action, plan.marker, headed.size)
            else:
                set_text(cells[2], action, size=headed.size)
            row += 1
        merge_down(t, 1, first, row - 1, size=headed.size)
    para(doc, "")
    para(doc, "The panel will look at this plan again in March 2026.")
    save_rendered(doc, HERE, plan.stem)


if __name__ == "__main__":
    for each in PLANS:
        build(each)
        save_gold(HERE, each.plan.stem, gold(each.plan))
        print("wrote", f"{each.plan.stem}.json")

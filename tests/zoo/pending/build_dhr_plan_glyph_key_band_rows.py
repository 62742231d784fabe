"""Build two pending zoo documents of one family: a DHR action plan alone (no report above it),
portrait DejaVu Sans, whose Status cell is one glyph explained by a bold key line over the table,
heldout41 family 4's form in our own words.

One table Ref | What we will do | Owner | By | Status, each recommendation a shaded full-width
band row (one cell merged across the table) over its lettered actions 1a, 1b ...; targets
"d Month yyyy" or "Month yyyy"; enough rows that the table runs over the page break with Word's
repeated header before the last recommendation's band row. The two documents print the band two
ways, so the reading is not fitted to one:

- `dhr_plan_glyph_key_em_dash_bands_ettingmoor`: "Recommendation N — <text>" (an em dash), key
  "✔ completed / ◑ started, not yet complete / ✘ not yet started";
- `dhr_plan_glyph_key_colon_bands_castlebeck`: "Recommendation N: <text>", key
  "✓ done · ◐ under way · ✗ not begun" (other marks, other words).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_plan_glyph_key_band_rows.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx_build import add_row, full_row, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, iso, plan_gold, recommendation_record, review, save_gold  # noqa: E402

HEADERS = ("Ref", "What we will do", "Owner", "By", "Status")
WIDTHS = (1.3, 8.0, 4.0, 2.6, 1.9)
FILL = "E7E6E6"
# what every plan of the family prints between its opening and its key (clutter, no records)
ABOUT = (
    "The review panel agreed the recommendations in its final report. Each recommendation is shown "
    "in a shaded row across the table, with the actions agreed to meet it in the rows beneath.",
    "An owner is the person who answers to the oversight group for the action. Where an action "
    "depends on another agency, the owner has agreed the date with that agency's lead.",
    "An action is shown as finished only when the oversight group has seen evidence of the change. "
    "Evidence is kept by the partnership's business support team and can be asked for by members.",
    "Dates are the month, or the day, by which the owner expects the action to be finished. A date "
    "that has moved is shown as the new date, and the reason is recorded in the group's minutes.",
    "The plan covers the partnership's own recommendations and those made to single agencies that "
    "asked for their actions to be tracked here. Other single agency actions are tracked by each "
    "agency's own governance and reported to the group twice a year.",
    "The plan will be closed when every action is shown as finished and the group has agreed that "
    "the learning has been embedded. A closing report will then go to the partnership board.",
)


@dataclass(frozen=True)
class GlyphPlan:
    stem: str
    area: str
    pseudonym: str
    band: str  # the band row's words, from {n} and {text}
    key: str  # the key line after "Key:"
    marks: dict  # state -> its glyph
    footer: str
    opening: str
    recs: list  # (number, recommendation, [(ref, action, owner, by, state), ...])


ETTINGMOOR = GlyphPlan(
    stem="dhr_plan_glyph_key_em_dash_bands_ettingmoor",
    area="Ettingmoor",
    pseudonym="Edith",
    band="Recommendation {n} — {text}",
    key="✔ completed / ◑ started, not yet complete / ✘ not yet started",
    marks={"complete": "✔", "in_progress": "◑", "not_started": "✘"},
    footer="DHR 'Edith' – action plan – version 3",
    opening=(
        "This plan sets out what the partnership will do after the review into the death of Edith, "
        "aged 84, who was killed at home by her son while he was caring for her."
    ),
    recs=[
        (
            "1",
            "Ettingmoor Adult Social Care should offer a carer's assessment to every relative who "
            "moves in to care for an older parent, and record why one is declined.",
            [
                (
                    "1a",
                    "Add a prompt for a carer's assessment to the hospital discharge checklist.",
                    "Head of Adult Social Care",
                    "31 March 2025",
                    "complete",
                ),
                (
                    "1b",
                    "Audit a sample of declined assessments to see what reasons are recorded.",
                    "Principal Social Worker",
                    "September 2025",
                    "in_progress",
                ),
            ],
        ),
        (
            "2",
            "Ettingmoor Primary Care Network should make sure that GPs ask an older patient about "
            "her safety at home when she is seen without her carer.",
            [
                (
                    "2a",
                    "Write a short practice note on seeing older patients alone.",
                    "Named GP for Safeguarding",
                    "30 June 2025",
                    "complete",
                ),
                (
                    "2b",
                    "Run a lunchtime learning session in each practice of the network.",
                    "Safeguarding Lead Nurse",
                    "December 2025",
                    "in_progress",
                ),
            ],
        ),
        (
            "3",
            "Ettingmoor Community Safety Partnership should raise awareness that adult children "
            "can be abusers of their older parents, including where they are also the carer.",
            [
                (
                    "3a",
                    "Produce a leaflet with local carers' groups on harm to older people.",
                    "Community Safety Manager",
                    "31 October 2025",
                    "in_progress",
                ),
                (
                    "3b",
                    "Add a section on abuse by adult family members to the partnership's "
                    "domestic abuse training.",
                    "Partnership Training Officer",
                    "March 2026",
                    "not_started",
                ),
                (
                    "3c",
                    "Ask the older people's forum to test the leaflet's wording.",
                    "Community Safety Manager",
                    "June 2025",
                    "complete",
                ),
            ],
        ),
        (
            "4",
            "Ettingmoor Community Safety Partnership should check within a year that the actions "
            "in this plan have changed practice.",
            [
                (
                    "4a",
                    "Hold a review workshop with every owner of an action in this plan.",
                    "Chair, DHR Oversight Group",
                    "30 April 2026",
                    "not_started",
                ),
            ],
        ),
    ],
)

CASTLEBECK = GlyphPlan(
    stem="dhr_plan_glyph_key_colon_bands_castlebeck",
    area="Castlebeck",
    pseudonym="Marjorie",
    band="Recommendation {n}: {text}",
    key="✓ done · ◐ under way · ✗ not begun",
    marks={"complete": "✓", "in_progress": "◐", "not_started": "✗"},
    footer="Castlebeck DHR 'Marjorie' – plan – page",
    opening=(
        "The review looked at the care given to Marjorie, aged 79, before her husband killed her in "
        "their home. The actions below were agreed by the review panel; owners update the Status "
        "column before each meeting of the partnership's delivery group."
    ),
    recs=[
        (
            "1",
            "Castlebeck District Nursing Service should record who is present at each home visit "
            "and offer the patient a chance to speak alone.",
            [
                (
                    "1a",
                    "Change the visit record so that the people present must be entered.",
                    "District Nursing Team Lead",
                    "28 February 2025",
                    "complete",
                ),
                (
                    "1b",
                    "Check twenty visit records each quarter for the new entry.",
                    "Clinical Quality Lead",
                    "November 2025",
                    "in_progress",
                ),
            ],
        ),
        (
            "2",
            "Castlebeck Housing should tell adult social care when an older tenant's partner asks "
            "for the tenancy to be moved into his own name.",
            [
                (
                    "2a",
                    "Add a safeguarding question to the tenancy change form.",
                    "Tenancy Services Manager",
                    "31 May 2025",
                    "complete",
                ),
                (
                    "2b",
                    "Brief all housing officers on the new question.",
                    "Tenancy Services Manager",
                    "August 2025",
                    "complete",
                ),
            ],
        ),
        (
            "3",
            "Castlebeck Community Safety Partnership should make sure that services for older "
            "people know how to refer to the domestic abuse advocacy service.",
            [
                (
                    "3a",
                    "Send the referral route to every day centre and lunch club in the district.",
                    "Domestic Abuse Coordinator",
                    "30 September 2025",
                    "in_progress",
                ),
                (
                    "3b",
                    "Offer a short session on the referral route to care agency managers.",
                    "Domestic Abuse Coordinator",
                    "January 2026",
                    "not_started",
                ),
                (
                    "3c",
                    "Count referrals of people over 70 in the advocacy service's quarterly return.",
                    "Advocacy Service Manager",
                    "March 2026",
                    "not_started",
                ),
            ],
        ),
        (
            "4",
            "Castlebeck Community Safety Partnership should publish a summary of the progress made "
            "on this plan.",
            [
                (
                    "4a",
                    "Put a progress summary on the partnership's website.",
                    "Partnership Manager",
                    "31 July 2026",
                    "not_started",
                ),
            ],
        ),
    ],
)


def _whole(row) -> None:
    """The row kept whole on one page (Word's "allow row to break across pages" off)."""
    flag = OxmlElement("w:cantSplit")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def build(plan: GlyphPlan) -> None:
    doc = new_doc(font="DejaVu Sans", size=9.5, footer_label=plan.footer)
    para(doc, f"{plan.area} Community Safety Partnership", bold=True, size=13)
    para(doc, f"Domestic Homicide Review '{plan.pseudonym}'", bold=True, size=12)
    para(doc, "Action plan", bold=True, size=12)
    para(doc, "Version 3, agreed on 14 January 2025; progress shown as at 1 December 2025.")
    para(doc, plan.opening)
    para(doc, "About this plan", bold=True, size=10.5)
    for text in ABOUT:
        para(doc, text)
    para(doc, f"Key: {plan.key}", bold=True)
    t = make_table(doc, HEADERS, WIDTHS, size=10.5)
    for number, text, rows in plan.recs:
        _whole(full_row(t, plan.band.format(n=number, text=text), fill=FILL, size=10.5))
        for ref, action, owner, by, state in rows:
            _whole(add_row(t, [ref, action, owner, by, plan.marks[state]], WIDTHS, size=10.5))
    para(doc, "")
    para(doc, "The oversight group will next review this plan in March 2026.")
    save_rendered(doc, HERE, plan.stem)


def gold(plan: GlyphPlan) -> dict:
    lines = (HERE / f"{plan.stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(number, " ".join(text.split()[:10]), _line_of(lines, text))
        for number, text, _ in plan.recs
    ]
    actions = [
        action_record(
            " ".join(action.split()[:7]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=number,
            lead=owner,
            target_date_raw=by,
            target_date=iso(by),
            status_raw=plan.marks[state],
            status=state,
        )
        for number, _, rows in plan.recs
        for ref, action, owner, by, state in rows
    ]
    return plan_gold(
        plan.stem,
        description=(
            "DHR action plan alone (DejaVu Sans, portrait): a bold key line saying what each status glyph "
            "means, one table Ref | What we will do | Owner | By | Status, shaded full-width band rows "
            f"'{plan.band.format(n='N', text='<text>')}' over lettered actions, each Status cell one glyph, "
            "targets 'd Month yyyy' or 'Month yyyy', the header repeated over the page break"
        ),
        review=review("DHR", plan.area, plan.pseudonym),
        review_alternatives={"area": [f"{plan.area} Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Written by helper h41c (session 41); fictional. Recommendations the band rows' text after "
            "'Recommendation N' and its dash or colon, ref N. One action per row, ref as printed, "
            "recommendation_ref the band above, lead the Owner. Status the glyph read through the key line "
            "(the key's words: done/completed -> complete, started or under way -> in_progress, not yet "
            "started / not begun -> not_started). Not records: the version line, the opening paragraph, "
            "the key, the next-review line."
        ),
    )


if __name__ == "__main__":
    for each in (ETTINGMOOR, CASTLEBECK):
        build(each)
        save_gold(HERE, each.stem, gold(each))
        print("wrote", f"{each.stem}.json")

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
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx_build import add_field, add_row, full_row, make_table, new_doc, para  # noqa: E402
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
    running_head: str = ""  # a partnership's name over every page
    page_of: bool = False  # the footer "<footer> – page N of M" on one line
    closing: tuple = ()  # (heading, bullets, paragraph) printed after the table


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

QUENBURY = GlyphPlan(
    stem="dhr_plan_glyph_key_running_head_page_of_footer_quenbury",
    area="Quenbury",
    pseudonym="Agnes",
    band="Recommendation {n} — {text}",
    key="✔ completed / ◑ started, not yet complete / ✘ not yet started",
    marks={"complete": "✔", "in_progress": "◑", "not_started": "✘"},
    footer="DHR ‘Agnes’ – action plan – v4",
    opening=(
        "Agnes was 81 when she was killed by her son, who had moved in with her two years before "
        "to look after her. This plan records what each agency agreed to do after the review."
    ),
    running_head="Quenbury Safer Communities Partnership",
    page_of=True,
    closing=(
        "Progress notes",
        (
            "1b: the first audit found that four of ten declined assessments gave no reason.",
            "2b: sessions have been held in five of the seven practices; two remain to be booked.",
            "3a: the leaflet is with the printers after the carers' groups commented on a draft.",
        ),
        "The partnership's DHR monitoring group checks this plan at each of its quarterly "
        "meetings. Owners send an update to the partnership manager two weeks before each "
        "meeting, and the plan is reported to the partnership board every six months until every "
        "action is complete.",
    ),
    recs=[
        (
            "1",
            "Quenbury Adult Social Care should offer a carer's assessment to every adult child who "
            "gives up work to care for a parent, and should record the reason when it is refused.",
            [
                (
                    "1a",
                    "Put a carer's assessment prompt on the referral form used by hospital teams.",
                    "Head of Adult Social Care",
                    "31 March 2025",
                    "complete",
                ),
                (
                    "1b",
                    "Audit ten refused assessments each quarter for the reason recorded.",
                    "Principal Social Worker",
                    "October 2025",
                    "in_progress",
                ),
            ],
        ),
        (
            "2",
            "Quenbury Primary Care Network should make sure that older patients are offered time "
            "alone with their GP when their carer comes too.",
            [
                (
                    "2a",
                    "Publish a short guide for practice staff on seeing a patient alone.",
                    "Named GP for Safeguarding",
                    "30 June 2025",
                    "complete",
                ),
                (
                    "2b",
                    "Hold a learning session in each practice of the network.",
                    "Safeguarding Nurse",
                    "December 2025",
                    "in_progress",
                ),
            ],
        ),
        (
            "3",
            "Quenbury Safer Communities Partnership should tell the public that an adult son or "
            "daughter who cares for a parent can also be the person harming them.",
            [
                (
                    "3a",
                    "Write a leaflet with local carers' groups on harm to older people at home.",
                    "Community Safety Manager",
                    "31 October 2025",
                    "in_progress",
                ),
                (
                    "3b",
                    "Add a session on harm by adult children to the partnership's domestic abuse course.",
                    "Partnership Training Officer",
                    "March 2026",
                    "not_started",
                ),
                (
                    "3c",
                    "Ask the over-sixties forum to comment on the leaflet's draft.",
                    "Community Safety Manager",
                    "July 2025",
                    "complete",
                ),
            ],
        ),
        (
            "4",
            "Quenbury Safer Communities Partnership should test, a year after the plan is agreed, "
            "whether the actions in it have changed how agencies work with older people and carers.",
            [
                (
                    "4a",
                    "Run a workshop with every action owner to test what has changed.",
                    "Chair, DHR Monitoring Group",
                    "30 April 2026",
                    "not_started",
                ),
            ],
        ),
    ],
)

# the third stand-in's own gold note (session 42, h41)
CLOSING_NOTE = (
    " Session 42 (h41): the partnership's name a running head on every page, the footer '... – v4 – "
    "page N of M' on one line, the progress notes bullets and the monitoring paragraph after the "
    "table not records (the bullets name action refs but are notes, not actions)."
)


def _whole(row) -> None:
    """The row kept whole on one page (Word's "allow row to break across pages" off)."""
    flag = OxmlElement("w:cantSplit")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _page_of_footer(doc, label: str) -> None:
    """The footer as one line "<label> – page N of M", right-aligned, as a versioned plan prints it."""
    p = doc.sections[0].footer.paragraphs[0]
    p.text = ""
    p.add_run(f"{label} – page ")
    add_field(p.add_run(), "PAGE")
    p.add_run(" of ")
    add_field(p.add_run(), "NUMPAGES")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _closing(doc, plan: GlyphPlan) -> None:
    """What a plan prints after its table: progress notes as bullets and a monitoring paragraph."""
    heading, bullets, paragraph = plan.closing
    para(doc, heading, bold=True, size=10.5)
    for text in bullets:
        para(doc, text, style="List Bullet")
    para(doc, paragraph)


def build(plan: GlyphPlan) -> None:
    doc = new_doc(font="DejaVu Sans", size=9.5, header=plan.running_head, footer_label=plan.footer)
    if plan.page_of:
        _page_of_footer(doc, plan.footer)
    para(doc, plan.running_head or f"{plan.area} Community Safety Partnership", bold=True, size=13)
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
    if plan.closing:
        _closing(doc, plan)
    else:
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
        review_alternatives={"area": [plan.running_head or f"{plan.area} Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Written by helper h41c (session 41); fictional. Recommendations the band rows' text after "
            "'Recommendation N' and its dash or colon, ref N. One action per row, ref as printed, "
            "recommendation_ref the band above, lead the Owner. Status the glyph read through the key line "
            "(the key's words: done/completed -> complete, started or under way -> in_progress, not yet "
            "started / not begun -> not_started). Not records: the version line, the opening paragraph, "
            "the key, the next-review line." + (CLOSING_NOTE if plan.closing else "")
        ),
    )


if __name__ == "__main__":
    for each in (ETTINGMOOR, CASTLEBECK, QUENBURY):
        build(each)
        save_gold(HERE, each.stem, gold(each))
        print("wrote", f"{each.stem}.json")

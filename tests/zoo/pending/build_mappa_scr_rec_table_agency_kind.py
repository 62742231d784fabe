"""Build pending zoo documents of one family: a MAPPA serious case review's summary for publication
whose recommendations are a table No. | Recommendation | Single / multi-agency | Responsible
agency, the last row split over the page break, heldout42 family 4's form in our own words.

Landscape: numbered background and findings paragraphs, then the table ("Single agency" /
"Multi-agency" in the third column). Two documents, so the reading is not fitted to one:

- `mappa_scr_rec_table_agency_kind_split_last_row_harrowfield`: P052 10.5, five recommendations,
  row 5 over the page break;
- `mappa_scr_rec_table_agency_kind_split_row_four_corthwaite`: URW Bookman 10, six
  recommendations, "Ref" for "No." and "Agency" for "Responsible agency", row 4 over the break.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_mappa_scr_rec_table_agency_kind.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Cm  # noqa: E402
from docx_build import add_row, make_table, new_doc, numbered, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import plan_gold, recommendation_record, review, save_gold  # noqa: E402


@dataclass(frozen=True)
class ScrSummary:
    stem: str
    area: str
    font: str
    size: float
    headers: tuple
    widths: tuple
    background: tuple  # how many numbered paragraphs fill page 1 before the table
    footer: str
    recs: list  # (number, recommendation, kind, agency)


BACKGROUND = (
    "This review was commissioned by the MAPPA Strategic Management Board after a man subject to "
    "MAPPA management was charged with a serious further offence against his partner's mother.",
    "At the time of the offence the man had been released on licence eleven months earlier and was "
    "managed at level 2, with the probation service as lead agency.",
    "The review was carried out by an independent author with the help of a lay adviser and a panel "
    "drawn from the responsible authority and the duty to co-operate agencies.",
    "The panel read the agencies' records, spoke to the practitioners involved and met the victim's "
    "family, whose account of the months before the offence shaped this report.",
    "This summary is published so that the public can see what was learned. Details that could "
    "identify the victim or her family have been left out.",
    "The panel found that the risk the man posed to women he formed relationships with was known but "
    "was not shared with the police team that visited the address after a neighbour's call.",
    "Meetings to manage the man's risk were held on time, but the plan they agreed did not change "
    "when he moved in with his new partner, and no one asked whether her family were at risk.",
    "Practitioners worked hard and often well. The gaps the panel found lay between agencies rather "
    "than within any one of them, and each agency has accepted the recommendations below.",
)

HARROWFIELD = ScrSummary(
    stem="mappa_scr_rec_table_agency_kind_split_last_row_harrowfield",
    area="Harrowfield",
    font="P052",
    size=10.5,
    headers=("No.", "Recommendation", "Single / multi-agency", "Responsible agency"),
    widths=(1.3, 15.0, 4.0, 5.0),
    background=BACKGROUND[:6],
    footer="Harrowfield MAPPA Strategic Management Board · OFFICIAL ·",
    recs=[
        (
            "1",
            "Level 2 meetings should review the risk management plan whenever the person moves address "
            "or starts a new relationship, and record who may now be at risk.",
            "Multi-agency",
            "MAPPA Strategic Management Board",
        ),
        (
            "2",
            "The probation service should make sure that a disclosure decision is recorded and reviewed "
            "each time a person managed for domestic abuse starts a new relationship.",
            "Single agency",
            "Probation Service",
        ),
        (
            "3",
            "The police should make sure that officers attending a call at an address can see that a "
            "person living there is managed under MAPPA.",
            "Single agency",
            "Harrowfield Police",
        ),
        (
            "4",
            "The housing service should tell the lead agency when a person managed under MAPPA is added "
            "to a tenancy or asks to move.",
            "Single agency",
            "Harrowfield Council Housing Service",
        ),
        (
            "5",
            "The Strategic Management Board should hold a learning event for the agencies that sit at "
            "level 2 meetings on risk to the families of new partners, invite the victim's family to "
            "help shape it if they wish to, and ask each agency to report within six months on what "
            "it has changed as a result of the event and of this review, so that the Board can be "
            "assured that the learning has reached practitioners working with people at level 1 as "
            "well as those at levels 2 and 3.",
            "Multi-agency",
            "MAPPA Strategic Management Board",
        ),
    ],
)

CORTHWAITE = ScrSummary(
    stem="mappa_scr_rec_table_agency_kind_split_row_four_corthwaite",
    area="Corthwaite",
    font="URW Bookman",
    size=10,
    headers=("Ref", "Recommendation", "Single / multi-agency", "Agency"),
    widths=(1.3, 14.5, 4.2, 5.3),
    background=BACKGROUND[:6],
    footer="Corthwaite MAPPA SMB – SCR summary – OFFICIAL –",
    recs=[
        (
            "1",
            "The lead agency should share a person's full offending history with every agency at a "
            "level 2 meeting before the meeting is held.",
            "Multi-agency",
            "Corthwaite Probation Delivery Unit",
        ),
        (
            "2",
            "The police should check the MAPPA record before closing a call about a disturbance at "
            "a managed person's address.",
            "Single agency",
            "Corthwaite Police",
        ),
        (
            "3",
            "Approved premises staff should pass on to the offender manager what they learn about a "
            "resident's new relationships.",
            "Single agency",
            "Approved Premises Service",
        ),
        (
            "4",
            "The Strategic Management Board should agree with the domestic abuse service a way for "
            "its advocates to ask whether a partner's new boyfriend is managed under MAPPA, publish the "
            "route in the MAPPA guidance for practitioners, and check after a year how often it has "
            "been used and whether the answers came quickly enough to help the advocates plan the "
            "safety of the women and children they were supporting at the time.",
            "Multi-agency",
            "Corthwaite MAPPA Strategic Management Board",
        ),
        (
            "5",
            "The mental health trust should attend level 2 meetings where it is treating the managed person.",
            "Single agency",
            "Corthwaite Mental Health Trust",
        ),
        (
            "6",
            "The Board should publish this summary and share it with the victim's family first.",
            "Multi-agency",
            "Corthwaite MAPPA Strategic Management Board",
        ),
    ],
)


def build(scr: ScrSummary) -> None:
    doc = new_doc(landscape=True, font=scr.font, size=scr.size, footer_label=scr.footer)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.2)
    para(doc, f"{scr.area} MAPPA Strategic Management Board", bold=True, size=13)
    para(doc, "Serious Case Review: summary for publication", bold=True, size=12)
    para(doc, "Background", bold=True, size=11)
    for number, text in enumerate(scr.background[:5], 1):
        numbered(doc, f"1.{number}", text)
    para(doc, "Findings", bold=True, size=11)
    for number, text in enumerate(scr.background[5:], 1):
        numbered(doc, f"2.{number}", text)
    para(doc, "Recommendations", bold=True, size=11)
    t = make_table(doc, scr.headers, scr.widths, size=scr.size)
    for number, text, kind, agency in scr.recs:
        add_row(t, [number, text, kind, agency], scr.widths, size=scr.size)
    para(doc, "")
    para(doc, "The Board will publish a progress report on these recommendations within twelve months.")
    save_rendered(doc, HERE, scr.stem)


def _line(lines: list[str], text: str) -> int:
    """The first line of the export holding the text's first words (1-based)."""
    for count in (3, 2):
        start = " ".join(text.split()[:count])
        found = [i for i, line in enumerate(lines, 1) if start in line]
        if found:
            return found[0]
    raise ValueError(text)


def gold(scr: ScrSummary) -> dict:
    lines = (HERE / f"{scr.stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(number, " ".join(text.split()[:10]), _line(lines, text), agency=agency)
        for number, text, _, agency in scr.recs
    ]
    return plan_gold(
        scr.stem,
        description=(
            f"MAPPA SCR summary for publication ({scr.font}, landscape): numbered background and findings "
            f"paragraphs, then a table {' | '.join(scr.headers)} ('Single agency' / 'Multi-agency'), a row "
            "split over the page break"
        ),
        review=review(None, scr.area, None, doc_kind="executive_summary"),
        recommendations=recs,
        notes=(
            "Written by helper h42c (session 42); fictional. Recommendations the table's rows, ref the "
            "number, agency the responsible agency cell; review_type null (a MAPPA SCR)."
        ),
    )


if __name__ == "__main__":
    for each in (HARROWFIELD, CORTHWAITE):
        build(each)
        save_gold(HERE, each.stem, gold(each))
        print("wrote", f"{each.stem}.json")

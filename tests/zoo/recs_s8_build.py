"""Build the `recs8_number_cells_across_page` zoo document: a DHR executive summary of the older
(2015-16) kind whose overview recommendations sit in a two-column table with no header, the
number in a narrow first cell ("1", "1.1", "2") and the text beside it. Recommendation 1 is a
stem ending on a colon completed by "1.1" and "1.2"; the table runs over a page break, so a
row number ("3") is printed straight under the next page's running head, where a page number
could stand. Each page has a PAGE-field footer. A closing remark follows the table, and the
lessons learned before it are a bulleted list, not recommendations.

Plain `pdftotext` prints each row number alone on its line, a blank line, then its text; the
page numbers alone on the last line of each page.

All people, places and wording are fictional and our own.

    python tests/zoo/recs_s8_build.py   # writes the .docx, .pdf and .txt
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1] / "samples"))

from docx.oxml import OxmlElement  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, para, set_text, set_widths  # noqa: E402
from make_samples import to_pdf  # noqa: E402
from plan_gold import plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "recs8_number_cells_across_page"

BACKGROUND = [
    "Lorna was 52 when she was killed by her former husband, Gareth, at her flat in Wexley Down "
    "in the autumn of 2014. They had separated eight months earlier after a marriage of twenty "
    "years. Gareth pleaded guilty to her murder and is serving a life sentence.",
    "The review panel met five times. It read chronologies and reports from the police, the "
    "ambulance service, the hospital trust, two general practices, the housing association "
    "and the local domestic abuse service, and it spoke to Lorna's son and her closest friend.",
    "Lorna had told her GP twice in the year before her death that she was frightened of "
    "Gareth. On the second occasion she was given the number of the local helpline but nobody "
    "asked whether she had been threatened or whether he still had a key to her flat.",
    "The police attended two reports of criminal damage at the flat. Each was recorded as a "
    "neighbour dispute because the caller did not name the person responsible, and no link "
    "was made with the earlier call from Lorna's son about threatening text messages.",
    "The housing association knew that Lorna had asked for her locks to be changed and that "
    "she wanted to move. Her request was placed on the ordinary repair list and a transfer "
    "application was sent to her by post, which Gareth later said he had read.",
]

FINDINGS = [
    "Separation raised the risk to Lorna, but no agency saw the period after she left as the "
    "time of greatest danger.",
    "Reports that did not name a suspect were never connected with one another, so the "
    "pattern of Gareth's behaviour was not seen.",
    "Requests for practical help, such as new locks, can be a disclosure of fear and should be "
    "treated as one.",
]

ANALYSIS = [
    "The panel found that each agency acted within its own procedures, yet none of them put "
    "together what it knew with what others knew. The GP practice, the police and the housing "
    "association each held one piece of a picture that, taken together, showed a woman being "
    "watched and threatened by a former partner who would not accept that the marriage was over.",
    "Lorna's son told the panel that his mother did not think of herself as a victim of "
    "domestic abuse because Gareth had rarely hit her during the marriage. The panel heard "
    "that this is common among older women and that questions about fear, control and "
    "threats are more likely to bring a disclosure than questions about violence alone.",
    "The panel also noted that the criminal damage reports were closed within a day each, "
    "without a visit by an officer who could have asked Lorna who she thought was responsible. "
    "A single question might have brought the harassment to light weeks before her death.",
    "Finally, the panel considered whether the local multi-agency risk assessment conference "
    "would have heard Lorna's case had a risk assessment been completed. It concluded that her "
    "answers would very likely have met the threshold for referral, and that the conference "
    "would have asked the housing association to treat her locks as an emergency repair.",
    "The panel is grateful to Lorna's family for their help and for the picture they gave of "
    "a generous and determined woman who had begun to rebuild her life.",
]

RECOMMENDATIONS = [
    ("1", "The Wexley Down Community Safety Partnership should revise its referral guidance so that:"),
    (
        "1.1",
        "general practices ask every patient who says she is frightened of a former partner "
        "whether he has threatened her or still has access to her home;",
    ),
    (
        "1.2",
        "a practice that completes a risk assessment sends it to the conference co-ordinator the same day.",
    ),
    (
        "2",
        "Wexley Down Police should make sure that an officer visits the caller whenever a report "
        "of criminal damage at a home does not name the person suspected.",
    ),
    (
        "3",
        "Wexley Down Homes should treat a request for new locks from a tenant who has recently "
        "separated from a partner as an emergency repair and ask whether she feels safe.",
    ),
    (
        "4",
        "The Partnership should run awareness sessions for older women's groups on the signs of "
        "controlling behaviour after separation.",
    ),
    (
        "5",
        "The Partnership should write to the Home Office asking that guidance on risk after "
        "separation be included in the next revision of the statutory guidance for reviews.",
    ),
]


def _number_table(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    for number, text in rows:
        cells = t.add_row().cells
        set_text(cells[0], number, size=10.5)
        set_text(cells[1], text, size=10.5)
        # (Word keeps a row whole on one page, as authors set a recommendations table)
        no_split = OxmlElement("w:cantSplit")
        t.rows[-1]._tr.get_or_add_trPr().append(no_split)
    set_widths(t, (1.6, 14.4))
    return t


def build():
    doc = new_doc(header="Wexley Down DHR 2015/03 – Executive Summary – Official")
    for line in (
        "Wexley Down Community Safety Partnership",
        "Domestic Homicide Review",
        "Executive Summary",
        "Into the death of Lorna in October 2014",
        "Independent chair and author: Imelda Graystone",
    ):
        para(doc, line, bold=True)
    heading(doc, "1. The Review", level=1)
    for text in BACKGROUND:
        para(doc, text)
    heading(doc, "2. Analysis", level=1)
    for text in ANALYSIS + ANALYSIS[:5]:
        para(doc, text)
    heading(doc, "3. Lessons Learned", level=1)
    for text in FINDINGS:
        para(doc, text, style="List Bullet")
    heading(doc, "4. Recommendations", level=1)
    para(doc, "The panel makes the following recommendations to the Partnership and its members.")
    para(doc, BACKGROUND[0])
    _number_table(doc, RECOMMENDATIONS)
    para(
        doc,
        "The Partnership will publish an action plan and report progress on it to the Home Office "
        "when asked.",
    )
    docx = HERE / f"{STEM}.docx"
    doc.save(docx)
    pdf = to_pdf(docx, HERE)
    subprocess.run(["pdftotext", str(pdf), str(HERE / f"{STEM}.txt")], check=True)
    _gold()
    print("wrote", STEM)


DESCRIPTION = (
    "An older-style DHR executive summary whose overview recommendations sit in a headerless "
    "number | text table: a stem ending on a colon completed by 1.1 and 1.2, then 2-5; pdftotext "
    "prints each row number alone on its line, one of them under the next page's running head, and "
    "each page's number alone at its foot; bulleted lessons before, a closing remark after."
)
CSP = "Wexley Down Community Safety Partnership"
# (ref, agency, the text's opening words): the stem is the lead-in of 1.1 and 1.2, not a
# recommendation of its own; the lessons and the closing remark are none
GOLD = [
    ("1.1", CSP, "general practices ask every patient who says she is frightened"),
    ("1.2", CSP, "a practice that completes a risk assessment sends it"),
    ("2", "Wexley Down Police", "Wexley Down Police should make sure that an officer visits"),
    ("3", "Wexley Down Homes", "Wexley Down Homes should treat a request for new locks"),
    ("4", CSP, "The Partnership should run awareness sessions for older women"),
    ("5", CSP, "The Partnership should write to the Home Office asking that guidance"),
]


def _gold():
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    records = [
        recommendation_record(
            ref,
            start,
            next(n for n, text in enumerate(lines, 1) if text.startswith(start[:40])),
            agency=agency,
        )
        for ref, agency, start in GOLD
    ]
    gold = plan_gold(
        STEM,
        family="DHR executive summary (2015-16), overview recommendations in a number | text table",
        description=DESCRIPTION,
        review=review(
            "DHR",
            "Wexley Down",
            "Lorna",
            doc_kind="executive_summary",
            author="Imelda Graystone",
            age=52,
            date_of_death="2014-10",
        ),
        recommendations=records,
        notes="Written by helper s8recs; fictional. Row numbers printed alone on their line are the "
        "recommendations' refs, one of them under the next page's running head; the page numbers "
        "are the footers' lone numbers.",
    )
    save_gold(HERE, STEM, gold)


ONECOL_STEM = "recs8_plan_numbered_recs_one_cell"
ONECOL_RECS = [
    "1. Wexley Down Homes should treat a request for new locks from a tenant who has recently "
    "separated from a partner as an emergency repair.",
    "2. The Wexley Down Community Safety Partnership should run awareness sessions for older "
    "women's groups on controlling behaviour after separation.",
    "3. Wexley Down and Marsh NHS Foundation Trust should make sure that practice nurses ask "
    "about fear of a former partner when a patient asks for help with sleep.",
    "4. Wexley Down Police should visit the caller whenever a report of criminal damage at a "
    "home names no suspect.",
]


def build_onecol():
    """A partnership's plan in the Home Office template whose first cell holds every
    recommendation as a numbered paragraph, one above the other, the other columns beside
    them: plain pdftotext prints the cell as one run of lines, a long body's name wrapping
    after a few words ("3. Wexley Down and Marsh NHS" / "Foundation Trust should ...")."""
    doc = new_doc(header="Wexley Down DHR 2015/03 – Action Plan")
    para(doc, "Wexley Down Community Safety Partnership – Domestic Homicide Review action plan", bold=True)
    widths = (5.2, 2.0, 3.6, 2.6, 2.6)
    t = make_table(doc, ["Recommendation", "Scope", "Action to take", "Lead Agency", "Target date"], widths)
    add_row(
        t,
        (
            "\n".join(ONECOL_RECS),
            "Local",
            "Add lock changes to the emergency repair list",
            "Wexley Down Homes",
            "March 2016",
        ),
        widths,
    )
    docx = HERE / f"{ONECOL_STEM}.docx"
    doc.save(docx)
    pdf = to_pdf(docx, HERE)
    subprocess.run(["pdftotext", str(pdf), str(HERE / f"{ONECOL_STEM}.txt")], check=True)
    # (only the text is kept: the PDF and Word routes read the one cell as one recommendation,
    # a separate matter from the text route's numbered heading this document holds it to)
    docx.unlink()
    pdf.unlink()
    print("wrote", ONECOL_STEM)


if __name__ == "__main__":
    build()
    build_onecol()

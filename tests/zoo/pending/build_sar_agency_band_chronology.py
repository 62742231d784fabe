"""Build a zoo SAR overview whose chronology table is grouped under full-width agency bands and
whose recommendations stand each in a bordered box under a bold label naming its scope.

sar_agency_band_chronology: a SAR overview report (DejaVu Sans Light 9.5), no plan. The
chronology is a two-column table Date | Contact grouped under shaded band rows each naming one
agency; the dates print in the rows only ("14 March 2022"), the table as a whole not in date
order (each agency's rows in their own order); one date wraps in its narrow column. Each entry's
heading is its band's agency. Findings are bullets. Each recommendation is a one-cell bordered
box, its first line bold "Recommendation N (single agency – <body>)" or "Recommendation N
(multi-agency)", the sentence below; the last box is split by the page break (its label on one
page, its sentence on the next under the running head).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_agency_band_chronology.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, box, full_row, heading, make_table, new_doc, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_agency_band_chronology"
BANDS = [
    (
        "Ashby Moor Adult Social Care",
        [
            (
                "14 March 2022",
                "A care needs assessment was completed; Mrs Petra declined a package of care.",
                "2022-03-14",
            ),
            (
                "2 August 2022",
                "A safeguarding concern from a neighbour about self-neglect was closed after a phone call.",
                "2022-08-02",
            ),
        ],
    ),
    (
        "Ashby Moor Police",
        [
            (
                "30 November 2022",
                "Officers made a welfare check and found the flat cold and without food.",
                "2022-11-30",
            ),
            (
                "19 June 2022",
                "A report of a fall in the street was passed to the ambulance service.",
                "2022-06-19",
            ),
        ],
    ),
    (
        "Fellside GP Practice",
        [
            ("5 January 2022", "Mrs Petra missed her annual review and a letter was sent.", "2022-01-05"),
            (
                "11 October 2022",
                "A telephone consultation noted weight loss; a blood test was booked but not attended.",
                "2022-10-11",
            ),
            ("9 December 2022", "The practice learned of Mrs Petra's admission to hospital.", "2022-12-09"),
        ],
    ),
]
RECS = [
    (
        "1",
        "multi-agency",
        "Ashby Moor Safeguarding Adults Board",
        "The Board should agree a shared approach to self-neglect that sets out when a refusal of care "
        "must lead to a multi-agency meeting.",
    ),
    (
        "2",
        "single agency – Ashby Moor Adult Social Care",
        "Ashby Moor Adult Social Care",
        "Adult Social Care should make sure that a safeguarding concern is never closed on a telephone call "
        "alone when the adult has refused care before.",
    ),
    (
        "3",
        "single agency – Fellside GP Practice",
        "Fellside GP Practice",
        "The practice should follow up every missed blood test for a patient known to be losing weight.",
    ),
    (
        "4",
        "single agency – Ashby Moor Police",
        "Ashby Moor Police",
        "Officers who find an adult without heat or food at a welfare check should make a safeguarding "
        "referral the same day.",
    ),
]


def build() -> None:
    doc = new_doc(header="Safeguarding Adults Review: Mrs Petra", font="DejaVu Sans Light", size=9.5)
    para(doc, "Ashby Moor Safeguarding Adults Board", bold=True, size=14)
    para(doc, "Safeguarding Adults Review: Mrs Petra", bold=True, size=12)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "1.1 Mrs Petra, aged 79, died in hospital in December 2022 from the effects of self-neglect. "
        "This review looks at how agencies worked with her in the year before.",
    )
    heading(doc, "2. Chronology", 1)
    para(doc, "The main contacts are set out below by agency.")
    widths = [2.2, 14.0]
    t = make_table(doc, ["Date", "Contact"], widths, size=9)
    for agency, rows in BANDS:
        full_row(t, agency, size=9)
        for date, text, _ in rows:
            add_row(t, [date, text], widths, size=9)
    heading(doc, "3. Findings", 1)
    for text in (
        "Refusals of care were accepted without asking whether Mrs Petra understood the risks.",
        "Each agency held part of the picture and no one brought it together.",
        "Missed appointments were not seen as a warning sign.",
    ):
        para(doc, f"• {text}")
    for n in range(12):
        para(
            doc,
            f"3.{n + 2} The review heard from practitioners in every agency, who described the pressures "
            "on their services during the year and the ways they tried to keep in touch with Mrs Petra.",
        )
    heading(doc, "4. Recommendations", 1)
    for ref, scope, _, text in RECS:
        box(doc, f"Recommendation {ref} ({scope})\n{text}", fill="FFFFFF", size=9.5)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    events = [
        (text, date, iso, False, {"heading": agency}) for agency, rows in BANDS for date, text, iso in rows
    ]
    recs = [
        recommendation_record(
            ref, " ".join(text.split()[:10]), _line_of(lines, text), agency=agency, scope=None
        )
        for ref, _, agency, text in RECS
    ]
    return plan_gold(
        STEM,
        family="sar_agency_band_chronology",
        description=(
            "SAR overview (DejaVu Sans Light 9.5): a Date | Contact chronology table grouped under "
            "shaded agency bands, not in date order overall; recommendations each in a bordered box "
            "under a bold label naming its scope, the last box split by the page break"
        ),
        review=review("SAR", "Ashby Moor", "Mrs Petra", doc_kind="overview_report", date_of_death="2022-12"),
        review_alternatives={"area": ["Ashby Moor Safeguarding Adults Board"]},
        recommendations=recs,
        chronology=chronology_gold(lines, events),
        notes="Each entry's heading is its band's agency; recommendation text is the sentence, not the label.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")

"""A SAR overview report extract whose chronology is a Date | Source | Event | Comment table in the
agencies' mixed date forms ("04/02/22", "w/c 14 March 2022", "April 2022", "09.05.2022", "Late
May 2022", "2–3 August 2022"), the Source an abbreviation keyed in the paragraph above the table
(GP, FRS, ASC), some Comment cells blank, the table running over a page break, bullets of
recommendations after it. Built as authors publish it (python-docx, URW Gothic 9.5, the table in
9 pt), exported to PDF by LibreOffice; the .txt is `pdftotext -layout` of that PDF, so each row
prints its cells side by side and a wrapped cell's lines sit under each other in their column.
The gold is written by hand below.

* sar_chron_date_source_event_comment_mixed_dates_layout_rowanbridge: ten rows over two pages.

    python tests/zoo/pending/build_sar_chron_date_source_event_comment_mixed_dates_layout_rowanbridge.py
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      p = 'tests/zoo/pending/sar_chron_date_source_event_comment_mixed_dates_layout_rowanbridge'; \
      open(p + '.corpus.txt', 'w').write(render(__import__('pathlib').Path(p + '.pdf')))"   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import chronology_table, heading, new_doc, para, review, table_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "sar_chron_date_source_event_comment_mixed_dates_layout_rowanbridge"
WIDTHS = [2.1, 1.6, 7.6, 5.3]  # (the date column narrow: "22" / "September" / "2022")

# (date cell, source, event, comment, gold date_raw, gold date)
ROWS = [
    (
        "04/02/22",
        "GP",
        "Walter attended with a swollen ankle and said he had not been eating well since his wife died. "
        "Bloods were taken and a review booked.",
        "No question about support at home.",
        "04/02/22",
        "2022-02-04",
    ),
    (
        "w/c 14 March 2022",
        "FRS",
        "A home fire safety visit found candles used for light and heat; the electricity had been cut "
        "off for unpaid bills.",
        "",
        "w/c 14 March 2022",
        "2022-03-14",
    ),
    (
        "April 2022",
        "ASC",
        "The fire service's referral was screened and passed to the community team as not urgent.",
        "Screened without a call to Walter.",
        "April 2022",
        "2022-04",
    ),
    (
        "09.05.2022",
        "ASC",
        "A social worker visited. Walter said he managed well and refused a care assessment; the case "
        "was closed.",
        "His capacity to make the decision was not considered.",
        "09.05.2022",
        "2022-05-09",
    ),
    (
        "Late May 2022",
        "HA",
        "The housing officer noted rubbish piled in the garden and a strong smell from the flat.",
        "",
        "Late May 2022",
        "2022-05",
    ),
    (
        "17 June 2022",
        "GP",
        "Walter missed his review. A second letter was sent; nobody rang him.",
        "Two missed reviews were not followed up.",
        "17 June 2022",
        "2022-06-17",
    ),
    (
        "28/06/2022",
        "POL",
        "Officers made a welfare check after a neighbour had not seen Walter for a week. He was found "
        "thin and confused and taken to hospital.",
        "A safeguarding concern should have been raised.",
        "28/06/2022",
        "2022-06-28",
    ),
    (
        "2–3 August 2022",
        "HOSP",
        "Walter was treated for dehydration and discharged home on the second day with no care "
        "package in place.",
        "",
        "2–3 August 2022",
        "2022-08-02",
    ),
    (
        "11/08/2022",
        "ASC",
        "A second concern, from the ward, was screened. A visit was planned for the following month.",
        "Risk not reassessed after discharge.",
        "11/08/2022",
        "2022-08-11",
    ),
    (
        "22 September 2022",
        "POL",
        "Walter was found dead at home by officers who forced entry after the neighbour called again.",
        "",
        "22 September 2022",
        "2022-09-22",
    ),
]


def word_document():
    doc = new_doc(
        header="Rowanbridge Safeguarding Adults Board | Safeguarding Adults Review: ‘Walter’",
        footer_label="",
        font="URW Gothic",
        size=9.5,
    )
    para(doc, "Safeguarding Adults Review: ‘Walter’ – overview report (extract)", bold=True)
    para(
        doc,
        "2.1 Walter died at home in September 2022. His son asked that the review look at why nobody "
        "came back after the fire service's visit.",
    )
    heading(doc, "3. Chronology of key events", 1)
    para(
        doc,
        "3.1 The table sets out the agencies' contacts with Walter in the last year of his life. The "
        "source of each entry is shown by an abbreviation: GP (Tollgate Surgery), FRS (Rowanbridge Fire "
        "and Rescue Service), ASC (Adult Social Care), HA (Marsh Lane Housing), POL (Rowanbridge Police) "
        "and HOSP (St Alda's Hospital). Dates are given in the form each agency recorded them.",
    )
    for _ in range(13):
        para(
            doc,
            "Walter lived alone in a ground-floor flat after his wife's death and had little contact "
            "with his family, who lived some distance away and spoke to him by telephone at weekends.",
        )
    chronology_table(
        doc,
        ["Date", "Source", "Event", "Comment"],
        WIDTHS,
        ([date, source, event, comment] for date, source, event, comment, *_ in ROWS),
        size=9,
    )
    para(doc, "")
    para(doc, "4.1 Having considered the findings, the review makes the following recommendations:")
    para(doc, "• The Board should ask Adult Social Care to review how self-neglect referrals are screened.")
    para(
        doc,
        "• The Board should seek assurance that missed GP reviews of isolated older people are followed up.",
    )
    para(doc, "4.2 The Board accepted the recommendations in full at its meeting in March 2023.")
    return doc


def gold(lines: list[str]) -> dict:
    result = table_gold(
        lines,
        STEM,
        family="chronology: Date | Source | Event | Comment table in mixed date forms, source abbreviations "
        "keyed above it, over a page break, pdftotext -layout",
        description="Safeguarding adults review extract built in Word (python-docx, URW Gothic 9.5; the table in "
        "9 pt), exported to PDF by LibreOffice, text by pdftotext -layout. Four columns: the date in the "
        "agency's own form, the source abbreviation, the event and the panel's comment (blank on four rows).",
        review=review("SAR", "Rowanbridge", "Walter", date_of_death="2022-09-22"),
        events=[(event, raw, iso) for _d, _s, event, _c, raw, iso in ROWS],
        notes="Written by hand from the document's meaning. One entry per table row (10), in document "
        "order; 'w/c' dates to the week's Monday, a span to its first day, 'Late May' to the month. The "
        "background paragraphs, the source key and the recommendations after the table are not entries.",
    )
    return result


def main() -> None:
    save_with_gold(word_document(), HERE, STEM, gold, layout=True)


if __name__ == "__main__":
    main()

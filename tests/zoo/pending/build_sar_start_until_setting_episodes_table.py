"""A SAR overview report whose key episodes are a table From | Until | Care setting | Episode: the
first column the day an episode began (dd/mm/yyyy), the second the day it ended for a stay or a
period of care over more than one day, an en dash for an episode of one day; the setting cell names
where it happened and is neither the date nor the episode. Recommendations "R.1"-"R.3" in bold with
the text hanging after a tab, each followed by an italic line "For action by: <agency>" naming the body that must act (not part of
its text). Built in Word (python-docx, Liberation Sans 10), exported to PDF by LibreOffice, to text by
plain pdftotext; the gold is written by hand.

    python tests/zoo/pending/build_sar_start_until_setting_episodes_table.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # or render() for this stem
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import chronology_table, find_line, heading, new_doc, para, review, table_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "sar_start_until_setting_episodes_table"
FONT = "Liberation Sans"
WIDTHS = [2.3, 2.3, 3.4, 8.6]
HANG = Cm(1.2)  # the recommendations' hanging indent

# (from, until, setting, episode, gold date, gold date_end)
ROWS = [
    (
        "04/01/2022",
        "–",
        "GP surgery",
        "Mrs Haldane attended with her son, who said she had stopped eating. Weight not recorded.",
        "2022-01-04",
        None,
    ),
    (
        "19/02/2022",
        "08/03/2022",
        "Tollbridge Infirmary, ward 6",
        "Admitted after a fall at home; discharged to her son's care with no home assessment.",
        "2022-02-19",
        "2022-03-08",
    ),
    (
        "15/03/2022",
        "–",
        "Own home",
        "Reablement worker found the back door open and no food in the fridge; a concern was logged "
        "but not passed to the adult social care team.",
        "2022-03-15",
        None,
    ),
    (
        "02/05/2022",
        "30/06/2022",
        "Own home (care agency)",
        "Two calls a day from a home care agency. Carers recorded that her son often refused them entry.",
        "2022-05-02",
        "2022-06-30",
    ),
    (
        "11/07/2022",
        "–",
        "Emergency department",
        "Mrs Haldane was brought in by ambulance, dehydrated and with pressure sores. She died "
        "nine days later.",
        "2022-07-11",
        None,
    ),
]

RECOMMENDATIONS = [
    (
        "R.1",
        "Hospital discharge planning for an adult who lives with a family carer should include a "
        "visit to the home before the day of discharge.",
        "Tollbridge Hospitals NHS Trust",
    ),
    (
        "R.2",
        "Concerns logged by reablement staff should reach the adult social care duty team on the "
        "same working day.",
        "Tollbridge Council Adult Social Care",
    ),
    (
        "R.3",
        "Home care providers should report every refused call to the commissioning team within two days.",
        "Tollbridge Integrated Care Board",
    ),
]


def word_document():
    doc = new_doc(header="OFFICIAL | Tollbridge Safeguarding Adults Board")
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(5)
    para(doc, "Safeguarding Adults Review: Mrs Haldane", bold=True)
    heading(doc, "4. Key episodes", 1)
    para(
        doc,
        "The table gives the episodes the review judged most significant. Where an episode lasted "
        "more than one day the second column gives the day it ended.",
    )
    chronology_table(doc, ["From", "Until", "Care setting", "Episode"], WIDTHS, (r[:4] for r in ROWS), size=9)
    para(doc, "")
    para(
        doc,
        "Practice point: a son who refuses carers entry may himself need a carer's assessment.",
        italic=True,
    )
    heading(doc, "5. Recommendations", 1)
    for ref, words, agency in RECOMMENDATIONS:
        hanging(doc, ref, words)
        para(doc, f"For action by: {agency}", italic=True).paragraph_format.left_indent = HANG
    return doc


def hanging(doc, ref: str, words: str) -> None:
    """A recommendation: its bold ref, a tab, its text hanging under the text's first word."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = HANG
    p.paragraph_format.first_line_indent = -HANG
    p.add_run(ref).bold = True
    p.add_run("\t" + words)


def recommendation_gold(lines: list[str], ref: str, words: str, agency: str) -> dict:
    """An overview recommendation: its printed ref, its agency the "For action by:" line's."""
    start = " ".join(words.split()[:8])
    return {
        "ref": ref,
        "level": "overview",
        "agency": agency,
        "title": None,
        "text_start": start,
        "aliases": [],
        "outcome": None,
        "scope": "local",
        "line": find_line(lines, start),
    }


def gold(lines: list[str]) -> dict:
    out = table_gold(
        lines,
        STEM,
        events=[(episode, start, iso) for start, _u, _s, episode, iso, _e in ROWS],
        family="chronology: From | Until | Care setting | Episode table, the second column an end date",
        description="SAR overview report built in Word (python-docx, Liberation Sans 10, the table 9), "
        "exported to PDF by LibreOffice: key episodes with a start and an end date column, a "
        "setting column, recommendations R.N each followed by a 'For action by:' line.",
        review=review("SAR", "Tollbridge", "Mrs Haldane"),
        notes="Written by hand from the document's meaning. One entry per table row (5), dated by the "
        "From column, the Until column its date_end (an en dash: none); the setting is neither date "
        "nor text. Recommendations R.1-R.3 as printed, each one's agency the 'For action by:' line "
        "under it (not part of its text). The practice point is not a record.",
    )
    for entry, row in zip(out["chronology"], ROWS, strict=True):
        entry["date_end"] = row[5]
    out["recommendations"] = [recommendation_gold(lines, *r) for r in RECOMMENDATIONS]
    return out


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)

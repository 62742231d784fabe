"""Build a Safeguarding Adults Board's action plan in a Word house style with space after every
paragraph, exported to PDF by LibreOffice and read by plain `pdftotext` (no -layout):

- `plan_spaced_lettered.txt`: Ref | Action | Lead | Target date | Progress | Status, each
  recommendation's actions lettered ("1a", "1b", "2a" ...), every cell one paragraph, top-aligned;
- `plan_spaced_lettered_pages.txt` (in tests/zoo): the same plan grown to two pages (a long
  progress note, two more actions), the header repeated on the second page;
- `plan_spaced_numbered.txt`: No. | Recommendation | Action | Lead | By when | Update | Status,
  one action a recommendation, its number alone in the No. column (plain pdftotext prints it
  alone on a line, and cleaning takes it for a page number).

Spacing after each cell paragraph makes plain pdftotext print every printed line of a cell as a
block of its own, a blank line between: the header's names one a block, then each row's ref
alone, then the row a printed line at a time across its cells (the first line of every cell,
then the second of every cell that has one ...). A lettered ref ("1a") is no page number, so
cleaning keeps it. The .txt is that genuine export; its gold (`plan_spaced_lettered.json`) is
written by hand from the plan's meaning.

    python tests/zoo/pending/build_plan_spaced_lettered.py [--keep]

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from docx_build import add_row, make_table, new_doc, para  # noqa: E402
from office_export import render_text  # noqa: E402

STEM = "plan_spaced_lettered"
HEADER = ["Ref", "Action", "Lead", "Target date", "Progress", "Status"]
WIDTHS = [1.2, 6.4, 3.6, 2.6, 7.0, 2.8]
ROWS = [
    (
        "1a",
        "Write a short guide for care home managers on when a fall should be raised as a "
        "safeguarding concern.",
        "EASB Business Manager",
        "June 2025",
        "Draft guide shared with the care home forum for comment in April.",
        "In progress",
    ),
    (
        "1b",
        "Add the guide to the induction pack for new registered managers.",
        "Ellerdine Council Quality Team",
        "30/09/2025",
        "Waiting for the guide to be agreed.",
        "Not started",
    ),
    (
        "2a",
        "Agree a shared checklist for hospital discharges to a care home when the person has "
        "no family involved.",
        "Ellerdine Hospitals Discharge Lead",
        "March 2025",
        "Checklist agreed by both wards and in use since February.",
        "Complete",
    ),
    (
        "3a",
        "Review how the night-time duty team records calls about residents who go missing.",
        "Head of Adult Social Care",
        "Q3 2025/26",
        "Review started; recording template under discussion with the duty team leads.",
        "In progress",
    ),
]


def _house_style(doc) -> None:
    pf = doc.styles["Normal"].paragraph_format
    pf.line_spacing, pf.space_after = 1.45, Pt(9)  # (the house style: space after every paragraph)


def build(folder: Path) -> Path:
    doc = new_doc(landscape=True, footer_label="EASB SAR 'Marian' – action plan", font="Arial", size=10)
    _house_style(doc)
    para(doc, "Ellerdine Adults Safeguarding Board", bold=True, size=12)
    para(doc, "Safeguarding Adults Review 'Marian' – Action plan (position at May 2025)", bold=True, size=12)
    t = make_table(doc, HEADER, WIDTHS, header_fill="E2EFDA")
    for values in ROWS:
        add_row(t, values, WIDTHS, size=9)
    para(doc, "")
    para(doc, "The Board's Quality Sub-group checks the evidence before an action is closed.", size=10)
    path = folder / f"{STEM}.docx"
    doc.save(path)
    return path


LONG = "plan_spaced_lettered_pages"
LONG_ROWS = [
    (
        "1a",
        "Set up a working group to rewrite the partnership's procedure for concerns about a "
        "person who refuses care at home.",
        "EASB Policy Sub-group",
        "April 2025",
        "The group met three times between November and February. It has compared the "
        "procedure with those of two neighbouring boards, agreed a new section on repeated "
        "refusals and asked the legal team to check the wording on capacity. A final draft goes "
        "to the Sub-group in April, and the Board will be asked to sign it off at its spring "
        "meeting so that the procedure can be published before the summer.",
        "In progress",
    ),
    *ROWS[1:],
    (
        "4a",
        "Ask the ambulance service to share its frequent caller list with adult social care each month.",
        "Tollamore Ambulance Trust Safeguarding Lead",
        "December 2025",
        "Data sharing agreement drafted.",
        "In progress",
    ),
    (
        "4b",
        "Report to the Board on how many people on the list were already known to adult social care.",
        "EASB Business Manager",
        "March 2026",
        "Not yet due.",
        "Not started",
    ),
]


def build_long(folder: Path) -> Path:
    doc = new_doc(landscape=True, footer_label="EASB SAR 'Marian' – action plan", font="Arial", size=10)
    _house_style(doc)
    para(doc, "Ellerdine Adults Safeguarding Board", bold=True, size=12)
    para(doc, "Safeguarding Adults Review 'Marian' – Action plan (position at May 2025)", bold=True, size=12)
    para(doc, "The plan answers the review's four recommendations to the Board and its partners.", size=10)
    t = make_table(doc, HEADER, WIDTHS, header_fill="E2EFDA")
    for values in LONG_ROWS:
        add_row(t, values, WIDTHS, size=9)
    para(doc, "")
    para(doc, "The Board's Quality Sub-group checks the evidence before an action is closed.", size=10)
    path = folder / f"{LONG}.docx"
    doc.save(path)
    return path


NUMBERED = "plan_spaced_numbered"
N_HEADER = ["No.", "Recommendation", "Action", "Lead", "By when", "Update", "Status"]
N_WIDTHS = [1.1, 3.6, 5.0, 3.2, 2.2, 5.4, 2.6]
N_ROWS = [
    (
        "1",
        "Falls in care homes",
        "Publish a falls and safeguarding flowchart for care home staff.",
        "EASB Business Manager",
        "30/06/25",
        "Flowchart drafted with two care home managers; out for comment until the end of May.",
        "Ongoing",
    ),
    (
        "2",
        "Discharge without family",
        "Agree a discharge checklist for people with no family involved.",
        "Discharge Lead, Ellerdine Hospitals",
        "March 2025",
        "Checklist in use on both wards since February; a spot check found it used in nine of ten discharges.",
        "Complete",
    ),
    (
        "3",
        "Missing residents at night",
        "Change the night duty recording template to ask whether the police were told.",
        "Head of Adult Social Care",
        "Q3 2025/26",
        "Template change agreed; waiting for the system supplier.",
        "Not yet started",
    ),
    (
        "4",
        "Frequent callers",
        "Share the ambulance frequent caller list with adult social care each month.",
        "Tollamore Ambulance Trust",
        "December 2025",
        "Data sharing agreement signed in April; the first list is due in June.",
        "Ongoing",
    ),
    (
        "5",
        "Carers' own needs",
        "Add a question on the carer's own health to the carer's assessment form.",
        "Carers' Lead, Ellerdine Council",
        "September 2025",
        "New question drafted and tested with the carers' forum.",
        "Partially complete",
    ),
    (
        "6",
        "Learning shared",
        "Hold a learning event on this review for practitioners from every partner.",
        "EASB Training Sub-group",
        "October 2025",
        "Venue booked; the review's author has agreed to speak.",
        "Ongoing",
    ),
]


def build_numbered(folder: Path) -> Path:
    doc = new_doc(landscape=True, footer_label="EASB SAR 'Marian' – partnership plan", font="Arial", size=10)
    _house_style(doc)
    para(doc, "Appendix B: Partnership action plan", bold=True, size=12)
    para(doc, "Prepared by the Board's Learning Sub-group. Position at May 2025.", size=10)
    t = make_table(doc, N_HEADER, N_WIDTHS, header_fill="E2EFDA")
    for values in N_ROWS:
        add_row(t, values, N_WIDTHS, size=9)
    para(doc, "")
    para(doc, "The Board reviews this plan at each of its meetings until every action is complete.", size=10)
    path = folder / f"{NUMBERED}.docx"
    doc.save(path)
    return path


def main() -> None:
    keep = "--keep" in sys.argv
    render_text([(STEM, build), (NUMBERED, build_numbered)], HERE, keep=keep)
    # (the two-page plan reads whole on every route: it is a zoo document)
    render_text([(LONG, build_long)], HERE.parent, keep=keep)


if __name__ == "__main__":
    main()

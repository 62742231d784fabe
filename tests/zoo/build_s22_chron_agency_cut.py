"""A child safeguarding practice review's 'Key episodes' table (Date | Agency | What happened) in
the text a plain `pdftotext` (no -layout) export makes of it when it prints the table's columns
one after another: the "Date" name, then each date cell and its agency cell between blank lines,
then the event column's name and every row's event text as one run of wrapped lines. Several
events run to two sentences, so the line breaks leave more sentence ends than rows: where one
event ends is told by the agency each event names or implies ("The GP ...", "Officers
attended ..."). LibreOffice and pdftotext print a table this size row by row, so the text is
written here in the shape the published reports of this family show.

    python tests/zoo/build_s22_chron_agency_cut.py   # writes s22_chron_agency_cut.txt
"""

from __future__ import annotations

from pathlib import Path

from dhrparse.extractors.chronology.wrapped_cells import printed_width

HERE = Path(__file__).resolve().parent
STEM = "s22_chron_agency_cut"
WIDTH = 28000  # the event column's printed line (thousandths of an em: a PDF wraps by the glyphs)

ROWS = [
    (
        ["03/03/2021"],
        "Midwifery",
        "Baby T was born at term after an uneventful pregnancy. The community midwife recorded that "
        "Dean was present and seemed supportive.",
    ),
    (
        ["15/03/2021"],
        "Health visiting",
        "Keira and Baby T were seen at home for the new birth visit. The health visitor noted that "
        "Keira felt well supported by her own mother.",
    ),
    (
        ["02/04/2021"],
        "GP",
        "Baby T was seen with a rash on the chest. The GP found no cause for concern and gave advice "
        "about creams for the skin.",
    ),
    (["06/04/2021"], "GP", "Keira rang the surgery to say that the rash had cleared."),
    (
        ["21/04/2021"],
        "Police",
        "A passer-by reported shouting and a baby crying in the flat. Officers attended and spoke to "
        "Dean, who said the noise was the television.",
    ),
    (
        ["30/04/2021"],
        "Children's social care",
        "The notification of the incident was screened. A social worker decided that no further "
        "action was needed.",
    ),
    (
        ["12/05/2021"],
        "Hospital",
        "Baby T was brought in by Keira with a swollen arm. An X-ray in the emergency department "
        "found a fracture.",
    ),
    (
        ["13/05/2021"],
        "Children's social care",
        "A strategy discussion was held the same day. A social worker started a child protection enquiry.",
    ),
    (
        ["14/05/2021"],
        "Police",
        "Dean was interviewed about the injury. He was arrested and released on bail.",
    ),
    (
        ["June 2021"],
        "Health visiting",
        "Baby T was seen at the foster carers' home. The health visitor found him feeding well and "
        "gaining weight.",
    ),
]

TITLE = ["Haddleigh Safeguarding Children Partnership", "Local Child Safeguarding Practice Review: Baby T"]
BEFORE = [
    "1. Introduction",
    "",
    "1.1 Baby T was ten weeks old when a fracture of the arm was found. The partnership agreed",
    "that the case met the criteria for a local child safeguarding practice review.",
    "",
    "2. The family",
    "",
    "2.1 Baby T lived with Keira, aged 19, and Dean, aged 23. Both parents met the reviewer.",
    "",
    "Baby T – LCSPR",
    "",
    "1",
    "",
    "\fHaddleigh Safeguarding Children Partnership",
    "",
]
HEADING = "3. Key episodes"
INTRO = "The episodes below were those the rapid review and the practitioners' event found most significant."
FOOT = ["Baby T – LCSPR", "", "2", "", "\fHaddleigh Safeguarding Children Partnership", ""]
AFTER = [
    "4. Learning",
    "4.1",
    "",
    "The review found that the fathers of young babies were rarely asked about by the agencies",
    "that met the family, and that a baby's injury was not seen as part of a pattern.",
]


def wrap(text: str) -> list[str]:
    """The cell's lines as the PDF wrapped them: each word on the line while it fits."""
    lines = [""]
    for word in text.split():
        joined = f"{lines[-1]} {word}".strip()
        if lines[-1] and printed_width(joined) > WIDTH:
            lines.append(word)
        else:
            lines[-1] = joined
    return lines


def text() -> str:
    lines = [*TITLE, "", *BEFORE, HEADING, "", INTRO, "", "Date"]
    for k, (date, agency, _) in enumerate(ROWS):
        lines += [*date, "", *(["Agency"] if k == 0 else []), agency, ""]
    lines.append("What happened")
    for _, _, event in ROWS:
        lines += wrap(event)
    return "\n".join([*lines, "", *FOOT, *AFTER, "", "Baby T – LCSPR", "", "3", "", "\f"])


if __name__ == "__main__":
    (HERE / f"{STEM}.txt").write_text(text(), encoding="utf-8")

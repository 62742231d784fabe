"""A DHR appendix's combined chronology (Date | Source | Event) over two pages, in the text a plain
`pdftotext` (no -layout) export makes of it when it prints the table's columns one after another.
The first page prints as the family usually does: the "Date" name and each date cell with its
source cell between blank lines, then the event column's name and every row's event text as one
run of wrapped lines. The second page prints in bands: the column names, the rest of the event
broken over the page, then three rows' dates and sources, those three rows' event text, the next
three rows' dates and sources, and their event text. Several events run to two sentences, so over
the page's whole event text the line breaks leave more sentence ends than rows; each band's
event text holds exactly its own rows' events. LibreOffice and pdftotext print a table this size
row by row, so the text is written here in the shape the published reports of this family show.

    python tests/zoo/build_s23_chron_row_bands.py   # writes s23_chron_row_bands.txt
"""

from __future__ import annotations

from pathlib import Path

from dhrparse.extractors.chronology.wrapped_cells import printed_width

HERE = Path(__file__).resolve().parent
STEM = "s23_chron_row_bands"
WIDTH = 19000  # the event column's printed line (thousandths of an em: a PDF wraps by the glyphs)

# (date, source, event)
ROWS = [
    ("Summer 2018", "Family", "Ruth and Dale met at work and began a relationship."),
    (
        "09/01/2019",
        "GP",
        "Ruth registered with the practice after moving to Quillbury. The new patient check recorded "
        "no concerns.",
    ),
    (
        "21/05/2019",
        "Police",
        "A neighbour reported a woman shouting at the flat. Officers attended; Ruth said she had been "
        "on the telephone.",
    ),
    (
        "02/08/2019",
        "GP",
        "Telephone consultation about low mood and poor sleep. Ruth was prescribed sertraline.",
    ),
    (
        "11/11/2019",
        "Housing",
        "A complaint about noise late at night was logged. A warning letter was sent to the tenancy address.",
    ),
    (
        "03/02/2020",
        "Police",
        "Ruth called 999 to say that Dale had pushed her against a wall and would not let her leave. "
        "Dale was arrested for assault. DASH completed: medium risk. Ruth gave a statement and "
        "photographs were taken of bruising to her arms.",
    ),
    ("04/02/2020", "Police", "Dale was released on bail with conditions not to contact Ruth."),
    (
        "06/02/2020",
        "IDVA Service",
        "The IDVA received the referral from the police and rang Ruth the same afternoon. A safety plan "
        "was agreed on the second call.",
    ),
    (
        "March 2020",
        "Family",
        "Ruth stayed with her sister for about a month while Dale was on bail.",
    ),
    (
        "14/04/2020",
        "CPS",
        "Charge of assault by beating authorised and listed at the magistrates' court.",
    ),
    (
        "20/05/2020",
        "IDVA Service",
        "Ruth told the IDVA she was back with Dale and no longer wanted support at all.",
    ),
    (
        "30/06/2020",
        "Magistrates' Court",
        "Ruth did not attend to give evidence. The prosecution offered no evidence and the case was dismissed.",
    ),
]

HEADING = "Appendix C: Combined chronology"
INTRO = ["The table combines the chronologies supplied by each agency, in date order."]
FOOT = ["Quillbury DHR 'Ruth' – Appendix C", ""]
FIRST_PAGE_LINES = 5  # the first page prints this many lines of the sixth row's event


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


def lead(rows: list[int], named: bool) -> list[str]:
    """The rows' dates and sources, each cell between blank lines (the column names before the
    first source when `named`)."""
    lines: list[str] = []
    for n, k in enumerate(rows):
        date, source, _ = ROWS[k]
        lines += [date, "", *(["Source"] if named and n == 0 else []), source, ""]
    return lines


def text() -> str:
    first = ["Date", *lead(list(range(6)), True), "Event"]
    for k in range(6):
        first += wrap(ROWS[k][2])
    broken = wrap(ROWS[5][2])
    first = first[: len(first) - len(broken) + FIRST_PAGE_LINES]
    second = ["\fDate", "", "Source", "", "Event", *broken[FIRST_PAGE_LINES:], ""]
    for band in ([6, 7, 8], [9, 10, 11]):
        second += lead(band, False)
        for k in band:
            second += wrap(ROWS[k][2])
        second.append("")
    return "\n".join([HEADING, *INTRO, *first, "", *FOOT, "1", "", *second, *FOOT, "2", "", "\f"])


if __name__ == "__main__":
    (HERE / f"{STEM}.txt").write_text(text(), encoding="utf-8")

"""A DHR appendix's combined chronology (Date | Time | Agency | Event) in the text a plain
`pdftotext` (no -layout) export makes of it when it prints the table's columns one after another
and gathers the cells of rows that sit close into runs: the "Date" name and the first dates, each
with its time (one says "Not known") and its agency cell between blank lines, then a run of four
rows' agency cells printed after the first of those rows' dates, runs of the next dates on their
own, a run of five rows' agency cells printed after the last of theirs, and then the event
column's name and every row's event text as one run of wrapped lines; the next page prints its
own two rows the same way. Several events run to two sentences and one row's last line is a brief
outcome note, so the line breaks leave more sentence ends than rows; the agencies, taken in the
order the column prints them, tell where each event opens (one event names the agency it was sent
to as well as its own: "Police send a domestic abuse notification to children's social care").
LibreOffice and pdftotext print a table this size row by row, so the text is written here in the
shape the published reports of this family show.

    python tests/zoo/build_s23_chron_lumped_agency_runs.py   # writes s23_chron_lumped_agency_runs.txt
"""

from __future__ import annotations

from pathlib import Path

from dhrparse.extractors.chronology.wrapped_cells import printed_width

HERE = Path(__file__).resolve().parent
STEM = "s23_chron_lumped_agency_runs"
WIDTH = 22300  # the event column's printed line (thousandths of an em: a PDF wraps by the glyphs)

# (date, time, agency's lines, event)
ROWS = [
    (
        "04/02/2020",
        "",
        ["Wrenhollow", "Medical Centre"],
        "Mia registers with the practice with her son. A new patient check is completed by the practice nurse.",
    ),
    (
        "17/03/2020",
        "Not known",
        ["Wrenhollow", "Medical Centre"],
        "Mia sees the GP about back pain and poor sleep. She says that her partner, Owen, has lost his job "
        "and is drinking more.",
    ),
    (
        "02/06/2020",
        "22:41",
        ["Wrenhollow", "Police"],
        "A neighbour calls 999 to report shouting and a child crying. Officers attend and speak to Mia "
        "and Owen, who say they argued about money; Mia has a graze on her cheek which she says came "
        "from the garden gate as it swung shut on her. DASH completed: standard risk.",
    ),
    (
        "03/06/2020",
        "08:15",
        ["Wrenhollow", "Police"],
        "Police send a domestic abuse notification to children's social care because the child was in the house.",
    ),
    (
        "05/06/2020",
        "",
        ["Wrenhollow", "Children's", "Services"],
        "The notification is screened by the children's services duty team. No further action; a letter is "
        "sent to Mia at home.",
    ),
    (
        "July 2020",
        "",
        ["Wrenhollow", "Medical Centre"],
        "Mia asks for a repeat prescription of sleeping tablets by telephone. Issued.",
    ),
    (
        "14/09/2020",
        "00:40",
        ["Wrenhollow", "Police"],
        "Owen rings the police to say that Mia has locked him out. Officers attend; Mia says Owen had "
        "pushed her down the step. Owen is arrested for common assault.",
    ),
    (
        "15/09/2020",
        "",
        ["Wrenhollow", "Police"],
        "Owen is charged with common assault and released on conditional bail.",
    ),
    (
        "16/09/2020",
        "",
        ["Wrenhollow", "Women's Aid"],
        "Outreach worker telephones Mia following the police referral. Mia agrees to a home visit.",
    ),
    (
        "23/09/2020",
        "",
        ["Wrenhollow", "Women's Aid"],
        "Home visit. A safety plan is agreed with Mia, who says she wants Owen to move out.",
    ),
    (
        "20/10/2020",
        "",
        ["Wrenhollow", "Magistrates'", "Court"],
        "Owen pleads guilty to common assault and is given a restraining order for one year.",
    ),
    (
        "Autumn 2020",
        "",
        ["Wrenhollow", "Primary School"],
        "Class teacher records that Mia's son says 'Daddy sleeps here again'. Logged on the school's "
        "safeguarding system.",
    ),
    (
        "11/12/2020",
        "Not known",
        ["Wrenhollow", "Police"],
        "Anonymous call reporting shouting at the address; a patrol passes later and sees nothing of concern.",
    ),
    (
        "30/12/2020",
        "21:10",
        ["Wrenhollow", "Ambulance", "Service"],
        "Ambulance called to the address for a woman who had fallen on the stairs. Mia declines to go "
        "to hospital.",
    ),
]

# how the export gathers the lead column's cells: each item a run of lines (blank lines between)
# given as row numbers: ("date", rows) a run of those rows' dates, ("time", row), ("agency", rows)
LEAD = [
    ("date", [0]),
    ("time", 0),
    ("agency", [0]),
    ("date", [1]),
    ("time", 1),
    ("agency", [1]),
    ("date", [2]),
    ("time", 2),
    ("agency", [2]),
    ("date", [3]),
    ("time", 3),
    ("agency", [3, 4, 5, 6]),  # (four rows' cells after the first of their dates)
    ("date", [4, 5, 6]),
    ("time", 6),
    ("date", [7, 8]),
    ("date", [9, 10, 11]),
    ("agency", [7, 8, 9, 10, 11]),  # (five rows' cells after the last of theirs)
    ("date", [12]),
    ("time", 12),
    ("agency", [12]),
    ("date", [13]),
    ("time", 13),
    ("agency", [13]),
]

HEADING = "Appendix 2: Combined chronology of agency contact"
INTRO = [
    "The table combines the chronologies supplied by each agency. Times are given where the agency",
    "recorded them.",
]
FOOT = ["Wrenhollow DHR 'Mia' – Appendix 2 – Combined chronology", ""]


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


def page(lead: list[tuple[str, object]], rows: list[int]) -> list[str]:
    """One page's printing: its lead's runs (a blank line between each two), then the event
    column's name and its rows' event text."""
    runs: list[list[str]] = []
    named = set()
    for kind, which in lead:
        if kind == "date":
            runs.append([*(["Date"] if not runs else []), *(ROWS[k][0] for k in which)])
        elif kind == "time":
            if "time" not in named:
                runs.append(["Time"])
                named.add("time")
            time = ROWS[which][1]
            if time:
                runs.append(time.split(" ", 1) if " " in time else [time])
        else:
            head = [] if "agency" in named else ["Agency"]
            named.add("agency")
            runs.append([*head, *(ln for k in which for ln in ROWS[k][2])])
    lines = []
    for run in runs:
        lines += [*run, ""]
    lines.append("Event")
    for k in rows:
        lines += wrap(ROWS[k][3])
    return lines


def text() -> str:
    first = page(LEAD[:-6], list(range(12)))
    second = page(LEAD[-6:], [12, 13])
    return "\n".join(
        [HEADING, *INTRO, *first, "", *FOOT, "1", "", "\f" + second[0], *second[1:], "", *FOOT, "2", "", "\f"]
    )


if __name__ == "__main__":
    (HERE / f"{STEM}.txt").write_text(text(), encoding="utf-8")

"""A chronology table with a time column, printed by a PDF text extraction with each line's cells
joined by single spaces: the clock time ("22:47") prints after the date on the row's first line
and never wraps, so it is the date's companion, not a column the word wrap shares a line among
(joined_rows). The table then reads like one with a column fewer: date, agency, event, comment."""

from __future__ import annotations

from dhrparse.extractors.chronology.wrapped_cells import printed_width
from dhrparse.pipeline import extract


def _corpus(lines: list[str]) -> str:
    return "".join(f"{ln} \n\n" for ln in lines)


INTRO = [
    "Orrinsford Community Safety Partnership",
    "Domestic Homicide Review into the death of 'Petra'",
    "Appendix B: Combined chronology",
    "Times are given where the agency recorded them. The panel's comments are in the last column.",
]


def _table(rows: list[tuple[str, str, str, str, str]], widths: tuple[int, int, int]) -> list[str]:
    """The rows printed the way such a table prints: each cell wrapped in its column (agency,
    event, comment widths in thousandths of an em), the lines of every cell joined side by side."""
    out = ["Date Time Agency Event Comment"]
    for date, time, agency, event, comment in rows:
        cells = [_wrap(c, w) for c, w in zip((agency, event, comment), widths)]
        for k in range(max(len(c) for c in cells)):
            lead = [date, time] if k == 0 else []
            out.append(" ".join([w for w in lead if w] + [c[k] for c in cells if k < len(c)]))
    return out


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and printed_width(f"{lines[-1]} {word}") <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


ROWS = [
    ("12/03/2018", "", "Orrinsford Medical Centre", "Petra registers with the practice with her son.", ""),
    (
        "02/05/2018",
        "14:20",
        "Orrinsford Medical Centre",
        "Petra sees the GP about headaches and poor sleep. She says work is stressful.",
        "No enquiry about domestic abuse.",
    ),
    (
        "17/08/2018",
        "23:05",
        "Orrinsford Police",
        "A neighbour reports shouting from the flat. Officers speak to Petra and Ivo together.",
        "Petra was not seen alone.",
    ),
    (
        "03/09/2018",
        "",
        "Orrinsford Housing Trust",
        "Petra asks whether she could move to a smaller flat on her own.",
        "A missed chance to ask why.",
    ),
    (
        "21/01/2019",
        "09:40",
        "Orrinsford Police",
        "Ivo is arrested after Petra calls 999 to say he has pushed her down the stairs.",
        "First recorded assault.",
    ),
    (
        "04/02/2019",
        "",
        "Orrinsford Domestic Abuse Service",
        "An outreach worker rings Petra after the police referral. Petra agrees to a home visit.",
        "",
    ),
    (
        "11/02/2019",
        "10:15",
        "Orrinsford Domestic Abuse Service",
        "The home visit goes ahead with Ivo in the next room, so no safety plan is made.",
        "The visit should have been moved.",
    ),
    (
        "March 2019",
        "",
        "Orrinsford Medical Centre",
        "Petra misses two appointments for her blood pressure.",
        "Not followed up.",
    ),
    (
        "30/06/2019",
        "01:50",
        "Orrinsford Ambulance Service",
        "Crew called by Ivo find Petra with head injuries at the foot of the stairs.",
        "",
    ),
]


def _events(lines: list[str]):
    return [
        (ev.date.start if ev.date else None, ev.text)
        for ev in extract(_corpus(lines), name="t.txt").chronology
    ]


def test_a_table_with_a_time_column_and_three_more_is_read_row_by_row():
    got = _events(INTRO + _table(ROWS, (8500, 16000, 9500)))
    assert [d for d, _ in got] == [
        "2018-03-12",
        "2018-05-02",
        "2018-08-17",
        "2018-09-03",
        "2019-01-21",
        "2019-02-04",
        "2019-02-11",
        "2019-03",
        "2019-06-30",
    ]


def test_the_clock_time_is_in_no_other_cell():
    got = _events(INTRO + _table(ROWS, (8500, 16000, 9500)))
    times = {time for _, time, _, _, _ in ROWS if time}
    assert not any(time in text for _, text in got for time in times)

"""A combined chronology with four columns besides the date and the time (organisation,
information source, what happened, panel comment), printed by a PDF text extraction with each
line's cells joined by single spaces, its header's longest name wrapped onto a second line
("Information" over "source"). The header is read over both its lines, and the rows are parted
into their cells by the word wrap however the columns were set (joined_rows, joined_cells)."""

from __future__ import annotations

from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.header_names import wrapped_names as _wrapped_names
from dhrparse.extractors.chronology.wrapped_cells import printed_width
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

INTRO = [
    "Wendmoor Community Safety Partnership",
    "Domestic Homicide Review into the death of Ffion",
    "Appendix 2: Combined multi-agency chronology",
    "The chronology merges the agencies' returns. Times are given where the record gave one.",
]

# (date, time, organisation, source, what happened, panel comment)
ROWS = [
    (
        "c. 2015",
        "",
        "Family",
        "Sister",
        "Ffion met Rhodri through a running club and he moved in.",
        "Background.",
    ),
    (
        "12/02/2019",
        "10:40",
        "Wendmoor Health Centre",
        "GP record",
        "Ffion saw a GP about back pain and said she was tired because of arguments at home.",
        "No enquiry about abuse.",
    ),
    (
        "03/03/2019",
        "23:15",
        "Wendmoor Police",
        "Control room log",
        "A neighbour reported shouting and a door slamming. Officers spoke to both together.",
        "Ffion was not seen alone.",
    ),
    (
        "18/05/2019",
        "02:10",
        "Coastal Ambulance Service",
        "Patient report form",
        "Rhodri called an ambulance after Ffion cut her hand on broken glass in the kitchen.",
        "No referral was made.",
    ),
    (
        "02/07/2019",
        "",
        "Family",
        "Sister",
        "Ffion told her sister that Rhodri checked her phone every night.",
        "Coercive control.",
    ),
]

HEADER = ["Date Time Organisation Information What happened Panel comment", "source"]


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and printed_width(f"{lines[-1]} {word}") <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _table(widths: tuple[int, int, int, int]) -> list[str]:
    """The rows as such a table prints them: each cell wrapped in its column (organisation,
    source, event, comment widths in thousandths of an em), the lines of every cell joined."""
    out = list(HEADER)
    for date, time, *cells in ROWS:
        wrapped = [_wrap(c, w) for c, w in zip(cells, widths)]
        for k in range(max(len(c) for c in wrapped)):
            lead = [date, time] if k == 0 else []
            out.append(" ".join([w for w in lead if w] + [c[k] for c in wrapped if k < len(c) and c[k]]))
    return out


def _events(lines: list[str]):
    text = "".join(f"{ln} \n\n" for ln in INTRO + lines)
    return [(ev.date.start if ev.date else None, ev.text) for ev in extract(text, name="t.txt").chronology]


def test_a_header_wrapped_over_two_lines_names_every_column():
    names = Columns(load_patterns())
    assert _wrapped_names(*HEADER, names) == ["date", "time", "agency", "source", "event", "comment"]


def test_a_sentence_under_a_header_is_no_part_of_it():
    names = Columns(load_patterns())
    assert _wrapped_names(HEADER[0], "12/02/2019 10:40 Wendmoor", names) is None


# (the columns' widths are read from the rows' own word wrap; a wrong date is the worst outcome)
def test_each_row_is_one_event_with_its_own_date():
    got = _events(_table((6500, 6000, 10000, 6500)))
    assert [d for d, _ in got] == ["2015", "2019-02-12", "2019-03-03", "2019-05-18", "2019-07-02"]
    for (_d, time, _agency, _source, event, _comment), (_, text) in zip(ROWS, got):
        assert text.split()[:3] == event.split()[:3], (event, text)
        assert not time or time not in text

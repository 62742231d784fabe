"""A chronology table printed with each line's cells joined by single spaces (corpus text) whose
last column, the panel's analysis, is the table's widest and runs on for many lines after each
event's few: its lines are no event's words. The width search starts from the event's column
taking the rows' widest later lines (mostly an event's own, in most tables); here they are the
analysis's, so the comments' widths are searched once more among the event's (joined_cells)."""

from __future__ import annotations

from dhrparse.extractors.chronology.wrapped_cells import printed_width
from dhrparse.pipeline import extract

INTRO = [
    "Ambercott Community Safety Partnership",
    "Domestic Homicide Review: Lena",
    "Appendix 1: Chronology with the panel's analysis",
]

ROWS = [
    (
        "06/03/2021",
        "Ambercott GP",
        "Lena came with her partner, Victor, for a review of her asthma. He answered for her.",
        "The panel saw this as the first missed chance. Staff knew that Victor spoke for Lena, yet the "
        "practice had no prompt to see a patient alone, and the locum who saw her had not been told of "
        "the policy. The practice has since added a flag to its records, but the flag depends on someone "
        "noticing the concern first.",
    ),
    (
        "19/05/2021",
        "Police",
        "A neighbour called about shouting. Officers spoke to Victor at the door.",
        "Lena was not seen at all. The officers accepted Victor's word that she was asleep upstairs. The "
        "force's own guidance says that both parties should be seen and spoken to apart, and the panel "
        "found no record of why this was not done.",
    ),
    (
        "02/08/2021",
        "Housing",
        "Lena asked about moving to a smaller flat on her own.",
        "The officer gave her the form but did not ask why she wanted to move. A question about her "
        "safety at that point might have led to a referral. Housing staff had not had domestic abuse "
        "training at the time; they have since.",
    ),
    (
        "14/11/2021",
        "Ambulance",
        "Crew attended after Victor said Lena had fainted. She declined hospital.",
        "The crew noted bruising to her arm but recorded Victor's account of a fall. No safeguarding "
        "referral was made. The service has since reminded crews to record who gave the account of an "
        "injury.",
    ),
]


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and printed_width(f"{lines[-1]} {word}") <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _lines() -> list[str]:
    out = ["Date Agency Event Panel analysis"]
    for date, *cells in ROWS:
        wrapped = [_wrap(c, w) for c, w in zip(cells, (7500, 21000, 36000))]
        for k in range(max(len(c) for c in wrapped)):
            out.append(" ".join(([date] if k == 0 else []) + [c[k] for c in wrapped if k < len(c)]))
    return INTRO + out


def test_the_long_analysis_stays_out_of_the_events():
    events = extract("".join(f"{ln} \n\n" for ln in _lines()), name="t.txt").chronology
    texts = [e.text for e in events]
    assert len(texts) == len(ROWS)
    assert texts[:3] == [event for _, _, event, _ in ROWS[:3]], "\n".join(_lines())
    # (the last row's analysis goes on in small letters after a line ending "No" level with the
    # event's last, "hospital.": which of the two cells "safeguarding" goes on is still a tie the
    # word wrap does not break, and the analysis's last words follow it into the event)
    assert texts[3].startswith(ROWS[3][2])

"""A chronology table printed by a PDF text extraction with each line's cells joined by single
spaces, its agency column narrow: an agency's name wraps, and its last words ("GP Practice",
"Police", "Abuse Service") print at the start of the lines below, before the event's words going
on. An event's sentence rarely goes on with an organisation's word, capitalised, mid-sentence
("Hanna registers" over "Practice with the"): that word is the agency's (joined_cells)."""

from __future__ import annotations

import pytest

from dhrparse.extractors.chronology.wrapped_cells import printed_width
from dhrparse.pipeline import extract

INTRO = [
    "Brackwater Community Safety Partnership",
    "Domestic Homicide Review into the death of 'Hanna'",
    "Appendix A: Combined chronology",
    "Where an agency gave only the month or the year of a contact, the entry shows what it recorded.",
]

ROWS = [
    (
        "2014",
        "Brackwater GP Practice",
        "Hanna registers with the practice together with Tomas after they move to the town.",
        "Background only.",
    ),
    (
        "03/2016",
        "Brackwater Police",
        "A neighbour reports a man shouting at a woman on the landing. Officers attend; both say it was a row.",
        "Hanna was not seen alone.",
    ),
    (
        "11/07/2016",
        "Brackwater Police",
        "Hanna's sister calls 999 to say that Tomas has thrown a plate at Hanna.",
        "First report of violence.",
    ),
    ("12/07/2016", "Brackwater Police", "A referral is sent to the victim support hub.", ""),
    (
        "08/2016",
        "Victim Support Service",
        "A support worker writes to Hanna offering an appointment. No reply is received.",
        "Closed too soon.",
    ),
    (
        "2017",
        "Brackwater Borough Council Housing",
        "Hanna asks at the housing office how to apply for a tenancy in her own name.",
        "No enquiry made.",
    ),
    (
        "19/10/2017",
        "Brackwater General Hospital",
        "Hanna attends the emergency department with a cut lip and says she fell.",
        "Routine enquiry not made.",
    ),
    (
        "01/2018",
        "Brackwater GP Practice",
        "Hanna asks by telephone for a repeat prescription of sleeping tablets.",
        "",
    ),
    (
        "04/04/2018",
        "Brackwater Domestic Abuse Service",
        "The outreach worker speaks to Hanna by telephone while Tomas is at work.",
        "Good practice.",
    ),
    (
        "06/2019",
        "Brackwater Talking Therapies",
        "Hanna does not attend her first session and is discharged.",
        "Discharge after one missed session.",
    ),
    (
        "14/09/2019",
        "Brackwater Police",
        "Hanna's sister reports that Tomas has taken Hanna's phone and bank card.",
        "Coercive control not recognised.",
    ),
    (
        "02/11/2019",
        "Coastal Ambulance Service",
        "A crew called by Tomas find Hanna unresponsive at home.",
        "",
    ),
]

# (the organisation's words of the agencies above that close a name: patterns/chronology.toml)
CLOSING = ("Practice", "Police", "Service", "Housing", "Hospital")


def _wrap(text: str, width: int) -> list[str]:
    """A word processor's wrap of the cell in a column `width` thousandths of an em wide."""
    lines: list[str] = []
    for word in text.split():
        if lines and printed_width(f"{lines[-1]} {word}") <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _table(widths: tuple[int, int, int]) -> list[str]:
    out = ["Date Agency Contact/Event Panel comment"]
    for date, *cells in ROWS:
        wrapped = [_wrap(c, w) for c, w in zip(cells, widths)]
        for k in range(max(len(c) for c in wrapped)):
            out.append(" ".join(([date] if k == 0 else []) + [c[k] for c in wrapped if k < len(c) and c[k]]))
    return out


def _texts(widths: tuple[int, int, int]) -> list[str]:
    text = "".join(f"{ln} \n\n" for ln in INTRO + _table(widths))
    return [ev.text for ev in extract(text, name="t.txt").chronology]


@pytest.mark.parametrize("widths", [(6000, 8000, 7000), (7000, 9000, 6500), (8000, 11000, 8000)])
def test_an_agency_s_wrapped_last_word_stays_out_of_the_event(widths):
    texts = _texts(widths)
    assert len(texts) == len(ROWS)
    assert texts[0] == ROWS[0][2]
    for text in texts:
        assert not any(f" {word} " in f" {text} " for word in CLOSING), text


def test_a_housing_provider_s_wrapped_homes_stays_out_of_the_event():
    # ("Tullowmere" over "Homes": a housing provider's name ends in "Homes", an organisation's word;
    # tests/zoo/build_chron_joined_part_dates.py, its corpus text)
    from pathlib import Path

    zoo = Path(__file__).resolve().parent / "zoo" / "chron_joined_part_dates.corpus.txt"
    event = next(e for e in extract(zoo).chronology if e.text.startswith("Housing officer"))
    assert event.text.startswith("Housing officer notes a broken bedroom door during a gas safety")
    assert "Homes" not in event.text


# a health provider's name ending in "Health" ("Community Health", "Mental Health"), wrapped over
# the event's sentence going on in small letters ("Hallowmere Community" / "Health he had ...")
HEALTH_ROWS = [
    (
        "09/02/2022",
        "Hallowmere Community Health (nursing team)",
        "Visit to dress a burn on his forearm. The nurse saw that the kitchen had no food in it.",
        "No referral was made.",
    ),
    (
        "23/02/2022",
        "Hallowmere Community Health (nursing team)",
        "Visit refused at the door by the lodger, who said he had changed the dressing himself.",
        "Nobody checked with Mr Owen.",
    ),
    (
        "03/2022",
        "Hallowmere Borough Council Adult Social Care",
        "A concern from the nurse was screened and closed after a call in which the lodger spoke for him.",
        "Mr Owen was not spoken to.",
    ),
    (
        "17/03/2022",
        "Hallowmere Community Health (nursing team)",
        "Two visits were missed; there was no answer at the door on either day.",
        "No escalation.",
    ),
    (
        "28/03/2022",
        "Hallowmere Police",
        "A neighbour rang to say the lodger had been shouting at Mr Owen in the garden.",
        "Not shared with social care.",
    ),
]


def test_a_health_provider_s_wrapped_name_stays_out_of_the_event():
    out = ["Date Agency Contact/Event Comment"]
    for date, *cells in HEALTH_ROWS:
        wrapped = [_wrap(c, w) for c, w in zip(cells, (9000, 18000, 14500))]
        for k in range(max(len(c) for c in wrapped)):
            out.append(" ".join(([date] if k == 0 else []) + [c[k] for c in wrapped if k < len(c) and c[k]]))
    text = "".join(f"{ln} \n\n" for ln in INTRO + out)
    events = extract(text, name="t.txt").chronology
    assert [e.text for e in events] == [row[2] for row in HEALTH_ROWS], "\n".join(out)

"""A chronology table printed by a PDF text extraction with each line's cells joined by single
spaces (corpus text), its agency column narrow: an agency's name wraps and its rest is two or
three capitalised words ("Maternity Services", "General Hospital", "Health Centre") printed at
the start of the next line, before the event's words going on. Such a run ending in an
organisation's word is the rest of the agency's name, not the event's sentence going on
(joined_cells._organisation_run), though its first word alone ("Maternity", "General") is no
organisation's word."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

from dhrparse.extractors.chronology.wrapped_cells import printed_width
from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo"
INTRO = [
    "Brackenhithe Safeguarding Children Partnership",
    "Local Child Safeguarding Practice Review: Child D",
    "Appendix A: Chronology",
]

# (date, agency, event); the agencies wrap after their first word in the narrow column
ROWS = [
    (
        "04/03/2023",
        "Tullowmere Maternity Services",
        "Child D is born at 39 weeks. His mother goes home with him the next afternoon.",
    ),
    (
        "16/03/2023",
        "Quennelby Health Centre",
        "New birth visit by the health visitor. Mother says her partner is helping with nights.",
    ),
    (
        "02/05/2023",
        "Brackenhithe Police",
        "A neighbour reports shouting from the flat late at night. Officers speak to both adults.",
    ),
    (
        "19/06/2023",
        "Tullowmere General Hospital",
        "Child D is brought in with a swollen wrist. Mother says he caught it in the cot bars.",
    ),
    (
        "21/06/2023",
        "Brackenhithe Children's Services",
        "Referral from the hospital screened. A strategy discussion is held the same day.",
    ),
]

RESTS = ("Maternity Services", "Health Centre", "General Hospital", "Children's Services")


def _wrap(text: str, width: int) -> list[str]:
    """A word processor's wrap of the cell in a column `width` thousandths of an em wide."""
    lines: list[str] = []
    for word in text.split():
        if lines and printed_width(f"{lines[-1]} {word}") <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _table(widths: tuple[int, int]) -> list[str]:
    out = ["Date Agency Event"]
    for date, *cells in ROWS:
        wrapped = [_wrap(c, w) for c, w in zip(cells, widths)]
        for k in range(max(len(c) for c in wrapped)):
            out.append(" ".join(([date] if k == 0 else []) + [c[k] for c in wrapped if k < len(c) and c[k]]))
    return out


def _events(widths: tuple[int, int]):
    text = "".join(f"{ln} \n\n" for ln in INTRO + _table(widths))
    return extract(text, name="t.txt").chronology


# (not yet (10500, 26000): there "Brackenhithe" over "Children's Services", a rest wider than the
# name's first line, is read into the event; the widths search, which weighs only a rest's first
# word, does not widen the name column for it)
@pytest.mark.parametrize("widths", [(9500, 24000)])
def test_a_wrapped_name_s_rest_stays_out_of_the_event(widths):
    rests = [_wrap(agency, widths[0])[1:] for _, agency, _ in ROWS]
    assert sum(len(" ".join(r).split()) > 1 for r in rests) >= 1  # (a rest of two words or more)
    events = _events(widths)
    assert [ev.text for ev in events] == [event for _, _, event in ROWS]
    for ev in events:
        assert not any(rest in ev.text for rest in RESTS), ev.text


KEY_EVENTS = [
    *INTRO[:2],
    "2. Key events",
    "Date Agency What happened Significance",
    "Spring 2023 Quennelby Health visitor new birth visit; father Father not seen",
    "Health Centre not present",
    "14/05/2023 GP Mother prescribed iron tablets Partner not asked about",
    "03/07/2023 Brackenhithe Neighbour reported a baby screaming No check on the child",
    "Police",
    "Summer 2023 Children's Social Referral closed with no further Missed chance to assess",
    "Care action",
    "22/10/2023 Quennelby Missed nine-month review Not followed up",
    "Health Centre",
    "09/11/2023 Tullowmere Child D admitted with fractured leg Triggered this review",
    "General Hospital",
    "3. Learning",
    "Practitioners should see fathers.",
]


def test_a_name_s_rest_before_a_note_going_on_is_the_agency_s():
    # (events written as notes, no full stop: "father" / "not present" runs on over the
    # agency's "Health Centre", which the wrap alone does not tell from the event's words)
    events = extract("".join(f"{ln} \n\n" for ln in KEY_EVENTS), name="t.txt").chronology
    assert [ev.date.start for ev in events] == [
        "2023-03",
        "2023-05-14",
        "2023-07-03",
        "2023-06",
        "2023-10-22",
        "2023-11-09",
    ]
    assert events[0].text == "Health visitor new birth visit; father not present"
    assert "Quennelby Health Centre" in events[0].agencies
    assert events[5].text == "Child D admitted with fractured leg"
    assert events[5].agencies == ["Tullowmere General Hospital"]


def test_the_zoo_table_keeps_the_hospital_s_name_whole():
    # (tests/zoo/build_chron_joined_name_rests.py; its corpus text holds "Tullowmere Child D
    # admitted ..." over "General Hospital after a reported fall")
    events = extracted(ZOO / "chron_joined_name_rests.corpus.txt").chronology
    admitted = next(ev for ev in events if ev.text.startswith("Child D admitted"))
    assert admitted.agencies == ["Tullowmere General Hospital"]
    assert "General Hospital" not in admitted.text
    assert not any("Hospital" in ev.text or "Services" in ev.text for ev in events)

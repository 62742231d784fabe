"""A chronology table `pdftotext -layout` printed with its cells side by side, its date column so
narrow that a date wraps over three lines, "22" / "September" / "2022" and "w/c 14" / "March" /
"2022": the first line alone is no date and neither are the first two, so the row opens at the
line whose date cell the next lines end, and those lines carry on its date, not open rows of
their own (tables._opens_row)."""

from __future__ import annotations

from dhrparse import extract

# the fictional Brackwell review: four rows, two dates wrapped over three lines
BRACKWELL = """Brackwell Safeguarding Adults Board

3. Chronology of key events
3.1 The sources are shown by abbreviation: GP (Hollin Lane Surgery), POL (police), ASC (Adult Social Care).

 Date         Source    Event                                              Comment
 03/02/22     GP        Irene asked for help with her sleep and said       Home life not asked about.
                        her son had moved back in with her.
 w/c 14       ASC       A neighbour's concern about shouting was
 March                  screened and closed after a phone call to
 2022                   Irene's son.
 Late May     POL       Officers were called to a row at the house;        No referral made.
 2022                   the son had left before they arrived.
 22           ASC       Irene was found on the floor by a carer and
 September              taken to hospital with a broken hip.
 2022

4. Findings
4.1 The agencies each held part of the picture.
"""

EXPECTED = [
    ("2022-02-03", "Irene asked for help"),
    ("2022-03-14", "A neighbour's concern"),
    ("2022-05", "Officers were called"),
    ("2022-09-22", "Irene was found on the floor"),
]


def test_a_date_wrapped_over_three_lines_opens_one_row():
    doc = extract(BRACKWELL)
    got = [(e.date.start if e.date else None, e.text) for e in doc.chronology]
    assert [(d, t[: len(w)]) for (d, t), (_, w) in zip(got, EXPECTED)] == EXPECTED
    assert len(got) == len(EXPECTED)


def test_the_wrapped_date_keeps_its_row_text_whole():
    doc = extract(BRACKWELL)
    last = doc.chronology[-1]
    assert last.date.raw == "22 September 2022"
    assert last.text.endswith("broken hip.")
    assert "Irene was found" not in doc.chronology[-2].text

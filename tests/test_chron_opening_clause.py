"""A chronology told year by year in a report set with no space between its paragraphs: plain
pdftotext prints no blank line between them, so a paragraph whose last line runs nearly to the
margin has the next one run into it. A line that opens a sentence with a clause ending in a date
or a relative date ("At the MARAC meeting later that month, ...", "During a home visit on 4 May,
...") after a sentence's end starts the next entry, as one opening with the date itself does."""

from __future__ import annotations

from dhrparse import extract

# the fictional Thorncastle review: the February paragraph's last line runs to the margin
CSPR_STORY = """Thorncastle Safeguarding Children Partnership
Local Child Safeguarding Practice Review: Child Q

3 Background
3.1 Child Q lived with his mother, Bryony, and her partner, Quentin, in a flat in Thorncastle. The
review covers the two years before Child Q was seriously injured.

4 Child Q's story
The events below are told year by year. They are the episodes the review found most
important for learning.
2019
Child Q was born on 3 March. The midwife's new birth summary recorded that Bryony had
moved to Thorncastle a month before.
In June, the health visitor saw Bryony and Child Q at home. Quentin answered the door and
stayed in the room for the whole visit.
Two weeks later, Bryony missed the baby clinic and did not reply to a letter offering another
appointment.
2020
In February, police were called by a neighbour who heard shouting from the flat. Quentin was
arrested for assault and Bryony was referred to the MARAC and to the outreach service.
At the MARAC meeting later that month, Child Q was not discussed. The referral did not
name the children in the household.
In the autumn, Child Q started at Brookfield Nursery. Staff noticed he was often hungry at
breakfast.
On 9 November, the nursery saw bruising on Child Q's arm and made a referral to
Children's Social Care.

5 Analysis
5.1 The panel considered what was known to each agency at the time.
"""


def _events(text: str):
    return [
        (ev.date.raw if ev.date else None, ev.date.start if ev.date else None, ev.text)
        for ev in extract(text).chronology
    ]


def test_a_clause_ending_in_a_relative_date_opens_the_next_entry():
    got = _events(CSPR_STORY)
    assert len(got) == 7
    feb = next(text for raw, _, text in got if raw == "In February")
    assert "At the MARAC meeting" not in feb
    marac = next((raw, start) for raw, start, text in got if text.startswith("At the MARAC meeting"))
    assert marac[1] == "2020-02"  # (later that month: counted from February)


def test_a_clause_ending_in_a_day_opens_the_next_entry():
    text = CSPR_STORY.replace(
        "At the MARAC meeting later that month,", "At the MARAC meeting on 26 February,"
    )
    got = _events(text)
    assert [start for _, start, t in got if t.startswith("At the MARAC meeting")] == ["2020-02-26"]


def test_a_clause_with_no_date_runs_on():
    """A sentence opening with a clause that ends in no date ("At the meeting, ...") is the same
    entry's: only a date tells that a new event begins."""
    text = CSPR_STORY.replace("At the MARAC meeting later that month,", "At the MARAC meeting itself,")
    got = _events(text)
    assert len(got) == 6
    assert any("At the MARAC meeting itself" in t for raw, _, t in got if raw == "In February")

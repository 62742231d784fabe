"""A chronology table printed with each line's cells joined by single spaces whose narrow agency
column wraps a name ("Fenwick Fire" over "and Rescue") or whose event breaks at a name of its own
("the Emergency" over "Department"): the word wrap alone leaves a tie, and the name the report
prints whole elsewhere decides it (chronology.known_names) — the table's other rows printing the
agency's cell on one line, or the introduction's list of the agencies that took part."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo"

LISTED = ZOO / "chron_joined_listed_agencies.corpus.txt"

INTRODUCTION = """Fenwick Safeguarding Adults Board

Safeguarding Adults Review: Orla

1. Introduction

Orla was 81 when she died at home in March 2023. The reviewer met the staff who knew her.
{agencies}

2. Key contacts

"""

LIST = (
    "Agencies that took part: Fenwick Medical Practice, Fenwick Council Adult Social Care, Fenwick\n"
    "Fire and Rescue, Fenwick Housing Trust and Fenwick Police."
)

TABLE = """Date Time Agency Event Comment

11/01/2022 10:15 Fenwick Annual asthma review missed; No follow-up of a second

Medical a text reminder was sent. missed review.

Practice

24/03/2022 Not Fenwick Neighbour reported a smell of Orla declined a visit by

known Housing Trust gas; engineer found the cooker the tenancy officer.

left on.

06/06/2022 14:40 Fenwick Fire Home fire safety visit. Crews Alarm fitted; a referral was

and Rescue noted piles of paper by the not made because Orla

cooker and a broken smoke said she was coping.

alarm.

19/08/2022 11:00 Fenwick Police Welfare check after Orla did not No concerns recorded.

answer the door; she was well.

14/12/2022 16:20 Fenwick Asthma attack; Orla was seen Good practice.

Medical at home the same day.

Practice

3. Findings

Orla's refusals were accepted without asking whether she understood the risks.
"""


def _entries(agencies: str) -> list:
    text = INTRODUCTION.format(agencies=agencies) + TABLE
    return extract(text, name="orla.corpus.txt").chronology


def test_a_name_the_introduction_lists_ends_the_agency_cell():
    entries = _entries(LIST)
    assert [e.agencies[0] for e in entries] == [
        "Fenwick Medical Practice",
        "Fenwick Housing Trust",
        "Fenwick Fire and Rescue",
        "Fenwick Police",
        "Fenwick Medical Practice",
    ]
    assert entries[2].text.startswith("Home fire safety visit. Crews noted piles of paper")
    assert entries[4].text == "Asthma attack; Orla was seen at home the same day."


def test_without_the_list_the_rows_stand_as_the_word_wrap_read_them():
    # (no name printed whole: the practice's rows print only "Fenwick" on their first lines, a
    # name's first word, which holds no other row's cell)
    entries = _entries("The panel met four times.")
    assert entries[2].agencies[0] != "Fenwick Fire and Rescue"
    assert "Medical" in entries[4].text


def test_the_practice_printed_whole_on_other_rows_ends_the_cell():
    entries = extracted(LISTED).chronology
    letter = next(e for e in entries if e.text.startswith("A letter"))
    assert letter.agencies[0] == "Copsey Surgery"
    assert letter.text.startswith("A letter from the Emergency Department is filed")
    assert [e.agencies[0] for e in entries if "Rescue" in " ".join(e.agencies)] == [
        "Wendlebury Fire and Rescue"
    ]

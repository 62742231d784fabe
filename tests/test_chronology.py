"""The chronology extractor: short excerpts of real layouts, then the samples against gold."""

import json
import sys

import pytest
from conftest import ROOT, analysed, gold

from dhrparse.extractors.chronology import event_date, section_kind
from dhrparse.models import DateValue
from dhrparse.pipeline import extract

PAD = (
    " The review panel considered the records of every agency involved with the family at this time"
    " and the accounts that were given to the review by the family."
)

# Overview-report layout (one paragraph a line), after sample 002's section 4.
OVERVIEW = f"""1. INTRODUCTION

1. This review concerns the deaths of Adult 1 and Adult 2 in August 2018.{PAD}

2. BACKGROUND INFORMATION

2. The perpetrator was sentenced on 17.12.2018 for the murders of Adult 1 and Adult 2.{PAD}

3. CHRONOLOGY

3. This section has been based on information provided from agencies' reports; summaries of criminal proceedings; the IOPC report. The chronology starts when Adult 1 entered the UK.{PAD}

Meeting at college

4. Adult 1 met the perpetrator at the college where they both attended during the academic year 2014/15.{PAD}
5. In January 2015, Adult 1 advised the college that the perpetrator's behaviour had become obsessive and menacing, and the College advised her to report these concerns to the Police.{PAD}

Safeguarding referral

6. In mid-June 2017, Adult 1 attended the Emergency Department with shortness of breath.{PAD}
7. Later that month, a neighbourhood officer from the housing association made a routine visit but became concerned regarding bruising across the child's

who represented himself as Adult 1's cousin. The officer contacted the MASH.{PAD}

8. The perpetrator's father contacted the police saying, "My son hit me in March 2012", and the social worker considered the Children Act 1989.{PAD}
9. After Adult 1 arrived at the Emergency Department, she told the nurse the following:

- that the perpetrator had assaulted the child;
- that she wanted him to have a mental health review.

10. Approximately three weeks before the homicides, Adult 1 made further attempts to end the relationship.{PAD}
11. At 22:41, checks were made against the Police National Computer.{PAD}

4. OVERVIEW OF AGENCY INVOLVEMENT

12. In May 2019 this section considers the Individual Management Reviews completed by each agency.{PAD}
"""


@pytest.fixture(scope="module")
def overview():
    return {e.ref: e for e in extract(OVERVIEW).chronology}


def test_one_event_per_paragraph_of_the_chronology_only(overview):
    # the method introduction (3) and the paragraphs of other sections (1, 2, 12) are not entries
    assert list(overview) == ["4", "5", "6", "7", "8", "9", "10", "11"]


def test_sub_heading_becomes_the_event_heading(overview):
    assert overview["5"].heading == "Meeting at college"
    assert overview["6"].heading == "Safeguarding referral"
    assert overview["11"].location.section == "3. CHRONOLOGY"


def test_own_dates(overview):
    d = overview["4"].date
    assert (d.start, d.end, d.precision, d.relative) == ("2014", "2015", "year", False)
    d = overview["6"].date
    assert (d.start, d.precision, d.approximate, d.relative) == ("2017-06", "month", True, False)


def test_relative_dates_resolve_from_the_previous_event(overview):
    d = overview["7"].date
    assert (d.raw, d.start, d.relative) == ("Later that month", "2017-06", True)
    d = overview["11"].date
    assert (d.raw, d.start, d.relative) == ("At 22:41", "2018-08", True)


def test_offset_from_the_homicide_uses_the_date_of_death(overview):
    d = overview["10"].date
    assert (d.start, d.relative, d.approximate) == ("2018-08", True, True)


def test_quoted_speech_and_statutes_do_not_date_the_event(overview):
    d = overview["8"].date
    assert (d.start, d.relative) == ("2017-06", True)


def test_page_break_continuation_and_bullets_stay_in_the_paragraph(overview):
    assert "who represented himself as Adult 1's cousin" in overview["7"].text
    assert overview["7"].location.line_end > overview["7"].location.line_start
    assert "that she wanted him to have a mental health review" in overview["9"].text
    assert "8" in overview and "9" in overview


def test_agencies_are_canonical(overview):
    assert overview["5"].agencies == ["Education", "Police"]
    assert "Multi-Agency Safeguarding Hub" in overview["7"].agencies


# Executive-summary layout (PDF text, blank line after every line), after sample 000's section 5.
SUMMARY = """1. Summary of the circumstances leading to the Review.

1. The victim was killed by her partner in the family home in 2013 and the review was commissioned by the Community Safety Partnership.

2. Summary and Findings of the Key Episodes identified in the case:

27. The Overview Report sets out the facts of the case in a number of Key Episodes based on the

information provided in the IMRs, the integrated chronology of all agency involvement and the Panel

sessions, which included the IMR reviewers attending as well. A summary of the Key Episodes was

as follows:

 August to October 2010.
  January to April 2012.

 May to August 2012.

28. Each Key Episode involved referrals to agencies, information sharing and recording activity by

agencies, assessments undertaken, risk assessments using DASH undertaken and direct contact in

March 2012 by agencies with the victim, the perpetrator and the children.

3. Conclusion and Findings of the Analysis of the Key Episodes

29. In 2012 the agencies did not share the information they held about the perpetrator.
"""


def test_key_episode_summary_gives_only_the_periods():
    events = extract(SUMMARY).chronology
    assert [e.text for e in events] == [
        "August to October 2010.",
        "January to April 2012.",
        "May to August 2012.",
    ]
    assert [(e.date.start, e.date.end) for e in events] == [
        ("2010-08", "2010-10"),
        ("2012-01", "2012-04"),
        ("2012-05", "2012-08"),
    ]
    assert all(e.ref is None and e.heading is None and not e.date.relative for e in events)


NUMBERED = """1. Introduction

1.1 This review concerns the death of the victim in the summer of 2012, and the panel met six times to consider the records of every agency involved with the family.

2. Chronology of significant events

- 2.1 In 2009 the victim met the perpetrator while both were working in the same city, and they began a relationship which her family later described as controlling.
- 2.2 On 13th April 2011 the victim attended the Emergency Department with a facial injury, which she said had been caused by a fall at home; no routine enquiry was made.
2.3 Two days later, the hospital sent a discharge summary to the GP practice which recorded the injury but not the explanation that had been given for it by the victim.

3. Analysis

3.1 The panel considered the practice of each agency in 2011 and found that no agency asked about domestic abuse.
"""


def test_dotted_numbers_and_day_precision_offsets():
    events = extract(NUMBERED).chronology
    assert [e.ref for e in events] == ["2.1", "2.2", "2.3"]
    assert events[1].date.start == "2011-04-13"
    assert (events[2].date.start, events[2].date.precision, events[2].date.relative) == (
        "2011-04-15",
        "day",
        True,
    )
    assert events[2].agencies == ["Hospital", "GP"]


TABLE = (
    "1. Introduction\n\nThis review concerns the death of the victim in March 2017 and the review panel met six "
    "times to consider the records of every agency involved.\n\n2. Timeline of agency contact\n\n"
    "Date\tAgency\tEvent\n"
    "12.03.2016\tGP\tThe victim attended the GP surgery with anxiety and was prescribed medication.\n"
    "\tWest Midlands Police\tOfficers attended a report of a domestic incident at the home address.\n"
    "Apr-16\tHousing\tThe victim applied to the Housing Options service for rehousing.\n\n"
    "3. Analysis\n\nThe panel considered the involvement of agencies in May 2016 and found gaps in practice.\n"
)


def test_table_chronology_gives_one_event_per_row():
    events = extract(TABLE).chronology
    assert [e.date.start for e in events] == ["2016-03-12", "2016-03-12", "2016-04"]
    assert [e.date.relative for e in events] == [False, True, False]
    assert events[1].agencies == ["West Midlands Police"]
    assert events[2].text.startswith("The victim applied")


def test_no_chronology_no_events():
    text = (
        "1. Introduction\n\n1.1 This review concerns the death of the victim in 2013.\n\n"
        "2. Terms of reference\n\n2.1 The timescales for the review were agreed in May 2014 by the panel.\n"
    )
    assert extract(text).chronology == []


@pytest.mark.parametrize(
    "title,kind",
    [
        ("CHRONOLOGY", "chronology"),
        ("Chronological Sequence of Events", "chronology"),
        ("Key Episodes", "chronology"),
        ("Timeline", "chronology"),
        ("Summary of events", "chronology"),
        ("Background and chronology", "chronology"),
        ("Integrated chronology", "chronology"),
        ("Summary and Findings of the Key Episodes identified in the case:", "episode_summary"),
        ("Timescales", None),
        ("Summary of the circumstances leading to the review", None),
        ("BACKGROUND INFORMATION", None),
        ("Recommendations", None),
        ("Terms of reference", None),
    ],
)
def test_section_headings(patterns, title, kind):
    assert section_kind(title, patterns) == kind


def test_undated_entry_carries_the_previous_date(patterns):
    prev = DateValue(raw="In April 2016", start="2016-04", end="2016-04", precision="month")
    d = event_date("The hospital contacted the police who asked him to leave.", prev, None, patterns)
    assert (d.start, d.relative) == ("2016-04", True)
    # a date well into the text that looks back before the previous entry is not the entry's date
    d = event_date(
        "The officer noted, as had been recorded in February 2015 by the school, that the family had moved.",
        prev,
        None,
        patterns,
    )
    assert (d.start, d.relative) == ("2016-04", True)
    assert event_date("No date here at all.", None, None, patterns) is None


# -- the samples against the gold -----------------------------------------------------------


def _score(keys):
    sys.path.insert(0, str(ROOT / "tests"))
    import score

    total = score.Tally()
    for key in keys:
        doc = json.loads(analysed(key).document.model_dump_json())
        total.add(score.score_doc(gold(key), doc)["chronology"])
    return total


@pytest.mark.parametrize("key", ["000", "001", "002"])
def test_sample_meets_thresholds(key):
    t = _score([key])
    assert t.f1() >= 0.95, t.line(key)
    ok, n = t.fields.get("date", [0, 0])
    assert n == 0 or ok / n >= 0.90, t.line(key)


def test_overall_thresholds():
    t = _score(["000", "001", "002"])
    ok, n = t.fields["date"]
    assert t.f1() >= 0.95 and ok / n >= 0.90, t.line("chronology")


def test_headings_and_relative_flags_match_gold():
    want = gold("002")["chronology"]
    got = analysed("002").document.chronology
    assert [e.ref for e in got] == [g["ref"] for g in want]
    assert sum(e.heading == g["heading"] for e, g in zip(got, want)) >= 0.95 * len(want)
    assert sum(e.date.relative == g["relative"] for e, g in zip(got, want)) >= 0.95 * len(want)


ALIGNED = """Domestic Homicide Review: "Ffion"

Appendix C: Combined Chronology

The chair compiled these entries from each agency's own chronology.

 Date            Agency                   Event
 03/05/2019      Marlow Police            Call from Ffion about her partner shouting in
                                          the street. Words of advice given.
 19/06/2019      Marlow Community Mental  Ffion assessed after a referral from her GP;
                 Health Team              discharged with leaflets.
 Early July 2019 Marlow Police            Neighbour reports a disturbance.

Marlow CSP - DHR Ffion - Appendix C                              Page 1 of 2

 Date            Agency                   Event
 21/08/2019      Marlow Housing           Ffion asks to move; told to bid online. She
                                          did not bid.
"""


def test_side_by_side_chronology_table_gives_one_event_per_row():
    events = extract(ALIGNED).chronology
    assert [e.date.start for e in events] == ["2019-05-03", "2019-06-19", "2019-07", "2019-08-21"]
    assert events[1].agencies[0] == "Marlow Community Mental Health Team"
    assert events[1].text == "Ffion assessed after a referral from her GP; discharged with leaflets."
    assert events[3].text.endswith("She did not bid.")
    assert not any("Page 1" in e.text for e in events)
    assert events[2].agencies == ["Marlow Police"]

"""A short SAR / SAER summary printed to plain text: an unnumbered "What happened" heading over
the story, then "Recommendations" and the board's plan, each a heading of its own. Plain text
prints no sizes, so the segmenter may put "Recommendations" under "What happened" and the plan's
column names ("Rec", "Lead", "By") and its lone year lines at the story's level; the story's
section then ran on over the whole plan and its target dates and statuses became chronology
entries. A heading naming another part of the report ends the story's section at any level:
nothing under or after it is the story's."""

from __future__ import annotations

import textwrap

from dhrparse.pipeline import extract

# (session 44: the section's blocks end at a sub-heading naming another part of the report,
# chronology.sections; cspr_week_rows_unnumbered_chapters' week table, whose evidence had been the
# plan's dated rows, is named by its header printed a name a line)

HEAD = """\
Millbrook Safeguarding Adults Board
Safeguarding Adults Review: Mrs Tamsin Orde
Executive summary
Reviewer
Date agreed by the Board

Independent reviewer
3 March 2025

What happened
"""

UNDATED_STORY = """\
Mrs Orde was 79 and lived with her son in a terraced house near the river. She had heart failure
and poor mobility and relied on him for her meals and medication.
Her GP, a community matron and an occupational therapist each saw part of her needs, and each
noted that the son seemed tired and short-tempered, but no one asked how he was coping.
She was admitted to hospital with pressure ulcers in the autumn and died there a month later.
"""

DATED_STORY = """\
In January 2023 the community matron visited and found Mrs Orde in bed at noon with no food in
the house; she arranged a care assessment.
In March 2023 the occupational therapist fitted rails; the son declined a carer's assessment.
In July 2023 the GP reviewed her medication by telephone and spoke only to the son.
In October 2023 paramedics took her to hospital with pressure ulcers; she died in November 2023.
"""

TAIL = """\

Recommendations
Recommendation 1 – The Board should make sure practitioners offer carers an assessment of their
own when they see signs of strain.
Recommendation 2 – The Board should ask the ICB to review how GP practices record who speaks for
a patient on the telephone.
Recommendation 3 – The Board should check within a year that partners have acted on this review.
The Board accepted the three recommendations and agreed the plan below.

The Board's plan
Rec
1
1
2
2
3
3

What the Board will do
Issue a short guide to carers' assessments for
community health teams.
Run a workshop on carer strain for district
nursing teams.
Audit telephone reviews in three practices.
Add a prompt on who is speaking to the GP
record template.
Hold a learning event on the review's findings.
Report on this plan to the Board's annual
meeting.

Lead
Board Business
Manager
Designated Nurse
Clinical Lead, ICB
Head of Primary
Care
Board Chair
Board Business
Manager

By
May 2025

Status
Done

August
2025
July 2025

Doing

February
2026
December
2025
March 2026

To do

Contact: the Board's business unit.
"""


def _chronology(tmp_path, story: str):
    path = tmp_path / "summary.txt"
    path.write_text(HEAD + textwrap.dedent(story) + TAIL)
    return extract(str(path)).chronology


def test_undated_story_then_plan_gives_no_entries(tmp_path):
    assert [e.text for e in _chronology(tmp_path, UNDATED_STORY)] == []


def test_dated_story_ends_at_recommendations(tmp_path):
    events = _chronology(tmp_path, DATED_STORY)
    recommendations_line = (HEAD + DATED_STORY + TAIL).splitlines().index("Recommendations") + 1
    assert [e.date.start[:7] for e in events] == ["2023-01", "2023-03", "2023-07", "2023-10"]
    assert all(e.location.line_end < recommendations_line for e in events), [e.text for e in events]

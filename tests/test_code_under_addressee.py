"""A recommendation's code alone on its line under a "To the <department>" sub-heading.

National recommendations grouped under the department they are made to print, on plain text,
the sub-heading, then the code ("N3") on the next line and the text after a blank line. A long
department's name leaves the line too full to tell it ended by its length, so the code was read
on into it ("To the Department of Health and Social Care N3") and the recommendation lost.
"""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "dardr_preface_year_headed_relative_key_events_penhollow"

REPORT = """3. Recommendations

National recommendations
To the Home Office
N1

Make the statutory guidance for reviews cover deaths by suicide that follow abuse, so that
partnerships review them in the same way.

To the Department for Levelling Up, Housing and Communities
N2

Add questions about domestic abuse to the national guidance for assessing the risk of
suicide in primary care.

Local recommendations
"""


def test_the_code_under_a_long_department_name_opens_its_recommendation():
    recs = extract(REPORT).recommendations
    assert [r.ref for r in recs] == ["N1", "N2"]
    assert recs[1].text.startswith("Add questions about domestic abuse")


def test_the_stand_in_reads_every_national_recommendation_on_plain_text():
    refs = [r.ref for r in extract(PENDING / f"{STEM}.txt").recommendations]
    assert refs == ["N1", "N2", "N3", "a", "b", "c", "d", "e"]

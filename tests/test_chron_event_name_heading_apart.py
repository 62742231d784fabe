"""A short review summary's timeline When | Where | What happened, printed by plain pdftotext
column after column: a few rows' dates under "When", their places under "Where", the next rows'
dates and places, then "What happened" over every row's event. "What happened" also heads
chronologies of its own, so the segmenter made it a section and the timeline's section ended
before its events (one `chronology_table_columns_apart` warning, no entries). It is the table's
event column's name, printed alone where the table's event text is still to come: the section it
heads is the table's. A note printed just above "When" may run into it in one block."""

from __future__ import annotations

import pytest

from dhrparse.pipeline import extract

HEAD = """\
NHS Harlow Vale Integrated Care Board
Learning from lives and deaths: focused review summary
Review reference
Date of death

LD-HV-23-0415
09/03/2023

About Martin
Martin was 52, had a severe learning disability and lived in a shared house with three others.
He enjoyed music, swimming and visits from his nephew.

Timeline
{note}When
04/2021 – 06/2021
12/2021

Where
Home
GP surgery

20/05/2022
08/2022 – 10/2022

Home
Dental clinic

27/02/2023

Hospital

What happened
Staff recorded that Martin was refusing his evening meal most days.
Annual health check: his weight was not measured because the scales were
broken.
Carers rang the practice about constipation and were told to use a laxative.
Referral for dental treatment under sedation waited five months.
Admitted with a bowel obstruction; surgery was delayed by a day.

What went well
His carers knew him well and noticed quickly when he was in pain.
"""

DATES = ["2021-04", "2021-12", "2022-05-20", "2022-08", "2023-02-27"]


@pytest.mark.parametrize(
    "note", ["", "Dates are day/month/year; month/year where the day is not recorded.\n"]
)
def test_event_column_name_heading_belongs_to_the_table(tmp_path, note):
    path = tmp_path / "summary.txt"
    path.write_text(HEAD.format(note=note))
    events = extract(str(path)).chronology
    assert [e.date.start if e.date else None for e in events] == DATES
    assert events[1].text.endswith("because the scales were broken.")
    assert events[-1].text.startswith("Admitted with a bowel obstruction")

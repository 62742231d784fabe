"""Key events printed as stacked label blocks, no table (extractors/chronology/label_blocks.py):
each event "Date: …" / "Agency: …" / "What happened: …" lines, often a short dashed rule after
it. Each block is an entry, dated by its Date label read as a date cell ("late April 2022" the
month, "Between 2 and 9 June 2022" a span), on every route
(tests/zoo/pending/build_sar_overview_key_events_label_blocks_drovemoor.py). Before, no route
read any: the section's heading is one the analysis chapters share, its paragraphs open with no
date, and the text export makes each "Agency:" line a heading. Other "Date:" lines (a report's
date, a meeting's, a plan's label boxes with "Due:") make no entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sar_overview_key_events_label_blocks_drovemoor"
STARTS = ["2022-02-03", "2022-03-21", "2022-04", "2022-06-02", "2022-07-14", "2022-08-18"]


@pytest.mark.parametrize("suffix", [".txt", ".corpus.txt", ".pdf", ".docx"])
def test_each_label_block_is_an_entry_dated_by_its_date_label(suffix):
    doc = extracted(PENDING / f"{STEM}{suffix}")
    events = doc.chronology
    assert [e.date.start for e in events] == STARTS
    assert events[3].date.end == "2022-06-09"
    assert events[2].date.precision == "month"
    assert events[0].text.startswith("A neighbour telephoned to say that Albert's curtains")
    assert events[0].text.endswith("declined an assessment of his needs.")
    assert events[1].agencies[0] == "Hollins Lane Surgery"
    assert all(e.location.section == "4. Key events" for e in events)
    assert len(doc.recommendations) == 4


def _events(tmp_path, text: str):
    f = tmp_path / "report.txt"
    f.write_text(text, encoding="utf-8")
    return extract(f).chronology


BLOCKS = """1. Introduction

The review looked at the care given to Mr T in the year before he died.

2. What agencies knew

Date: 4 March 2021
Agency: Wexbury Police
What happened: Officers attended after a neighbour heard shouting. Mr T said
he had fallen.
{rule}Date: early May 2021
Agency: Wexbury Housing
What happened: A tenancy visit found the flat cold and without working heating.
{rule}Date: 12 – 15 June 2021
Agency: Wexbury Hospital
What happened: Mr T was admitted with a chest infection and discharged home
without a care package.
{rule}
3. Analysis

Nobody asked Mr T what support he wanted.
"""


@pytest.mark.parametrize("rule", ["", "------\n", "– – – – – –\n", "_______________\n"])
def test_blocks_read_with_any_rule_or_none(tmp_path, rule):
    events = _events(tmp_path, BLOCKS.format(rule=rule))
    assert [(e.date.start, e.date.end) for e in events] == [
        ("2021-03-04", "2021-03-04"),
        ("2021-05", "2021-05"),
        ("2021-06-12", "2021-06-15"),
    ]
    assert events[0].text == "Officers attended after a neighbour heard shouting. Mr T said he had fallen."
    assert events[2].text.endswith("without a care package.")


def test_a_value_printed_under_its_label_is_read(tmp_path):
    text = BLOCKS.format(rule="").replace("What happened: ", "What happened:\n")
    events = _events(tmp_path, text)
    assert [e.text[:18] for e in events] == ["Officers attended ", "A tenancy visit fo", "Mr T was admitted "]


def test_a_chronology_told_in_dated_paragraphs_too_is_read_as_paragraphs(tmp_path):
    text = BLOCKS.format(rule="").replace(
        "2. What agencies knew\n", "2. Chronology\n\n1 February 2021: Mr T moved into the flat.\n"
    )
    events = _events(tmp_path, text)
    # (its dated paragraph stays an entry: the section is not taken over by the label blocks)
    assert events[0].date.start == "2021-02-01" and "Mr T moved into the flat" in events[0].text


MEETINGS = """1. The review process

The panel met three times.

Date: 4 March 2023
Venue: Wexbury Town Hall
Details: Terms of reference agreed.

Date: 6 June 2023
Venue: online
Details: Agency reports discussed.

Date: 9 September 2023
Venue: Wexbury Town Hall
Details: Draft report agreed.
"""

PLAN = """Action plan

Date: 4 March 2023
Action: Refresh the domestic abuse training for call handlers.
Lead: Wexbury Police
Due: 31 March 2024
Details: Training was delivered to all call handlers.

Date: 6 June 2023
Action: Audit referrals from the emergency department.
Lead: Wexbury Hospital
Due: 30 June 2024
Details: The audit has started.

Date: 9 September 2023
Action: Publish a seven-minute briefing.
Lead: Wexbury Safeguarding Partnership
Due: 31 December 2023
Details: Published in December.
"""

REPORT_DATE = """Wexbury Safeguarding Adults Board
Date of report: 12 May 2023
Date: 12 May 2023
Author: Ruth Abara

1. Introduction

Mr T died at home on 3 January 2022.
"""


@pytest.mark.parametrize("text", [MEETINGS, PLAN, REPORT_DATE])
def test_other_date_labels_make_no_entries(tmp_path, text):
    assert _events(tmp_path, text) == []

"""A numbered narrative told beside a key-dates table ("Summary of the case"), a table's date
column printed as one run of lines, and the guards that keep analysis prose out of the events."""

from __future__ import annotations

import pytest

import dhrparse
from dhrparse.extractors.chronology.date_run import date_cells_run
from dhrparse.patterns import load_patterns

P = load_patterns()

NARRATIVE = """Domestic Homicide Review: Executive Summary

3. Scope
3.1 The review looked at agency contact from 2015 until the death of Ines.

4. Summary of the case
4.1 Ines and Callum met in 2015 and set up home together in Brackley the next year.
4.2 In June 2017 Ines told her GP that Callum read her messages.
4.3 On 4 April 2018 police attended after a neighbour heard shouting; no offence was recorded.
4.4 During 2019 Callum missed three appointments with the drug and alcohol service.
4.5 {analysis}
4.6 The key dates of the final year are set out below.

Date | Event
3 May 2020 | Ines left the home and stayed with her mother.
16 June 2020 | Police graded a report of stalking as high risk.
9 September 2020 | Callum attacked Ines at her mother's house.

5. Findings
5.1 Information was held by each agency but not shared.
"""


def _events(text: str):
    return dhrparse.extract(text, name="case.txt").chronology


def test_numbered_narrative_beside_a_table_gives_both() -> None:
    events = _events(
        NARRATIVE.format(analysis="No agency saw the whole picture; each contact was treated alone.")
    )
    dates = sorted(e.date.start for e in events if e.date)
    assert dates == ["2015", "2017-06", "2018-04-04", "2019", "2020-05-03", "2020-06-16", "2020-09-09"]
    assert not any("whole picture" in e.text or "key dates" in e.text for e in events)


def test_one_dated_paragraph_among_analysis_is_no_narrative() -> None:
    text = NARRATIVE.replace("4.2 In June 2017", "4.2 The panel found that").replace(
        "4.4 During 2019", "4.4 The panel noted that"
    )
    events = _events(text.format(analysis="Agencies worked in silos."))
    # (a paragraph that opens with its date is an entry beside a table, as before)
    assert sorted(e.date.start for e in events) == ["2018-04-04", "2020-05-03", "2020-06-16", "2020-09-09"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("2 March 2020 10 March 2020 April 2020", 3),
        ("5 December 2020 18 February 2021 Event", 2),
        ("On 2 March 2020 police attended, and again on 9 March 2020.", 0),
        ("3 May 2020", 0),
    ],
)
def test_a_date_column_printed_as_one_run(text: str, count: int) -> None:
    assert date_cells_run(text, P) == count

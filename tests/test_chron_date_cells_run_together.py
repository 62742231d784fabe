"""A summary chronology Date | Police | Health | Adult Social Care, each row's event under the one
agency that had the contact, printed by plain pdftotext column after column: the dates first,
then each agency's name and events in narrow wrapped lines. Read a paragraph at a time, most date
cells stand alone (a warning each, and the events after them left undated: which date is whose
cannot be told); but two cells the export printed with no blank line between ("30 Jan 2022" over
"late April" / "2022") read as one paragraph of dates. That paragraph is a run of date cells too,
no event: it must not restart the dating, or every event after it is given its last date."""

from __future__ import annotations

from dhrparse.pipeline import extract

TEXT = """\
Tarnside Safeguarding Adults Board
Safeguarding Adults Review 'Morag' – Executive Summary

1. Introduction
1.1 Mrs Morag, a woman of 81, was found on the floor of her flat on 14 May 2022 and died in
hospital a week later. She lived with her grandson, who did her shopping.

2. Summary chronology
The table shows the main contacts, each under the agency that had the contact.
Date
4 Feb 2021

Police

Aug 2021

9 Oct 2021

22 Dec 2021

30 Jan 2022
late April
2022

Health
Mrs Morag told
her practice nurse
that she had not
been sleeping.

Officers were
called about a
dispute in the
stairwell and gave
advice.

Adult Social Care

A home care
package was
cancelled after the
grandson said he
would cope.

A district nurse
found bruising on
her arms and
recorded a fall.

A concern about
cash taken from
her purse was
closed without a
visit.

3. Findings
3.1 No agency saw the whole picture.
"""


def test_a_paragraph_of_date_cells_does_not_date_the_events_after_it(tmp_path):
    path = tmp_path / "summary.txt"
    path.write_text(TEXT)
    events = extract(str(path)).chronology
    dated = [(e.date.raw, e.text[:40]) for e in events if e.date is not None]
    assert dated == [], dated
    assert not any(e.text.startswith("30 Jan 2022") for e in events)

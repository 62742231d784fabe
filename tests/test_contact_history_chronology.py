"""A case-recording system's contact history reprinted in a review: newest contact first, a
"Date / time" cell ("21/11/2022 07:40", the time wrapping under the date), Recorded by | Contact
type | Case note summary, and a migrated record dated "01/01/1900", the system's mark for a date
nobody kept. Its rows are the chronology's entries on every route; the recorder and the contact's
kind stay with each entry; the migrated record has no date (never the row above's)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx_build import paragraphs_and_table

import dhrparse
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.dating import in_time_order, is_date_cell
from dhrparse.extractors.chronology.header_names import header_names, wrapped_names
from dhrparse.patterns import load_patterns

P = load_patterns()
PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "cspr_contact_history_newest_first"
HEADER = ["Date / time", "Recorded by", "Contact type", "Case note summary"]
ROWS = [
    ["09/03/2023 11:20", "T. Okoro (SW)", "Home visit", "The social worker saw both children at home with their aunt."],
    ["27/02/2023 16:45", "Duty team", "Contact received", "A teacher rang to say the younger child had a bruised cheek."],
    ["13/01/2023 08:10", "PC 2210 Hale", "Police notification", "An overnight call reported a man shouting in the street."],
    ["02/12/2022 14:00", "N. Bright (HV)", "Home visit", "The health visitor found the baby well but the flat very cold."],
    ["01/01/1900 00:00", "Data migration", "Legacy note", "A note moved from the old system says the family was known."],
]  # fmt: skip


def test_a_history_printed_newest_first_is_read_row_by_row():
    data = paragraphs_and_table(["Appendix B: contact history"], HEADER, ROWS)
    events = dhrparse.extract(data, name="history.docx").chronology
    assert [e.text[:20] for e in events] == [r[3][:20] for r in ROWS]
    assert [e.date.start for e in events[:4]] == ["2023-03-09", "2023-02-27", "2023-01-13", "2022-12-02"]
    assert events[0].extra == {"recorder": "T. Okoro (SW)", "kind": "Home visit"}


def test_the_systems_mark_for_an_unknown_date_dates_nothing():
    data = paragraphs_and_table(["Appendix B: contact history"], HEADER, ROWS)
    migrated = dhrparse.extract(data, name="history.docx").chronology[-1]
    assert migrated.date is not None and migrated.date.raw == "01/01/1900 00:00"
    assert migrated.date.start is None
    assert is_date_cell("01/01/1900 00:00", P) and is_date_cell("1900-01-01", P)
    assert not is_date_cell("01/01/1900 marks a record", P)


def test_dates_run_forward_or_newest_first_at_nearly_every_step():
    assert in_time_order(["2020-01-02", "2020-03-01", "2020-02-01", "2020-05-01"], 0.6)
    assert in_time_order(["2023-03-09", "2023-02-27", "2023-01-13", "2022-12-02"], 0.6)
    # findings about the same events jump about: neither way
    assert not in_time_order(["2021-05-01", "2020-01-02", "2022-03-01", "2019-02-01", "2021-01-01"], 0.6)
    # three dates falling are too few to tell a log printed newest first
    assert not in_time_order(["2023-03-09", "2023-02-27", "2023-01-13"], 0.6)


def test_a_header_whose_date_name_wraps_after_its_joiner():
    names = Columns(P)
    line = "Date / Recorded by Contact type Case note summary"
    assert header_names(line, names) == ["date", "recorder", "kind", "event"]
    assert wrapped_names(line, "time", names) == ["date", "recorder", "kind", "event"]
    # a name whose first word names another column alone still reads whole
    assert header_names("Date Source agency Key event", names) == ["date", "agency", "event"]


@pytest.mark.parametrize("ext", ["txt", "corpus.txt", "pdf", "docx"])
def test_the_pending_stand_in_reads_its_history_on_every_route(ext):
    gold = json.loads((PENDING / f"{STEM}.json").read_text(encoding="utf-8"))
    events = dhrparse.extract(PENDING / f"{STEM}.{ext}").chronology
    dated = {e.date.start for e in events if e.date is not None and e.date.start}
    assert dated == {g["date"] for g in gold["chronology"] if g["date"]}
    assert not any(e.date and e.date.start and e.date.start < "1901" for e in events)

"""A chronology table whose date column is named by the week ("Week commencing | Agency | What
happened"), each date cell "w/c dd/mm/yyyy", its name wrapped in the narrow column ("Week" over
"commencing" on corpus text, the date's name the first word only). Each entry is dated to the
Monday printed. The whole family: tests/zoo/pending/cspr_week_commencing_done_plan (its plain
pdftotext route, the columns printed apart, is not read yet)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.header_names import date_name_wrapped
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "cspr_week_commencing_done_plan"
MONDAYS = ["2023-03-06", "2023-03-06", "2023-04-24", "2023-05-15", "2023-07-03"]


def test_a_date_name_wrapped_under_its_first_word():
    names = Columns(load_patterns())
    assert date_name_wrapped("Week Agency What happened", "commencing", names) == ["date", "agency", "event"]
    # (a first word naming a column alone is the ordinary header's business; a date below is no name)
    assert date_name_wrapped("Date Agency What happened", "commencing", names) is None
    assert date_name_wrapped("Week Agency What happened", "w/c 06/03/2023", names) is None


def test_every_route_but_plain_text_dates_each_row_to_its_monday():
    for route in ("pdf", "docx", "corpus.txt"):
        doc = extract(ZOO / f"{STEM}.{route}")
        assert [e.date.start for e in doc.chronology] == MONDAYS, route
        assert doc.chronology[0].text.startswith("A new birth visit found the home crowded"), route

"""A summary chronology printed column after column (a person's or an agency's column each) whose
rows run over a page break, read from plain pdftotext text:

* a cell the page ends mid-sentence and its rest under the column's name again on the next page
  ("Maya" / "and asked how ...") make one entry, the k-th rest joined to the k-th open cell
  where the counts agree (chronology.broken_cells);
* the repeated header's first name read on into the open cell ("... without their father" /
  "Date") is no event's words;
* a line of a sentence's words straight over the next column's name is that column's last cell,
  not a title over entries; a column's name printed again alone is no entry (chronology.builder).

The documents are the pending zoo's (build_dhr_person_columns_apostrophe_years.py,
build_sar_exec_summary_agency_column_chronology_soulby.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def _texts(stem: str) -> list[str]:
    return [" ".join(ev.text.split()) for ev in extract(PENDING / f"{stem}.txt").chronology]


@pytest.mark.parametrize(
    "stem, whole",
    [
        (
            "dhr_person_columns_apostrophe_years_over_page_break_whitlowe",
            [
                "Maya called the helpline from work and asked how to get a protection order",
                "Tomas rang the same helpline that evening saying his partner",
            ],
        ),
        (
            "dhr_person_columns_straight_apostrophe_years_over_page_break_sedgeham",
            ["Nadia asked the school nurse whether the children could be seen without their father present."],
        ),
        (
            "sar_exec_summary_agency_column_chronology_soulby",
            ["he managed her shopping with her agreement. No one spoke to"],
        ),
    ],
)
def test_a_cell_broken_over_the_page_is_one_entry(stem, whole):
    texts = _texts(stem)
    for part in whole:
        assert sum(part in t for t in texts) == 1, (part, texts)
    assert not any(t[:1].islower() for t in texts)
    assert not any(t.endswith(" Date") or " Date " in t for t in texts)


@pytest.mark.parametrize(
    "stem, count",
    [
        ("dhr_person_columns_apostrophe_years_over_page_break_whitlowe", 8),
        ("dhr_person_columns_straight_apostrophe_years_over_page_break_sedgeham", 7),
    ],
)
def test_no_entry_of_a_column_name_alone(stem, count):
    texts = _texts(stem)
    assert len(texts) == count, texts
    assert all(len(t.split()) > 3 for t in texts)

"""Chronology paragraphs a plain-text export runs together, no blank line between them: a
paragraph opening with a season or a rough date as its label ("Summer 2016 – ", "Early 2019 – ")
starts its own entry after a line run nearly to the margin, as one opening with a day does; a
wrapped line whose first words are a season, no dash after them, stays in its entry."""

from __future__ import annotations

import json
from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_period_numbered_season_chronology"


def _entries(path: Path) -> list[tuple[str | None, str]]:
    doc = json.loads(extract(path).model_dump_json())
    return [((e["date"] or {}).get("raw"), e["text"]) for e in doc["chronology"]]


def test_season_and_rough_date_labels_start_entries_in_the_plain_text_export():
    for suffix in (".txt", ".corpus.txt"):
        raws = [raw for raw, _ in _entries(PENDING / f"{STEM}{suffix}")]
        assert raws == [
            "11.03.16",
            "Summer 2016",
            "04.11.16",
            "Winter 2017",
            "19.06.18",
            "Early 2019",
            "23.08.19",
        ], suffix


_WRAPPED = """Chronology
12.03.18 – The GP saw Maren about her sleep and noted that she seemed low; no question about home was
asked and she was given a leaflet on sleep and a review appointment that she later cancelled herself.
Autumn 2018 – Maren's brother saw that she had stopped visiting and rang her twice without an answer.
04.06.19 – The school nurse noted that Maren's son had missed most of the weeks between the start of
Summer 2019 – when the family moved – and the end of the term, and wrote to Maren about it.
14.01.20 – Maren went to the emergency department with a cut to her hand and said it was an accident.
"""


def test_a_wrapped_line_opening_with_a_season_and_a_dash_stays_in_its_entry(tmp_path):
    # the line above ends mid-sentence: the season is the sentence's, not an entry's label
    path = tmp_path / "wrapped.txt"
    path.write_text(_WRAPPED, encoding="utf-8")
    entries = _entries(path)
    assert [raw for raw, _ in entries] == ["12.03.18", "Autumn 2018", "04.06.19", "14.01.20"]
    assert entries[2][1].endswith("wrote to Maren about it.")

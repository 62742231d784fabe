"""An unnumbered chronology title ("Timeline in brief") runs on over its sibling headings until
one that is no chronology's: "Findings" ends it as "Conclusions" does, so a finding that names a
month in passing, or a closing line dated by a board's meeting, is no entry (pending zoo
sar_brief_timeline_then_dated_findings, text and corpus routes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted_json

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sar_brief_timeline_then_dated_findings"


@pytest.mark.parametrize("suffix", [".txt", ".corpus.txt"])
def test_only_the_timeline_bullets_are_entries(suffix):
    events = extracted_json(PENDING / f"{STEM}{suffix}")["chronology"]
    assert [e["date"]["raw"] for e in events] == [
        "Spring 2020",
        "July 2020",
        "4 November 2021",
        "10–12 January 2022",
        "27 February 2022",
    ]
    assert not any(e["text"].startswith(("Finding", "The Board")) for e in events)

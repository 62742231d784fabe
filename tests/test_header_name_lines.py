"""A chronology table's header printed a name a line on plain text ("Date" / "Contact") over
rows the section reads paragraph by paragraph: the names are the header, neither a title over
the entries nor an entry of their own (chronology.builder). The document is the pending zoo's
sar_agency_band_chronology (build_sar_agency_band_chronology.py)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_header_names_on_lines_of_their_own_are_no_entries():
    events = extract(PENDING / "sar_agency_band_chronology.txt").chronology
    assert len(events) == 7
    assert all(" ".join(ev.text.split()) not in ("Date", "Contact") for ev in events)
    assert all(ev.heading not in ("Date", "Contact") for ev in events)

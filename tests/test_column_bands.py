"""A plan table of one-line cells that plain pdftotext printed in bands of column blocks: the
first row under the header's names, rows of one height a block a column, the last row out of
order, the Progress column apart with its wrapped notes (plan.column_bands): read only where
the bands, the counts and the cells' kinds prove whose each cell is."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "plan_apart_columns_wrapped_status_tolmere"


def _rows(text: str) -> list[tuple[str | None, str, str | None, str | None, str | None]]:
    doc = extract(text, name="plan.txt")
    return [
        (a.ref, a.action, a.lead, a.target_date.raw if a.target_date else None, a.status.raw)
        for a in doc.actions
    ]


def test_the_bands_and_the_last_row_go_to_their_rows():
    rows = _rows((PENDING / f"{STEM}.txt").read_text())
    assert rows == [
        ("1", "Refresh the risk checklist", "Police Inspector", "March 2025", "Complete – checklist issued"),
        ("2", "Routine enquiry in every practice", "Clinical Lead", "30/06/2025", "Ongoing"),
        ("3", "Safety check before a tenancy move", "Lettings Manager", "July 2025", "Not started"),
        (
            "4",
            "Leaflet for relatives and friends",
            "Partnership Officer",
            "May 2025",
            "Complete – leaflet printed",
        ),
        ("5", "IDVA at every family hearing", "IDVA Service Lead", "October 2025", "Ongoing"),
    ]


def test_the_recommendations_are_the_rows_titles():
    doc = extract((PENDING / f"{STEM}.txt").read_text(), name="plan.txt")
    assert [(r.ref, r.text) for r in doc.recommendations][:2] == [
        ("1", "Risk assessment"),
        ("2", "GP enquiry"),
    ]


def test_a_band_short_of_a_lead_pairs_no_lead():
    text = (PENDING / f"{STEM}.txt").read_text()
    # (the middle rows' lead block one cell short: the band's blocks no longer as long)
    short = text.replace("Lettings Manager\n", "", 1)
    rows = _rows(short)
    assert not any(lead in ("Partnership Officer", "Clinical Lead") for _, _, lead, *_ in rows)


def test_a_progress_column_short_of_a_status_pairs_no_status():
    text = (PENDING / f"{STEM}.txt").read_text()
    short = text.replace("Not started\n", "", 1)
    assert not any(status and status.startswith("Ongoing") for *_, status in _rows(short))


def test_a_sibling_whose_last_rows_print_as_a_band_of_their_own():
    rows = _rows((PENDING / "plan_column_bands_wrapped_status_orrinford.txt").read_text())
    assert [(ref, lead, when, status) for ref, _, lead, when, status in rows] == [
        ("1", "Board Manager", "April 2025", "Complete – guide issued"),
        ("2", "Station Manager", "June 2025", "In progress"),
        ("3", "Principal Social Worker", "31/07/2025", "In progress"),
        ("4", "Home Care Lead", "August 2025", "Complete – route agreed"),
        ("5", "Discharge Lead", "September 2025", "Not started"),
        ("6", "Named GP", "December 2025", "Complete – both held"),
    ]

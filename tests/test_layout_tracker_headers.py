"""A wide tracker printed from a workbook by a layout-preserving text export (pdftotext -layout).

Such trackers carry a dozen columns, and their header is not all plan vocabulary: a name with an
aside ("Progress update (as at March 2025)"), a narrow column whose name is cut over lines
("Close" / "d" / "(Y/N)"). One name the vocabulary does not know among many it does is still a
header; the unknown column is kept under its printed name. A line across the table naming the
agencies' part ("Single agency recommendations") carries the table on, as the overview part's
line does."""

from __future__ import annotations

import textwrap

import pytest

import dhrparse

COLUMNS = [  # (header lines, width)
    (["Ref"], 8),
    (["RAG"], 9),
    (["Rec", "No."], 8),
    (["Recommendation"], 36),
    (["Action"], 33),
    (["Owner"], 19),
    (["Due date"], 13),
    (["Progress update (as at", "March 2025)"], 27),
    (["Close", "d", "(Y/N)"], 6),
]
OVERVIEW = [
    (
        "1.1",
        "Blue",
        "1",
        "Tennbury Community Safety Partnership should commission awareness sessions for "
        "reception staff in council offices.",
        "Commission two sessions a year from the specialist service.",
        "Partnership Manager",
        "30/06/2024",
        "Both sessions held; forty staff attended.",
        "Y",
    ),
    (
        "2.1",
        "Amber",
        "2",
        "The Partnership should ask the housing provider to flag tenancies where abuse has been disclosed.",
        "Agree a flag and who may see it.",
        "Head of Tenancy Services",
        "31/12/2024",
        "Legal advice awaited on who may see the flag.",
        "N",
    ),
]
AGENCY = [
    (
        "P1.1",
        "Amber",
        "P1",
        "Tennbury Police should check that a risk assessment is completed before a case is closed.",
        "Add a supervisor check to the closure workflow.",
        "Detective Inspector",
        "31/03/2025",
        "Change approved; goes live with the next release.",
        "N",
    ),
    (
        "H1.1",
        "Red",
        "H1",
        "Tennbury Hospitals Trust should record who accompanies a patient to the emergency department.",
        "Add an accompanied-by field to the record.",
        "Head of Safeguarding",
        "30/09/2025",
        "Not started.",
        "N",
    ),
]


def _row(cells: list[list[str]]) -> list[str]:
    lines = []
    for k in range(max(len(c) for c in cells)):
        parts = [(c[k] if k < len(c) else "").ljust(w) for c, (_, w) in zip(cells, COLUMNS)]
        lines.append("".join(parts).rstrip())
    return lines


def _tracker(part_line: bool) -> str:
    out = ["Tennbury DHR action tracker – DHR 2022-04", "", "Sheet 2: Tracker"]
    out += _row([list(names) for names, _ in COLUMNS])
    out.append("Overview report recommendations")
    for rows, heading in ((OVERVIEW, None), (AGENCY, "Single agency recommendations" if part_line else None)):
        if heading:
            out.append(heading)
        for row in rows:
            out += _row([textwrap.wrap(cell, w - 2) for cell, (_, w) in zip(row, COLUMNS)])
    out += ["", "Sheet 3: Change log", "Each change to the tracker is logged with its date and who made it."]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("part_line", [False, True])
def test_a_wide_tracker_header_with_an_aside_and_a_cut_name_is_read(part_line):
    doc = dhrparse.extract(_tracker(part_line), name="tracker.txt")
    got = {a.ref: (a.lead, a.status.value) for a in doc.actions}
    assert got == {
        "1.1": ("Partnership Manager", "complete"),
        "2.1": ("Head of Tenancy Services", "in_progress"),
        "P1.1": ("Detective Inspector", "in_progress"),
        "H1.1": ("Head of Safeguarding", "not_started"),
    }
    assert [r.ref for r in doc.recommendations] == ["1", "2", "P1", "H1"]

"""Home Office template plans plain pdftotext printed row after row (plan.row_runs): the merged
recommendation column once, then each row's cells one after another, a blank cell leaving
nothing, two rows' action cells run together under one merged recommendation, and a row's cells
sometimes printed after the table.

- real exports: one plan rendered by tests/column_blocks/generate_rowruns.py in three column
  orders and several widths, exported by LibreOffice and read by plain pdftotext
  (tests/column_blocks/rowruns): no row is given another row's lead, date or status;
- a generator printing one plan row after row in several column orders, with blank cells and
  with two rows' actions run together, the way those exports do.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

EXPORTS = sorted((Path(__file__).parent / "column_blocks" / "rowruns").glob("*.truth.json"))


def _squeezed(text: str | None) -> str:
    # (a narrow column breaks a word over two lines: "Harrowfi" / "eld CSP" is still the cell)
    return re.sub(r"[^a-z0-9]+", "", (text or "").lower())


def _pairs(truth_path: Path) -> list[tuple[dict, object]]:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    doc = extract(truth_path.with_name(truth_path.name.replace(".truth.json", ".txt")))
    used: set[int] = set()
    out = []
    for row in truth["rows"]:
        key = _squeezed(row["action"])[:25]
        k = next(
            (k for k, a in enumerate(doc.actions) if k not in used and _squeezed(a.action).startswith(key)),
            None,
        )
        if k is not None:
            used.add(k)
            out.append((row, doc.actions[k]))
    return out


def _wrong(row: dict, act) -> list[str]:
    wrong = []
    if act.status is not None and act.status.value not in ("unknown", row["status"]):
        wrong.append(f"status {act.status.raw!r}")
    if act.lead and _squeezed(act.lead) != _squeezed(row["lead"]):
        wrong.append(f"lead {act.lead!r}")
    raw = _squeezed(act.target_date.raw) if act.target_date is not None else ""
    if raw and raw not in _squeezed(row["target_date"]):  # (a day lost to a wrapped cell is no other row's)
        wrong.append(f"date {act.target_date.raw!r}")
    return wrong


def test_exports_are_committed():
    assert len(EXPORTS) >= 9


@pytest.mark.parametrize("truth_path", EXPORTS, ids=lambda p: p.name.split(".")[0])
def test_an_export_gives_no_row_another_rows_value(truth_path):
    for row, act in _pairs(truth_path):
        assert not _wrong(row, act), (row["action"], _wrong(row, act))


def test_exports_still_read_the_rows_they_prove():
    # a floor, so that reading nothing (never wrong) cannot pass
    leads = sum(1 for t in EXPORTS for row, act in _pairs(t) if act.lead and not _wrong(row, act))
    statuses = sum(
        1
        for t in EXPORTS
        for row, act in _pairs(t)
        if act.status is not None and act.status.value == row["status"]
    )
    assert leads >= 20 and statuses >= 12, (leads, statuses)


# ---- one plan printed row after row ------------------------------------------------------------
HEAD = (
    "Brackenholt Community Safety Partnership\nDHR 'Iris' action plan\nRecommendation\n"
    "Brackenholt Council should make sure that its contact centre\nasks a caller about their safety.\n"
    "Brackenholt Police should review how it records repeat\ncalls from the same address.\n\n"
)
ROWS = [  # action, lead, milestone, target, status: wrapped as a narrow column wraps them
    (
        "Train contact centre staff on asking\nabout safety",
        "Brackenholt\nCouncil",
        "Course booked with the\nlocal IDVA service",
        "May 2024",
        "Complete",
    ),
    ("Add a safety prompt to the call\nscript", "Brackenholt\nCouncil", "", "30/09/2024", "In progress"),
    (
        "Audit repeat calls to ten\naddresses",
        "Brackenholt\nPolice",
        "Audit tool agreed by\nthe steering group",
        "Q4 2024/25",
        "Not started",
    ),
    (
        "Brief supervisors on repeat\ncalls",
        "Brackenholt\nPolice",
        "Briefing written for\nthe next cycle",
        "Jan 2025",
        "",
    ),
]
VALUES = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started", "": "unknown"}
NAMES = {
    "lead": "Lead Agency",
    "milestone": "Key milestones achieved in\nenacting recommendation",
    "target": "Target Date",
    "status": "Date of completion and\nOutcome",
}
ORDERS = [
    ["lead", "milestone", "target", "status"],
    ["lead", "target", "status"],
    ["lead", "target", "milestone", "status"],
]


@st.composite
def printed_plans(draw):
    order = draw(st.sampled_from(ORDERS))
    blank = draw(st.sets(st.sampled_from(["lead", "milestone", "target"]), max_size=1))
    blank_row = draw(st.integers(min_value=1, max_value=len(ROWS) - 1))
    together = draw(st.booleans())  # the first two rows' action cells run together
    return order, blank, blank_row, together


def _print(order: list[str], blank: set[str], blank_row: int, together: bool) -> str:
    """The plan as plain pdftotext prints it: the recommendation column, the scope column's name
    over the first row's scope, the other names, then each row's scope, action and other cells
    one after another (a blank cell leaving nothing; the first two rows' actions run together
    under one merged recommendation and scope when `together`)."""
    out = [HEAD, "Scope of\nrecommendation\nLocal\n\nAction to take\n\n", *(f"{NAMES[c]}\n\n" for c in order)]
    for k, (action, lead, milestone, target, status) in enumerate(ROWS):
        cells = {"lead": lead, "milestone": milestone, "target": target, "status": status}
        values = [cells[c] for c in order if cells[c] and not (k == blank_row and c in blank)]
        if k and not (together and k == 1):
            out.append("Local\n\n")
        if together and k == 0:
            out.append(f"{action}\n{ROWS[1][0]}\n\n")
        elif not (together and k == 1):
            out.append(f"{action}\n\n")
        out += [f"{v}\n\n" for v in values]
    return "".join(out) + "The plan is reviewed each quarter by the partnership.\n"


@settings(max_examples=40, deadline=None)
@given(printed_plans())
def test_a_row_printed_after_its_action_gets_its_own_values_or_none(plan):
    order, blank, blank_row, together = plan
    doc = extract(_print(*plan), name="plan.txt")
    got = {a.action.split()[0]: a for a in doc.actions}
    for k, (action, lead, _, target, status) in enumerate(ROWS):
        act = got.get(action.split()[0])
        assert act is not None, (plan, [a.action for a in doc.actions])
        if act.lead:
            assert act.lead == " ".join(lead.split()), (plan, k, act.lead)
        if act.status is not None and act.status.value != "unknown":
            assert act.status.value == VALUES[status], (plan, k, act.status.raw)
        if act.target_date is not None:
            assert act.target_date.raw == target, (plan, k, act.target_date.raw)
    if not together and not blank:
        # every row printed whole, in place: every value is read
        assert [a.lead for a in doc.actions] == [" ".join(r[1].split()) for r in ROWS], plan
        assert [a.status.value if a.status else "unknown" for a in doc.actions] == [
            VALUES[r[4]] for r in ROWS
        ]

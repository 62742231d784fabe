"""Plans whose Word table reaches the text route as plain pdftotext output, which prints a table
column by column or cell by cell (plan.column_blocks, plan.value_blocks): a lead, target date or
status is given to a row only where the printed blocks prove it is that row's, never by a count
that happens to agree. A wrong status is worse than a missing one.

- real exports: Word plans in six families built by tests/column_blocks/generate_colprint.py,
  exported by LibreOffice and read by plain pdftotext (tests/column_blocks/generated), and three
  written plans (tests/column_blocks/colprint_*, build_colprint.py) with hand-written gold;
- a generator printing the same plan the ways pdftotext does: each column one block, the first
  row under the header's names and the rest in one block, rows as bands, and short cells as lone
  blocks in an order of their own.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import score  # tests/score.py
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

FOLDER = Path(__file__).parent / "column_blocks"
GENERATED = sorted((FOLDER / "generated").glob("*.truth.json"))


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


def _read(truth_path: Path) -> list[tuple[dict, object]]:
    """Each truth row with the action read for it (None when none was)."""
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    doc = extract(truth_path.with_name(truth_path.name.replace(".truth.json", ".txt")))
    used: set[int] = set()
    out = []
    for row in truth["rows"]:
        key = _norm(row["action"])[:30]
        k = next(
            (k for k, a in enumerate(doc.actions) if k not in used and _norm(a.action).startswith(key)), None
        )
        if k is not None:
            used.add(k)
        out.append((row, doc.actions[k] if k is not None else None))
    return out


def _wrong(row: dict, act) -> list[str]:
    wrong = []
    if act.status is not None and act.status.value != "unknown" and act.status.value != row["status"]:
        wrong.append(f"status {act.status.raw!r}")
    if act.lead and _norm(act.lead) != _norm(row["lead"]):
        wrong.append(f"lead {act.lead!r}")
    if act.target_date is not None and _norm(act.target_date.raw) != _norm(row["target_date"]):
        wrong.append(f"date {act.target_date.raw!r}")
    return wrong


def test_generated_exports_are_committed():
    assert len(GENERATED) >= 30


@pytest.mark.parametrize("truth_path", GENERATED, ids=lambda p: p.name.split(".")[0])
def test_a_real_export_gives_no_row_another_rows_value(truth_path):
    for row, act in _read(truth_path):
        if act is not None:
            assert not _wrong(row, act), (row["action"], _wrong(row, act))


def test_real_exports_still_read_the_values_their_blocks_prove():
    # a floor, so that reading nothing (never wrong) cannot pass: the blocks prove about a
    # quarter of the statuses and dates of these 36 tables
    right = sum(
        1
        for t in GENERATED
        for row, act in _read(t)
        if act is not None and act.status is not None and act.status.value == row["status"]
    )
    assert right >= 20


# ---- written plans with hand-written gold ------------------------------------------------------
def _scored(stem: str):
    gold = json.loads((FOLDER / f"{stem}.json").read_text(encoding="utf-8"))
    doc = json.loads(extract(FOLDER / f"{stem}.txt").model_dump_json())
    return gold, doc, score.score_doc(gold, doc)


@pytest.mark.parametrize("stem", ["colprint_ho_template", "colprint_tracker_rag", "colprint_single_agency"])
def test_written_plan_pairs_no_value_wrongly(stem):
    gold, doc, _ = _scored(stem)
    pairs, _ = score.match(gold["actions"], doc["actions"], score.act_hit)
    assert len(pairs) >= len(gold["actions"]) - 1
    for g, o in pairs:
        if o.get("lead"):
            assert score.agency_ok(g["lead"], o["lead"]), (g["action_start"], o["lead"])
        if (o.get("status") or {}).get("value") not in (None, "unknown"):
            assert o["status"]["value"] == g["status"], g["action_start"]


def test_home_office_template_printed_row_by_row_reads_every_value():
    # each row's cells print after its action (the first row's milestone under the header):
    # every row is a run of one action with its own band
    _, _, result = _scored("colprint_ho_template")
    assert result["actions"].f1() == 1.0
    for field in ("lead", "target_date", "status"):
        assert result["actions"].fields[field] == [4, 4], field


def test_pdf_and_word_renderings_read_every_status():
    # route parity: the same plans through the PDF and Word readers
    for stem in ("colprint_ho_template", "colprint_tracker_rag", "colprint_single_agency"):
        gold = json.loads((FOLDER / f"{stem}.json").read_text(encoding="utf-8"))
        for ext in (".pdf", ".docx"):
            doc = json.loads(extract(FOLDER / f"{stem}{ext}").model_dump_json())
            ok, n = score.score_doc(gold, doc)["actions"].fields["status"]
            assert ok == n == len(gold["actions"]), (stem, ext)


# ---- the same plan printed the ways pdftotext prints a table -----------------------------------
HEAD = (
    "Oakridge Safeguarding Adults Board\nSAR 'Mr T' - action plan\n\n"
    "1. The Board should make sure that partners act on repeated refusals of care.\n\n"
)
ACTIONS = [
    "Publish a practice note on repeated refusals\nof care.",
    "Audit ten cases where support was declined.",
    "Deliver a workshop for district nurses on\nself-neglect.",
    "Agree a route for fire service referrals.",
    "Review the escalation policy with the\nhousing team.",
    "Write to GP practices about the new\npathway.",
]
# as a narrow column wraps them: most cells run over two lines, as in a real export
LEADS = [
    "Board Business\nManager",
    "Principal Social\nWorker",
    "Named Nurse for\nAdults",
    "Fire Prevention\nLead",
    "Housing Options\nLead",
    "Named GP for\nSafeguarding",
]
DATES = ["March\n2024", "30/06/2024", "December\n2024", "Q3 2024/25", "31/01/2025", "May\n2025"]
STATUS_WORDS = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}
RATINGS = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}
KEY = "RAG key: Green - complete; Amber - in progress; Red - not started.\n"
NAMES = ["Lead", "Target date", "Status"]
HOWS = ["blocks", "first_apart", "bands", "displaced", "lone", "dropped"]


@st.composite
def printed_plans(draw):
    """A plan of n rows and a way pdftotext prints it (see `_print`)."""
    n = draw(st.integers(min_value=2, max_value=6))
    words = draw(st.sampled_from([STATUS_WORDS, RATINGS]))
    statuses = [draw(st.sampled_from(sorted(words))) for _ in range(n)]
    how = draw(st.sampled_from(HOWS))
    order = draw(st.permutations(range(1, n)))
    late = draw(st.integers(min_value=1, max_value=n - 1))
    return n, statuses, how, list(order), late


def _print(n: int, statuses: list[str], how: str, order: list[int], late: int) -> str:
    """The plan as pdftotext prints it: the action column one block, then

    - `blocks`: each other column one block under its name;
    - `first_apart`: the first row's cells under the names, each column's other cells one block;
    - `bands`: the first row's cells under the names, then each row's lead, date and status
      after one another, row after row (the lead wrapped into a block of its own);
    - `displaced`: as `bands`, but one row's date printed after the last row's and its status
      after the note under the table, as pdftotext prints a row it takes out of its place;
    - `lone`: the first row under the names, the other short cells each a block in an order of
      its own (`order`), dates apart from statuses;
    - `dropped`: as `bands` with one row's status cell empty."""
    columns = [LEADS[:n], DATES[:n], statuses]
    out = [HEAD, "Action\n" + "\n".join(ACTIONS[:n]) + "\n\n"]
    if how == "blocks":
        out += [f"{name}\n" + "\n".join(cells) + "\n\n" for name, cells in zip(NAMES, columns)]
        return "".join(out) + KEY
    out += [f"{name}\n{cells[0]}\n\n" for name, cells in zip(NAMES, columns)]
    rows = range(1, n)
    if how == "first_apart":
        out += ["\n".join(cells[1:]) + "\n\n" for cells in columns]
    elif how in ("bands", "dropped"):
        out += [
            "".join(
                f"{cells[k]}\n\n"
                for cells in columns
                if not (how == "dropped" and k == late and cells is statuses)
            )
            for k in rows
        ]
    elif how == "displaced":
        out += ["".join(f"{cells[k]}\n\n" for cells in columns) for k in rows if k != late]
        out.append(f"{LEADS[late]}\n\n{DATES[late]}\n\n")
    else:
        out += [f"{LEADS[k]}\n\n" for k in rows] + [f"{DATES[k]}\n\n" for k in order]
        out += [f"{statuses[k]}\n\n" for k in reversed(order)]
    out.append(KEY)
    if how == "displaced":
        out.append(f"\n{statuses[late]}\n")
    return "".join(out)


@settings(max_examples=60, deadline=None)
@given(printed_plans())
def test_a_status_is_its_rows_or_none_however_the_table_prints(plan):
    n, statuses, how, order, late = plan
    doc = extract(_print(n, statuses, how, order, late), name="plan.txt")
    assert [a.action.split()[0] for a in doc.actions] == [a.split()[0] for a in ACTIONS[:n]]
    got = [a.status.value if a.status else "unknown" for a in doc.actions]
    want = [{**STATUS_WORDS, **RATINGS}[s] for s in statuses]
    for k, (g, w) in enumerate(zip(got, want)):
        assert g in ("unknown", w), (how, order, late, k, got, want)
    if how in ("blocks", "first_apart") and set(statuses[1:]) - {"Complete"}:
        # one block per column, or the first row apart under the names: the order is proven
        # (a block of nothing but "Complete" may as well be target dates: then it is left)
        assert got == want, (how, got, want)

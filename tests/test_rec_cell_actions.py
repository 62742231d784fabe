"""Actions numbered inside the recommendation cell ("Actions:" then "1.1 ...", "1.2 ..."):
the recommendation is the sentence before the label, each numbered item an action with the
row's lead, date and status; on corpus text the cells are cut by the cell's fixed-pitch room
(plan.rec_cell_actions, plan.rec_cell_rows)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.plan.rec_cell_actions import cell_items
from dhrparse.plan.rec_cell_rows import rec_cell_rows

ZOO = Path(__file__).parent / "zoo"
P = load_patterns()


def test_cell_items_cut_sentence_and_numbered_actions():
    read = cell_items("Police should share outcomes. Actions: 2.1 Agree a route. 2.2 Test it.", "2", P)
    assert read == ("Police should share outcomes.", [("2.1", "Agree a route."), ("2.2", "Test it.")])


@pytest.mark.parametrize(
    "text, number",
    [
        ("Police should share outcomes. Actions: 3.1 Agree a route.", "2"),  # (another row's number)
        ("Police should share outcomes. Actions: 2.2 Agree a route.", "2"),  # (not from N.1)
        ("Police should share outcomes by 2.1 March.", "2"),  # (no label)
        ("Actions: 2.1 Agree a route.", "2"),  # (no sentence before the label)
    ],
)
def test_other_cells_left_alone(text, number):
    assert cell_items(text, number, P) is None


ROWS = [
    "1 Northmoor Police should share the outcome Northmoor Sep Not begun",
    "of every domestic incident with the Police 2025",
    "victim's GP within two working days.",
    "Actions:",
    "1.1 Agree a secure mailbox route with the",
    "GP practices in Harrowdene.",
    "2 Harrowdene Borough Council should record Harrowdene Jul Under way",
    "every report of damage to a tenancy. Borough 2025",
    "Council",
    "Actions: ",
    "2.1 Change the repairs form so that a",
    "damage report asks who caused it.",
]


def test_joined_lines_cut_by_the_cells_room():
    rows = rec_cell_rows(ROWS, P)
    assert rows is not None
    (s1, e1, c1), (s2, e2, c2) = rows
    assert (s1, e1, s2, e2) == (0, 6, 6, 12)
    assert c1[0] == "1" and c1[1].startswith("Northmoor Police should share the outcome of every domestic")
    assert c1[2:] == ["Northmoor Police", "Sep 2025", "Not begun"]
    assert c2[2:] == ["Harrowdene Borough Council", "Jul 2025", "Under way"]


def test_cells_not_read_as_their_columns_refuse_the_table():
    broken = list(ROWS)
    broken[0] = "1 Northmoor Police should share the outcome Northmoor Sep Maybe"  # (no status)
    assert rec_cell_rows(broken, P) is None


@pytest.mark.parametrize("route", [".corpus.txt", ".txt", ".pdf", ".docx"])
def test_zoo_plan_reads_every_action(route):
    stem = "plan_actions_in_rec_cell_kestleigh"
    src = Path(__file__).parents[1] / "src"
    out = subprocess.run(
        [sys.executable, "-m", "dhrparse", "extract", str(ZOO / f"{stem}{route}"), "--format", "json"],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
        check=True,
    ).stdout
    doc = json.loads(out)
    assert [a["ref"] for a in doc["actions"]] == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1"]
    assert [r["ref"] for r in doc["recommendations"]] == ["1", "2", "3"]
    assert all("Actions" not in r["text"] for r in doc["recommendations"])
    assert doc["actions"][3]["lead"] == "Wyre Valley GP Federation"
    assert doc["actions"][3]["status"]["value"] == "in_progress"

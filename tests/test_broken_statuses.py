"""A status printed first in a narrow column, its word broken by the column's edge ("Implement"
over "ed"): the row still opens with its status and ref, the word made whole, and the rest is
no word of the recommendation beside it (plan.broken_statuses)."""

from __future__ import annotations

from pathlib import Path

import regex
from conftest import extracted_json

from dhrparse.plan.broken_statuses import mended_status

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STATUS = regex.compile(r"^(?:Implemented|Embedded|In train|Not yet due|Not started)(?![\w-])", regex.I)
REF = regex.compile(r"^[A-Z]{1,3}\d/R\d/A\d$")


def test_a_status_word_broken_over_two_lines_is_made_whole():
    words = ["Implement", "FS2/R1/A1", "R1.", "Fellstow"]
    assert mended_status(words, ["ed", "Social", "Care"], STATUS, REF) == 1
    assert mended_status(["Not", "yet", "du", "FS2/R2/A3", "Audit"], ["e", "records"], STATUS, REF) == 3
    # (a whole status word, or a rest that makes none, or a capital opening the line under it)
    assert mended_status(["Embedded", "FS2/R2/A1", "R2."], ["ed", "x"], STATUS, REF) is None
    assert mended_status(words, ["ing", "Social"], STATUS, REF) is None
    assert mended_status(words, ["Ed", "Social"], STATUS, REF) is None


def test_the_zoo_plans_rows_are_read_on_corpus_text():
    doc = extracted_json(PENDING / "dhr_plan_status_first_broken_status.corpus.txt")
    rows = [(a["ref"], a["status"]["raw"], a["status"]["value"]) for a in doc["actions"]]
    assert [r for r in rows if r[1] == "Implemented"] == [
        ("FS2/R1/A1", "Implemented", "complete"),
        ("FS2/R2/A2", "Implemented", "complete"),
        ("FS2/R3/A2", "Implemented", "complete"),
    ]
    assert len(rows) == 7
    texts = [r["text"] for r in doc["recommendations"]]
    assert not any(" ed " in f" {t} " for t in texts)  # (the broken word's rest is the status's)

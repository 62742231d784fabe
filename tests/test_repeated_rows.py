"""A plan repeating its recommendation's number and text on every action's row, in corpus text:
the later row's first line is cut between the recommendation and the action where the first
row's was (plan.repeated_rows), so no word of the recommendation opens the action ("Trust Audit
twenty ...") and no second, shorter recommendation is read. Read on
tests/zoo/pending/dhr_learning_recommendation_list (own words, fictional places)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract
from dhrparse.plan.repeated_rows import alike_repeats

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_learning_recommendation_list"
ROLES = ["recommendation", "action", "lead"]


def test_a_later_row_gives_back_the_word_its_recommendation_lost():
    rows = [
        (1, "2", ["Ferrow Water Trust", "Add a prompt", "Ferrow"]),
        (2, "2", ["Ferrow Water", "Trust Audit the files", "Ferrow"]),
        (3, "2", ["Ferrow Water Trust Check", "the logs", "Ferrow"]),
    ]
    alike_repeats(rows, ROLES)
    assert [r[2][:2] for r in rows] == [
        ["Ferrow Water Trust", "Add a prompt"],
        ["Ferrow Water Trust", "Audit the files"],
        # (a later recommendation cut longer is left: the first row's may be the short one)
        ["Ferrow Water Trust Check", "the logs"],
    ]


def test_rows_of_other_numbers_or_other_words_are_left_as_cut():
    rows = [
        (1, "1", ["Ferrow Water Trust", "Add a prompt", "Ferrow"]),
        (2, "2", ["Ferrow Water", "Trust Audit the files", "Ferrow"]),
        (3, "1", ["The Council", "Write a guide", "Ferrow"]),
    ]
    alike_repeats(rows, ROLES)
    assert rows[1][2][:2] == ["Ferrow Water", "Trust Audit the files"]
    assert rows[2][2][:2] == ["The Council", "Write a guide"]


def test_the_repeated_recommendation_is_read_once_and_its_actions_whole():
    doc = extract((ZOO / f"{STEM}.corpus.txt").read_text(encoding="utf-8"), name=f"{STEM}.corpus.txt")
    assert [r.ref for r in doc.recommendations] == ["2", "4", "5"]
    assert [a.action.split()[0] for a in doc.actions] == ["Add", "Audit", "Write", "Deliver"]

"""A row's number written as a word ("Three") printed alone among a column-block plan's cells is
no body's name (plan/block_cells.py `_capitalised`): told a lead, it made the run's lead column
two blocks and the run kept no lead."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.plan.block_cells import capitalised
from dhrparse.vocab.refs import is_number_word

HELDOUT23 = Path(__file__).resolve().parent / "heldout23"


def test_a_number_word_alone_reads_as_no_name():
    assert is_number_word("Three") and is_number_word("twelve.")
    assert not capitalised("Three")
    assert capitalised("Head of Commissioning") and not is_number_word("One Housing Trust")


def test_the_board_plans_rows_numbered_in_words_keep_their_leads_on_the_text_route():
    doc = extracted_json(
        HELDOUT23 / "sar_word_numbered_recs_to_board_measure_of_success_plan_arial_ettrickmoor.txt"
    )
    assert [a["lead"] for a in doc["actions"]] == [
        "SAB Business Manager",
        "SAB Training Lead",
        "Head of Commissioning",
        "Head of Adult Safeguarding",
        "Ettrickmoor Community Health Trust",
        "SAB Independent Chair",
    ]


def test_a_number_word_printed_before_a_rows_action_is_never_its_lead():
    # (the pending SAR plan of our own: "Three" and "Four" print alone before their rows' actions)
    doc = extracted_json(
        Path(__file__).resolve().parent / "zoo" / "pending" / "sar_plan_recs_numbered_in_words_harnby.txt"
    )
    assert not {a["lead"] for a in doc["actions"]} & {"One", "Two", "Three", "Four"}

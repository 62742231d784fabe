"""A narrower plan table in corpus text followed by the report's sentence and then the page's
running foot ("Safeguarding Adults Review: Mr Tolland • Summary • Page 2"): the table is read
up to the sentence, as it is where the sentence is the document's last line
(plan.narrow_rows._told); before, only a last line was tried, so the foot kept the sentence in
the last row's cells and no cut was sure."""

from __future__ import annotations

from board_plan_text import expected, printed, read


def test_the_table_ends_at_the_sentence_over_the_running_foot():
    assert read(printed(foot=True)) == expected()


def test_the_table_ends_at_a_last_sentence_as_before():
    assert read(printed(foot=False)) == expected()

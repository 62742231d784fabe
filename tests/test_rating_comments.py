"""A rating cell that opens with its colour and goes on with a comment ("Amber – first audit
done") is rated by the colour: the comment tells which part of the work is done, so an amber or
red row is never complete by its words (plan.status, plan.ratings), nor is such a cell read as a
line of the plan's RAG key (plan.rag_key). And a completion flag column printed as a block of
its own by plain pdftotext ("Completed?" / "(Y/N)" / "Y" / "N") is no row's status cell
(plan.flag_blocks)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.flag_blocks import flag_name_lines
from dhrparse.plan.ratings import rate_row
from dhrparse.plan.status import normalise_status

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_an_amber_or_red_cell_is_not_complete_by_the_words_after_its_colour():
    assert normalise_status("Amber – first audit done").value == "in_progress"
    assert normalise_status("Red – scoping completed, nothing else").value == "not_started"
    assert normalise_status("Green – on track").value == "in_progress"  # (green rates the pace there)
    assert normalise_status("Green – complete").value == "complete"
    assert normalise_status("Completed – amber until audited").value == "complete"  # (no colour first)


def test_a_comment_after_the_colour_spells_no_status_through_the_key():
    p = load_patterns()
    key = {"green": "in_progress", "amber": "in_progress", "red": "not_started", "blue": "complete"}
    cell = "Amber – first audit done"
    assert rate_row(normalise_status(cell, None, p), cell, [], key, p).value == "in_progress"
    cell = "Blue – closed in March"
    assert rate_row(normalise_status(cell, None, p), cell, [], key, p).value == "complete"


def _block(*texts: str) -> list[Line]:
    return [Line(k, t, page=1) for k, t in enumerate(texts, 1)]


def test_a_flag_columns_block_is_its_name_and_its_flags():
    p = load_patterns()
    assert flag_name_lines(_block("Completed?", "(Y/N)", "Y", "N", "N"), p) == 2
    assert flag_name_lines(_block("Closed Y/N", "Yes", "No"), p) == 1
    assert flag_name_lines(_block("Completed", "Y", "N"), p) == 0  # (no question, no key: a status word)
    assert flag_name_lines(_block("Completed?", "(Y/N)", "Guide published"), p) == 0
    assert flag_name_lines(_block("Y", "Completed?", "N"), p) == 0


def test_the_zoo_trackers_ratings_are_read_by_their_colours_on_every_route():
    for ext in ("txt", "pdf", "docx"):
        doc = extracted_json(PENDING / f"tracker_rag_words_done_flag.{ext}")
        states = [(a["status"]["raw"], a["status"]["value"]) for a in doc["actions"]]
        assert states == [
            ("Blue – closed in March", "complete"),
            ("Amber – first audit done", "in_progress"),
            ("Green – on track", "in_progress"),
            ("Red", "not_started"),
        ], ext


def test_the_zoo_trackers_rows_are_read_on_corpus_text_under_a_rag_and_note_column():
    # ("RAG and note" names the status column: in corpus text the header is known by its words alone)
    doc = extracted_json(PENDING / "tracker_rag_words_done_flag.corpus.txt")
    rows = [(a["ref"], a["lead"], a["status"]["value"]) for a in doc["actions"]]
    assert rows == [
        ("1.1", "Partnership Manager", "complete"),
        ("1.2", "Quality Assurance Lead", "in_progress"),
        ("2.1", "Contact Centre Manager", "in_progress"),
        ("3.1", "Partnership Chair", "not_started"),
    ]

"""A plan whose header is two rows, saved from Word as text one cell a line (plan.stacked_sub_header):
"Progress (January 2025)" merged across "Update" | "RAG", the other names merged down and printed
again as blank cells; the rows read by content, the report's sentence after the table left out."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo"
TWO_ROWS = ZOO / "plan_word_text_two_row_header.txt"


def _actions(doc: dict) -> list[tuple]:
    return [
        (
            a["recommendation_ref"],
            a["lead"],
            (a["target_date"] or {}).get("raw"),
            a["status"]["raw"],
            a["status"]["value"],
        )
        for a in doc["actions"]
    ]


def test_two_row_header_reads_every_row_with_its_rag_letter():
    acts = _actions(extracted_json(TWO_ROWS))
    assert acts == [
        ("1", "Head of Adult Social Care", "31/10/2024", "C", "complete"),
        ("1", "Principal Social Worker", "30/04/2025", "G", "in_progress"),
        ("2", "Partnership Business Manager", "31/12/2024", "A", "in_progress"),
        ("3", "Inspector, Neighbourhood Policing", "31/03/2025", "G", "in_progress"),
        ("3", "Learning and Development Lead", "30/06/2025", "R", "not_started"),
    ]


def test_sentence_after_the_table_is_no_cell():
    doc = extracted_json(TWO_ROWS)
    assert not any("review this plan again" in (a.get("text") or "") for a in doc["actions"])
    assert not any("review this plan again" in str(a.get("progress")) for a in doc["actions"])


def test_one_name_under_the_merged_name_is_no_second_row(tmp_path: Path):
    """A single short line after the blanks (a wrapped name, a stray word) does not make the
    header two rows: the table's cells are then counted by the first row's names, which here do
    not divide, and no action is guessed."""
    text = TWO_ROWS.read_text(encoding="utf-8").replace("Update\nRAG\n", "Update\n", 1)
    path = tmp_path / "one_sub_name.txt"
    path.write_text(text, encoding="utf-8")
    _left_unread(path)


def test_second_row_needs_the_merged_down_cells_printed_blank(tmp_path: Path):
    """With the blank cells gone the names after the first row are not its second row."""
    lines = TWO_ROWS.read_text(encoding="utf-8").split("\n")
    k = lines.index("Progress (January 2025)")
    while lines[k + 1] == "":
        del lines[k + 1]
    path = tmp_path / "no_blanks.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    _left_unread(path)


def _left_unread(path: Path) -> None:
    """No row guessed: the plan's lines are left as text, each run named in a warning."""
    doc = extract(path).model_dump()
    assert doc["actions"] == []
    assert [w for w in doc["warnings"] if w["code"] == "plan_text_unplaced"]

"""An action cell listing bullets (plan.action_bullets): the row is one action (the contract: an
action is one row of an action-plan table), its text the whole cell with every bullet's item in
order after a "• " mark, sharing the row's lead, date and status, on every route."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.action_bullets import ActionBullets
from dhrparse.plan.layouts import _marks_joined

ZOO = Path(__file__).parent / "zoo"


@pytest.fixture(scope="module")
def bullets() -> ActionBullets:
    return ActionBullets.of(load_patterns())


def test_imperative_bullets_are_one_action_in_order(bullets):
    cell = "• Write to every agency asking for a named lead. • Publish the leads' names online."
    assert bullets.joined(cell) == cell


def test_every_mark_is_written_as_one_bullet(bullets):
    # (a private-use glyph plain pdftotext prints, and the line breaks of the cell)
    cell = "\uf0b7 Add a question to the form.\n\uf0b7  Brief the\nteam."
    assert bullets.joined(cell) == "• Add a question to the form. • Brief the team."


def test_a_lead_in_keeps_its_list_after_it(bullets):
    cell = "Deliver training to: \uf0b7 Reception staff \uf0b7 Duty social workers"
    assert bullets.joined(cell) == "Deliver training to: • Reception staff • Duty social workers"


def test_one_bullet_is_its_item_and_a_cell_with_no_bullet_is_as_printed(bullets):
    assert bullets.joined("• Write to each agency.") == "Write to each agency."
    assert (
        bullets.joined("Write to each agency. Publish the list.") == "Write to each agency. Publish the list."
    )
    # (a mark inside a word is no bullet)
    assert bullets.joined("Co•ordinate the panel") == "Co•ordinate the panel"
    assert bullets.joined(None) is None


def test_a_mark_printed_apart_joins_its_item():
    segs = [
        (0, "1"),
        (10, "Recommendation text"),
        (40, "\uf0b7"),
        (44, "Write to the agency"),
        (70, "Police"),
    ]
    assert _marks_joined(list(segs)) == [
        (0, "1"),
        (10, "Recommendation text"),
        (42, "\uf0b7 Write to the agency"),
        (70, "Police"),
    ]
    # a mark far from the next text is left as it is (a column of its own)
    assert _marks_joined([(0, "•"), (20, "Police")]) == [(0, "•"), (20, "Police")]


def _plan_docx(cells: list[list[str]]) -> bytes:
    doc = docx.Document()
    table = doc.add_table(rows=1, cols=5)
    for cell, name in zip(
        table.rows[0].cells, ["No.", "Recommendation", "Action", "Lead agency", "Target date"]
    ):
        cell.text = name
    for number, rec, action, lead, date in cells:
        row = table.add_row().cells
        row[0].text, row[1].text, row[3].text, row[4].text = number, rec, lead, date
        items = action.split("|")
        row[2].paragraphs[0].text = ""
        for k, item in enumerate(items):
            p = row[2].paragraphs[0] if k == 0 else row[2].add_paragraph()
            p.style = doc.styles["List Bullet"]
            p.add_run(item)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_word_row_of_bullets_is_one_action_with_every_bullet_in_order(tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(
        _plan_docx(
            [
                [
                    "1",
                    "The Council should name a domestic abuse lead in every team.",
                    "Write to every team manager asking for a lead.|Publish the leads' names on the intranet."
                    "|Refresh the list every six months.",
                    "Borough Council",
                    "31/03/2026",
                ],
                [
                    "2",
                    "The Police should check earlier reports before closing a case.",
                    "Add a history check to the closing screen.",
                    "County Police",
                    "30/06/2026",
                ],
            ]
        )
    )
    actions = extract(path).actions
    assert [(a.ref, a.action) for a in actions] == [
        (
            "1",
            "• Write to every team manager asking for a lead. • Publish the leads' names on the intranet. "
            "• Refresh the list every six months.",
        ),
        ("2", "Add a history check to the closing screen."),
    ]
    assert actions[0].lead == "Borough Council" and actions[0].target_date.start == "2026-03-31"


def test_an_html_list_in_an_exported_cell_is_one_action(bullets):
    flat = "• Draft the leaflet with the forum. • Publish the leaflet online."
    assert bullets.joined(flat) == flat


@pytest.mark.parametrize("route", ["txt", "pdf", "docx", "corpus.txt"])
def test_every_route_reads_a_row_of_bullets_as_one_action(route):
    doc = extract(ZOO / f"plan_bulleted_action_cells_thornsey.{route}")
    assert [a.ref for a in doc.actions] == ["1", "2", "3", "4"]
    first = doc.actions[0].action
    assert first.startswith("• Write to every panel agency") or first.startswith(
        "Write to every panel agency"
    )
    if route != "corpus.txt":  # (corpus text reads the row from its first printed line)
        assert (
            first.index("Write to every") < first.index("Publish the advisers") < first.index("Refresh the")
        )
        assert doc.actions[1].action.startswith("Deliver a briefing on economic abuse to: • Revenues")


def test_plain_pdftotext_bullets_printed_apart_from_their_glyphs_are_one_action():
    """Plain pdftotext prints a Home Office plan's bulleted action cell as a block of its items
    beside the row's one band, the glyphs apart (plan.column_blocks): the row is one action, each
    bullet marked in order; the same table with plain paragraphs is left as printed."""
    plain = (Path(__file__).parent / "column_blocks" / "ho_action_cells_rag.txt").read_text(encoding="utf-8")
    bulleted = plain.replace("Completion\nDate / RAG\n\n", "Completion\nDate / RAG\n\n\uf0b7\n\uf0b7\n\n", 1)
    assert bulleted != plain
    acts = extract(bulleted, name="plan.txt").actions
    assert len(acts) == 4
    assert acts[0].action.startswith("• Agree a next-morning notification protocol")
    assert acts[0].action.index("• Agree") < acts[0].action.index("• Name a lead teacher")
    assert (acts[0].lead, acts[0].status.value) == ("Hollowmead Community Safety Partnership", "complete")
    assert len(extract(plain, name="plan.txt").actions) == 9

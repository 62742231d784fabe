"""A Home Office template's column name that a narrow column broke inside its word, printed
again at a later page's top a piece a line ("Recommendatio" / "n"): the pieces are the name,
no lead cell, so the lead column's cells still part into the table's rows (plan.broken_names;
tests/zoo/pending/dhr_overview_fact_strip_ho_plan_status_in_outcome)."""

from __future__ import annotations

import json
from pathlib import Path

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.broken_names import broken_name
from dhrparse.plan.tables import ColumnMap

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_overview_fact_strip_ho_plan_status_in_outcome"


def _block(*texts: str) -> list[Line]:
    return [Line(k, text, page=3) for k, text in enumerate(texts, 1)]


def test_a_name_broken_inside_its_word_is_the_name():
    cm = ColumnMap(load_patterns())
    assert broken_name(_block("Recommendatio", "n"), cm) == ("Recommendation", 2)
    assert broken_name(_block("Recomm", "endatio", "n", "4. Ask the household."), cm) == ("Recommendation", 3)


def test_a_name_or_a_lead_is_not_taken_for_a_broken_name():
    cm = ColumnMap(load_patterns())
    assert broken_name(_block("Recommendation", "n"), cm) == (None, 0)  # (whole already)
    assert broken_name(_block("Braxby", "Police"), cm) == (None, 0)
    assert broken_name(_block("Braxby", "team"), cm) == (None, 0)


def test_a_broken_name_reads_on_into_its_later_words():
    """A name read on past its broken word, "Acti" / "on" / "no.": the ref column's name, not the action column's; its refs are read."""
    doc = extract(PENDING / "plan_header_number_names_wrapped.txt")
    assert [a.ref for a in doc.actions] == ["1(a)", "1(b)", "2(a)", "3(a)", "3(b)"]


def test_the_leads_after_the_broken_name_are_read_on_plain_text():
    gold = json.loads((PENDING / f"{STEM}.json").read_text(encoding="utf-8"))
    doc = extract(PENDING / f"{STEM}.txt")
    assert [a.lead for a in doc.actions] == [a["lead"] for a in gold["actions"]]

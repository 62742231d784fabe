"""The lead column of a Home Office plan printed as column blocks, read as a whole where its
cells do not part as the lead vocabulary would have them: a lead a page break parted, its rest
printed among the next page's first cells (plan.carried_leads); a lead wrapped a word a line
over five lines, or naming a body the vocabulary does not know, "Eastmere" / "CSP"
(plan.wrapped_leads); and a milestone cell whose clause closes on a participle with no "-ed",
"Draft briefing written", read as no action, so the rows count as the leads do
(tests/zoo/pending/plan_ho_action_over_page)."""

from __future__ import annotations

import json
from pathlib import Path

from dhrparse.document import Line
from dhrparse.pipeline import extract
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.carried_leads import with_carried_rests
from dhrparse.plan.lead_bands import LeadWords
from dhrparse.plan.wrapped_leads import one_wrapped_name

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "plan_ho_action_over_page"
ROLE_ENDS = {"council", "trust", "centre", "csp", "team"}
WORDS = LeadWords(
    is_lead=lambda cell: True,
    ends_role=lambda text: text.lower().split()[-1] in ROLE_ENDS if text.split() else False,
)


def _cell(texts: list[str], page: int = 1, kind: str = "lead", first: int = 1) -> BlockCell:
    return BlockCell(kind, [Line(first + k, t, page=page) for k, t in enumerate(texts)])


def test_a_name_wrapped_a_word_a_line_is_one_lead():
    five = _cell(["Eastmere", "District", "Council –", "Housing", "Options"])
    assert one_wrapped_name(five, WORDS)
    assert not one_wrapped_name(
        _cell(["Eastmere", "District", "Council –", "Housing", "Options"], kind="other"), WORDS
    )


def test_a_page_s_first_lead_cell_is_read_both_apart_and_as_the_rest_of_the_lead_before():
    before = _cell(["Marlow Vale", "NHS"], page=1, first=10)
    rest = _cell(["Foundation", "Trust"], page=2, first=40)
    later = _cell(["Eastmere SAB"], page=2, first=50)

    def options_of(cell: BlockCell) -> dict[int, list[BlockCell]]:
        return {1: [cell]}

    column = with_carried_rests(
        [(before, {1: [before]}), (rest, {1: [rest]}), (later, {1: [later]})], options_of
    )
    assert len(column) == 2  # (the two cells over the break one entry, the page's next cell its own)
    joined, choices = column[0]
    assert sorted(choices) == [1, 2]
    assert [ln.text for ln in choices[1][0].lines] == ["Marlow Vale", "NHS", "Foundation", "Trust"]


def test_the_leads_are_read_on_plain_text():
    gold = json.loads((PENDING / f"{STEM}.json").read_text(encoding="utf-8"))
    doc = extract(PENDING / f"{STEM}.txt")
    assert len(doc.actions) == len(gold["actions"])  # ("Draft briefing written" is a milestone)
    assert [a.lead for a in doc.actions] == [a["lead"] for a in gold["actions"]]

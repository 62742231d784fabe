"""plan.lead_bands: a lead block of one line a row keeps the lead column's telling for each line
("Quendale Homes" / "Memory Service": a housing body's name with no role word is still a lead
there), and a lone row's lead wrapped after a one-word line ("Partnership" / "Business Unit") is
one name, not two rows' leads, so the page's other bands are read."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.lead_bands import LeadWords, _parts

PENDING = Path(__file__).parent / "zoo" / "pending"
ROLES = ColumnRoles(load_patterns())


def _words() -> LeadWords:
    return LeadWords(is_lead=lambda c: c.kind == "lead" or ROLES.is_name(c.text), ends_role=ROLES.ends_role)


def _cell(kind: str, number: int, *texts: str) -> BlockCell:
    return BlockCell(kind, [Line(number + k, t, page=1) for k, t in enumerate(texts)])


def test_one_word_first_line_is_a_wrapped_lead():
    order = [_cell("lead", 10, "Partnership", "Business Unit")]
    assert [p.text for p in _parts([object()], order, 0, _words())] == ["Partnership Business Unit"]


def test_two_names_of_their_own_stay_unproven():
    order = [_cell("lead", 10, "Tenancy Support Lead", "MARAC Chair")]
    assert _parts([object()], order, 0, _words()) is None


def test_lead_block_lines_keep_the_column_telling():
    order = [_cell("lead", 10, "Quendale Homes", "Memory Service")]
    parts = _parts([object(), object()], order, 0, _words())
    assert [p.kind for p in parts] == ["lead", "lead"]


def test_plain_text_bands_give_every_row_its_lead():
    doc = extracted_json(
        PENDING / "sar_overview_key_episode_headings_bracketed_dates_r_recs_lettered_plan_quendale.txt"
    )
    leads = [a["lead"] for a in doc["actions"]]
    assert leads == [
        "Quendale Homes",
        "Quendale Homes",
        "Memory Service",
        "Quendale Police",
        "Partnership Business Unit",
    ]

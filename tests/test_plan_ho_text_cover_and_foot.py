"""The Home Office plan template in plain pdftotext: its cover and its page's foot.

A plan's cover table printed column by column by plain pdftotext: its labels ("Commissioned by",
"Date of death", "Last updated") come first, their values after the plan's first column. The last
label stands right above the plan's header, but a label whose value is a date names no agency: the
plan's statements are the overview's, never filed under "Last updated"."""

from __future__ import annotations

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.block_cells import BlockCells
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.plan_lines import PlanLines
from dhrparse.plan.tables import column_map
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.prepare.cleaning import clean
from dhrparse.prepare.segment import segment
from dhrparse.readers.text import read_text

_COVER = ["Domestic Homicide Review", "Commissioned by", "Date of death", "Plan owner"]
_STATEMENTS = [
    "Recommendation",
    "1. Brackenholt Housing should make sure that a",
    "tenancy visit asks the tenant alone about",
    "their safety at home.",
    "2. The Safer Brackenholt Partnership should",
    "publish a short guide for neighbours on how",
    "to report concerns about abuse.",
    "",
    "Mr K (aged 71) – Brackenholt DHR 07",
    "Safer Brackenholt Partnership",
    "9 May 2022",
    "DHR Implementation Group",
    "April 2024",
]
_PLAN = [
    "Scope of",
    "recommen",
    "dation",
    "Local",
    "",
    "Action to take",
    "",
    "Lead Agency",
    "",
    "Key milestones achieved",
    "in enacting",
    "recommendation",
    "Checklist redrafted with",
    "tenants' panel.",
    "",
    "Target date",
    "",
    "Date of completion",
    "and Outcome",
    "",
    "Revise the tenancy visit checklist.",
    "",
    "Brackenholt Housing",
    "",
    "May 2024",
    "",
    "02/04/2024 – checklist in",
    "use by all officers.",
    "",
    "Local",
    "",
    "Write and publish the neighbours' guide.",
    "",
    "Safer Brackenholt",
    "Partnership",
    "",
    "Guide drafted.",
    "",
    "June 2024",
    "",
    "Ongoing – guide with",
    "the designers.",
    "",
    "Brackenholt DHR 07 – Action Plan",
    "",
    "1",
]


def _plan(label: str) -> dhrparse.Document:
    return dhrparse.extract("\n".join([*_COVER, label, *_STATEMENTS, *_PLAN]) + "\n")


def test_a_date_label_over_the_plans_header_files_nothing_under_it():
    for label in ("Last updated", "Date of review", "Review date"):
        doc = _plan(label)
        assert len(doc.recommendations) == 2
        assert {r.level for r in doc.recommendations} == {"overview"}, label
        assert all(r.agency != label for r in doc.recommendations)
        assert all(a.agency_section != label for a in doc.actions)


def test_an_agencys_name_over_the_plans_header_still_heads_its_part():
    doc = _plan("Brackenholt Council")
    assert {a.agency_section for a in doc.actions} == {"Brackenholt Council"}


def _kinds(*texts: str) -> list[str]:
    """The kind of cell each block's text is, told by what it holds (plan.block_cells)."""
    p = load_patterns()
    doc = read_text("\n".join(_PLAN).encode(), name="plan.txt", path="plan.txt", sha256="")
    clean(doc, p)
    segment(doc, p)
    lines = PlanLines(doc, column_map(p), ColumnRoles(p), PlanVocabulary.of(p))
    cells = BlockCells(lines, lines.lines)
    return [cells._kind(text) for text in texts]


def test_the_pages_foot_naming_the_plan_is_no_lead():
    """The page's foot ("Brackenholt DHR 07 – Action Plan"), printed once on a one-page plan after
    the last row's cells, is no lead cell (a second one would leave the last row's lead unproved);
    a body's name still is."""
    assert _kinds("Brackenholt DHR 07 – Action Plan", "Safer Brackenholt Partnership") == ["other", "lead"]
    # (a cell holding a title's word is a foot or head even where a body might be named so,
    # "Brackenholt Action Plan Group": no gold lead holds one, and a missing lead is no wrong one)
    assert _kinds("Brackenholt Action Plan Group") == ["other"]
    # (a status whose words end on the plan's name is still the row's status)
    assert _kinds("Completed – added to the Trust action plan") == ["status"]

"""A lead naming a role and its body wraps after the comma in a narrow column ("Head of
Systems," / "Holmbury Police"); where plain pdftotext prints it as a block no row took, its
second line is the name's tail, not an agency's heading over the rest of the plan (a heading
never follows a line that ends with a comma, with no blank line between)."""

from __future__ import annotations

from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.plan_lines import PlanLines
from dhrparse.plan.tables import column_map
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.prepare.cleaning import clean
from dhrparse.prepare.segment import segment
from dhrparse.readers.text import read_text

P = load_patterns()


def _plan_lines(text: str) -> PlanLines:
    doc = read_text(text.encode(), name="plan.txt", path="plan.txt", sha256="")
    clean(doc, P)
    segment(doc, P)
    return PlanLines(doc, column_map(P), ColumnRoles(P), PlanVocabulary.of(P))


def _heading(lines: PlanLines, text: str) -> bool:
    i = next(k for k, ln in enumerate(lines.lines) if ln.text.strip() == text)
    return lines.is_agency_heading(i, text)


def test_a_name_wrapped_after_its_comma_heads_nothing():
    lines = _plan_lines("Action plan\n\nHead of Systems,\nHolmbury Police\n\nAudit the incident logs.\n")
    assert not _heading(lines, "Holmbury Police")


def test_the_same_name_standing_alone_still_heads_its_part():
    lines = _plan_lines("Action plan\n\nHead of Systems\n\nHolmbury Police\n\nAudit the incident logs.\n")
    assert _heading(lines, "Holmbury Police")


def test_co_design_opens_an_action_cell():
    """ "Co-design the leaflet with ...": an action, as "Co-produce ..." is (patterns/actions.toml)."""
    from dhrparse.plan.block_cells import ColumnBlockWords

    words = ColumnBlockWords.of(P)
    assert words.imperative.match("Co-design the leaflet with the survivors' forum.")

"""Shortcuts in reading action plans, each held to the plain computation it replaces."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.plan_lines import PlanLines
from dhrparse.plan.tables import column_map
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.prepare.cleaning import clean
from dhrparse.prepare.markup import flatten
from dhrparse.prepare.segment import segment
from dhrparse.readers.text import read_text

P = load_patterns()


# ---- plan.plan_lines.PlanLines.flat: each text flattened once ---------------------------------

TEXTS = st.text(alphabet=st.sampled_from("ab <>/\t\u00a0\u2003x:."), max_size=12)


@given(st.lists(TEXTS, max_size=12))
def test_plan_lines_flat_is_flatten_however_often_asked(texts):
    doc = read_text(b"Action plan\n", name="plan.txt", path="plan.txt", sha256="")
    clean(doc, P)
    segment(doc, P)
    lines = PlanLines(doc, column_map(P), ColumnRoles(P), PlanVocabulary.of(P))
    for text in texts + texts[::-1]:
        assert lines.flat(text) == flatten(text), text

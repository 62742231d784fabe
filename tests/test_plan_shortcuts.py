"""Shortcuts in reading action plans, each held to the plain computation it replaces."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.plan_lines import PlanLines
from dhrparse.plan.status import ORDER, judge
from dhrparse.plan.tables import column_map
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.prepare.cleaning import clean
from dhrparse.prepare.markup import flatten
from dhrparse.prepare.segment import segment
from dhrparse.readers.text import read_text

TESTS = Path(__file__).resolve().parent
P = load_patterns()


def _lines() -> list[str]:
    paths = sorted(TESTS.glob("zoo/*.txt")) + sorted(TESTS.glob("heldout*/*.txt"))
    paths += sorted((TESTS.parent / "samples").glob("*.txt"))
    return [line for path in paths for line in path.read_text(encoding="utf-8").splitlines()]


# ---- plan.status.judge: each value's phrases searched as one alternation ----------------------


def _plain_judge(text: str | None) -> str | None:
    """`judge` as first written: every phrase of every value searched on its own."""
    if not text or not text.strip():
        return None
    flat = flatten(text)
    for window in (flat[:60], flat[:400]):
        best = None
        for rank, value in enumerate(ORDER):
            for rx in P.regexes(f"actions.status.judged.{value}"):
                m = rx.search(window)
                if m and (best is None or (m.start(), rank) < best[:2]):
                    best = (m.start(), rank, value)
        if best:
            return best[2]
    return None


def test_judge_reads_the_documents_lines_as_the_phrase_by_phrase_search():
    judged = 0
    for line in _lines():
        plain = _plain_judge(line)
        assert judge(line, P) == plain, line
        judged += plain is not None
    assert judged >= 50  # progress and update cells say plainly how far an action got


STATUS_WORDS = st.sampled_from(
    [
        "Update:",
        "complete",
        "completed",
        "Actions were complete",
        "partially completed",
        "ongoing",
        "on-going",
        "on track",
        "is currently reviewing",
        "not yet started",
        "carried forward",
        "has not yet",
        "in place",
        "has been delivered",
        "will be reviewed",
        "the",
        "and",
        "training",
        "–",
        ".",
        "x" * 30,
    ]
)


@given(st.lists(STATUS_WORDS, max_size=30).map(" ".join))
def test_judge_property(text):
    assert judge(text, P) == _plain_judge(text)


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

"""A plan's Recommendation cell that cites the report's recommendation by its number.

Plans restate each recommendation in a shortened form beside its actions, and they say which
one they restate by its printed number: the row's own number column ("6 | Audit ED enquiry
...") when the plan numbers its rows as the report numbers its recommendations, or a prefix in
the cell itself ("DHR 1 – joint guidance ...", "B – as above."). Such a cell is another wording
of that recommendation (an alias), never a recommendation of its own, whatever heading the
plan files it under (often the plan's title, which names no agency)."""

from __future__ import annotations

import regex

from dhrparse.extractors.recommendations import restatements
from dhrparse.models import Recommendation
from dhrparse.vocab import similarity
from dhrparse.vocab.refs import norm_ref
from dhrparse.vocab.similarity import norm

# "DHR 1 – ...", "A – ...", "R3: ...": a short code, then a dash or colon, then the wording
_CITED = regex.compile(
    r"^\s*+(?P<ref>[A-Z]{1,5}(?:\s?\d{1,2}(?:\.\d{1,2})?[a-z]?)?|\d{1,2}(?:\.\d{1,2})?[a-z]?)"
    r"\s*+[–—:-]\s++(?P<rest>\S.*)$",
    regex.S,
)
SHORT = 10  # a cell of this many words or fewer is a summary, not a recommendation of its own


def fold_cited(records: list[Recommendation], plan: list[Recommendation]) -> list[Recommendation]:
    """`plan` without the statements that cite one of `records`, each folded into it as an alias."""
    by_ref = restatements.records_by_ref(records)
    numbering = _restates_numbering(plan, by_ref)
    return restatements.fold_named_cells(plan, lambda stmt: _cited(stmt, by_ref, numbering))


def _cited(stmt: Recommendation, by_ref: dict, numbering: bool) -> tuple[Recommendation | None, str]:
    m = _CITED.match(stmt.text)
    if m and m.group("ref").strip():
        found = by_ref.get(norm_ref(m.group("ref")), [])
        if len(found) == 1:
            return found[0], m.group("rest").strip()
    found = by_ref.get(norm_ref(stmt.ref), []) if numbering and stmt.ref else []
    if len(found) != 1:
        return None, stmt.text
    summary = len(norm(stmt.text).split()) <= SHORT
    alike = (
        similarity.score_at_least(stmt.text, found[0].text, restatements.REF_MATCH) >= restatements.REF_MATCH
    )
    return (found[0], stmt.text) if summary or alike else (None, stmt.text)


def _restates_numbering(plan: list[Recommendation], by_ref: dict) -> bool:
    """The plan numbers its statements as the report numbers its recommendations: two or more
    numbered statements, each number printed once in the plan and once in the report."""
    refs = [norm_ref(s.ref) for s in plan if s.ref]
    return len(refs) >= 2 and len(set(refs)) == len(refs) and all(len(by_ref.get(r, [])) == 1 for r in refs)

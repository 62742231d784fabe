"""Folding restatements of the same recommendation into one record.

Reports state a recommendation several times (a thematic section, the recommendations
chapter, the action plan), each time worded a little differently. `merge_restatements`
keeps the earlier statement as the record and folds a later one into it as an alias
(with its location); the later one may supply a missing ref, title or outcome. A later
statement that restates nothing is appended as its own record.

Matching is by text similarity (vocab/similarity.py), titles and refs; for single-agency lists a
second, order-anchored pass pairs what is left between two confident matches of the same
agency, because action plans often reword an agency's recommendation beyond recognition.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz import fuzz

from dhrparse.models import Recommendation
from dhrparse.vocab import similarity
from dhrparse.vocab.refs import norm_ref, same_number
from dhrparse.vocab.similarity import norm

MATCH = 80  # a confident restatement
GAP_MATCH = 35  # enough, between two confident matches of the same agency
AGENCY_MATCH = 75


@lru_cache(maxsize=4096)
def agencies_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    # a plan's heading may carry its own wording: "Individual Agency Recommendations for X"
    na, nb = (re.sub(r"^.*\brecommendations? (?:for|from|of|by) (?:the )?", "", norm(x)) for x in (a, b))
    return na in nb or nb in na or fuzz.token_set_ratio(na, nb) >= AGENCY_MATCH


def statement_similarity(base: Recommendation, extra: Recommendation, floor: float | None = None) -> float:
    """How surely `extra` restates `base` (0-100+), or -1 when it cannot. With `floor`, a
    score below it is only known to be below it (see similarity.score_at_least)."""
    if base.level != extra.level:
        return -1.0
    # an agency recommendation belongs to its agency; an overview one's actor is often reworded
    if base.level == "agency" and not agencies_compatible(base.agency, extra.agency):
        return -1.0
    title_bonus = (
        10 if base.title and extra.title and fuzz.ratio(norm(base.title), norm(extra.title)) >= 90 else 0
    )
    ref_bonus = (10 if norm_ref(base.ref) == norm_ref(extra.ref) else -20) if base.ref and extra.ref else 0
    text_floor = 0.0 if floor is None else floor - title_bonus - ref_bonus
    wordings = [base.text] + list(base.aliases)
    score = max(similarity.score_at_least(extra.text, w, text_floor) for w in wordings)
    titles = [t for t in (base.title,) if t]
    extra_short = len(norm(extra.text).split()) <= 6
    if extra_short and titles:
        # a plan that prints only the recommendation's title ("Training:")
        score = max(score, max(fuzz.ratio(norm(extra.text), norm(t)) for t in titles))
    if title_bonus:
        score += title_bonus
    if ref_bonus:
        score += ref_bonus
    return score


def fold(base: Recommendation, extra: Recommendation) -> None:
    """Record `extra` as another wording of `base`."""
    known = {norm(base.text)} | {norm(a) for a in base.aliases}
    if norm(extra.text) and norm(extra.text) not in known:
        base.aliases.append(extra.text)
        base.alias_locations.append(extra.location)
    elif extra.location not in base.alias_locations and extra.location != base.location:
        base.alias_locations.append(extra.location)
    if not base.ref and extra.ref:
        base.ref, base.parent_ref = extra.ref, extra.parent_ref
    if not base.title and extra.title:
        base.title = extra.title
    if not base.outcome and extra.outcome:
        base.outcome = extra.outcome
    if extra.agency and (
        not base.agency or (base.level == "overview" and _fuller(extra.agency, base.agency))
    ):
        # "Police" in a summary, "Greyhaven Police" in the chapter: the fuller name
        base.agency, base.agency_printed = extra.agency, extra.agency_printed


def records_by_ref(records: list[Recommendation]) -> dict[str, list[Recommendation]]:
    """The report's recommendations by their normalised ref, for a plan cell naming one."""
    by_ref: dict[str, list[Recommendation]] = {}
    for rec in records:
        if rec.ref:
            by_ref.setdefault(norm_ref(rec.ref), []).append(rec)
    return by_ref


def fold_plan_cell(target: Recommendation, cell: Recommendation, text: str) -> None:
    """Fold a plan's Recommendation cell that names `target` into it as an alias worded `text`
    (the cell without its citation). The heading the plan files the cell under (its title, or
    another body's section) gives no agency unless it agrees with the recommendation's."""
    alias = cell.model_copy(update={"text": text, "ref": target.ref, "level": target.level})
    if not (target.agency and agencies_compatible(target.agency, cell.agency)):
        alias.agency = alias.agency_printed = None
    fold(target, alias)


def fold_named_cells(
    plan: list[Recommendation], target_of: Callable[[Recommendation], tuple[Recommendation | None, str]]
) -> list[Recommendation]:
    """`plan` without the statements `target_of` names a recommendation for, each folded into it
    (fold_plan_cell) worded as `target_of` gives it; the statements that name none are kept."""
    left: list[Recommendation] = []
    for stmt in plan:
        target, text = target_of(stmt)
        if target is None:
            left.append(stmt)
        else:
            fold_plan_cell(target, stmt, text)
    return left


def _fuller(name: str, than: str) -> bool:
    """Does `name` say more than `than` and hold all of it ("Greyhaven Police" vs "Police")?"""
    a, b = norm(name), norm(than)
    a, b = re.sub(r"^the ", "", a), re.sub(r"^the ", "", b)
    return len(a) > len(b) and re.search(rf"\b{re.escape(b)}\b", a) is not None


def match_restatements(
    base: list[Recommendation],
    extra: list[Recommendation],
    threshold: float = MATCH,
    gap_threshold: float | None = GAP_MATCH,
    by_ref: bool = False,
) -> dict[int, int]:
    """One-to-one pairs extra index -> base index."""
    scores = []
    for j, e in enumerate(extra):
        for i, b in enumerate(base):
            if b.level != e.level and threshold > -1:
                continue  # (statement_similarity is -1 across levels)
            s = statement_similarity(b, e, threshold)
            if s >= threshold:
                scores.append((s, -j, -i, j, i))
    scores.sort(reverse=True)
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, _, _, j, i in scores:
        if j not in pairs and i not in used:
            pairs[j] = i
            used.add(i)
    if gap_threshold is not None:
        _fill_gaps(base, extra, pairs, used, gap_threshold)
    if gap_threshold is not None or by_ref:
        _pair_by_ref(base, extra, pairs, used)
    return pairs


REF_MATCH = 25  # an overview statement with the same printed number needs only this much


def _pair_by_ref(base, extra, pairs, used) -> None:
    """A statement numbered like an unpaired recommendation (of the same agency, for an
    agency's list) restates it when the wording is a summary of it: plans often shorten "The Board should seek assurance that
    concerns are not closed without a visit" to "Seek assurance on closures"."""
    for j, e in enumerate(extra):
        if j in pairs or not e.ref:
            continue
        # the same number as printed first, then in another form ("R3" for "Recommendation 3")
        for i in sorted(range(len(base)), key=lambda i: norm_ref(base[i].ref) != norm_ref(e.ref)):
            b = base[i]
            if i in used or b.level != e.level or not same_number(b.ref, e.ref):
                continue
            if e.level == "agency" and not (
                b.agency and e.agency and agencies_compatible(b.agency, e.agency)
            ):
                continue  # an agency's list restarts at 1: its own number only
            short = len(norm(e.text).split()) <= 10
            if short or similarity.score_at_least(e.text, b.text, REF_MATCH) >= REF_MATCH:
                pairs[j] = i
                used.add(i)
                break


def _fill_gaps(base, extra, pairs, used, gap_threshold) -> None:
    """Pair the agency statements left between two confident matches of the same agency:
    the order-preserving pairing with the highest total similarity."""
    _fill_overview(base, extra, pairs, used, gap_threshold)
    j = 0
    while j < len(extra):
        e = extra[j]
        if j in pairs or e.level != "agency" or not e.agency:
            j += 1
            continue
        group = [
            k
            for k, x in enumerate(extra)
            if x.level == "agency" and x.agency and agencies_compatible(x.agency, e.agency)
        ]
        run = [j]
        while run[-1] + 1 < len(extra) and run[-1] + 1 in group and run[-1] + 1 not in pairs:
            run.append(run[-1] + 1)
        before = [pairs[k] for k in group if k < j and k in pairs]
        after = [pairs[k] for k in group if k > run[-1] and k in pairs]
        j = run[-1] + 1
        if not before and not after:
            continue  # no anchor in this agency: nothing tells the order apart
        lo = max(before) if before else -1
        hi = min(after) if after else len(base)
        window = [
            i
            for i in range(lo + 1, hi)
            if i not in used
            and base[i].level == "agency"
            and base[i].agency
            and agencies_compatible(base[i].agency, e.agency)
        ]
        for jj, ii in _align(
            run, window, lambda a, b: statement_similarity(base[b], extra[a], gap_threshold), gap_threshold
        ):
            pairs[jj] = ii
            used.add(ii)


def _fill_overview(base, extra, pairs, used, gap_threshold) -> None:
    """Overview statements nobody numbered in the report (a bulleted list) and the plan's
    numbered restatements of them: paired in order where each pair is alike enough."""
    xs = [j for j, e in enumerate(extra) if j not in pairs and e.level == "overview"]
    ys = [i for i, b in enumerate(base) if i not in used and b.level == "overview" and not b.ref]
    if not xs or not ys:
        return
    for jj, ii in _align(
        xs, ys, lambda a, b: statement_similarity(base[b], extra[a], gap_threshold), gap_threshold
    ):
        pairs[jj] = ii
        used.add(ii)


def _align(xs: list[int], ys: list[int], score, floor: float) -> list[tuple[int, int]]:
    """Order-preserving pairs of xs and ys maximising the summed score (pairs below floor excluded)."""
    n, m = len(xs), len(ys)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for a in range(n - 1, -1, -1):
        for b in range(m - 1, -1, -1):
            s = score(xs[a], ys[b])
            take = s + best[a + 1][b + 1] if s >= floor else float("-inf")
            best[a][b] = max(take, best[a + 1][b], best[a][b + 1])
    out, a, b = [], 0, 0
    while a < n and b < m:
        s = score(xs[a], ys[b])
        if s >= floor and best[a][b] == s + best[a + 1][b + 1]:
            out.append((xs[a], ys[b]))
            a, b = a + 1, b + 1
        elif best[a][b] == best[a + 1][b]:
            a += 1
        else:
            b += 1
    return out


def merge_restatements(
    base: list[Recommendation],
    extra: list[Recommendation],
    *,
    append_unmatched: bool = True,
    threshold: float = MATCH,
    gap_threshold: float | None = GAP_MATCH,
    by_ref: bool = False,
) -> list[Recommendation]:
    """`base` with every statement of `extra` folded in (or appended when it restates nothing);
    `by_ref`: an overview statement numbered like a record that summarises it restates it."""
    out = [b.model_copy(deep=True) for b in base]
    pairs = match_restatements(out, extra, threshold, gap_threshold, by_ref)
    for j, e in enumerate(extra):
        if j in pairs:
            fold(out[pairs[j]], e)
        elif append_unmatched:
            out.append(e.model_copy(deep=True))
    return out

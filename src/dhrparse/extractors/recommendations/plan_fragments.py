"""A plan statement that is no recommendation's sentence: the words of a row whose cells the plan
reader could not cut ("Local Map the current route Bramwick Mapping workshop 31/05/2024"), a
label kept without its words ("National Recommendation 1:"), a paragraph's number ("7.2.2"),
an action's opening ("Train assessment staff").

Where the report states its recommendations in full, or the plan itself states the same number
in full, such a statement that restates none of them (as the restatements fold tells) is one of
them in pieces no fold could place; it is not a recommendation of its own. It is left out and the user told (`not_a_recommendation`),
since a wrong record is worse than a missing one. A plan that is the only place its
recommendations are stated keeps every statement as it read it.
"""

from __future__ import annotations

import re

import regex

from dhrparse.extractors.recommendations import restatements
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.models import Recommendation
from dhrparse.vocab.refs import norm_ref

# the word after an asking verb: a sentence runs on in lower case ("should ensure"); a capital
# there ("should Local Issue a force-wide ...") is the next cell's first word, printed joined
_ASKS_ON = re.compile(
    r"\b(?:should|must|shall|needs?\s+to|(?:is|are)\s+(?:asked|requested)\s+to)\s+(?P<next>\S+)", re.I
)
MIN_WORDS = 6  # an addressee, its verb and what it is asked to do, at the least
TITLE_WORDS = 8  # a title that closes on its stop, long enough to be no cell's first words
LONG_WORDS = 10  # a sentence this long that closes on no stop is a cell's whole text, not its first line
_CLOSED = re.compile(r"[.!?][\"'’”)]*$")
# words a plan's date, status and progress cells print, joined into a row's line (a status word
# after the sentence's first word: "Complete a review ..." opens on its verb)
_OTHER_CELLS = re.compile(
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}\b"
    r"|(?<=\s)(?:Completed?|Not\s+(?:yet\s+)?started|Ongoing|On\s+track|In\s+progress)\b"
)


def merge_plan(r: Reading, records: list[Recommendation], plan: list[Recommendation]) -> list[Recommendation]:
    """`records` with the plan's statements folded in where they restate one (as
    `restatements.merge_restatements` folds them), the others appended, but for those that read
    as no recommendation where the report's `records`, or the plan's own statement of the same
    number, state it in full: those are told and left out."""
    whole = [reads_whole(r, stmt.text) for stmt in plan]
    stated = {(norm_ref(s.ref), s.level) for s, w in zip(plan, whole) if w and s.ref}
    out = [rec.model_copy(deep=True) for rec in records]
    pairs = restatements.match_restatements(out, plan, restatements.MATCH, restatements.GAP_MATCH, False)
    for j, stmt in enumerate(plan):
        if j in pairs:
            restatements.fold(out[pairs[j]], stmt)
        elif (
            whole[j]
            or (stmt.level == "agency" and not wordless(stmt.text))
            or not (records or (norm_ref(stmt.ref), stmt.level) in stated)
        ):
            # (an agency's own recommendations are often stated only in its part of the plan, in
            # any wording, a topic's name among them: the report states the overview ones in full;
            # but a number alone, a date's wrapped "5" under an agency's table, words none)
            out.append(stmt.model_copy(deep=True))
        else:
            r.ctx.warn(
                "not_a_recommendation",
                f"a plan cell's words that state no recommendation (a row whose cells were not cut, or"
                f" a label or number alone), not read as one: {stmt.text[:120]!r}",
                stmt.location,
            )
    return out


def wordless(text: str) -> bool:
    """Does `text` hold no word at all: a number or a mark alone, a wrapped cell's last digits?"""
    return not any(ch.isalpha() for ch in text)


def reads_whole(r: Reading, text: str) -> bool:
    """Does `text` read as a recommendation's sentence: someone asked to act, in words that
    run on as a sentence does (or an agency's "X will <verb>" for itself)?"""
    words = text.split()
    if len(words) < MIN_WORDS:
        return False
    m = _ASKS_ON.search(text)
    if m is not None:
        return m.group("next")[:1].islower()
    if r.vocab.asking.search(text) or r.vocab.committing.match(text):
        return True
    named = r.ctx.patterns.derived("recommendations.plan_fragments.asking_named", _asking_named)
    if named and named.match(text):
        return True
    # an agency's own recommendation stated only in its plan, in the weaker wording of a list
    # ("Ensure the customer pathway is robust.", "To continue to seek funding for ..."): a whole
    # sentence, or a long one, that holds none of the other cells' dates and status words
    # (or a plan's title for it, "Training on capacity where choices put a person at risk.": a
    # whole sentence of some length, closed by its stop)
    closed = bool(_CLOSED.search(text))
    return bool(
        (r.vocab.recommending.search(text) and (closed or len(words) >= LONG_WORDS))
        or (closed and len(words) >= TITLE_WORDS)
    ) and not _OTHER_CELLS.search(text)


def _asking_named(p) -> regex.Pattern | None:
    """A plan's short form of a recommendation: "Eastmoor Police to ensure ..."."""
    named = p.get("recommendations.asking_named")
    return regex.compile(named) if named else None

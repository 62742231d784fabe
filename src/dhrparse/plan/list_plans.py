"""Plans written as a two-level numbered list with no table: each recommendation a paragraph
numbered "1.", its actions numbered "1.1" under it, each action followed by one line of labelled
fields ("Lead: … Due: … Position: …"). Rewritten as the labelled blocks plan.labelled_blocks reads
("Recommendation 1: …", "Action 1.1: …", a line a field), every printed line keeping its number and
page; the list's progress notes and wrapped lines stay where they were printed."""

from __future__ import annotations

from dataclasses import replace

import regex

from dhrparse.document import Line
from dhrparse.plan.tables import ColumnMap
from dhrparse.vocab.alternation import literal_alternation

MIN_ACTIONS = 2  # actions with their label lines that prove the list is the plan
_RECOMMENDATION = regex.compile(r"^\s*(?P<n>\d{1,2})\.\s+(?P<text>\p{Lu}.*)$")
_ACTION = regex.compile(r"^\s*(?P<n>\d{1,2})\.(?P<m>\d{1,2})\.?\s+(?P<text>\p{Lu}.*)$")
# the fields a label line gives an action (its number and words are the action's own line)
_LINE_FIELDS = ("lead", "target_date", "status", "progress")


class ListPlans:
    """The two-level numbered list of a plan printed without a table, to labelled lines."""

    def __init__(self, cm: ColumnMap, cell_labels: dict[str, list[str]]):
        names = {syn for syn, f in cm.pairs if f in _LINE_FIELDS}
        names |= {syn for f, syns in cell_labels.items() if f in _LINE_FIELDS for syn in syns}
        alternation = literal_alternation(sorted(names, key=len, reverse=True), spaced=True)
        # a label as the line prints it: at the line's start or after a space, then its colon
        self._label = regex.compile(rf"(?:^|(?<=\s))(?P<label>{alternation})\s*:\s*", regex.IGNORECASE)

    def label_starts(self, text: str) -> list[tuple[int, int]]:
        """(start, value start) of each field label on a label line; none where the line does
        not open with a label."""
        found = [(m.start(), m.end()) for m in self._label.finditer(text.strip())]
        return found if found and found[0][0] == 0 else []

    def rewrite(self, lines: list[Line]) -> list[Line]:
        if not self._is_list_plan(lines):
            return lines
        out: list[Line] = []
        heading = None  # the number of the recommendation whose actions follow
        for k, ln in enumerate(lines):
            if m := _RECOMMENDATION.match(ln.text):
                # (a numbered paragraph with no action numbered under it, "1. Purpose", is the
                # paper's own: left as printed, and the list's lines after it too)
                heading = m.group("n") if _next_action(lines, k) == m.group("n") else None
            elif (m := _ACTION.match(ln.text)) and m.group("n") != heading:
                heading = None
            out.extend(self._rewritten(ln) if heading else [ln])
        return out

    def _is_list_plan(self, lines: list[Line]) -> bool:
        """Actions numbered under a recommendation printed before them, at least MIN_ACTIONS of
        them followed straight (past their wrapped lines) by a line of two or more labels."""
        recommendations: set[str] = set()
        proven = 0
        for k, ln in enumerate(lines):
            if m := _ACTION.match(ln.text):
                if m.group("n") in recommendations and self._labelled_after(lines, k):
                    proven += 1
            elif m := _RECOMMENDATION.match(ln.text):
                recommendations.add(m.group("n"))
        return proven >= MIN_ACTIONS

    def _labelled_after(self, lines: list[Line], k: int) -> bool:
        """The action at `k` is followed, before any other numbered line, by a line of labels."""
        for ln in lines[k + 1 : k + 8]:
            if _ACTION.match(ln.text) or _RECOMMENDATION.match(ln.text):
                return False
            if len(self.label_starts(ln.text)) >= 2:
                return True
        return False

    def _rewritten(self, ln: Line) -> list[Line]:
        if m := _ACTION.match(ln.text):
            return [replace(ln, text=f"Action {m.group('n')}.{m.group('m')}: {m.group('text')}")]
        if m := _RECOMMENDATION.match(ln.text):
            return [replace(ln, text=f"Recommendation {m.group('n')}: {m.group('text')}")]
        starts = self.label_starts(ln.text)
        if len(starts) < 2:
            return [ln]
        text = ln.text.strip()
        ends = [s for s, _ in starts[1:]] + [len(text)]
        return [replace(ln, text=text[s:e].strip()) for (s, _), e in zip(starts, ends)]


def _next_action(lines: list[Line], k: int) -> str | None:
    """The recommendation number of the next numbered action after line `k`, before any other
    numbered paragraph."""
    for ln in lines[k + 1 :]:
        if m := _ACTION.match(ln.text):
            return m.group("n")
        if _RECOMMENDATION.match(ln.text):
            return None
    return None

"""Plans written as a two-level numbered list with no table: each recommendation a paragraph
numbered "1.", its actions numbered "1.1" under it, each action followed by one line of labelled
fields ("Lead: … Due: … Position: …"). Rewritten as the labelled blocks plan.labelled_blocks reads
("Recommendation 1: …", "Action 1.1: …", a line a field), every printed line keeping its number and
page; the list's progress notes and wrapped lines stay where they were printed.

Plain pdftotext prints the hanging numbers as a column of their own, each alone on a line and
often a few lines early (the next recommendation's "2." before the Due and Position lines of the
action above it), and the label line's fields a line each: a number printed alone opens the next
paragraph that is no label line (its first line capitalised), and the labels after an action
count together, however many lines they take."""

from __future__ import annotations

from dataclasses import replace

import regex

from dhrparse.document import Line
from dhrparse.plan.tables import ColumnMap
from dhrparse.vocab.alternation import literal_alternation

MIN_ACTIONS = 2  # actions with their label lines that prove the list is the plan
# the labels a line each that prove an action's label line where the numbers print apart: the
# list's whole line (who, when, position); two ("Owner:" over "When:") are as often a table's action
# cell printed a line at a time beside its numbers (pending kestlebury's text)
APART_LABELS = 3
WRAP_WORDS = 3  # the most words of a label's value wrapped onto a line of its own
_RECOMMENDATION = regex.compile(r"^\s*(?P<n>\d{1,2})\.\s+(?P<text>\p{Lu}.*)$")
_ACTION = regex.compile(r"^\s*(?P<n>\d{1,2})\.(?P<m>\d{1,2})\.?\s+(?P<text>\p{Lu}.*)$")
# a hanging number printed apart from its paragraph ("1.", "2.1")
_BARE_NUMBER = regex.compile(r"^\s*\d{1,2}\.(?:\d{1,2}\.?)?\s*$")
_NUMBERED_LABELS = regex.compile(r"^\s*(?P<n>\d{1,2}\.(?:\d{1,2}\.?)?)\s+(?P<rest>\S.*)$")
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
        # the label a progress note printed apart is given ("Progress"), the column map's own name
        progress = sorted(
            (syn for syn, f in cm.pairs if f == "progress" and regex.fullmatch(r"\w+", syn)), key=len
        )
        self._progress = progress[0] if progress else None

    def label_starts(self, text: str) -> list[tuple[int, int]]:
        """(start, value start) of each field label on a label line; none where the line does
        not open with a label."""
        found = [(m.start(), m.end()) for m in self._label.finditer(text.strip())]
        return found if found and found[0][0] == 0 else []

    def rewrite(self, lines: list[Line]) -> list[Line]:
        apart = False  # the numbers printed apart from their paragraphs (plain pdftotext)
        if not self._is_list_plan(lines):
            joined = self._numbers_joined(lines)
            if joined is lines or not self._is_list_plan(joined, apart=True):
                return lines
            lines, apart = joined, True
        out: list[Line] = []
        heading = None  # the number of the recommendation whose actions follow
        labelled = False  # the line before was an action's label line or its note
        # (the list's last numbered line: a paragraph after the last action's labels is the paper's)
        last = max(
            k for k, ln in enumerate(lines) if _ACTION.match(ln.text) or _RECOMMENDATION.match(ln.text)
        )
        for k, ln in enumerate(lines):
            if m := _RECOMMENDATION.match(ln.text):
                # (a numbered paragraph with no action numbered under it, "1. Purpose", is the
                # paper's own: left as printed, and the list's lines after it too)
                heading = m.group("n") if _next_action(lines, k) == m.group("n") else None
            elif (m := _ACTION.match(ln.text)) and m.group("n") != heading:
                heading = None
            if heading and apart and labelled and k < last and self._note(ln):
                # (a progress note printed after a blank line: labelled, so the block goes on)
                out.append(replace(ln, text=f"{self._progress}: {ln.text.strip()}"))
                labelled = True
                continue
            labelled = bool(heading and (self.label_starts(ln.text) or (labelled and self._note(ln))))
            out.extend(self._rewritten(ln) if heading else [ln])
        return out

    def _wraps_placed(self, lines: list[Line]) -> list[Line]:
        """A label line's value wrapped at the margin ("Position: Not" / "commenced") belongs to
        the printed line's last label, whose value reaches the margin; plain pdftotext prints the
        wrapped words after the first label's line, before the others: put back at the end of the
        last label line of the run."""
        out, placed = list(lines), set()
        for k in range(1, len(out) - 1):
            text = out[k].text.strip()
            if not (
                text[:1].islower() and len(text.split()) <= WRAP_WORDS and self.label_starts(out[k - 1].text)
            ):
                continue
            run = k + 1
            while run < len(out) and (self.label_starts(out[run].text) or _BARE_NUMBER.match(out[run].text)):
                run += 1
            last = max((j for j in range(k + 1, run) if self.label_starts(out[j].text)), default=None)
            if last is not None:
                out[last] = replace(out[last], text=f"{out[last].text.rstrip()} {text}")
                placed.add(k)
        return [ln for k, ln in enumerate(out) if k not in placed]

    def _note(self, ln: Line) -> bool:
        """A line after an action's labels that is a sentence of its own: its progress note."""
        text = ln.text.strip()
        return (
            self._progress is not None
            and text[:1].isupper()
            and not (_ACTION.match(text) or _RECOMMENDATION.match(text) or self.label_starts(text))
        )

    def _is_list_plan(self, lines: list[Line], apart: bool = False) -> bool:
        """Actions numbered under a recommendation printed before them, at least MIN_ACTIONS of
        them followed straight (past their wrapped lines) by a line of two or more labels (with
        `apart`, the numbers printed apart: by two or more labels a line each)."""
        recommendations: set[str] = set()
        proven = 0
        for k, ln in enumerate(lines):
            if m := _ACTION.match(ln.text):
                if m.group("n") in recommendations and self._labelled_after(lines, k, apart):
                    proven += 1
            elif m := _RECOMMENDATION.match(ln.text):
                recommendations.add(m.group("n"))
        return proven >= MIN_ACTIONS

    def _labelled_after(self, lines: list[Line], k: int, apart: bool) -> bool:
        """The action at `k` is followed, before any other numbered line, by a line of two or
        more labels; with `apart` (plain pdftotext, a field a line), by APART_LABELS label lines.
        (Where the numbers print with their paragraphs, labels a line each are a table cell's
        lines, "Owner:" over "When:", not a list's label line.)"""
        labels = 0
        for ln in lines[k + 1 : k + 8]:
            if _ACTION.match(ln.text) or _RECOMMENDATION.match(ln.text):
                return False
            found = len(self.label_starts(ln.text))
            labels = labels + found if apart else found
            if labels >= (APART_LABELS if apart else 2):
                return True
        return False

    def _numbers_joined(self, lines: list[Line]) -> list[Line]:
        """Each number printed alone put at the head of the next paragraph that is no label
        line and opens capitalised, in the order the numbers print; `lines` itself where no
        number prints alone."""
        if not any(_BARE_NUMBER.match(ln.text) for ln in lines):
            return lines
        lines = self._wraps_placed(lines)
        out: list[Line] = []
        waiting: list[str] = []  # numbers printed alone, not yet given their paragraph
        opened = False  # the line before was a paragraph's (a wrapped line opens none)
        for ln in lines:
            text = ln.text.strip()
            if _BARE_NUMBER.match(text):
                waiting.append(text.rstrip("."))
                opened = False
                continue
            if (m := _NUMBERED_LABELS.match(text)) and self.label_starts(m.group("rest")):
                # (a number cleaning joined to the label line printed beside it: "3.2 Lead: ...")
                waiting.append(m.group("n").rstrip("."))
                ln, text = replace(ln, text=m.group("rest")), m.group("rest")
            starts = not opened and text[:1].isupper() and not self.label_starts(text)
            if starts and waiting:
                dot = "." if "." not in waiting[0] else ""
                out.append(replace(ln, text=f"{waiting.pop(0)}{dot} {text}"))
            else:
                out.append(ln)
            opened = bool(text) and not self.label_starts(text)
        return out

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

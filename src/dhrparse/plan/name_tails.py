"""The wrapped names of a plan header that plain pdftotext (no -layout) printed a line at a
time (plan.round_header): which earlier name a line carries on.

The Home Office template's names are long and its columns narrow, so most names wrap: "Scope
of" / "recommen" / "dation i.e." / "local or" / "regional", "Key milestones achieved in" /
"enacting recommendation", "Date of" / "completion and" / "Outcome". Printed a line at a time,
the names' later lines come in rounds among the other names, as a row's cells do: the first
line of every name (some of them a line late, where a name sits lower in its cell), then the
second line of each name that wrapped, left to right, then the third ... A line carries a name
on when that name is unfinished (it ends on a joining word, "of", "in", "or", or on a word the
column cut, "recommen") and the line's words are header words; of two such names, the one next
in the round after the name the last such line carried on. A capitalised line carries a name
on only where the two make one of the plan's column names exactly ("Date of completion and" /
"Outcome"); otherwise it is a name of its own ("Key milestones achieved in" / "Target Date").
"""

from __future__ import annotations

from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.wrapped_headers import MIN_CUT, WORD, is_header_piece, joined

# a name ending on one of these has more to come ("Scope of", "Date of completion and")
UNFINISHED_ENDS = frozenset(
    {"of", "in", "and", "or", "for", "to", "the", "by", "on", "i.e.", "e.g.", "&", "/"}
)


def unfinished(cm: ColumnMap, name: str) -> bool:
    """Whether a header name printed so far has more to come: it ends on a joining word or on
    a word its column cut ("recommen", the start of a header word and no word itself)."""
    words = name.split()
    if not words:
        return False
    last = words[-1].lower()
    if last in UNFINISHED_ENDS:
        return True
    cut = WORD.findall(last)
    cut_word = cut[-1] if cut else ""
    return (
        len(cut_word) >= MIN_CUT
        and cut_word == last
        and cut_word not in cm.vocabulary
        and any(w.startswith(cut_word) for w in cm.vocabulary)
    )


class NameTails:
    """The later lines of the header's wrapped names, placed in the rounds they print in."""

    def __init__(self, cm: ColumnMap):
        self.cm = cm
        self.last = -1  # the name the last carrying line went to (the round so far)
        self.wrapped: set[int] = set()  # the names a line has carried on
        self.round = 2  # the round the last carrying line printed in (the names' first lines: 1)
        self.started = False  # whether a carrying line has printed yet
        self.rounds: list[int] = []  # per name, the round its last line printed in

    def place(self, names: list[str], text: str) -> int | None:
        """The index of the name among `names` that `text` carries on (the name is extended in
        place), or None when the line is no name's carrying line."""
        text = text.strip()
        if not text or not names:
            return None
        while len(self.rounds) < len(names):  # (names printed since: their first line is in this round)
            self.rounds.append(self.round if self.started else 1)
        open_names = [k for k, name in enumerate(names) if unfinished(self.cm, name)]
        if text[:1].islower() and not open_names:
            # (a name already whole may go on with its gloss: "Scope of recommendation" / "i.e.
            # local or regional"; only one that has wrapped, its column narrow)
            open_names = sorted(self.wrapped)
        order = [(k, self.round) for k in open_names if k > self.last]
        order += [(k, self.round + 1) for k in open_names if k <= self.last]
        for k, now in order:
            if self.rounds[k] < now - 1:
                continue  # (a name whose lines ended a round before prints no more)
            if text[:1].islower():
                whole = joined(self.cm, names[k], text)
                fits = is_header_piece(self.cm, names[k], text)
            else:  # (a capitalised line: a name of its own, unless the two make one exactly)
                whole = f"{names[k]} {text}"
                fits = self.cm.names_exactly(whole)
            if fits:
                names[k] = whole
                self.last, self.round, self.rounds[k], self.started = k, now, now, True
                self.wrapped.add(k)
                return k
        return None

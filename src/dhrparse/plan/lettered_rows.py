"""A narrower plan table whose ref column holds the letters of the report's lettered
recommendations ("For | What we will do | Who | By when | How we will know it has worked |
Progress"), in text whose printed lines join their cells: rows open with "A", "B(i)",
"B(ii)", "C" before the action's capitalised first word.

A lone capital opening a line is an article or a RAG letter as often as a ref, so the letters
open rows only where the lines so opened run through the alphabet from "A" in order (each
letter the one before or the next, its parts "(i)", "(ii)" beside it), three rows at least.
Such a header names who acts with a word ("Who") and no Lead column: that column is the
lead's. A column of success measures is kept in its place under its printed name.
"""

from __future__ import annotations

import regex

from dhrparse.plan.tables import header_form
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.plan.who_columns import EXTRA, who_as_lead

MIN_ROWS = 3  # lettered rows enough to tell a run through the alphabet
NAME_OPENS = 1.5  # a measure's later line opening with a name's word, in the cuts' costs
NOT_STATUS = 3.0  # a status cell's later line beside a column of measures
_LETTER = regex.compile(r"^(?P<letter>[A-Z])(?:\((?:i|ii|iii|iv|v|vi)\))?$")
_PUNCT = ".,;:()/–-"


def table_ref(p, texts: list[str]) -> regex.Pattern:
    """The expression a row's ref is read by in this table: lettered where its lines say so."""
    base = PlanVocabulary.of(p).ref_word_whole
    return lettered_ref(base, texts) or base


def lettered_ref(base: regex.Pattern, texts: list[str]) -> regex.Pattern | None:
    """The ref expression `base` taking a lone capital (and its roman part) too, where the
    lines opening so run through the alphabet from "A"; None otherwise."""
    letters = []
    for text in texts:
        words = text.split()
        m = _LETTER.match(words[0]) if len(words) > 2 else None
        if m and words[1][:1].isupper():
            letters.append(m.group("letter"))
    if len(letters) < MIN_ROWS or letters[0] != "A" or len(set(letters)) < 2:
        return None
    if any(ord(b) - ord(a) not in (0, 1) for a, b in zip(letters, letters[1:])):
        return None
    return regex.compile(rf"^(?:{base.pattern[1:-1]}|{_LETTER.pattern[1:-1]})$")


def lettered_columns(cm, who: set[str], text: str, cols: list[str]) -> list[str]:
    """`cols` with the who word printed between names ("Who") as the lead's column where no
    column is the lead's, and a success measure's column kept as an extra one."""
    norm = header_form(text)
    matches = list(cm.name_search.finditer(norm))
    if len(matches) != len(cols):
        return cols
    ends = [*(m.start() for m in matches), len(norm)]
    gaps = [
        " ".join(w.strip(_PUNCT) for w in norm[a:b].split()).strip()
        for a, b in zip([0, *(m.end() for m in matches)], ends)
    ]
    # ("How we will know it" / "has worked": the name's words going on, not a who column)
    gaps = [
        g if not i or not g or not _carried(cm, norm[matches[i - 1].start() : ends[i]]) else ""
        for i, g in enumerate(gaps)
    ]
    at = who_as_lead(gaps, who, "lead" in cols)
    if at is None or sum(map(bool, gaps)) != 1:
        return cols
    out = [
        f"{EXTRA}{m.group(0).strip().capitalize()}" if c == "success_measure" else c
        for m, c in zip(matches, cols)
    ]
    return [*out[:at], "lead", *out[at:]]


def _carried(cm, name: str) -> bool:
    """A long name printed with its next words before the line breaks ("How we will know it"):
    with them it opens a longer name of the same column ("How we will know it has worked")."""
    words = " ".join(w.strip(_PUNCT) for w in name.split())
    field = cm.scan(words)
    return len(field) == 1 and any(syn.startswith(f"{words} ") and n == field[0] for syn, n in cm.pairs)


def told_carry(shapes, column: int, text: str) -> float | None:
    """A later line's cost in a plan with a column of success measures (its cells sentences,
    its status cells status words alone), where that shape decides it, else None: a lead's line
    may end on a name's small word ("Nursing team"); a measure's line opening with a name's
    capitalised word ("Manager change") holds the lead's last word; a status cell carries on
    with no more words ("Not begun" / "of practice" is the measure's)."""
    role = shapes.columns[column]
    names, _ = shapes.lead_words
    last = text.split()[-1].lower().strip(",.")
    if role == "lead" and text[:1].isupper() and last in names:
        return 0.0
    if column in shapes.told and text[:1].isupper() and text.split()[0].lower().strip(",.") in names:
        return NAME_OPENS
    if role == "status":
        return NOT_STATUS
    return None

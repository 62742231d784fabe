"""Plans printed as one two-column key/value box per recommendation.

Safeguarding boards often publish a plan as a small table per recommendation: "Recommendation 1
| <text>", then for each action "Action 1.1 | <text>", "Lead | ...", "Timescale | ...", "How will
we know? | ...", "Progress (March 2025) | ...", "RAG | Blue". Each row is a labelled field as the
labelled-blocks reader knows them ("Lead: ..."), its label in the first cell; an action that
carries its own number ("Action 1.2") is an action of its own under the recommendation above.
"""

from __future__ import annotations

import regex

from dhrparse.plan.tables import ColumnMap
from dhrparse.vocab.engines import TextPattern

# the header of the column that holds each action's own number ("1.2"); a ref synonym, so the
# plan reader takes it for the action's number after the recommendation's (plan.action_numbers)
ACTION_NUMBER = "Action ref"

# (the white space around the label is taken whole, never handed back: a cell of nothing but a
# long run of tabs or spaces is turned down in one pass, where trying each split of the run
# between the two sides took time growing with the square of its length)
KEY = r"^\s*+(?P<label>[^\d:]{2,45}?)(?:\s++(?P<ref>\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?))?\s*+:?\s*+$"
# (every line of a plan is asked whether it is a bare label: `re` reads the lines both engines read alike)
_KEY = TextPattern(KEY, 0)
# the most characters other than white space a label cell prints: the label ([^\d:]{2,45}), its
# number ("12.10.31a") and a colon. A longer line (most lines of a report) is prose, turned down unread.
KEY_MOST_PRINTED = 45 + 9 + 1
# "Progress (March 2025)", "Update (Q3)": the date of the update is not part of the field's name
# (and the colon after it: "Timescale (include dates):"); a form's date after a comma ("Position,
# April 2025:") or "at" ("Status at March 2025:", "Progress as at 31 March 2025:") is such an aside too
_ASIDE = regex.compile(
    # ((?<!\s): tried from the first space of a run only, so a long run of spaces costs one pass)
    r"(?<!\s)\s*(?:\([^)]*\)|(?:,\s*(?:(?:as\s+)?at\s+)?|\s(?:as\s+)?at\s+)(?:\d{1,2}\s+)?\p{L}{3,9}\.?\s+\d{4})\s*:?\s*$"
)


# a recommendation's code printed as a label's whole value ("Recommendation: L1", a box's
# "Recommendation | 2.3" row)
RECOMMENDATION_CODE = regex.compile(r"^\(?[A-Za-z]{0,4}\s?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?\)?\.?$")


def code_as_ref(got: tuple[str, str, str | None, str]) -> tuple[str, str, str | None, str]:
    """A labelled field whose recommendation value is only its code: the code is the row's ref
    (the recommendation the block answers), the value empty."""
    f, label, ref, value = got
    if f == "recommendation" and ref is None and RECOMMENDATION_CODE.match(value):
        return f, label, value.strip("().").strip(), ""
    return got


def key_value_field(cells: list[str], cm: ColumnMap) -> tuple[str, str, str | None, str] | None:
    """(field, label, ref, value) of a key/value row: a short label cell and its value."""
    if len(cells) != 2 or not cells[0].strip() or not cm.may_open_with_field(cells[0]):
        return None
    m = key_match(without_aside(cells[0]))
    if m is None:
        return None
    label = m.group("label").strip()
    f = cm.field_of(label) or cm.field_of(label.rstrip("?").strip())
    return (f, cells[0].strip(), m.group("ref"), cells[1].strip()) if f else None


def without_aside(label: str) -> str:
    """The label cell with its aside taken off. An aside is set in brackets, after a comma or after
    "at" (a label without "(", "," or " at " has none), and it ends the cell: in ")" or a date's year, before at
    most a colon and white space. Every line of a report is asked (is it a bare label?), and most
    lines holding a bracket or comma end otherwise: they are handed back unsearched."""
    if "(" not in label and "," not in label and " at " not in label:
        return label
    end = label.rstrip()
    end = end[:-1].rstrip() if end.endswith(":") else end
    if not end.endswith(")") and not end[-1:].isdigit():
        return label
    return _ASIDE.sub("", label)


def bare_label(label: str) -> str:
    """A label cell as a header names its column: its aside, colon and question mark left out
    ("By whom? (Grade, rank, role):" -> "By whom")."""
    m = key_match(_ASIDE.sub("", label))
    return m.group("label").strip().rstrip("?").strip() if m else label.strip()


def key_match(text: str):
    """`KEY` matched on the text: first the count of its printed characters, which a label
    cell cannot exceed (the white space `KEY` may skip is white space to `str.split` too)."""
    if len(text) > KEY_MOST_PRINTED and len("".join(text.split())) > KEY_MOST_PRINTED:
        return None
    return _KEY.match(text)


def numbered_actions(opener: str, fields: list[str], found: list) -> bool:
    """Blocks opened by a numbered recommendation whose actions print numbers of their own."""
    return opener == "recommendation" and any(
        got is not None and got[0] == "action" and got[2] is not None for got in found
    )

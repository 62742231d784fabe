"""A narrower plan table's column headed by a word naming who acts ("Agency", "Organisation")
beside its Lead column, in text whose printed lines join their cells: no field is for it (the
lead is the Lead column's), yet its cells take their room on every printed line ("14.1 Kelby
Vale CSP Agree and publish ..."). A reader cutting such lines must count it among the columns,
or every cut after it falls a column short; it is kept as an extra column ("extra:Agency") in
its printed place.

What its cells look like, for the cuts: a body's name ("Kelby Vale CSP", "All member
agencies"), every word capitalised or one names hold; and the action beside it opens with a
verb, not with the name's last word ("CSP Agree"), nor ends its first line on the first word
of the lead's name ("... booking CSP" beside "Business Support Officer"). An action's later
line opening with a capital ("Trust" over "outpatients.") more likely ends the body's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.joined_cells import SENTENCE_ENDS
from dhrparse.plan.tables import header_form

if TYPE_CHECKING:
    from dhrparse.plan.tables import ColumnMap

EXTRA = "extra:"  # a column no field is for, kept in its place
NAMED = -1.0  # a who column's cell opening with a body's name, in the cuts' costs
NOT_NAME = 3.0  # an action opening with a name's last word, or ending on the lead's first
DANGLES = 0.2  # a body's name's later line ending on a small word ("and", "of")
ACTION_CAPITAL = 0.3  # an action's later line opening with a capital, beside a who column
BODIES = frozenset({"agencies", "partners", "services"})  # plural bodies ("All partner agencies")
NAME_WORDS = 8  # the most words of a body's name on a cell's first line
_PUNCT = ".,;:()/–-"


def is_extra(col: str) -> bool:
    return col.startswith(EXTRA)


def with_who_columns(cm: ColumnMap, who: set[str], text: str, cols: list[str]) -> list[str]:
    """`cols` (the fields the header line `text` names, in printed order) with a column for
    each who-header word printed between (or before or after) the names; `cols` as they are
    where any other unnamed word stands there, there is no Lead column, or the names do not
    match `cols` one to one."""
    norm = header_form(text)
    matches = list(cm.name_search.finditer(norm))
    if len(matches) != len(cols) or "lead" not in cols:
        return cols
    out: list[str] = []
    at = 0
    for m, col in [*zip(matches, cols), (None, None)]:
        gap = [w.strip(_PUNCT) for w in norm[at : m.start() if m else len(norm)].split()]
        gap = [w for w in gap if w]
        if gap:
            name = " ".join(gap)
            if name not in who:
                return cols
            out.append(f"{EXTRA}{name.capitalize()}")
        if m is None:
            break
        out.append(col)
        at = m.end()
    return out


def with_agency_column(cm: ColumnMap, who: set[str], text: str, cols: list[str]) -> list[str]:
    """`cols` with the agency's column kept where the header line `text` prints two lead names
    side by side, one naming a body and the other its officer ("Lead agency Lead officer"):
    the names read as one lead, yet each prints its own cells on every line ("Kelby Council
    Adult Social Care Principal Social Worker"), so a reader cutting the joined lines counts both
    or every cut after them falls a column short. The officer's column is the lead (who answers
    for the action, as plan.wrapped_columns reads the two on a PDF); the agency's is extra, kept
    in its printed place. `cols` as they are where the names do not tell the two apart."""
    printed = [m.group(0) for m in cm.name_search.finditer(header_form(text))]
    fields = [cm.field_of(name) for name in printed]
    pairs = [k for k in range(len(fields) - 1) if fields[k] == fields[k + 1] == "lead"]
    if len(pairs) != 1 or cols.count("lead") != 1:
        return cols
    k = pairs[0]
    bodies = [bool(who & set(printed[n].split())) for n in (k, k + 1)]
    if bodies.count(True) != 1:
        return cols
    at = cols.index("lead") + (0 if bodies[0] else 1)
    return [*cols[:at], f"{EXTRA}{printed[k if bodies[0] else k + 1].capitalize()}", *cols[at:]]


def with_closing_extra(cm: ColumnMap, text: str, cols: list[str]) -> list[str]:
    """`cols` with a last column the header line `text` prints after its last name in header
    words no field is for ("... Target Status Evidence / comment"): its cells take their room
    on every printed line, so a reader cutting the joined lines counts it, kept as an extra
    column; `cols` as they are where the names do not match `cols` one to one or the words
    after them are no header's."""
    norm = header_form(text)
    matches = list(cm.name_search.finditer(norm))
    fields = [cm.field_of(m.group(0)) for m in matches]
    # (a name the map reads as the one before it, "Action Improvement action", heads no column of its own here)
    if not matches or [f for k, f in enumerate(fields) if not k or fields[k - 1] != f] != cols:
        return cols
    rest = norm[matches[-1].end() :].strip(" " + _PUNCT)
    if not any(ch.isalpha() for ch in rest) or not cm.is_header_words(rest):
        return cols
    return [*cols, f"{EXTRA}{rest.capitalize()}"]


def who_as_lead(names: list[str], who, lead_named: bool) -> int | None:
    """Where among a header's `names` the one naming who acts ("Who", `actions.who_headers`)
    stands, read as the lead's column: a header whose other names do not name the lead. None
    where the lead is named, or no name or more than one names who acts."""
    if lead_named:
        return None
    at = [k for k, name in enumerate(names) if name.lower() in who]
    return at[0] if len(at) == 1 else None


def named(text: str, names: set[str], joining: set[str]) -> bool:
    """Whether a cell's first line reads as a body's name: a capital opening it and every word
    a capitalised one or a word names hold ("Kelby Vale CSP", "All member agencies")."""
    words = [w.strip(".,;:()'’") for w in text.split()]
    return (
        0 < len(words) <= NAME_WORDS
        and words[0][:1].isupper()
        and all(
            w[:1].isupper() or w.lower() in names or w.lower() in joining or w.lower() in BODIES
            for w in words
            if w
        )
    )


def who_fit(columns: list[str], column: int, text: str, names: set[str], joining: set[str]) -> float | None:
    """The cost of a cell opening with `text` in a table with a who column, where the who
    column decides it: its own cells, and the action's first line beside it; else None."""
    role = columns[column]
    if is_extra(role):
        return NAMED if named(text, names, joining) else 0.0
    if role != "action" or not any(is_extra(c) for c in columns):
        return None
    words = text.split()
    if len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper():
        return NOT_NAME  # ("CSP Agree": the body's name's last word)
    k = len(words)
    while k > 1 and words[k - 1].lower() in joining:
        k -= 1  # (a name's small words end the line: "Head of", "Named Nurse for")
    tail = k
    while k > 1 and words[k - 1][:1].isupper():
        k -= 1
    if k == tail:
        return None
    if 1 < k < len(words) and words[k - 1][:1].islower() and not words[k - 1].endswith(SENTENCE_ENDS):
        return NOT_NAME  # ("booking CSP": the lead's name opens with that word)
    return None


def who_carry(columns: list[str], column: int, text: str, names: set[str], joining: set[str]) -> float | None:
    """The cost of a cell's later line `text` in a table with a who column, where the who
    column decides it: a body's name goes on with a name's words ("Hospitals NHS Trust",
    "agencies"), not a sentence's ("agencies bookings"); an action's later line opening with a
    capital more likely ends the body's name ("Trust" over "outpatients."); a date's later line
    is its year or a date's words, not a status's ("complete"). Else None."""
    if not any(is_extra(c) for c in columns):
        return None
    role = columns[column]
    if is_extra(role):
        words = [w.strip(".,;:()'’") for w in text.split()]
        lower = [w for w in words if w[:1].islower() and w.lower() not in names | joining | BODIES]
        if lower:
            return NOT_NAME
        # (a name's line seldom ends on its small word where the cell ends: "Surgery and")
        return DANGLES if words and words[-1].lower() in joining else 0.0
    if role == "action" and text[:1].isupper():
        return ACTION_CAPITAL
    if role == "target_date" and not any(ch.isdigit() for ch in text):
        return NOT_NAME  # ("30.09.2024" over "complete": the status cell's word)
    return None

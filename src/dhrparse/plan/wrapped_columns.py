"""A tracker's header in corpus text whose long names wrap in narrow columns, the first printed
line holding every column's first word or words and the lines under it the rest:

    Agency Ref Action SMART Lead officer By when Date
    required outcome – completed
    how will we
    know it has
    worked?

The first line alone misnames two columns: "SMART" names none (its name, "SMART required
outcome ...", goes on below), and "Date" reads as the target date beside "By when" where it
opens "Date completed". The header is rebuilt column by column: a word of the first line that
names no column is the place of the column the lines under it name and the first line does
not; the first line's last word and a wrapped line's last word naming a completion date
(patterns' `actions.completion_date_header`) are the last column's name (the last column's
wrapped words print at the end of their lines).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.percent_columns import PERCENT, percent_name

if TYPE_CHECKING:
    import regex

    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap

COMPLETED = "completed"  # the role of a column holding the day an action was completed


def _unplaced(cm: ColumnMap, words: list[str], cols: list[str]) -> list[int]:
    """The places of the first line's words that name no column and stand between the names
    (the columns before them and after them being all the line names)."""
    out = []
    loose = set(cm.unnamed_words(" ".join(words)))  # (not "officer" of "Lead officer")
    for t, w in enumerate(words):
        if not cm.unnamed_words(w) or not loose & set(cm.unnamed_words(w)):
            continue
        before, after = cm.scan(" ".join(words[:t])), cm.scan(" ".join(words[t + 1 :]))
        if before + after == cols and before and after and before[-1] != after[0]:
            out.append(t)
    return out


def _joined_names(
    cm: ColumnMap, words: list[str], gaps: list[int], wraps: list[str]
) -> dict[int, tuple[str, str]]:
    """{gap's place: (role, name)} where gaps' words and the words of the lines under the header,
    in order, together name exactly one column each ("SAR" / "rec": "SAR rec", the
    recommendation's number), every wrapped word completing a gap; {} otherwise (the wrapped
    lines name columns of their own). A gap no wrapped word completes stays as printed ("By")."""
    under = [w for wrap in wraps for w in wrap.split()]
    out, used = {}, 0
    for t in gaps:
        name = f"{words[t]} {under[used]}" if used < len(under) else ""
        if name and cm.names_exactly(name):
            out[t] = (cm.field_of(name), name)
            used += 1
    return out if out and used == len(under) else {}


def joined_header(cm: ColumnMap, parts: list[str]) -> str | None:
    """A header printed over lines whose first line's only unnamed words are each completed by a
    word under it ("Ref SAR What we will do Lead By Status" / "rec"), read as printed on one line
    ("Ref SAR rec What we will do ..."); None where the lines under it do not so complete it."""
    if len(parts) < 2:
        return None
    words = parts[0].split()
    joined = _joined_names(cm, words, _unplaced(cm, words, cm.scan(parts[0])), parts[1:])
    if not joined:
        return None
    return " ".join(joined[t][1] if t in joined else w for t, w in enumerate(words))


def rebuilt(cm: ColumnMap, p: Patterns, first: str, wraps: list[str]) -> list[tuple[str, str]] | None:
    """The header's columns as (role, name printed on the first line or rebuilt), the first line
    `first` completed by its wrapped lines `wraps`; None when the wrapped lines change nothing."""
    words = first.split()
    cols = cm.scan(first)
    if not words or not wraps or not cols:
        return None
    changed = False
    # (the last column's name completed by a wrapped line's last word: "Date" / "completed")
    completed = None
    rxs = p.regexes("actions.completion_date_header")
    for wrap in wraps:
        name = f"{words[-1]} {wrap.split()[-1]}"
        if any(rx.search(name) for rx in rxs) and len(words) > 1:
            completed = name
            break
    if completed is not None:
        words = words[:-1]
        cols = cm.scan(" ".join(words))
        changed = True
    # (a word naming no column on the first line: the column the wrapped lines name)
    gaps = _unplaced(cm, words, cols)
    joined = _joined_names(cm, words, gaps, wraps)
    if joined:  # ("SAR" / "rec": the gap's word and the word under it one column's name)
        bounds = [-1, *sorted(joined), len(words)]
        out = []
        for a, b in zip(bounds, bounds[1:]):
            out += [(f, f) for f in cm.scan(" ".join(words[a + 1 : b]))]
            if b in joined:
                out.append(joined[b])
        if completed is not None:
            out.append((COMPLETED, completed))
        return out
    below = [f for f in cm.scan(" ".join(wraps)) if f not in cols]
    out: list[tuple[str, str]] = []
    if len(gaps) == 1 and below:
        below = below[:1]  # (one column's long name naming it twice: "... outcome – how will we know")
    if gaps and len(below) == len(gaps):
        fill = dict(zip(gaps, below))
        bounds = [-1, *gaps, len(words)]
        for a, b in zip(bounds, bounds[1:]):
            out += [(f, f) for f in cm.scan(" ".join(words[a + 1 : b]))]
            if b in fill:
                out.append((fill[b], words[b]))
        changed = True
    else:
        out = [(f, f) for f in cols]
    if completed is not None:
        out.append((COMPLETED, completed))
    return out if changed else None


# the role of a column of who acts printed between the others ("Recommendation | Agency |
# Action"), the lead named elsewhere: no field is for it, its cells handed on under its name
AGENCY = "agency"
FLAG = "flag"  # ... of a completion flag column ("Closed (Y/N)"): the row's status, Y or N
NAME_WORDS = 4  # the most words of the first line one column's name prints there
JOINERS = ("/", "&", "-", "–")  # signs printed alone between two words of one name ("Open / Closed")


class NamedColumns:
    """A tracker header whose every column is named, its names' wrapped words printed on the
    lines under the first a column's at a time, left to right:

        ID Rec Recommendation Agency Action Lead officer Date agreed Revised Update Closed
        no. date (Y/N)

    Each wrapped word completes the first name from the left, after the one the word before it
    completed, that it makes a column's name of ("Rec" + "no.", "Revised" + "date", "Closed" +
    "(Y/N)"), or a word the narrow column broke ("Clos" + "ed"). The names are a field's
    (patterns' columns), who acts (`actions.who_headers`), a completion flag
    (`actions.completion_flag_header`) or a tracker's column no field is for
    (`actions.tracker.extra_names`, "Date agreed")."""

    def __init__(self, cm: ColumnMap, p: Patterns):
        self.cm, self.p = cm, p
        self.who = {w.lower() for w in p.list("actions.who_headers")}
        self.extra = {w.lower() for w in p.list("actions.tracker.extra_names")}
        self.flag = p.regexes("actions.completion_flag_header")

    def role(self, name: str) -> str | None:
        """The role of a column so named, or None where it names none."""
        text = " ".join(name.lower().split())
        if self.cm.names_exactly(text):
            return self.cm.field_of(text)
        if text in self.who:
            return AGENCY
        if percent_name(text, self.p):
            return PERCENT  # ("%" over "complete": the share done, plan.percent_columns)
        if any(rx.match(text) for rx in self.flag) and len(text.split()) > 1:
            return FLAG  # (not "Closed" alone, which may be a date's column)
        if text in self.extra:
            return "extra"
        return None

    def _segments(self, words: list[str]) -> list[str]:
        """The first line's words as names, the longest from the left; a word naming nothing
        alone stands as its own (a wrapped word completes it)."""
        out, k = [], 0
        while k < len(words):
            size = next(
                (
                    n
                    for n in range(min(NAME_WORDS, len(words) - k), 1, -1)
                    if self.role(" ".join(words[k : k + n]))
                ),
                1,
            )
            name = " ".join(words[k : k + size])
            if name in JOINERS and out:
                out[-1] = f"{out[-1]} {name}"  # (a name going on past a slash: "Open /" over "Closed")
            else:
                out.append(name)
            k += size
        return out

    def _completed(self, name: str, word: str) -> str | None:
        for joined in (f"{name} {word}", f"{name}{word}"):
            if self.role(joined):
                return joined
        # (a word the narrow column broke, "Clos" / "ed": joined, a header's word, its name
        # completed by the next wrapped line, "(Y/N)")
        last = name.split()[-1]
        if not self.cm.is_header_words(last) and self.cm.is_header_words(last + word):
            return f"{name}{word}"
        return None

    def _run_completed(
        self, names: list[str], at: int, word: str, later: list[str] = ()
    ) -> tuple[int, str] | None:
        """(place, name) where a wrapped word completes a name the first line printed as several
        words, its first alone naming a column and the rest nothing ("RAG" "at" "last" over
        "review": "RAG at last review"), or goes on with it to a word a `later` wrapped line
        prints that completes it ("RAG" "at" / "last" / "review"); the run is made one name."""
        for t in range(at, len(names)):
            for end in range(t + 1, min(t + NAME_WORDS, len(names))):
                if any(self.role(n) for n in names[t + 1 : end + 1]):
                    break
                joined = " ".join([*names[t : end + 1], word])
                if self.role(joined) or any(self.role(f"{joined} {w}") for w in later):
                    names[t : end + 1] = [names[t]]
                    return t, joined
        return None

    def columns(self, first: str, wraps: list[str]) -> list[tuple[str, str]] | None:
        """(role, name) of each column, the first line's names completed by the wrapped lines'
        words; None where a word completes no name or a name stays unnamed."""
        names = self._segments(first.split())
        # (a header on one line is read so only where it names a completion flag, "Completed
        # (Y/N)", which the column scan does not name)
        if not wraps and not any(self.role(n) == FLAG for n in names):
            return None
        for w, wrap in enumerate(wraps):
            at = 0
            asked = _asked(wrap.split())
            for v, word in enumerate(asked):
                later = [*asked[v + 1 :], *(x for rest in wraps[w + 1 :] for x in rest.split())]
                # (a name going on past a slash takes the word first: "Open/" over "Closed",
                # not "Action" beside it, which names its column already; so does a sign alone,
                # "%" over "complete")
                found = next(
                    (
                        (t, got)
                        for t in range(at, len(names))
                        if (names[t].endswith(JOINERS) or not any(ch.isalpha() for ch in names[t]))
                        and (got := self._completed(names[t], word))
                    ),
                    None,
                ) or next(
                    ((t, got) for t in range(at, len(names)) if (got := self._completed(names[t], word))),
                    None,
                )
                if found is None and (run := self._run_completed(names, at, word, later)) is not None:
                    found = run  # (the run of names made one: "RAG" "at" "last" / "review")
                if found is None:
                    return None
                # (a run going on to a later word stays open for it: "RAG at last" / "review")
                names[found[0]], at = found[1], found[0] + bool(self.role(found[1]))
        roles = [self.role(n) for n in names]
        if any(r is None for r in roles):
            return None
        return list(zip(roles, names))


def _asked(words: list[str]) -> list[str]:
    """A wrapped line's words, a lone question mark joined to the letters after it: the flag's
    "Completed" / "? (Y/N/P)" completes one name."""
    out: list[str] = []
    for word in words:
        if out and out[-1] == "?":
            out[-1] = f"?{word}"
        else:
            out.append(word)
    return out


def agency_beside_officer(named: list[tuple[str, str]], who: regex.Pattern) -> list[tuple[str, str]]:
    """Two lead columns side by side ("Lead agency | Lead officer"): the one whose name says a
    body acts (a word of who acts, "agency") is the agency's column, kept under its name, and the
    other the lead's; the columns as they were where the names do not tell them apart."""
    roles = [r for r, _ in named]
    if roles.count("lead") != 2 or roles[roles.index("lead") + 1] != "lead":
        return named
    a = roles.index("lead")
    bodies = [who.search(name) is not None for _, name in named[a : a + 2]]
    if bodies.count(True) != 1:
        return named
    k = a if bodies[0] else a + 1
    return [*named[:k], (AGENCY, named[k][1]), *named[k + 1 :]]

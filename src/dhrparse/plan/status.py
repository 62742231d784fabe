"""Status cells and progress text to Status {raw, value, rag, judged_from}.

A status cell is read with the phrase lists in patterns/actions.toml ([status]),
checked not_started -> in_progress -> complete so that "partially completed" is
in progress. RAG colours are kept as `rag` and decide only when no words do. When
the cell is empty, the value is judged from progress text only where that text
says so plainly ([status.judged]); the text used is recorded in `judged_from`. A status
cell holding a sentence with no status word is judged the same way, last
(`judge_status_note`).
Never raises.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from dhrparse.models import Status
from dhrparse.patterns import Patterns, load_patterns
from dhrparse.plan.broken_words import mended_value
from dhrparse.plan.dated_updates import latest_update
from dhrparse.plan.progress_bars import bar_state
from dhrparse.plan.tick_boxes import ticked_state
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.dates import opening_date
from dhrparse.vocab.engines import vocabulary_key

ORDER = ("not_started", "in_progress", "complete")
_RAG = regex.compile(r"\b(red|amber|green|blue)\b", regex.I)
# a RAG column printed as initials ("G", "A/G"): the first letter rates the row
_RAG_LETTER = regex.compile(r"^\W*([RAGB])(?:\s*/\s*[RAGB])?\W*$")
_LETTERS = {"r": "red", "a": "amber", "g": "green", "b": "blue"}


def _state_letter(raw: str, patterns: Patterns) -> str | None:
    """The state a RAG column's letter that is no colour's names ("C" complete, beside G, A and
    R in a four-state key): the cell that letter alone."""
    letters = patterns.get("actions.status.letters", {}) or {}
    m = _ONE_LETTER.match(raw)
    return letters.get(m.group(1).lower()) if m else None


_ONE_LETTER = regex.compile(r"^\W*(\p{Lu})\W*$")


def _phrase_rx(phrases: list[str]) -> regex.Pattern:
    alts = literal_alternation(phrases, longest_first=True)
    return regex.compile(r"(?<![\w-])(?:" + alts + r")(?![\w-])", regex.I)


@lru_cache(maxsize=64)
def _phrase_rx_of(phrases: tuple[str, ...]) -> regex.Pattern:
    return _phrase_rx(list(phrases))


def _whole_cell_words(patterns: Patterns) -> dict[str, str]:
    return {k.lower(): v for k, v in (patterns.get("actions.status.whole_cell") or {}).items()}


def whole_cell_state(text: str, patterns: Patterns) -> str | None:
    """The state a status cell's whole text is only as the whole cell ("Doing", "To do",
    "Delivered": [status] whole_cell), else None."""
    return patterns.derived("plan.status_whole_cell", _whole_cell_words).get(text.strip(" .").lower())


def _cell_value(text: str, patterns: Patterns) -> str | None:
    whole = whole_cell_state(text, patterns)
    if whole:
        return whole  # ("Delivered" alone; "Sessions 1-2 delivered" says no state)
    phrases = _cell_phrases(patterns)
    for value, rx in zip(ORDER, phrases):
        if rx.search(text):
            return value
    # "Outstanding" says only that the work is not finished: not started, where nothing else
    # in the cell says how far it got
    if phrases[-1].search(text):
        return "not_started"
    return (
        "in_progress" if any(rx.match(text) for rx in patterns.regexes("actions.status.open_cell")) else None
    )


# a sentence of a cell opening after another ended ("Complete – March 2024. In progress. ...")
_NEXT_SENTENCE = regex.compile(r"(?<=[.;!?])\s+(?=\p{Lu})")
_CLAUSE_BREAK = regex.compile(r"(?:[.;:!?,(]|\s[–—-])\s*")
LONG_CELL_WORDS = 6  # more words than a status phrase with its date ("Completed 14 March 2024")
PENDING_WITHIN = 1500  # an update's words read for work still to come
OPENS_AT = 2  # a status phrase opens a sentence when it starts within its first characters ("– Complete")


def _opening_value(sentence: str, patterns: Patterns) -> str | None:
    """The status a sentence opens with, or None."""
    for value, rx in zip((*ORDER, "not_started"), _cell_phrases(patterns)):
        m = rx.search(sentence)
        if m and m.start() <= OPENS_AT:
            return value
    return None


def opening_status(text: str, patterns: Patterns) -> str | None:
    """The status a short text opens with ("complete", "not started – venue awaited"), or None
    where its status word comes later ("first audit done")."""
    return _opening_value(" ".join(text.split()), patterns)


def status_over_note(text: str, patterns: Patterns) -> str | None:
    """The status phrase a cell opens with, as printed, where the cell's next words open a note of
    their own in capitals: the state printed bold on its own line over a short note ("Yet to
    start" / "Dates being set."), the line break lost when the cell's lines were joined. None where
    no phrase opens the cell or the words after it carry its sentence on ("Complete review of ...")."""
    flat = " ".join(text.split()).lstrip(" *•-–—([")
    found = [m for rx in _cell_phrases(patterns) if (m := rx.match(flat))]
    if not found:
        return None
    head = max(found, key=lambda m: m.end())
    return head.group(0) if _NOTE_AFTER.match(flat, head.end()) else None


_NOTE_AFTER = regex.compile(r"(?<!\s)\s+\p{Lu}")  # (from the state word's end: never inside a run of spaces)


def state_alone(text: str, patterns: Patterns) -> bool:
    """The text is a status phrase and nothing more ("Yet to start", "Embedded"): a state printed on
    a line of its own, not a note that uses a status word."""
    flat = " ".join(text.split()).strip(" .*•")
    return any(rx.fullmatch(flat) for rx in _cell_phrases(patterns)[: len(ORDER)])


def _stated_value(text: str, patterns: Patterns) -> str | None:
    """The status a cell states. A cell holding two sentences that each open with a status
    ("Complete – March 2024. In progress. Two of four samples done.") is two rows' cells run
    together (a row continued over a page break): the row's own is the first. A cell of dated
    updates says the state in its latest (plan.dated_updates). Otherwise the
    phrase lists decide in ORDER, so "partially completed" is in progress."""
    latest = latest_update(text, patterns)
    value = latest and _cell_value(latest, patterns)
    if value:
        # statuses given update by update ("Jun 24: not started. Dec 24: in progress"): the latest
        return value
    opened = [v for v in (_opening_value(s, patterns) for s in _NEXT_SENTENCE.split(text)) if v]
    if len(opened) >= 2:
        return opened[0]
    value = _cell_value(text, patterns)
    if (
        value == "complete"
        and len(text.split()) > LONG_CELL_WORDS
        and not any(_opening_value(c, patterns) for c in _CLAUSE_BREAK.split(text))
    ):
        # a sentence whose word of completion belongs to something else ("Tender closed Nov 24;
        # provider chosen. Sessions booked from April."): an action is called done only where
        # a clause opens so or the progress judgement reads the sentence as saying it
        return judge(text, patterns)
    return value


def _cell_phrases(patterns: Patterns) -> tuple[regex.Pattern, ...]:
    """The phrase expression of each status in ORDER, looked up once per Patterns: status
    cells are read on every plan row, key line and label value, and looking the phrase lists
    up again (copied and hashed) cost more than most searches."""
    return patterns.derived("plan.status_cell_phrases", _build_cell_phrases)


def _build_cell_phrases(patterns: Patterns) -> tuple[regex.Pattern, ...]:
    """ORDER's phrase expressions, then the not-finished words'."""
    return tuple(
        _phrase_rx_of(tuple(patterns.list(f"actions.status.{value}"))) for value in (*ORDER, "not_finished")
    )


def status_words(text: str | None, patterns: Patterns | None = None) -> str | None:
    """The status a short cell or phrase names, or None."""
    if not text or not text.strip():
        return None
    return _cell_value(" ".join(text.split()), patterns or load_patterns())


def judge(text: str | None, patterns: Patterns | None = None) -> str | None:
    """The status progress text states plainly, or None. The opening words count
    first (an "Update: Complete" heading beats later narrative)."""
    if not text or not text.strip():
        return None
    patterns = patterns or load_patterns()
    flat = flatten(text)
    latest = latest_update(flat, patterns)
    # a run of dated updates ("Mar 24: mapping started; Jun 24: report completed."): the latest
    # says the state now; the others only if it says nothing plain
    return (latest and _judge_prose(latest, patterns)) or _judge_prose(flat, patterns)


def _judge_prose(flat: str, patterns: Patterns) -> str | None:
    """The status one flattened progress text states plainly, or None."""
    for window in (flat[:60], flat[:400]):
        # the phrase printed first wins: "completed and shall be ongoing" is complete,
        # "partially completed" in progress
        best: tuple[int, int, str] | None = None
        for rank, value in enumerate(ORDER):
            for rx in patterns.regexes(f"actions.status.judged.{value}"):
                m = rx.search(window)
                if m and (best is None or (m.start(), rank) < best[:2]):
                    best = (m.start(), rank, value)
        if best:
            if best[2] == "complete" and not _opens_done(flat, patterns) and _pending(flat, patterns):
                # work reported done in passing with a part still to come ("webpage updated; a guide
                # is in development"): not yet finished, unless the update opened by saying so
                return "in_progress"
            return best[2]
    return None


def judge_status_note(cell: str | None, patterns: Patterns | None = None) -> str | None:
    """The state a status cell's sentence gives when it holds no status word ("Prompt requested
    from the supplier – awaiting.", "Letter will go out with the published report."): read as
    progress text is, else a sentence saying only what is to happen is work not yet started.
    None for a note that says neither ("Patient group met in October.")."""
    if not cell or not cell.strip():
        return None
    patterns = patterns or load_patterns()
    value = judge(cell, patterns)
    if value is None and any(
        rx.match(flatten(cell)) for rx in patterns.regexes("actions.status.judged.future_only")
    ):
        value = "not_started"
    return value


def _opens_done(text: str, patterns: Patterns) -> bool:
    """The update opens by calling the action done ("Update: Complete. ...")."""
    return any(rx.match(text) for rx in patterns.regexes("actions.status.judged.opens_done"))


def _pending(text: str, patterns: Patterns) -> bool:
    """The update says part of the work is still to come."""
    window = text[:PENDING_WITHIN]
    return any(rx.search(window) for rx in patterns.regexes("actions.status.judged.pending"))


def completion_headed(header: str | None, patterns: Patterns) -> bool:
    """The column's printed name says its date is the day the action was completed ("Date of
    completion and Outcome", "Date completed")."""
    return bool(header) and any(
        rx.search(flatten(header)) for rx in patterns.regexes("actions.completion_date_header")
    )


def opens_with_date(text: str | None, patterns: Patterns) -> bool:
    """The cell opens with a date ("14/02/2024 – guide published"): in a column headed as the
    date of completion, the day the action was finished."""
    if not text:
        return False
    return opening_date(flatten(text), patterns, within=3) is not None


def completion_flag(text: str | None, patterns: Patterns) -> bool | None:
    """A completion flag cell ("Y", "No", "P" partly): True when it says done, False when not,
    else None."""
    kind = _flag_kind(text, patterns)
    return None if kind is None else kind == "done"


def _flag_kind(text: str | None, patterns: Patterns) -> str | None:
    """Which [status.flag] entry a flag cell is: "done", "open" or "partly", else None."""
    if not text:
        return None
    for key in ("done", "open", "partly"):
        if any(rx.match(text) for rx in patterns.regexes(f"actions.status.flag.{key}")):
            return key
    return None


def _flag_key_header(patterns: Patterns) -> regex.Pattern:
    """The header naming a flag column's letters, compiled once with the vocabulary (it is asked
    of every plan cell's header)."""
    return regex.compile((patterns.get("actions.status.flag_key", {}) or {}).get("header", "(?!x)x"))


def keyed_flag(status: Status, cell: str | None, header: str | None, patterns: Patterns) -> Status:
    """A flag column whose header names its letters with one for partly done ("Completed?
    (Y/N/P)"): each letter is a state ([status.flag_key]: Y complete, P in progress, N not
    started), read only where the cell is one of the letters the header names."""
    key = patterns.get("actions.status.flag_key", {}) or {}
    m = patterns.derived("plan.status.flag_key_header", _flag_key_header).search(flatten(header or ""))
    raw = " ".join(cell.split()) if cell else ""
    letter = _ONE_LETTER.match(raw)
    if m is None or letter is None:
        return status
    named = {c.lower() for c in regex.findall(r"[A-Z]", m.group("key"))}
    value = key.get(letter.group(1).lower())
    if letter.group(1).lower() not in named or value is None:
        return status
    return Status(raw=raw, value=value)


def _open_flag(raw: str, progress: list[str], patterns: Patterns) -> Status:
    """A flag saying "not closed": the update decides what state the work is in. An update that
    reports something is work under way; none at all (or "No update received") tells nothing."""
    updates = [flatten(t) for t in progress if t and t.strip()]
    updates = [
        u for u in updates if not any(rx.match(u) for rx in patterns.regexes("actions.status.flag.no_update"))
    ]
    for text in updates:
        value = judge(text, patterns)
        if value in ("not_started", "in_progress"):
            return Status(raw=raw, value=value, judged_from=text[:200])
    if updates:
        return Status(raw=raw, value="in_progress", judged_from=updates[0][:200])
    return Status(raw=raw, value="unknown")


def _percent_value(raw: str | None, patterns: Patterns) -> str | None:
    """The state a cell of a share done alone names ("75%"): all complete, none not started."""
    rxs = patterns.regexes("actions.status.percent_cell") if raw else []
    m = next((m for rx in rxs if (m := rx.match(raw))), None)
    share = float(m.group("percent")) if m else None
    if share is None or share > 100:
        return None
    return "complete" if share == 100 else "not_started" if share == 0 else "in_progress"


def _colour_first(raw: str, rag: str | None, value: str | None, patterns: Patterns) -> str | None:
    """A cell that opens with its rating's colour ("Amber – first audit done") is rated by the
    colour: the words after it tell what part of the work was done, so an amber or red row is
    never called complete by them. (A green row whose words say it is under way, "Green – on
    track", keeps the words: green there rates the pace, not the end.)"""
    m = _RAG.match(raw.lstrip(" \t*•-–—(["))
    colour = patterns.get("actions.status.rag", {}).get(rag) if m else None
    return colour if value == "complete" and colour and colour != "complete" else value


def normalise_status(
    cell: str | None, progress: list[str] | None = None, patterns: Patterns | None = None
) -> Status:
    """Status from the status cell, else judged from the progress texts in order."""
    patterns = patterns or load_patterns()
    raw = " ".join(cell.split()) if cell and cell.strip() else None
    if (bar := bar_state(raw, patterns)) is not None:
        # (a progress bar, "■□□□□", under a key: its squares are no tick boxes)
        return Status(raw=raw, value=bar)
    raw = ticked_state(raw, patterns) or raw  # ("☐ Not started ☒ In progress ☐ Complete")
    rag = None
    flag = _flag_kind(raw, patterns)
    if flag in ("done", "open"):  # ("P" alone, partly: only a header's key says it, keyed_flag)
        return (
            Status(raw=raw, value="complete") if flag == "done" else _open_flag(raw, progress or [], patterns)
        )
    share = _percent_value(raw, patterns)
    if share is not None:
        return Status(raw=raw, value=share)
    if raw:
        m = _RAG.search(raw)
        rag = m.group(1).lower() if m else None
        letter = _RAG_LETTER.match(raw) if rag is None else None
        if letter:
            rag = _LETTERS[vocabulary_key(letter.group(1))]
        state = _state_letter(raw, patterns) if rag is None else None
        if state is not None:
            return Status(raw=raw, value=state)
        value = _stated_value(raw, patterns)
        if value is None:  # ("Complet e": a word broken inside by a narrow column)
            value = mended_value(raw, lambda text: _stated_value(text, patterns))
        if value is None and rag:
            value = patterns.get("actions.status.rag", {}).get(rag)
        value = _colour_first(raw, rag, value, patterns)
        if value:
            return Status(raw=raw, value=value, rag=rag)
    for text in progress or []:
        value = judge(text, patterns)
        if value:
            flat = flatten(text)
            return Status(raw=raw, value=value, rag=rag, judged_from=flat[:200])
    return Status(raw=raw, value="unknown", rag=rag)

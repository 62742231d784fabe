"""The RAG key a plan prints ("G  Green – action completed and evidence of impact provided",
"Red – not yet started"): what each colour means in THAT plan.

Trackers rate their actions by colour, and the colours do not mean the same everywhere: in
a Blue/Red/Amber/Green key Green is often "on track" (in progress) and Blue "complete". When
the plan prints a key, each colour's status is read from the key's own words (the status
vocabulary of patterns/actions.toml [status]); the defaults ([status.rag]) decide the colours
the key leaves out, or when there is no key.
"""

from __future__ import annotations

import regex

from dhrparse.document import Line, SourceDocument
from dhrparse.models import Status
from dhrparse.patterns import Patterns
from dhrparse.plan.status import status_words
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.alternation import literal_alternation

MIN_ENTRIES = 2  # a key explains at least two colours; one line "Green – complete" is a cell
MAX_CELLS = 2  # a key's line: the letter and its meaning (a plan row has more cells)
MEANING_WORDS = 5  # a key table's meaning cell ("On track", "Complete – evidence seen")
MEANING_OPENING = 3  # the most words a status opening a longer meaning takes ("Not started")
# the colours a RAG rating prints (Blue for a closed action, as BRAG trackers add it)
RAG_COLOURS = "red|amber|green|blue"
_ENTRY = regex.compile(
    r"^\s*(?:[RAGB]\s+)?(?P<colour>" + RAG_COLOURS + r")\b\s*(?:[–—:=-]|\s-\s)\s*(?P<meaning>\S.{3,})$",
    regex.I,
)
# the colours no key gives to finished work: a line calling one of them done is a rated row's
# cell, its words the part of the work done (plan.status reads such a cell by its colour)
UNFINISHED_COLOURS = frozenset({"amber", "red"})
_COLOUR_ONLY = regex.compile(rf"^\s*({RAG_COLOURS})\s*$", regex.I)
# a key printed on one line: "RAG key: Green - action complete; Amber - in progress; Red - ..."
# (or its entries set apart by slashes: "Blue = complete / Green = on track / Red = not started")
_INLINE = regex.compile(
    r"(?<![\w-])(?P<colour>"
    + RAG_COLOURS
    + r")\s*(?:[–—:=]|\s-)\s*(?P<meaning>(?:(?!\s/\s)[^;|])+?)\s*(?=[;|]|\s/\s|$)",
    regex.I,
)


def names_a_colour(text: str) -> bool:
    """Whether the text names a RAG colour. Both forms of a key's entry open with one, so a
    line naming none (nearly every line of a report) is passed over without being searched.
    Case-insensitive matching finds these colour words only where lower case holds them
    (no character outside ASCII folds to their letters)."""
    lowered = text.lower()
    return "red" in lowered or "green" in lowered or "amber" in lowered or "blue" in lowered


def read_key(doc: SourceDocument, p: Patterns) -> dict[str, str]:
    """Colour -> status value, from a key printed anywhere in the document; {} without one."""
    found: dict[str, str] = {}
    lines = list(doc.content_lines())
    colour_only: list[int] = []  # lines printing a colour alone (a key printed column by column)
    table_rows: list[tuple[int, str, str]] = []  # a key table's rows: (line index, colour, status)
    for k, ln in enumerate(lines):
        if not names_a_colour(ln.text):
            continue  # (no form of a key's entry: nearly every line of a report, every other row)
        if ln.cells is None and colour_alone(ln.text):
            colour_only.append(k)
        printed = _printed_cells(ln)
        row = _key_row(printed)
        if row:  # a key set as a row of shaded cells, one colour and its meaning in each
            _take(row, found, p)
            continue
        entry = _key_table_row(printed, p)
        if entry is not None:
            table_rows.append((k, *entry))
        if ln.cells is not None and sum(1 for c in ln.cells if c.strip()) > MAX_CELLS:
            continue
        text = " ".join(ln.cells) if ln.cells is not None else ln.text
        if not names_a_colour(text):
            continue
        text = flatten(text)  # (flattening joins no letters: a colour it holds was there before)
        if len(text) > 300:
            continue
        entries = _entries(text)
        if not entries and ln.cells is not None:
            # a key printed as a table of the colour and its meaning alone ("Blue | Complete")
            entries = _entries(flatten(" – ".join(c for c in ln.cells if c.strip())))
        _take(entries, found, p)
    for colour, value in _column_key(lines, colour_only, p):
        _keep(found, colour, value)
    for colour, value in _joined_key(lines, p):
        _keep(found, colour, value)
    for colour, value in _key_table(table_rows):
        _keep(found, colour, value)
    for colour, value in _letter_key(lines, p):
        _keep(found, colour, value)
    return found if len(found) >= MIN_ENTRIES else {}


def _keep(found: dict[str, str], colour: str, value: str) -> None:
    """The colour's meaning, unless another entry gave it first or it calls amber or red work
    done (a rated row's cell, "Amber – first audit done": its words tell what part is done)."""
    if not (value == "complete" and colour.lower() in UNFINISHED_COLOURS):
        found.setdefault(colour, value)


def _take(entries: list[regex.Match], found: dict[str, str], p: Patterns) -> None:
    for m in entries:
        # the meaning's first clause rates the colour ("Some slippage; expected to complete"
        # is late work, not completion)
        value = status_words(m.group("meaning").split(";")[0], p)
        colour = m.group("colour").lower()
        if value is not None:
            _keep(found, colour, value)


_LAYOUT_GAP = regex.compile(r"\s{3,}")


def _printed_cells(ln) -> list[str]:
    """A line's filled cells: its table cells, or the parts a layout text export keeps apart only
    by the wide gaps between them."""
    cells = ln.cells if ln.cells is not None else _LAYOUT_GAP.split((ln.raw or ln.text).strip())
    return [flatten(c).strip() for c in cells if c.strip()]


def _key_row(cells: list[str]) -> list[regex.Match]:
    """The entries of a key printed as one row of cells ("Complete – delivered | Green – on
    track | Amber – at risk | Red – not started"): most of its cells are a colour and its
    meaning."""
    if len(cells) <= MAX_CELLS:
        return []
    entries = [m for c in cells if (m := _ENTRY.match(c))]
    return entries if len(entries) >= MIN_ENTRIES and 2 * len(entries) >= len(cells) else []


def _key_table_row(filled: list[str], p: Patterns) -> tuple[str, str] | None:
    """(colour, status) of a key table's row that explains its colour over more than one cell
    ("Green | On track | Started and expected to finish by the due date"): the colour alone in
    its first cell, a short meaning naming a status in the next. A tracker's row opens with its
    ref, or with its colour and a long update beside it."""
    if len(filled) <= MAX_CELLS or not colour_alone(filled[0]) or len(filled[1].split()) > MEANING_WORDS:
        return None
    value = status_words(filled[1], p)
    return (filled[0].lower(), value) if value is not None else None


def _key_table(rows: list[tuple[int, str, str]]) -> list[tuple[str, str]]:
    """The colours of a key table: its rows one under another, each colour once (a tracker's
    RAG column repeats its colours)."""
    pairs: list[tuple[str, str]] = []
    for i, j in _runs([k for k, _, _ in rows]):
        run = [(colour, value) for k, colour, value in rows if i <= k < j]
        if len(run) >= MIN_ENTRIES and len({c for c, _ in run}) == len(run):
            pairs += run
    return pairs


def _column_key(lines: list, colour_only: list[int], p: Patterns) -> list[tuple[str, str]]:
    """A key table printed by a plain text export column by column: the colours one a line, then
    their meanings in the same order. Paired only when as many meanings as colours follow, each
    naming a status (the count and the order settle whose meaning each is), and each colour
    once (a RAG column of a tracker repeats its colours). `colour_only`: the indices of the
    lines without cells printing a colour alone (`colour_alone`), in order: a key's colours are
    a run of them, so the other lines (nearly all) are not asked again."""
    pairs: list[tuple[str, str]] = []
    for i, j in _runs(colour_only):
        if j - i < MIN_ENTRIES:
            continue
        meanings = lines[j : j + (j - i)]
        if not _names_statuses(meanings, p):
            meanings = _headed_meanings(lines, j, j - i, p)
        colours = [ln.text.strip().lower() for ln in lines[i:j]]
        if len(meanings) == j - i and _names_statuses(meanings, p) and len(set(colours)) == len(colours):
            # (the first clause rates the colour, as in a key's line: see _take)
            values = [status_words(ln.text.split(";")[0], p) for ln in meanings]
            pairs += [(c, v) for c, v in zip(colours, values) if v is not None]
    return pairs


# a key table's row whose two cells a printed line joins ("Green On track"): the text a PDF
# tool takes out a line at a time sets no mark between the colour and its meaning
_JOINED_ENTRY = regex.compile(r"^\s*(?P<colour>" + RAG_COLOURS + r")\s+(?P<meaning>\p{Lu}.*)$", regex.I)


def _joined_key(lines: list, p: Patterns) -> list[tuple[str, str]]:
    """A key table printed a line a row with its cells joined ("Blue Complete" / "Green On
    track" / "Red Not started"): lines one under another, each a colour and a short meaning
    naming a status, each colour once; at least two of them (a tracker's row opening with its
    colour goes on with a long update)."""
    pairs: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []
    names_meaning = regex.compile(
        r"\b(?:" + literal_alternation(_meaning_headers(p), spaced=True) + r")\b",
        regex.I,
    )
    # the line a run would stand under, when it may be a key table's header ("RAG | Meaning |
    # When to use"): asked whether it is one only when a joined row follows (most lines are no row)
    above: Line | None = None
    for ln in [*lines, None]:
        m = None
        if ln is not None and ln.cells is None and names_a_colour(ln.text):
            m = _JOINED_ENTRY.match(ln.text)
        value = None
        if m is not None:
            under_header = above is not None and _meaning_header(above.text, names_meaning)
            value = _joined_meaning(m.group("meaning"), under_header, p)
        colour = m.group("colour").lower() if m is not None else ""
        if value is not None and colour not in {c for c, _ in run}:
            run.append((colour, value))
            continue
        if len(run) >= MIN_ENTRIES:
            pairs += run
        run = [(colour, value)] if value is not None else []
        above = ln if ln is not None and not run else None
    return pairs


def _joined_meaning(meaning: str, under_header: bool, p: Patterns) -> str | None:
    """The status a joined key row's meaning names. A short meaning is the status's own words
    ("On track"); under a key table's header whose meaning column is followed by another
    ("When to use"), a longer one is read from its opening words alone ("On track Started and
    expected ..."), the shortest opening that names a status."""
    words = meaning.split(";")[0].split()
    if len(meaning.split()) <= MEANING_WORDS:
        return status_words(" ".join(words), p)
    if not under_header:
        return None
    for n in range(1, MEANING_OPENING + 1):
        value = status_words(" ".join(words[:n]), p)
        if value is not None:
            return value
    return None


def _meaning_header(text: str, names_meaning: regex.Pattern) -> bool:
    """A key table's header printed joined ("RAG Meaning When to use"): short, naming a meaning
    column."""
    return len(text.split()) <= MEANING_WORDS + 3 and bool(names_meaning.search(text))


def _meaning_headers(p: Patterns) -> set[str]:
    """The headings of a key table's meaning column ("Meaning"), lower case."""
    return {w.lower() for w in p.list("actions.rag_key.meaning_headers")}


def _names_statuses(meanings: list, p: Patterns) -> bool:
    """Every line is a meaning naming a status (the count and the order pair them with colours)."""
    return bool(meanings) and all(
        ln.cells is None and status_words(ln.text, p) is not None for ln in meanings
    )


def _headed_meanings(lines: list, start: int, n: int, p: Patterns) -> list:
    """The meanings of a key printed column by column when the export set the plan's columns
    between the colours and their meanings: the n lines under the key's meaning heading
    ("Meaning"), each naming a status. [] without such a heading."""
    headers = _meaning_headers(p)
    for k in range(start, len(lines) - n):
        if lines[k].cells is None and lines[k].text.strip().lower() in headers:
            meanings = lines[k + 1 : k + 1 + n]
            return meanings if _names_statuses(meanings, p) else []
    return []


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """(first, past-last) of each run of consecutive indices."""
    runs: list[tuple[int, int]] = []
    for k in indices:
        if runs and runs[-1][1] == k:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    return runs


def colour_alone(text: str) -> bool:
    """A line or word printing a colour alone (`names_a_colour` asked first: most lines name none)."""
    return names_a_colour(text) and _COLOUR_ONLY.match(text) is not None


def is_key_text(text: str) -> bool:
    """The text explains two colours or more ("RAG: Green = on track; Amber = ..."): a key, not a
    rating, wherever it was printed."""
    return names_a_colour(text) and len(list(_INLINE.finditer(text))) >= MIN_ENTRIES


# a legend saying what a plan's status words mean ("Status: Closed = evidence accepted; Open –
# overdue = past deadline"): each entry a word, an equals sign, its meaning
_DEFINED = regex.compile(r"\w\s+=\s+\w")
# or each entry a status of a word or three, a spaced dash and its meaning, the entries parted
# by semicolons ("Status: Completed – action done and evidence held; Underway – action started")
_DASHED = regex.compile(r"(?:^|;)\s*(?:\w+:\s*)?\w+(?:\s\w+){0,2}\s+[–-]\s+\w")


def is_legend(text: str) -> bool:
    """The text is a key to the plan's ratings or status words (two entries or more, by colour
    or by word): printed under a table, it is no row's status."""
    return (
        is_key_text(text)
        or len(_DEFINED.findall(text)) >= MIN_ENTRIES
        or len(_DASHED.findall(text)) >= MIN_ENTRIES
    )


def _entries(text: str) -> list[regex.Match]:
    entries = list(_INLINE.finditer(text))
    if len(entries) < MIN_ENTRIES:
        m = _ENTRY.match(text) if len(text) < 160 else None
        entries = [m] if m else []
    return entries


def through_key(status: Status, cell: str | None, key: dict[str, str], p: Patterns) -> Status:
    """A status rated only by colour, read through the plan's key."""
    if not key or status.rag not in key or not cell or status_words(cell, p) is not None:
        return status
    return status.model_copy(update={"value": key[status.rag]})


# a key printed with the colours' letters alone ("C – complete; G – on track; A – some slippage;
# R – not started"): one entry a part of the line, its parts set apart by ";", "," or "|"
_LETTER_ENTRY = regex.compile(
    r"^\s*(?:(?:B?RAG|key)\b[\w ]*:\s*)?(?P<letter>[RAGBC])\s*(?:[–—:=]|-)\s*(?P<meaning>\S.*)$"
)
_LETTER_PARTS = regex.compile(r"[;,|]|\s/\s")
LETTER_ENTRIES = 3  # a key of letters explains at least three ("A – ..." alone opens a list item)
_COLOURS = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def _letter_key(lines: list, p: Patterns) -> list[tuple[str, str]]:
    """(colour, status) of a key line of letters: at least three parts each a RAG letter and a
    meaning naming a status, each letter once."""
    pairs: list[tuple[str, str]] = []
    for ln in lines:
        text = ln.text if ln.cells is None else ""
        if len(text) > 300 or text.count("–") + text.count("=") + text.count("-") < LETTER_ENTRIES:
            continue
        entries = [m for part in _LETTER_PARTS.split(flatten(text)) if (m := _LETTER_ENTRY.match(part))]
        letters = [m.group("letter") for m in entries]
        if len(entries) < LETTER_ENTRIES or len(set(letters)) != len(letters):
            continue
        for m in entries:
            # (a meaning naming two states, "not begun or off track": its first says what the
            # letter stands for, as a key's first clause does)
            value = status_words(regex.split(r"\s+or\s+", m.group("meaning"))[0], p)
            if value is not None and m.group("letter") in _COLOURS:
                pairs.append((_COLOURS[m.group("letter")], value))
    return pairs

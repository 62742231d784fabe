"""The columns a chronology table's printed header names in order ("Date Agency Key event" ->
date, agency, event), read from its one line or from two ("Date Time Organisation Information
What happened" over "source": the header's names wrapped in their columns)."""

from __future__ import annotations

from dhrparse.extractors.chronology.columns import NAME_JOINERS, Columns
from dhrparse.extractors.chronology.life_days import is_count_name

_NAME_WORDS = 4  # a column's name is at most this many words
_WRAPPED_NAME_WORDS = 3  # a header's line below its first holds at most this many words


def header_names(text: str, names: Columns) -> list[str] | None:
    """The columns a printed header line names in order ("Date Agency Key event" -> date, agency,
    event), each word in one name; None unless the date's comes first and an event's is among
    them."""
    words = text.replace("|", " ").split()
    if not 2 <= len(words) <= 4 * _NAME_WORDS:
        return None
    if _names(words[:1], names) == "year":
        # (a Year column before the date's, "Year Date Agency What happened": the dates' year)
        rest = read_names(words, 1, [], names)
        return ["year", *rest] if rest is not None else None
    counted = next((e for e in range(1, _NAME_WORDS + 1) if is_count_name(" ".join(words[:e]), names.p)), 0)
    if counted and not _names(words[:counted], names):
        # (a child's age first, "Baby R's age Agency What happened": the rows' dates, life_days)
        return read_names(words, counted, ["date"], names)
    return read_names(words, 0, [], names)


def read_names(words: list[str], at: int, fields: list[str], names: Columns) -> list[str] | None:
    """The names from words[at:] on, after `fields`: the fewest words that name a column, and the
    words after them that name it too or nothing ("Analysis comment", "Key event" read from
    "Key"), the longest such reading first, a shorter one when the longer leaves the rest no
    reading ("Agency What happened": "What happened" is the event's name, not the agency's)."""
    if at == len(words):
        return fields if fields and fields[0] == "date" and "event" in fields else None
    end = next(
        (e for e in range(at + 1, min(len(words), at + _NAME_WORDS) + 1) if _names(words[at:e], names)), 0
    )
    if not end:
        return None
    field = _names(words[at:end], names)
    if field in fields:
        return None
    ends = [(end, field)]
    while end < len(words) and not _opens_other_name(words, end, field, names):
        alone, whole = _names(words[end : end + 1], names), _names(words[at : end + 1], names)
        if whole == field and (
            alone in (None, field) or words[end - 1] in NAME_JOINERS or _unfinished(words[end - 1], names)
        ):
            # (a name's word, or the word after its joiner: "Date / time" is the date's name; or
            # after a word no name ends on: "Date of contact")
            pass
        elif whole is not None and whole == alone and whole not in fields:
            # (a name whose last word is its head: "Source agency" is the agency's name, its
            # first word though alone names the source's)
            field = whole
        else:
            break
        end += 1
        ends.append((end, field))
    for end, named in reversed(ends):
        if _unfinished(words[end - 1], names):
            continue  # ("Date of" | "Incident": one name, "Date of incident", never two)
        read = read_names(words, end, [*fields, named], names)
        if read is not None:
            return read
    # (then a longer name whose first words name another column: "Information source" over
    # "Information", the event's name, when the event's own name follows, "What happened")
    for end in range(min(len(words), at + _NAME_WORDS), at + 1, -1):
        longer = _names(words[at:end], names)
        if end in (e for e, _ in ends) or longer is None or longer in fields or longer == field:
            continue
        read = read_names(words, end, [*fields, longer], names)
        if read is not None:
            return read
    return None


def _unfinished(word: str, names: Columns) -> bool:
    """A word no column's name ends on ("of", "the"): the name read up to it goes on."""
    return word.lower() in names.unfinished_ends


def _opens_other_name(words: list[str], at: int, field: str, names: Columns) -> bool:
    """After a name's joiner ("Date /", its "time" wrapped below), words from `at` on that name
    another column in two or more words ("Recorded by"): that column's name, not the end of this
    one's (a date's name reads on by its prefix)."""
    if words[at - 1] not in NAME_JOINERS:
        return False
    for end in range(at + 2, min(len(words), at + _NAME_WORDS) + 1):
        other = _names(words[at:end], names)
        if other is not None and other != field:
            return True
    return False


def _names(words: list[str], names: Columns) -> str | None:
    return names.field_of(" ".join(words))


def wrapped_names(upper: str, lower: str, names: Columns) -> list[str] | None:
    """The columns a header printed over two lines names ("Date Time Organisation Information
    What happened" over "source"): each word of the lower line is the end of the name above it,
    put back after the upper line's word its column's name goes on from. The reading naming the
    most columns, or None when the lower line is no part of a header (a date, a sentence)."""
    up, down = upper.replace("|", " ").split(), lower.replace("|", " ").split()
    if not 0 < len(down) <= _WRAPPED_NAME_WORDS or any(ch.isdigit() for ch in lower):
        return None
    best: list[str] | None = None
    for places in _places(len(up), len(down)):
        if not all(_goes_on(up[:at], word, names) for word, at in zip(down, places)):
            continue
        words = list(up)
        for word, at in sorted(zip(down, places), key=lambda o: -o[1]):
            words.insert(at, word)
        read = read_names(words, 0, [], names)
        if read is not None and (best is None or len(read) > len(best)):
            best = read
    return best


def date_name_wrapped(upper: str, lower: str, names: Columns) -> list[str] | None:
    """The columns of a header whose first name, the date's, wraps in its narrow column: its
    first word alone names nothing, its rest is printed on the line below ("Week Agency What
    happened" over "commencing"); None for any other pair of lines (cheap: the first word only)."""
    # (the line below first, told from its first words: nearly every pair of a report's lines
    # has more words below than a wrapped name, and the line above is then not split)
    down = lower.replace("|", " ").split(None, _WRAPPED_NAME_WORDS)
    if not 0 < len(down) <= _WRAPPED_NAME_WORDS:
        return None
    up = upper.replace("|", " ").split()
    if not up or len(up) > 4 * _NAME_WORDS:
        return None
    if any(ch.isdigit() for ch in lower) or _names(up[:1], names) is not None:
        return None
    if _names([up[0], *down], names) != "date":
        return None
    return read_names([up[0], *down, *up[1:]], 0, [], names)


def _goes_on(before: list[str], word: str, names: Columns) -> bool:
    """The word finishes a column's name the words before it open ("Information" + "source"): a
    name of the column the word names alone, if it names one ("Date" + "source" is a date's name
    that says nothing of the source)."""
    own = _names([word], names)
    joiner = bool(before) and before[-1] in NAME_JOINERS  # ("Date /" over "time": the word ends that name)
    for j in range(max(0, len(before) - _NAME_WORDS + 1), len(before)):
        joined = _names([*before[j:], word], names)
        if joined is not None and (joiner or own in (None, joined)):
            return True
    return False


def _places(n: int, k: int, start: int = 1):
    """Ways to put k words, in order, after the first `start`.. n words of a line (non-decreasing)."""
    if k == 0:
        yield []
        return
    for at in range(start, n + 1):
        for rest in _places(n, k - 1, at):
            yield [at, *rest]

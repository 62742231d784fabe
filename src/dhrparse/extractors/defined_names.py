"""The names a report defines for the bodies it writes about, and uses from then on.

A report names a body in full once and gives it the name it will use: "Wrenbury Borough
Council's Community Safety Partnership, hereinafter referred to as the Safer Wrenbury
Partnership", "Holm Valley Care Group (hereafter 'Holm Care')", "the Lowfold Health Board
(the 'Lowfold Board')", "..., known locally as Brightwater Together". A recommendation made to
the body under its long name is made to the body the report calls by the defined name, so the
record gives that name (the printed one stays in `agency_printed`).

Only a definition whose full name is a body's (it ends on, or holds, a body's noun) and whose
defined name is itself a name of two words or more is read: "her son, referred to as Kieran"
defines a person; "(the Trust)" is a kind's short form, read the other way by `BodyNames`; an
abbreviation, "(KHT)", is the gazetteer's. "Formerly known as" gives an old name, not the one
in use. The vocabulary is `agencies.defined_name_markers` and `agencies.defined_name_not_after`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dhrparse.document import SourceDocument
from dhrparse.extractors.review.cue_lines import CueLines
from dhrparse.patterns import Patterns
from dhrparse.vocab.alternation import expression_alternation

_QUOTES = "'‘’“”\""
# a name's word: capitalised, or a small word inside a name ("Board of the ...")
_CONNECTORS = frozenset({"and", "of", "for", "the", "&", "on", "in"})
_WORD = re.compile(r"[A-Z][\w’'&-]*|&")
_REACH = 160  # characters either side of a marker a definition is read in


@dataclass(frozen=True)
class _Words:
    marker: re.Pattern
    not_after: frozenset[str]
    body_nouns: frozenset[str]
    # each marker's expression, and compiled alone (a line is searched only where one may be)
    each: tuple[tuple[str, re.Pattern], ...] = ()

    @classmethod
    def of(cls, p: Patterns) -> _Words:
        return p.derived("agencies.defined_names", cls._load)

    @classmethod
    def _load(cls, p: Patterns) -> _Words:
        sources = p.list("agencies.defined_name_markers")
        markers = expression_alternation(sources)
        return cls(
            marker=re.compile(markers, re.I),
            not_after=frozenset(w.lower() for w in p.list("agencies.defined_name_not_after")),
            body_nouns=frozenset(w.lower() for w in p.list("recommendations.actor.body_nouns")),
            each=tuple((m, re.compile(m, re.I)) for m in sources),
        )


def key(name: str | None) -> str:
    """A name as compared: its case, a possessive "'s", a leading "the" and spacing let go."""
    low = re.sub(r"[’']s\b", "", (name or "").lower())
    low = re.sub(r"[^\w&]+", " ", low).split()
    while low and low[0] == "the":
        low.pop(0)
    return " ".join(low)


def defined_names(doc: SourceDocument, patterns: Patterns) -> dict[str, str]:
    """The long name's key -> the name the document defines for it, learnt once a document."""
    return doc.derived("agencies.defined_names", lambda d: _read(d, _Words.of(patterns)))


def defined_name(doc: SourceDocument, patterns: Patterns, printed: str | None) -> str | None:
    """The name the document defined for the body printed as `printed`, if it defined one."""
    if not printed:
        return None
    names = defined_names(doc, patterns)
    return names.get(key(printed)) if names else None


def _read(doc: SourceDocument, words: _Words) -> dict[str, str]:
    found: dict[str, str] = {}
    lines = [ln.text or "" for ln in doc.content_lines()]
    for k in _may_mark(lines, words):
        line = lines[k]
        if not words.marker.search(line):
            continue
        # a definition may wrap onto the next printed line: read it with its neighbours
        before = lines[k - 1] if k else ""
        text = f"{before} {line} {lines[k + 1] if k + 1 < len(lines) else ''}"
        for m in words.marker.finditer(text, len(before) + 1):
            if m.start() > len(before) + 1 + len(line):
                break  # (the next line's own definitions are read with it)
            pair = _definition(text, m, words)
            if pair:
                found.setdefault(key(pair[0]), pair[1])
    return found


def _may_mark(lines: list[str], words: _Words) -> list[int]:
    """Indices of the lines that may hold a marker, in order: those holding a word one of the
    markers cannot match without ("hereafter", "known"), and for a marker without such words
    (a bracket opening a quote) the lines it is found in. A report defines few names, and the
    markers searched as one, without case, at every character were most of this reading's cost."""
    held: set[int] = set()
    for source, alone in words.each:
        cue = CueLines(lines, source)
        held |= {k for k, line in enumerate(lines) if alone.search(line)} if cue.every else cue.holding
    return sorted(held)


def _definition(text: str, m: re.Match, words: _Words) -> tuple[str, str] | None:
    head = text[max(0, m.start() - _REACH) : m.start()]
    tail = text[m.end() : m.end() + _REACH]
    if head.rstrip().split()[-1:] and head.rstrip().split()[-1].lower() in words.not_after:
        return None
    long_name, short = _name_before(head), _name_after(tail, quoted=m.group(0).startswith("("))
    if not long_name or not short or key(long_name) == key(short):
        return None
    if not any(w in words.body_nouns for w in key(long_name).split()):
        return None  # a person's name, or a phrase that is no body's
    return long_name, short


def _name_before(head: str) -> str | None:
    """The capitalised run of words the marker follows: the body's full name."""
    head = head.rstrip(" ,(—–-")
    run: list[str] = []
    for w in reversed(head.split()):
        if _WORD.fullmatch(w) or (run and w.lower() in _CONNECTORS):
            run.insert(0, w)
        else:
            break
    while run and run[0].lower() in _CONNECTORS:
        run.pop(0)
    return " ".join(run) if len(run) >= 2 else None


def _name_after(tail: str, quoted: bool) -> str | None:
    """The name the definition gives: a run of capitalised words (after "the"), in quotes when
    the definition is a bracket's; two words or more, and no abbreviation."""
    t = tail.lstrip()
    t = re.sub(r"^the\s+", "", t, flags=re.I)
    opened = t[:1] in _QUOTES
    if quoted and not opened:
        return None
    t = t.lstrip(_QUOTES)
    run: list[str] = []
    for w in t.split():
        bare = w.rstrip(_QUOTES + ",.;:)")
        if not (_WORD.fullmatch(bare) or (run and bare.lower() in _CONNECTORS)):
            break
        run.append(bare)
        if bare != w:  # a quote, bracket or stop ends the name
            break
    while run and run[-1].lower() in _CONNECTORS:
        run.pop()
    if len(run) < 2 or all(w.isupper() for w in run):
        return None
    return " ".join(run)

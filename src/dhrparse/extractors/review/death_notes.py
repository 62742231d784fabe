"""Dates of death told beside the sentence that tells the death: a day counted back from its
anniversary ("published on 8 March 2024, three years to the day after she died"), and the lines of
a death label that says the day is not known, whose dates are other events'; and an erratum's
corrected day ("the first edition gave the date of her death as 11 June 2021. The correct date is
10 June 2021")."""

from __future__ import annotations

from datetime import date

from dhrparse.extractors.review.cue_lines import CueLines
from dhrparse.extractors.review.death_forms import SENTENCE_BREAK
from dhrparse.extractors.review.printing import compiled
from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.relative_grammar import RelativeGrammar


def unknown_death_lines(lines: list[str], p: Patterns) -> set[int]:
    """Lines whose death label says the day is not known ("Date of death: unknown (found 14/10/2021;
    ..."): their dates are other events' (the finding), never the death's; they date no death at the
    scene or found dead below them either."""
    labels = p.regexes("review.death.labels")
    unknown = compiled(p.get("review.death.label_unknown", r"(?!x)x"))
    said = set()
    for i, line in enumerate(lines):
        for rx in labels:
            m = rx.search(line)
            if m and unknown.match(line[m.end() :]):
                said.update((i, i + 1, i + 2))
    return said


def anniversary_told(text: str, anniversary, p: Patterns) -> DateValue | None:
    """ "published on 8 March 2024, three years to the day after she died": the last day told before
    the anniversary, that many years earlier. "His wife died on 2 March 2021 ... he died two days
    later, one year to the day after his wife's death": the anniversary of another person's death,
    the subject's own told before it, is that many years later (and with no death of the subject's
    own told before it, no date at all)."""
    m = anniversary.search(text)
    if m is None:
        return None
    word = m.group("years").lower()
    years = int(word) if word.isdigit() else p.derived("relative.grammar", RelativeGrammar).numbers.get(word)
    days = [d for d in find_dates(text[: m.start()], p) if d.value.precision == "day" and d.value.start]
    if not years or not days:
        return None
    if compiled(p.get("review.death.anniversary_of_another", r"(?!x)x")).match(text, m.end()):
        own = compiled(p.get("review.death.own_death_before_anniversary", r"(?!x)x"))
        if not own.search(text[days[-1].end : m.start()]):
            return None
        years = -years  # (the subject died that many years after the other death)
    day = date.fromisoformat(days[-1].value.start)
    try:
        day = day.replace(year=day.year - years)
    except ValueError:  # a 29 February whose year, that many years away, had none
        return None
    return DateValue(
        raw=days[-1].value.raw, start=day.isoformat(), end=day.isoformat(), precision="day", relative=True
    )


def examiner_dated(lines: list[str], p: Patterns) -> DateValue | None:
    """ "the post-mortem dated her death to 27 April 2021": an examiner's day for the death, which
    outranks the day the body was found that the same passage tells first."""
    dated = compiled(p.get("review.death.examiner_dated", r"(?!x)x"))
    # (the line and the next are searched together: only where either holds one of the words)
    cue = CueLines(lines, dated.pattern)
    for i, line in enumerate(lines):
        if not (cue.may_hold(i) or cue.may_hold(i + 1)):
            continue
        text = line + (" " + lines[i + 1] if i + 1 < len(lines) else "")
        m = dated.search(text)
        if m and m.start() < len(line):
            days = [d for d in find_dates(text[m.end() :], p) if d.start == 0 and d.value.precision == "day"]
            if days:
                return days[0].value
    return None


_CORRECTED_REACH = 200  # how far before a correction the death and the date it replaces are told


def corrected_death(lines: list[str], p: Patterns) -> DateValue | None:
    """The date an erratum gives as the correct date of death: the one straight after the correction,
    when the death and a date (the one corrected) are told in the words just before it."""
    correction = compiled(p.get("review.death.correction", r"(?!x)x"))
    # (only a line holding one of the correction's words is searched: nearly none does)
    cue = CueLines(lines, correction.pattern)
    if not any(correction.search(line) for i, line in enumerate(lines) if cue.may_hold(i)):
        return None
    death = p.joined("review.death.words")
    text = " ".join(" ".join(lines).split())
    for m in correction.finditer(text):
        before = text[max(0, m.start() - _CORRECTED_REACH, _sentence_before(text, m.start())) : m.start()]
        corrected = [d.value for d in find_dates(text[m.end() : m.end() + 40], p) if d.start == 0]
        replaced = death.search(before) and find_dates(before, p)
        if corrected and corrected[0].precision in ("day", "month") and replaced:
            return corrected[0]
    return None


def _sentence_before(text: str, at: int) -> int:
    """Where the sentence before the one holding `at` starts (the erratum's own sentence and the
    one it corrects)."""
    ends = [0, 0] + [e.end() for e in SENTENCE_BREAK.finditer(text) if e.end() <= at]
    return ends[-2]

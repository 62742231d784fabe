"""The date of death: a labelled one, else the date tied to the death in a title or sentence,
never the date of a notification, conviction, inquest or report."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from dhrparse.extractors.review.birth_days import days_after_birth, from_birthday
from dhrparse.extractors.review.cue_lines import CueLines
from dhrparse.extractors.review.death_days import (
    beside_the_day,
    day_after,
    day_of_month_before,
    found_on,
    joined_incident_day,
    next_day_told,
    sentence_bounds,
    weekday_after,
    weekday_of_its_week,
    weekday_told,
)
from dhrparse.extractors.review.death_forms import (
    death_between,
    fact_box_when,
    form_day,
    incident_over_value,
    killing_told,
    month_first_day,
    printed_apart,
    spelled_day,
)
from dhrparse.extractors.review.death_notes import (
    anniversary_told,
    corrected_death,
    examiner_dated,
    unknown_death_lines,
)
from dhrparse.extractors.review.death_sentence import sentence_opening_above, with_next, with_wrapped
from dhrparse.extractors.review.death_windows import death_window, seen_until_found
from dhrparse.extractors.review.event_days import day_from_event
from dhrparse.extractors.review.printing import compiled
from dhrparse.extractors.review.wedding_days import from_wedding_anniversary
from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.relative import apply
from dhrparse.vocab.relative_grammar import find_relative


def date_of_death(
    lines: list[str], p: Patterns, notes: Sequence[str] = (), fatal: bool = False
) -> DateValue | None:
    """`fatal`: the review is of a kind that always follows a death (a DHR), so a killing told only
    by how it was done is the death."""
    found = _date_of_death(lines, p)
    if found is None and fatal:
        opening = lines[: max(60, len(lines) // 3)]
        found = killing_told(opening, p) or fact_box_when(opening, p)
    return _made_exact_by_a_note(found, notes, p) if found is None or found.precision != "day" else found


def _made_exact_by_a_note(found: DateValue | None, notes: Sequence[str], p: Patterns) -> DateValue | None:
    """A footnote's labelled date of death, when the text gives none or a vaguer one it falls within."""
    noted = _labelled_death(list(notes), p) if notes else None
    if noted is None or noted.precision != "day" or not noted.start:
        return found
    if found is None or not found.start:
        return noted
    low, high = found.start, found.end or found.start  # ("2021", "2021-03" … "2021-05")
    return noted if low <= noted.start[: len(low)] and noted.start[: len(high)] <= high else found


def _date_of_death(lines: list[str], p: Patterns) -> DateValue | None:
    limit = max(60, len(lines) // 3)
    labelled = (
        corrected_death(lines[:limit], p)  # (an erratum's correction stands over the label it corrects)
        or _labelled_death(lines[:limit], p)
        or printed_apart(lines[:limit], p)
        or examiner_dated(lines[:limit], p)
        or incident_over_value(lines[:limit], p)  # (a cover's "DATE OF INCIDENT" beside who died)
    )
    if labelled is not None and labelled.precision == "day":
        return labelled
    if labelled is None and (window := death_window(lines[:limit], p)) is not None:
        return window  # (a death only known to lie within weeks of a dated day: its month)
    reading = _DeathReading(lines[:limit], p)  # (read once, asked again for a month's day)
    found = _death_in_text(lines[:limit], p, reading=reading)
    # a cover's "Died: November 2019" is made exact by the text's day in that month; a day the
    # text gives in another month is some other event's, and the label stands
    first = labelled if labelled is not None else next(found, None)
    if first is None:
        return death_between(lines[:limit], p) or seen_until_found(lines[:limit], p)
    # the cover may give the month (or year) and the preface the day: keep the most exact of the same date
    # (once it is a day nothing is more exact, and the rest of the opening third is not read)
    rank = {"year": 0, "month": 1, "day": 2}
    while first is not None and rank.get(first.precision, -1) < _MOST_EXACT:
        later = next(found, None)
        if later is None:
            break
        if rank.get(later.precision, -1) > rank.get(first.precision, -1) and later.start.startswith(
            first.start or "-"
        ):
            first = later
    return _day_in_told_month(lines[:limit], first, p, reading) if first is not None else None


def _day_in_told_month(
    lines: list[str], month: DateValue, p: Patterns, reading: _DeathReading | None = None
) -> DateValue:
    """A title's "The death of X, October 2020" made exact by the prose's "In the evening of 17
    October, ... She died in hospital later that night": a day told without its year, before the
    death told as on that day, is a day of the month the title dates the death to."""
    if month.precision != "month" or not month.start:
        return month
    days = (d for d in _death_in_text(lines, p, month, reading) if d.precision == "day")
    return next((d for d in days if d.start.startswith(month.start)), month)


_MOST_EXACT = 2  # the rank of a day
# dates as exact as a death is told with, further from its word than a year alone may stand: "in
# the winter of 2022" names its months as "in December 2022" does
_WITHIN_A_YEAR = ("day", "month", "season")


def _labelled_death(lines: list[str], p: Patterns) -> DateValue | None:
    labels = p.regexes("review.death.labels")
    unknown = compiled(p.get("review.death.label_unknown", r"(?!x)x"))
    # ("Date of death (yyyy-mm-dd) ...... 2020-11-03": the form the value is printed in, no part of it)
    form_note = compiled(p.get("review.death.label_form_note", r"(?!x)x"))
    for i, line in enumerate(lines):
        cells = line.split("\t")
        for j, cell in enumerate(cells):
            m = next((rx.search(cell) for rx in labels if rx.search(cell)), None)
            if not m or unknown.match(cell[m.end() :]):
                continue
            if (month_first := month_first_day("\t".join(cells[j:])[m.end() :], p)) is not None:
                return month_first  # ("Date of death (MM/DD/YYYY): 08/07/2022", as its label says)
            value = form_note.sub("", cell[m.end() :], count=1)
            # (a form's day first: "14-Mar-22" is no "Mar-22")
            day = form_day(value.strip(" \t:=.–-"), p)
            dates = (
                []
                if day
                else find_dates(value, p) or (find_dates(cells[j + 1], p) if j + 1 < len(cells) else [])
            )
            if day is not None:
                return day  # (its own value, "07-Jun-2021", before any line below)
            if not dates and len(cells) > 1 and i + 1 < len(lines):
                below = lines[i + 1].split("\t")  # a table: the header cell, its value in the row below
                dates = find_dates(below[j], p) if j < len(below) and len(below) == len(cells) else []
            if not dates and len(cells) == 1 and i + 1 < len(lines) and len(lines[i + 1].split()) <= 6:
                dates = find_dates(lines[i + 1], p)
            if dates:
                return dates[0].value
    return None


# the death's expressions of patterns/review.toml [death] a line telling the death is read with
_DEATH_EXPRESSIONS = (
    *("other_event_before", "other_date_line", "same_day", "next_day", "died_next_day", "died_on_weekday"),
    *("found_dead", "body_line", "numbered_paragraph", "period_sentence", "anniversary", "died_aged_days"),
    *("died_birthday", "died_wedding_anniversary", "died_from_event"),
)


class _DeathReading:
    """The opening lines as the death's date is read from them, each line read once though the
    lines are asked twice (a month found first is made exact by a day of it told without its year,
    `_day_in_told_month`): which lines may tell the death, and for each such line its sentence and
    the date it ties to the death before any month is known."""

    def __init__(self, lines: list[str], p: Patterns):
        self.lines, self.p = lines, p
        self.words = p.regexes("review.death.words")
        self.general = p.regexes("review.death.not_this_death")
        self.rx = {name: compiled(p.get(f"review.death.{name}", r"(?!x)x")) for name in _DEATH_EXPRESSIONS}
        self.any_word = p.joined("review.death.words")
        # (only a line holding a death word, or whose next line does, can speak of the death)
        self.cue_lines = CueLines(lines, self.any_word.pattern)
        self.unknown = unknown_death_lines(lines, p)
        self._told: dict[int, tuple[str, DateValue | None] | None] = {}

    def told(self, i: int) -> tuple[str, DateValue | None] | None:
        """Line i's sentence (with the lines it wraps over) and the date it ties to the death, read
        once; None for a line that cannot tell the death."""
        if i not in self._told:
            self._told[i] = self._read(i)
        return self._told[i]

    def _read(self, i: int) -> tuple[str, DateValue | None] | None:
        lines, rx, p = self.lines, self.rx, self.p
        if not (self.cue_lines.may_hold(i) or self.cue_lines.may_hold(i + 1)) or i in self.unknown:
            return None
        # a PDF export may break the death's words themselves over lines ("was found" / "dead by ...")
        if not self.any_word.search(with_next(lines, i)):
            return None
        text = with_wrapped(lines, i, rx["other_date_line"], rx["body_line"], p)
        # the sentence's opening may sit on the lines above:
        # "In the early hours of 3 May 2019 the" / "... was found dead"
        text = sentence_opening_above(lines, i, rx["other_date_line"], rx["numbered_paragraph"], p) + text
        # (a day told from a wedding's or a birth's printed day first: the day printed is the event's)
        value = day_from_event(lines, text, rx["died_from_event"], self.any_word, p)
        value = (
            value
            or anniversary_told(text, rx["anniversary"], p)
            or _death_date_in(
                text,
                self.words,
                self.general,
                rx["other_event_before"],
                rx["period_sentence"],
                rx["same_day"],
                p,
            )
        )
        value = next_day_told(text, value, rx["died_next_day"])
        return text, weekday_told(text, value, rx["died_on_weekday"])


def _death_in_text(
    lines: list[str], p: Patterns, month: DateValue | None = None, reading: _DeathReading | None = None
) -> Iterator[DateValue]:
    """The dates tied to the death, line by line, as far as the caller reads. `month`: the month
    the death is known to lie in, whose days the text may tell without their year. `reading`: the
    same lines' reading, when they were read before."""
    reading = reading if reading is not None else _DeathReading(lines, p)
    same_day, found_dead = reading.rx["same_day"], reading.rx["found_dead"]
    next_day, on_weekday = reading.rx["next_day"], reading.rx["died_on_weekday"]
    for i in range(len(lines)):
        told = reading.told(i)
        if told is None:
            continue
        text, value = told
        if value is None and same_day.search(text):
            value = _incident_date_before(lines[max(0, i - 2) : i], text, same_day, p, month)
        if value is None and found_dead.search(text):
            value = found_on(_incident_date_before(lines[max(0, i - 2) : i], text, found_dead, p, month))
        if value is None and next_day.search(text):
            value = day_after(_incident_date_before(lines[max(0, i - 2) : i], text, next_day, p, month))
        if value is None and (weekday := on_weekday.search(text)):
            incident = _incident_date_before(lines[max(0, i - 2) : i], text, on_weekday, p)
            value = weekday_after(incident, weekday.group("weekday"))
        if value is None and (aged := reading.rx["died_aged_days"].search(text)):
            value = days_after_birth(lines, aged, p)  # ("born on 28 December 2022 ... died aged 19 days")
        if value is None and (birthday := reading.rx["died_birthday"].search(text)):
            value = from_birthday(lines, text, birthday, p)  # ("... died a week after her fiftieth birthday")
        if value is None and (wedding := reading.rx["died_wedding_anniversary"].search(text)):
            value = from_wedding_anniversary(lines, wedding, p)  # ("On their sixth wedding anniversary ...")
        if value is not None:
            yield value


def _incident_date_before(
    above: list[str], text: str, same_day, p: Patterns, month: DateValue | None = None
) -> DateValue | None:
    """The last exact date told before "... died later that morning": the incident's, and so the
    death's. With the death's `month` known, a day of it told without its year counts."""
    other_label = compiled(p.get("review.death.other_event_label", r"(?!x)x"))
    above = [line for line in above if not other_label.search(line)]  # ("Sentence: ... (14/10/2022)")
    before = " ".join(above + [text[: same_day.search(text).start()]])
    days = [d for d in find_dates(before, p) if d.value.precision == "day"]
    if days:
        return weekday_of_its_week(before, days[-1], p)  # ("... on the Thursday of that week")
    return day_of_month_before(before, month, p) if month is not None else None


def _undated_event_before(before: str, other_event, dates, offset: int) -> bool:
    """Another event (a notification, a conviction) told just before the death word, still waiting
    for its date; once its own date is given ("notification on 2 March 2022 of the death of Ava, who
    died on 26 February 2022") the date after the death word is the death's."""
    at = _last_event_at(before, other_event)
    return at is not None and not any(offset + at <= d.start < offset + len(before) for d in dates)


def _last_event_at(before: str, other_event) -> int | None:
    """Where the last event told before the death word starts: "arrested on 12 March 2021 and
    convicted of her murder in January 2022" waits on the conviction's date, not the arrest's."""
    at, m = None, other_event.search(before)
    while m is not None:
        at = (at + 1 if at is not None else 0) + m.start()
        m = other_event.search(before[at + 1 :])
    return at


def _death_date_in(text: str, words, general, other_event, period, same_day, p: Patterns) -> DateValue | None:
    # "Domestic Homicide Review into the death of Anna": only the words about deaths in general
    # are set aside, not the line that holds them (a running head naming the review, nothing
    # more, has no dates worth reading)
    generic = [g.span() for x in general for g in x.finditer(text)]
    own = [
        m
        for w in words
        for m in w.finditer(text)
        if not any(gs < m.end() and m.start() < ge for gs, ge in generic)
    ]
    dates = find_dates(text, p) if own else []
    if not dates:
        return None
    for m in own:
        plural = m.group(0).lower().endswith("s")
        s, e = sentence_bounds(text, m.start())
        if period.search(text[s:e]):
            continue  # "The review covers the period from January 2018 to her death": the scope's dates
        if _undated_event_before(text[s : m.start()], other_event, dates, s):
            continue  # "notified of the death of Kerry on 3 June 2019": the notification's date
        after = _dates_after(dates, m.end(), e, plural)
        if after:
            between = text[m.end() : after[0].start]
            if not other_event.search(between):
                return beside_the_day(text, after[0], p) or spelled_day(text, after[0], p)
            continue
        # "On 31/03/2021 Louise was found dead", "In the early hours of Sunday 9th March 2019 Jess was fatally injured"
        before = [
            d
            for d in dates
            if s <= d.start < m.start() and d.start - s <= 45 and d.value.precision in _WITHIN_A_YEAR
        ]
        joined = before[0] if before else joined_incident_day(text, m, e, dates, p)
        if joined is not None and not other_event.search(text[s : m.start()]):
            return spelled_day(text, joined, p)
        later = _counted_from_before(text, m, e, dates, other_event, p)
        if later is not None:
            return later
        if same_day.search(text[s:e]) and not any(s <= d.start < e for d in dates):
            # "Natalie died at the scene. Robert ... died there on 7 March": the death told as on the
            # incident's day is dated by the incident, not by the later death (the perpetrator's)
            return None
    return None


def _dates_after(dates, start: int, e: int, plural: bool) -> list:
    """The dates after a death's word (ending at `start`) in its sentence (ending at `e`): a
    year alone counts only close by ("the homicide of Mrs X in 2016"), and not after a plural
    ("deaths"); further on it is more often a period the sentence goes on to name."""
    return [
        d
        for d in dates
        if start <= d.start < e
        and d.start - start <= (120 if d.value.precision in _WITHIN_A_YEAR else 40)
        and (d.value.precision in _WITHIN_A_YEAR or d.value.precision == "year" and not plural)
    ]


def _counted_from_before(text: str, m, e: int, dates, other_event, p: Patterns) -> DateValue | None:
    """ "On 21 January 2019 she was assaulted ... She died in hospital nine days later, on 30
    January": a death dated only from the day the passage told before it (an offset of days or a
    day and month without a year) is counted from that day."""
    anchors = [d for d in dates if d.end <= m.start() and d.value.precision == "day"]
    if not anchors:
        return None
    for rel in find_relative(text[m.end() : e], p):
        if rel.start > 40:
            break
        if rel.to_death or rel.span or other_event.search(text[m.end() : m.end() + rel.start]):
            return None
        if rel.unit not in ("day", "week", "fortnight") or (rel.amount <= 0 and rel.day is None):
            return None
        value = apply(rel, anchors[-1].value)
        return value if value is not None and value.precision == "day" else None
    return None

"""Dates of death in forms the general date reader leaves alone, read only where the death is
named beside them:

- after a "Date of death" label, a day printed as a form or a database prints it: "07-Jun-2021",
  "14-Mar-22", "3rd Sept 21", "2020-11-03", "2022.01.23", a record system's "20230614", figures
  parted by spaces, "05 06 2022" (these forms are not read in running text, where "2020-11" may be a
  reference), or a day blanked out, "XX/07/2022" (the month);
- after the label, a month with its year cut to two figures: "Aug '21";
- a date printed in parts under labels of their own, "Year of death: 2021" over "Month of death:
  September": the month (the day too when a label gives it);
- a memorial line ("In memory of Grace") over the dates of birth and death, "12.02.1984 –
  07.09.2021": the second is the death's;
- a death known only to lie between two days ("She died between 12 April 2024 and 15 April
  2024", "found between ..."): the month both days fall in, else nothing (a span of months is
  no date of death);
- a day spelled out before the month the date reader read: "on the first of December 2019";
- in a review that always follows a death (a DHR), a killing told only by how it was done, "was
  strangled by her former partner on 19 April 2021", when nothing in the opening dates the death
  in words of death; else a summary's fact box's "When:" beside its "Who:" and "Where:";
- a cover's capitals labels each alone over its value, "DATE OF INCIDENT" over "19 August 2022",
  where a label beside it names the one who died: the incident is the killing.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from dhrparse.extractors.review.printing import compiled
from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.dates import find_dates

# ("07-Jun-2021", "14-Mar-22", "3rd Sept 21": the day's ordinal and the month's point kept out)
_DAY_MON_YEAR = re.compile(
    r"^\W*(?P<d>\d{1,2})(?:st|nd|rd|th)?[-/ ](?P<m>[A-Za-z]{3})[a-z]*\.?[-/ ](?P<y>(?:19|20)?\d\d)\b"
    # (a service's compact day, "07JAN22", "4FEB2021": the month's three capitals close up on both sides)
    r"|^\W*(?P<cd>\d{1,2})(?P<cm>(?-i:[A-Z]{3}))(?P<cy>(?:19|20)?\d\d)\b"
)
# a day with its month in lower-case Roman figures between points, "14.iii.2022", as some writers date
_ROMAN_MONTH = re.compile(r"^\W*(?P<d>\d{1,2})\.(?P<m>(?-i:[ivx]{1,4}))\.(?P<y>(?:19|20)\d\d)\b")
_ROMAN_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
# a day the published report blanks out ("XX/07/2022", "00.07.2022"): the month
_BLANKED_DAY = re.compile(r"^\W*(?:xx|00|\?\?|--)[-/.](?P<m>0?[1-9]|1[0-2])[-/.](?P<y>(?:19|20)\d\d)\b", re.I)
# (year first, by dashes, slashes or points: "2020-11-03", "2022/11/14", "2022.01.23"; one separator
# throughout, or none in a record system's compact day, "20230614")
_ISO = re.compile(r"^\W*(?P<y>(?:19|20)\d\d)(?P<s>[-/.]?)(?P<m>\d\d)(?P=s)(?P<d>\d\d)(?![\d/-]|\.\d)")
# (day, month and year in figures parted by single spaces, "05 06 2022", as a form's boxes or a
# text layer that lost the slashes print it: day first, as British forms write it)
_SPACED = re.compile(r"^\W*(?P<d>\d{1,2}) (?P<m>\d{1,2}) (?P<y>(?:19|20)\d\d)(?![\d/.-])")
_SHORT_YEAR = re.compile(r"^\W*(?P<m>[A-Za-z]{3,9})\.?\s*['’‘](?P<y>\d\d)\b")
# a lifespan closing its line, the birth's date (its year last) and the death's parted by a dash,
# "12.02.1984 – 07.09.2021", "14 February 1948 – 2 October 2023", "(3/5/1961 - 19/11/2022)": only the
# death's date is read (a birth long ago may lie before the years a date is read in)
_LIFESPAN = re.compile(
    r"(?P<birth>(?<![\w./])[\w./ ]{0,20}?(?P<born>(?:18|19|20)\d\d))\s*[–—-]+\s*(?P<death>[^–—]{6,30}?)[\s)\].]*$"
)
MEMORIAL_LINES = 2  # the lines under a memorial line its dates may print on
_BETWEEN = re.compile(r"\b(?:died|death|found|killed)\b[^.;]{0,60}?\bbetween\b(?P<span>[^.;]{6,60})", re.I)


def form_day(value: str, p: Patterns) -> DateValue | None:
    """The day a labelled value prints as "07-Jun-2021", "2020-11-03" or "2022/11/14", or None (the month's
    three letters read by the date vocabulary's month names, patterns/dates.toml [months])."""
    months = p.get("dates.months", {})
    short = _SHORT_YEAR.match(value)
    if short and short.group("m").lower().rstrip(".") in months:
        iso = f"20{short.group('y')}-{months[short.group('m').lower().rstrip('.')]:02d}"
        return DateValue(raw=short.group(0).strip(), start=iso, end=iso, precision="month")
    blanked = _BLANKED_DAY.match(value)
    if blanked:
        iso = f"{blanked.group('y')}-{int(blanked.group('m')):02d}"
        return DateValue(raw=blanked.group(0).strip(), start=iso, end=iso, precision="month")
    day, month, year, raw = _printed_day(value, months)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = year if len(year) == 4 else f"20{year}"  # ("14-Mar-22")
    iso = f"{year}-{month:02d}-{day:02d}"
    return DateValue(raw=raw, start=iso, end=iso, precision="day")


def month_first_day(after_label: str, p: Patterns) -> DateValue | None:
    """ "Date of death (MM/DD/YYYY): 08/07/2022": a case system's export whose label says its dates
    are printed month first (7 August 2022); None where the label says nothing of the kind."""
    note = compiled(p.get("review.death.label_month_first", r"(?!x)x")).match(after_label)
    printed = _NUMERIC_DAY.match(after_label[note.end() :].strip(" \t:=.–-")) if note else None
    if printed is None:
        return None
    month, day, year = (int(printed.group(k)) for k in ("m", "d", "y"))
    year += 2000 if year < 100 else 0
    try:
        iso = date(year, month, day).isoformat()
    except ValueError:
        return None
    return DateValue(raw=printed.group(0), start=iso, end=iso, precision="day")


_NUMERIC_DAY = re.compile(r"(?P<m>\d{1,2})[/.-](?P<d>\d{1,2})[/.-](?P<y>\d{4}|\d{2})\b")


def _printed_day(value: str, months: dict) -> tuple[int, int, str, str]:
    """(day, month, year as printed, the text read) of a labelled value's day, or zeros."""
    m = _DAY_MON_YEAR.match(value)
    if m and m.group("cd"):
        m_day, m_month, m_year = m.group("cd"), m.group("cm").lower(), m.group("cy")
        return int(m_day), int(months.get(m_month, 0)), m_year, m.group(0).strip()
    if m and m.group("m").lower() in months:
        return int(m.group("d")), int(months[m.group("m").lower()]), m.group("y"), m.group(0).strip()
    roman = _ROMAN_MONTH.match(value)
    if roman:
        month = _ROMAN_MONTHS.index(roman.group("m")) + 1 if roman.group("m") in _ROMAN_MONTHS else 0
        return int(roman.group("d")), month, roman.group("y"), roman.group(0).strip()
    m = _ISO.match(value) or _SPACED.match(value)
    return (int(m.group("d")), int(m.group("m")), m.group("y"), m.group(0).strip()) if m else (0, 0, "", "")


_WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _counted_day(before: str, month: str, days: dict[str, int], p: Patterns) -> tuple[re.Match, int] | None:
    """ "the last day of June 2022", "the first Monday of May 2023", "the last Friday of March
    2021": the day of the month (`month`, "2022-06") counted from its start or its end, with the
    words that counted it."""
    weekdays = literal_alternation(set(p.list("dates.words.weekdays")), longest_first=True)
    ordinals = literal_alternation({w for w, n in days.items() if n <= 4} | {"last"}, longest_first=True)
    m = compiled(rf"\bthe\s+(?P<nth>{ordinals})\s+(?P<unit>day|{weekdays})\.?\s+(?:of|in)\s+$").search(before)
    if m is None or not re.fullmatch(r"\d{4}-\d\d", month):
        return None
    year, number = int(month[:4]), int(month[5:])
    last = calendar.monthrange(year, number)[1]
    unit, nth = m.group("unit").lower(), m.group("nth").lower()
    if unit == "day":
        return (m, last if nth == "last" else days[nth])
    wanted = _WEEK.index(unit[:3])
    matching = [d for d in range(1, last + 1) if date(year, number, d).weekday() == wanted]
    return (m, matching[-1] if nth == "last" else matching[days[nth] - 1])


def death_between(lines: list[str], p: Patterns) -> DateValue | None:
    """The month of a death told only as lying between two days of it."""
    for line in lines:
        if "between" not in line.lower():
            continue
        m = _BETWEEN.search(line)
        if not m:
            continue
        days = [d.value for d in find_dates(m.group("span"), p) if d.value.precision == "day"][:2]
        if len(days) == 2 and days[0].start[:7] == days[1].start[:7]:
            month = days[0].start[:7]
            return DateValue(
                raw=f"between {days[0].raw} and {days[1].raw}", start=month, end=month, precision="month"
            )
    return None


def printed_apart(lines: list[str], p: Patterns) -> DateValue | None:
    """A date of death printed apart from a "Date of death" label: in labelled parts, or under a
    memorial line."""
    return death_in_parts(lines, p) or memorial_death(lines, p)


_PART_LINES = 4  # the lines a date of death's labelled parts are printed over


def death_in_parts(lines: list[str], p: Patterns) -> DateValue | None:
    """The date of death put together from its labelled parts: a year, its month, its day."""
    part_label = compiled(p.get("review.death.part_label", r"(?!x)x"))
    for i, line in enumerate(lines):
        m = part_label.match(line)
        if m is None or m.group("part").lower() != "year":
            continue
        year = re.fullmatch(r"(?:19|20)\d\d", m.group("value"))
        parts = {
            n.group("part").lower(): n.group("value")
            for n in map(part_label.match, lines[max(0, i - _PART_LINES + 1) : i + _PART_LINES])
            if n is not None
        }
        return _put_together(year.group(0), parts, p) if year else None
    return None


def _put_together(year: str, parts: dict[str, str], p: Patterns) -> DateValue:
    """The year with the month printed beside it (by name or number), and the day with the month."""
    months = p.get("dates.months", {})
    named = parts.get("month", "").lower().rstrip(".")
    month = months.get(named) or (int(named) if named.isdigit() and 1 <= int(named) <= 12 else None)
    day = parts.get("day", "")
    raw = " ".join(v for v in (parts.get("day"), parts.get("month"), year) if v)
    if month is None:
        return DateValue(raw=year, start=year, end=year, precision="year")
    iso = f"{year}-{month:02d}"
    if day.isdigit() and 1 <= int(day) <= calendar.monthrange(int(year), month)[1]:
        iso = f"{iso}-{int(day):02d}"
    return DateValue(raw=raw, start=iso, end=iso, precision="day" if len(iso) == 10 else "month")


def memorial_death(lines: list[str], p: Patterns) -> DateValue | None:
    """The death's day in a memorial line's lifespan, printed beside the name it remembers ("In
    memory of Ruth, 14 February 1948 – 2 October 2023") or on a line of its own under it: the
    second of its two dates."""
    memorial = p.regexes("review.death.memorial")
    for i, line in enumerate(lines):
        m = next((m for rx in memorial if (m := rx.search(line))), None)
        if m is None:
            continue
        below = [ln for ln in lines[i + 1 : i + 1 + 2 * MEMORIAL_LINES] if ln.strip()][:MEMORIAL_LINES]
        for found in (
            _lifespan_death(line[m.end() :], p, alone=False),
            *(_lifespan_death(b, p) for b in below),
        ):
            if found is not None:
                return found
    return None


def _lifespan_death(text: str, p: Patterns, alone: bool = True) -> DateValue | None:
    """The death's day of a lifespan closing the text (`alone`: the lifespan is all the text is):
    a day whose year comes after the birth's."""
    m = _LIFESPAN.search(text)
    if m is None or (alone and text[: m.start()].strip(" \t([")):
        return None
    death = m.group("death")
    days = find_dates(death, p)
    if (
        len(days) != 1
        or days[0].value.precision != "day"
        or death[: days[0].start].strip()
        or death[days[0].end :].strip()
    ):
        return None
    day = days[0].value
    return day if day.start and day.start[:4] > m.group("born") else None


_KILLING_REACH = 80  # how far after the words of the killing its date may stand in the sentence
SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)])[.!?]\s+(?=[A-Z])")


def killing_told(lines: list[str], p: Patterns) -> DateValue | None:
    """The day (or month) dated just after the words telling how the person was killed ("was
    strangled by her former partner on 19 April 2021"), with no other event told between."""
    method = compiled(p.get("review.death.killed_by_method", r"(?!x)x"))
    other_event = compiled(p.get("review.death.other_event_before", r"(?!x)x"))
    for sentence in SENTENCE_BREAK.split(" ".join(" ".join(lines).split())):
        m = method.search(sentence)
        if m is None:
            continue
        for found in find_dates(sentence[m.end() : m.end() + _KILLING_REACH], p):
            if found.value.precision in ("day", "month"):
                between = sentence[m.end() : m.end() + found.start]
                return None if other_event.search(between) else found.value
    return None


FACT_BOX_LINES = 4  # the lines either side of a fact box's "When" its "Who" and "Where" stand in


def fact_box_when(lines: list[str], p: Patterns) -> DateValue | None:
    """The day (or month) a summary's fact box gives under "When", beside its "Who" and "Where"."""
    when = compiled(p.get("review.death.fact_box_when", r"(?!x)x"))
    others = p.regexes("review.death.fact_box_others")
    for i, line in enumerate(lines):
        m = when.match(line)
        box = lines[max(0, i - FACT_BOX_LINES) : i + FACT_BOX_LINES + 1]
        if m is None or not all(any(rx.match(other) for other in box) for rx in others):
            continue
        told = [d.value for d in find_dates(line[m.end() :], p) if d.value.precision in ("day", "month")]
        return told[0] if len(told) == 1 else None
    return None


def incident_over_value(lines: list[str], p: Patterns) -> DateValue | None:
    """The day a cover's incident label gives ("DATE OF INCIDENT" over "19 August 2022", read as
    "DATE OF INCIDENT: 19 August 2022"), where a label among the lines around it names the one who
    died ("THE PERSON WHO DIED"): on such a cover the incident is the killing. The value is the
    whole rest of the line (or the whole next line), one day alone: a label over a column of dates
    is a table's header."""
    label = compiled(p.get("review.death.incident_label", r"(?!x)x"))
    died = compiled(p.get("review.death.incident_box_died", r"(?!x)x"))
    printed = [ln.strip() for ln in lines if ln.strip()]
    for i, line in enumerate(printed):
        m = label.match(line)
        box = printed[max(0, i - FACT_BOX_LINES) : i + FACT_BOX_LINES + 1]
        if m is None or not any(died.match(other) for other in box):
            continue
        below = printed[i + 1 : i + 3]
        value = line[m.end() :].strip(" :")
        value, after = (value, below[:1]) if value else (below[0] if below else "", below[1:])
        told = find_dates(value, p)
        if len(told) == 1 and told[0].start == 0 and told[0].end == len(value) and not _opens_dated(after, p):
            return told[0].value if told[0].value.precision == "day" else None
    return None


def _opens_dated(lines: list[str], p: Patterns) -> bool:
    """A line opening with a date: the next row of a column of dates."""
    return any((found := find_dates(line, p)) and found[0].start == 0 for line in lines)


def spelled_day(text: str, found, p: Patterns) -> DateValue:
    """ "on the first of December 2019", "on the 5th day of May 2021": the day spelled out before
    the month the grammar read; or counted in it, "on the last day of June 2022", "on the first
    Monday of May 2023"."""
    value = found.value
    if value.precision != "month" or not value.start:
        return value
    days = {k.lower(): int(v) for k, v in (p.get("dates.spelled_days") or {}).items()}
    # (a hyphenated day printed with a space: "twenty first")
    alt = literal_alternation(days, longest_first=True).replace(r"\-", "[- ]")
    before = text[max(0, found.start - 40) : found.start]
    m = compiled(rf"\b(?:the\s+)?(?P<day>{alt}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:day\s+)?of\s+$").search(before)
    counted = _counted_day(before, value.start, days, p) if m is None else None
    if m is None and counted is None:
        return value
    if m is not None:
        spelled = m.group("day").lower()
        day = int(spelled[:-2]) if spelled[0].isdigit() else days.get("-".join(spelled.split()))
    else:
        m, day = counted
    try:
        iso = date.fromisoformat(f"{value.start}-{day:02d}").isoformat()
    except (TypeError, ValueError):
        return value
    return DateValue(
        raw=f"{m.group(0)}{value.raw}", start=iso, end=iso, precision="day", approximate=value.approximate
    )

"""The date parser and the relative-date resolver, on phrasings taken from real reviews."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.models import DateValue
from dhrparse.patterns import load_patterns
from dhrparse.vocab.dates import (
    find_dates,
    find_relative,
    parse_date,
    parse_target_date,
    plain_find_dates,
    resolve_relative,
    shift,
)

# example counts come from the profile in conftest.py (HYPOTHESIS_PROFILE=long for a long run)

# text, start, end, precision, approximate  (the first date the text gives)
ABSOLUTE = [
    ("In April 2016, Adult 1 gave birth to her child.", "2016-04", "2016-04", "month", False),
    ("In January 2015, Adult 1 advised the college", "2015-01", "2015-01", "month", False),
    ("31.05.2013", "2013-05-31", "2013-05-31", "day", False),
    ("on 15.08.18", "2018-08-15", "2018-08-15", "day", False),
    ("the third-party report on 29.07.17 which", "2017-07-29", "2017-07-29", "day", False),
    ("(Judge's Sentencing Remarks on 17.12.2018)", "2018-12-17", "2018-12-17", "day", False),
    ("13th April 2011", "2011-04-13", "2011-04-13", "day", False),
    ("on the 2nd of March 2014 she", "2014-03-02", "2014-03-02", "day", False),
    ("1st September 2016", "2016-09-01", "2016-09-01", "day", False),
    ("April 13, 2011", "2011-04-13", "2011-04-13", "day", False),
    ("31/05/2013", "2013-05-31", "2013-05-31", "day", False),
    ("In mid-June 2017, Adult 1 attended the Emergency Department", "2017-06", "2017-06", "month", True),
    ("In mid-May 2018, the perpetrator's father", "2018-05", "2018-05", "month", True),
    ("After midnight on an evening in late July 2017, Adult 1's", "2017-07", "2017-07", "month", True),
    ("In early July 2018, the social work assessment", "2018-07", "2018-07", "month", True),
    ("In early August 2018, Adult 1 attended", "2018-08", "2018-08", "month", True),
    ("early July 2017", "2017-07", "2017-07", "month", True),
    ("late July 2017", "2017-07", "2017-07", "month", True),
    ("Early in June 2018, Adult 1's allocated social worker", "2018-06", "2018-06", "month", True),
    ("Later in April 2018, the perpetrator told", "2018-04", "2018-04", "month", True),
    ("mid-February 2013", "2013-02", "2013-02", "month", True),
    ("around March 2015", "2015-03", "2015-03", "month", True),
    ("towards the end of November 2016", "2016-11", "2016-11", "month", True),
    (
        "Over the Easter period in April 2018, Adult 1 contacted the police",
        "2018-04",
        "2018-04",
        "month",
        True,
    ),
    ("during the Christmas period of December 2015", "2015-12", "2015-12", "month", True),
    ("during the academic year 2014/15. They were", "2014", "2015", "year", False),
    ("the financial year 2019-20", "2019", "2020", "year", False),
    ("August to October 2010.", "2010-08", "2010-10", "month", False),
    ("January to April 2012.", "2012-01", "2012-04", "month", False),
    ("May to August 2012.", "2012-05", "2012-08", "month", False),
    ("between November 2011 and February 2012", "2011-11", "2012-02", "month", False),
    ("Dec-13 to Sept-14", "2013-12", "2014-09", "month", False),
    ("Mar-14", "2014-03", "2014-03", "month", False),
    ("Sept 2016", "2016-09", "2016-09", "month", False),
    ("Spring 2021", "2021-03", "2021-05", "season", False),
    ("in the summer of 2016", "2016-06", "2016-08", "season", False),
    ("winter 2017", "2017-12", "2018-02", "season", False),
    ("In 2015, the family moved", "2015", "2015", "year", False),
    ("convicted of an offence in March 2018", "2018-03", "2018-03", "month", False),
    (
        "a tenancy support officer who visited Adult 1 in November 2016 to carry out",
        "2016-11",
        "2016-11",
        "month",
        False,
    ),
    ("were married in an Islamic ceremony in April 2017.", "2017-04", "2017-04", "month", False),
    ("During this period, in February 2018, Adult 1 attended", "2018-02", "2018-02", "month", False),
    # a year shortened behind an apostrophe, as summary chronologies print it: 20yy, never a day
    ("3 Feb ’19", "2019-02-03", "2019-02-03", "day", False),
    ("Jun ’19", "2019-06", "2019-06", "month", False),
    ("22 Nov ’19", "2019-11-22", "2019-11-22", "day", False),
    ("Mar '21", "2021-03", "2021-03", "month", False),
    ("in early Sept '21 she", "2021-09", "2021-09", "month", True),
]


@pytest.mark.parametrize("text,start,end,precision,approximate", ABSOLUTE)
def test_absolute_phrasings(text, start, end, precision, approximate):
    value = parse_date(text)
    assert value is not None, text
    assert (value.start, value.end, value.precision, value.approximate) == (
        start,
        end,
        precision,
        approximate,
    )
    assert not value.relative


def test_table_holds_at_least_forty_real_phrasings():
    assert len(ABSOLUTE) >= 40


@pytest.mark.parametrize(
    "text",
    [
        "consideration of the Children Act 1989 is considered later in this report",
        "under section 47 of the Children Act 2004",
        "the perpetrator took £2000 from Adult 1",
        "At 22:41, checks were made",
        "sentenced to a minimum term of 32 years and 137 days",
        "Adult 1 contacted 999 saying",
        "She may want to speak to someone",
        "a rock ’n’ roll night in the ’90s",
        "Jun's 19 cousins",
    ],
)
def test_not_dates(text):
    assert find_dates(text) == []


def test_named_period_belongs_to_the_raw_text():
    value = parse_date("Over the Easter period in April 2018, Adult 1 contacted the police")
    assert value.raw == "Over the Easter period in April 2018"


def test_a_half_term_named_by_its_month_dates_by_that_month():
    # a school term chronology's lead-in: the week off falls in the month it is named by
    value = parse_date("October half term 2019 – Sam went missing overnight")
    assert (value.raw, value.start, value.precision) == ("October half term 2019", "2019-10", "month")
    assert parse_date("over the May half-term holiday in 2023").start == "2023-05"


def test_impossible_day_keeps_the_month():
    found = find_dates("31/06/2019")
    assert found[0].invalid_day and found[0].value.start == "2019-06" and found[0].value.precision == "month"


def test_target_date_cells_still_parse():
    value, problems = parse_target_date("Mar-14")
    assert value.start == "2014-03" and value.raw == "Mar-14" and problems == []
    value, _ = parse_target_date("Ongoing")
    assert value.start is None and value.precision == "unknown"
    value, problems = parse_target_date("31/06/2019")
    assert value.start == "2019-06" and problems


# -- relative expressions ---------------------------------------------------------------

MONTH = DateValue(raw="In April 2018", start="2018-04", end="2018-04", precision="month")
DAY = DateValue(raw="10 April 2018", start="2018-04-10", end="2018-04-10", precision="day")
DEATH = DateValue(raw="August 2018", start="2018-08", end="2018-08", precision="month")

# text, anchor, start, end, precision
RELATIVE = [
    ("Two days later, Adult 1 called for an ambulance", DAY, "2018-04-12", "2018-04-12", "day"),
    ("Two days later, Adult 1 called for an ambulance", MONTH, "2018-04", "2018-04", "month"),
    ("The next day, the Domestic Violence Triage were notified", DAY, "2018-04-11", "2018-04-11", "day"),
    ("On the following day, the concierge contacted the police", DAY, "2018-04-11", "2018-04-11", "day"),
    ("the day after", DAY, "2018-04-11", "2018-04-11", "day"),
    ("Ten days later, Adult 1 contacted 999", DAY, "2018-04-20", "2018-04-20", "day"),
    ("four days later", DAY, "2018-04-14", "2018-04-14", "day"),
    ("a week later", DAY, "2018-04-17", "2018-04-17", "day"),
    ("Later that month, a neighbourhood officer", DAY, "2018-04", "2018-04", "month"),
    ("later that day", DAY, "2018-04-10", "2018-04-10", "day"),
    ("that evening", MONTH, "2018-04", "2018-04", "month"),
    ("At 22:41, checks were made", DAY, "2018-04-10", "2018-04-10", "day"),
    ("At 23:03 hours, the day after the incident", DAY, "2018-04-10", "2018-04-10", "day"),
    ("At 12:32am. the Police Resource Allocation Dispatcher", DAY, "2018-04-10", "2018-04-10", "day"),
    ("the following month", DAY, "2018-05", "2018-05", "month"),
    ("two months later", MONTH, "2018-06", "2018-06", "month"),
    ("the following year", MONTH, "2019", "2019", "year"),
    ("two years later", MONTH, "2020-04", "2020-04", "month"),
    ("a social work assessment was undertaken over the next month", MONTH, "2018-04", "2018-05", "month"),
    ("In March, she moved", MONTH, "2019-03", "2019-03", "month"),
    ("by the end of August", MONTH, "2018-08", "2018-08", "month"),
]


@pytest.mark.parametrize("text,anchor,start,end,precision", RELATIVE)
def test_relative_phrasings(text, anchor, start, end, precision):
    value = resolve_relative(text, anchor)
    assert value is not None, text
    assert (value.start, value.end, value.precision) == (start, end, precision)
    assert value.relative


def test_offsets_from_the_death():
    value = resolve_relative(
        "Approximately three weeks before the homicides, Adult 1 made", MONTH, death=DEATH
    )
    assert (value.start, value.precision, value.approximate, value.relative) == (
        "2018-08",
        "month",
        True,
        True,
    )
    day_death = DateValue(raw="", start="2018-08-26", end="2018-08-26", precision="day")
    value = resolve_relative("Approximately three weeks before the homicides", MONTH, death=day_death)
    assert value.start == "2018-08-05" and value.approximate
    value = resolve_relative("On the evening of the homicide Adult 2", MONTH, death=day_death)
    assert value.start == "2018-08-26"


def test_no_anchor_no_date():
    assert resolve_relative("Two days later", None) is None
    assert resolve_relative("Nothing relative here.", MONTH) is None


def test_shift_never_claims_more_precision_than_the_anchor():
    year = DateValue(raw="2016", start="2016", end="2016", precision="year")
    assert shift(year, 2, "day").start == "2016"
    assert shift(year, 1, "year").start == "2017"
    season = DateValue(raw="Spring 2021", start="2021-03", end="2021-05", precision="season")
    same = shift(season, 0, "day")
    assert (same.start, same.end, same.precision) == ("2021-03", "2021-05", "season")


# -- properties -------------------------------------------------------------------------

_LEN = {"day": 10, "month": 7, "season": 7, "year": 4}
_WORDS = st.sampled_from(
    [
        "In",
        "April",
        "2016",
        "mid-",
        "June",
        "13th",
        "31.05.2013",
        "to",
        "later",
        "days",
        "Two",
        "the",
        "next",
        "day",
        "At",
        "22:41",
        "2014/15",
        "Sept-14",
        "Dec-13",
        "Easter",
        "period",
        "over",
        "month",
        "early",
        "Act",
        "1989",
        "/",
        "-",
        ".",
        ",",
        "homicide",
        "before",
        "weeks",
        "three",
        "approximately",
        "99",
        "2049",
        "1950",
        "Feb",
        "’19",
        "'21",
        "’",
    ]
)
_TEXT = st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=25).map(" ".join))


def _consistent(value: DateValue) -> None:
    assert value.start is not None and value.end is not None
    assert value.start <= value.end
    if value.precision in _LEN:
        assert len(value.start) == _LEN[value.precision] == len(value.end)


@given(_TEXT)
def test_find_dates_never_raises_and_is_consistent(text):
    for m in find_dates(text):
        assert 0 <= m.start < m.end <= len(text)
        _consistent(m.value)


@given(_TEXT)
def test_parse_target_date_never_raises(text):
    value, problems = parse_target_date(text)
    if value is not None and value.start is not None:
        _consistent(value)


_ANCHORS = st.one_of(
    st.dates(
        min_value=__import__("datetime").date(1951, 1, 1), max_value=__import__("datetime").date(2048, 12, 31)
    ).map(lambda d: DateValue(raw="", start=d.isoformat(), end=d.isoformat(), precision="day")),
    st.tuples(st.integers(1951, 2048), st.integers(1, 12)).map(
        lambda t: DateValue(raw="", start=f"{t[0]}-{t[1]:02d}", end=f"{t[0]}-{t[1]:02d}", precision="month")
    ),
    st.integers(1951, 2048).map(lambda y: DateValue(raw="", start=str(y), end=str(y), precision="year")),
    st.just(DateValue(raw="", start="2017-12", end="2018-02", precision="season")),
    st.none(),
)


@given(_TEXT, _ANCHORS, _ANCHORS)
def test_resolve_relative_never_raises_and_is_consistent(text, anchor, death):
    value = resolve_relative(text, anchor, death=death)
    if value is not None:
        _consistent(value)
        assert value.relative


def test_target_date_wrapped_inside_its_year_by_a_narrow_pdf_column():
    value, _ = parse_target_date("30/09/20 21")
    assert (value.start, value.raw) == ("2021-09-30", "30/09/20 21")


# -- the search shortcuts (vocab/date_search.py) find what the plain search finds ---------------

_PATTERNS = load_patterns()


def _cased(words) -> st.SearchStrategy[str]:
    return st.sampled_from(sorted(words)).flatmap(
        lambda w: st.sampled_from([w, w.upper(), w.title(), w.lower()])
    )


_MONTH = _cased(_PATTERNS.get("dates.months", {}))
_SEASON = _cased(_PATTERNS.get("dates.seasons", {}))
_APPROX = _cased(_PATTERNS.list("dates.words.approximate") + _PATTERNS.list("dates.absolute.approximate"))
_SEP = st.sampled_from([" ", "", "-", ", ", "\n", " of ", "é ", " ’", "'"])
_NUMBER = st.sampled_from(["7", "21st", "2019", "1999", "19", "3/4/2020", "12.10.21", "2014/15", "Act 1989"])
# a date-shaped phrase ("towards the end of June 2019", "21st of Spring 1999", "mid-MAY-21"),
# its pieces recased, dropped and joined in many ways, among numbers and noise
_PHRASE = st.tuples(
    st.one_of(st.just(""), _APPROX.map(lambda w: w + " "), _APPROX.map(lambda w: w + "-")),
    # (a key episode's span across months opens with a day and month of its own: "9 March – ")
    st.sampled_from(["", "7 ", "21st of ", "3rd ", "7", "9 March – ", "28 Dec to ", "3 – "]),
    st.one_of(_MONTH, _SEASON),
    _SEP,
    st.sampled_from(["2019", "1999", "21", "2019/20", "’19", "'21", "‘99"]),
).map("".join)
_SEPARATED = st.lists(
    st.tuples(st.one_of(_PHRASE, _MONTH, _SEASON, _APPROX, _NUMBER, st.text(max_size=4)), _SEP), max_size=8
).map(lambda parts: "".join(p + s for p, s in parts))


def _spans(found) -> list[tuple]:
    return [(d.start, d.end, d.value, d.invalid_day) for d in found]


@settings(max_examples=max(300, settings.default.max_examples))
@given(_SEPARATED)
def test_search_shortcuts_find_what_the_plain_search_finds(text):
    assert _spans(find_dates(text)) == _spans(plain_find_dates(text))


def test_plain_search_is_not_trivially_equal():
    # the property above compares real findings: the vocabulary yields dates of every precision
    text = "in mid-June 2017, Spring 2021, 3/4/2020 and towards the end of 2014/15"
    assert {d.value.precision for d in plain_find_dates(text)} == {"day", "month", "season", "year"}


@pytest.mark.parametrize(
    "text, month",
    [
        ("1 \u017fept 2019", "2019-09-01"),  # long s, which `regex` takes for "s" without case
        ("4 Augu\u017ft 2020", "2020-08-04"),
        ("\u0130n 3 March 2021", "2021-03-03"),  # dotted capital I
        ("Chri\u017ftmas 2019", "2019-12"),  # a named season of days
    ],
)
def test_a_month_word_spelt_with_a_letter_regex_reads_as_ascii_is_read_not_a_crash(text, month):
    found = find_dates(text, load_patterns())
    assert [d.value.start for d in found] == [month]


def test_relative_and_season_words_with_lookalike_letters_are_read_not_a_crash():
    p = load_patterns()
    assert [d.value.start for d in find_dates("\u017fummer 2019", p)] == ["2019-06"]
    for text in ("three week\u017f later", "the following \u017funday", "in \u017feptember"):
        find_relative(text, p)  # must not raise

"""Shortcuts of the plan reader's wide-row programme (plan.row_fits) against the plain fits
they stand for: every cost the programme offers must be the plain `_cell_cost` of that run."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.patterns import load_patterns
from dhrparse.plan.cell_programme import NEVER, Programme
from dhrparse.plan.cell_segments import (
    LONG,
    MAX_SHORT,
    RowCells,
    RowWords,
    _opening_cost,
    candidate_cuts,
    printed_words,
)
from dhrparse.plan.interleaved import PrintedLine
from dhrparse.plan.row_fits import may_open_no_date, no_date_firsts, offer_dates, offer_leads, text_starts

PATTERNS = load_patterns()
RC = RowCells(PATTERNS)

# words around a date or lead cell: no-date phrases and their pieces, stops printed apart, dates,
# names and roles, sentence ends, and odd letters whose lower case differs in length
WORD = st.one_of(
    st.sampled_from(
        [
            "Ongoing",
            "on",
            "going",
            "On-going",
            "TBC",
            "To",
            "be",
            "confirmed",
            "confirmed.",
            "N/A",
            ".",
            "..",
            ".Ongoing",
            "Ongoing.",
            "As",
            "required",
            "upon",
            "publication.",
            "March",
            "2024",
            "01/03/2023",
            "Lead",
            "GP",
            "Trust",
            "Police,",
            "the",
            "of",
            "review.",
            "İmmediate",
            "•",
        ]
    ),
    st.text(alphabet="aOn.T1 ", min_size=1, max_size=5).filter(lambda t: t.strip() == t and " " not in t),
)
LINE = st.lists(WORD, min_size=1, max_size=6).map(" ".join)


def _row(lines: list[str]) -> RowWords:
    printed = [PrintedLine(text, ends_cell=k % 2 == 0, number=k) for k, text in enumerate(lines)]
    words = printed_words(printed, True)
    return RowWords(words, candidate_cuts(words), RC.lead_words)


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=6))
def test_a_run_not_opening_a_no_date_phrase_is_none(lines):
    """`may_open_no_date` turns a start down only when no run from it reads as a no-date phrase."""
    row = _row(lines)
    words = [w.text for w in row.words]
    for a in range(len(words)):
        for b in range(a + 1, len(words) + 1):
            if " ".join(words[a:b]).lower().strip(" .") in RC.no_date:
                assert may_open_no_date(words[a], RC.no_date_firsts), words[a:b]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="aB.İ", min_size=1, max_size=4), min_size=1, max_size=5), st.data())
def test_no_date_openers_hold_for_any_phrase(words, data):
    """Whatever the no-date phrases are (stops inside or after their first word too), a run
    reading as one passes `may_open_no_date` from its first word."""
    a = data.draw(st.integers(0, len(words) - 1))
    b = data.draw(st.integers(a + 1, len(words)))
    phrase = " ".join(words[a:b]).lower().strip(" .")
    assert may_open_no_date(words[a], no_date_firsts({phrase})), (words[a:b], phrase)


def _plain_offer(row, field, opening, table, c, ends):
    """`Programme.offer` of every near start through the plain `_cell_cost`."""
    before, points = table.best[c - 1], row.points
    near = MAX_SHORT.get(field, LONG)
    for j in ends:
        for i in range(j, -1, -1):
            if points[j] - points[i] > near:
                break
            if before[i] < NEVER:
                table.offer(
                    c,
                    j,
                    i,
                    before[i] + RC._cell_cost(row, points[i], points[j], field, opening.get(points[i], 0.0)),
                )


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=8), st.lists(st.floats(-5, 5), min_size=60, max_size=60))
def test_inline_lead_and_date_offers_are_the_plain_offers(lines, before):
    """From any costs of the cells before, the inline lead and date offers fill the programme's
    column exactly as offering every run's plain `_cell_cost` does."""
    row = _row(lines)
    points = row.points
    opening = {a: _opening_cost(row.words, a) for a in points[:-1]}
    ends = range(len(points))
    for field, offer in (("lead", offer_leads), ("target_date", None)):
        inline, plain = Programme(1, len(points)), Programme(1, len(points))
        for t in (inline, plain):  # (some starts unreachable, as in the programme)
            t.best[0] = [NEVER if v > 4.5 else v for v in before[: len(points)]]
        near = MAX_SHORT[field]
        if offer is None:
            offer_dates(RC, inline, 1, ends, row, near, 1.5, opening)
        else:
            offer(inline, 1, ends, row, near, 1.5, opening)
        _plain_offer(row, field, opening, plain, 1, ends)
        assert inline.best == plain.best, field
        assert inline.back == plain.back, field


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=8))
def test_free_text_starts_are_the_plain_text_fits(lines):
    row = _row(lines)
    points = row.points
    opening = {a: _opening_cost(row.words, a) for a in points[:-1]}
    listed = text_starts(RC, row, LONG, opening)
    for j in range(len(points)):
        plain = []
        for i in range(j - 1, -1, -1):
            if points[j] - points[i] > LONG:
                break
            plain.append((i, RC._text_cost(row, points[i], points[j], opening[points[i]])))
        assert listed[j] == plain


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ09.½²İ٣ſ-", min_size=1, max_size=6) | st.text(min_size=1, max_size=4))
def test_digit_shortcut_of_letter_words_is_the_plain_test(text):
    """A word of ASCII letters is answered without the character sets: as they answer it."""
    from dhrparse.plan.cell_segments import ASCII_DIGITS, NO_DIGIT, may_hold_digit

    assert may_hold_digit(text) == (not ASCII_DIGITS.isdisjoint(text) or not NO_DIGIT.issuperset(text))

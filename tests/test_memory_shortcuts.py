"""Shortcuts that keep a long report small in memory (issue 17), each checked against the
plain computation it stands for: a line keeps how it was read without a second copy of its
text, flattening text that is flat already gives back the same string, the report is searched
for its id a piece at a time, cut into the lines `splitlines` gives, and records share the sets of field names
pydantic keeps on them without one record's names showing on another."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.document import Block, Line, SourceDocument
from dhrparse.extractors.recommendations.number_column import _Spans
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.extractors.review.identifier import lines_of
from dhrparse.heap import return_large_blocks
from dhrparse.ledger import Ledger
from dhrparse.models import Action, DateValue, Location, Recommendation
from dhrparse.patterns import load_patterns
from dhrparse.prepare.markup import _TAG, flatten

# printed text with the whitespace cleaning meets: trailing spaces and tabs, odd spaces, bullets
_TEXT = st.text(alphabet=st.sampled_from(list("ab Z.•\t\u00a0 ")), max_size=30)


@settings(max_examples=300, deadline=None)
@given(raw=_TEXT, cleaned=_TEXT, later=st.one_of(st.none(), _TEXT))
def test_a_cleaned_line_reads_as_it_was_read(raw: str, cleaned: str, later: str | None) -> None:
    # cleaning as it most often goes (a trailing space off) and as it may go (any other change)
    for text in (raw.rstrip(), cleaned):
        line = Line(7, raw, page=2, raw=raw)
        line.clean_to(text)
        assert (line.text, line.raw) == (text, raw)
        if later is not None:  # a footnote marker or running head taken off after cleaning
            line.text = later
            assert (line.text, line.raw) == (later, raw)
        plain = Line(7, line.text, page=2, raw=raw)
        assert line == plain and repr(line) == repr(plain)
        assert dataclasses.replace(line, hint="bold").raw == raw


def test_a_line_cleaning_left_as_read_is_one_string() -> None:
    line = Line(1, "Recommendation 1 ", raw="Recommendation 1 ")
    line.clean_to("Recommendation 1 ")
    assert line.text is line.raw


def test_a_line_cleaning_took_a_trailing_space_off_keeps_no_copy_of_it() -> None:
    raw = "The panel met six times. "
    line = Line(1, raw, raw=raw)
    line.clean_to(raw.rstrip())
    assert line.raw == raw
    assert line._raw == " " and line._base is line.text  # the text and its tail, not a second copy


def test_a_raw_set_by_a_reader_after_cleaning_is_kept_as_given() -> None:
    line = Line(1, "a ", raw="a ")
    line.clean_to("a")
    line.raw = "a  b"
    assert line.raw == "a  b"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab <i>/\n\t \u00a0\u2003\x1c\x85\u200b")), max_size=30))
def test_flatten_is_the_plain_flattening(text: str) -> None:
    """Also the flat-text shortcut: no-break, em and other Unicode spaces, information
    separators and zero-width spaces are each cut (or not) exactly as str.split cuts them."""
    plain = " ".join(_TAG.sub(" ", text).split())
    assert flatten(text) == plain


def test_flat_text_is_given_back_not_copied() -> None:
    text = "Agencies should review their training."
    assert flatten(text) is text


def test_the_heap_setting_runs_wherever_dhrparse_does() -> None:
    assert return_large_blocks() in (True, False)  # False off glibc: nothing to set


# every character `str.splitlines` breaks at, "\r\n" among them, mixed with text
_BREAKS = list("ab \t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_BROKEN = st.text(alphabet=st.sampled_from(_BREAKS), max_size=40)


@settings(max_examples=500, deadline=None)
@given(text=_BROKEN, piece=st.integers(0, 6))
def test_the_report_read_a_piece_at_a_time_is_its_splitlines(text: str, piece: int) -> None:
    assert list(lines_of(text, piece)) == text.splitlines()
    assert list(lines_of(text)) == text.splitlines()


def _action(**given) -> Action:
    return Action(id="a1", location=Location(line_start=3, line_end=4), **given)


def test_records_given_the_same_fields_share_one_set_of_their_names() -> None:
    one, two = _action(lead="Police"), _action(lead="Health")
    assert one.model_fields_set == {"id", "location", "lead"}
    assert one.__pydantic_fields_set__ is two.__pydantic_fields_set__
    assert one.location.__pydantic_fields_set__ is two.location.__pydantic_fields_set__


@settings(max_examples=200, deadline=None)
@given(
    given_names=st.sets(st.sampled_from(["ref", "lead", "progress", "scope"])),
    later=st.lists(st.sampled_from(["ref", "lead", "review_id", "recommendation_id"]), max_size=4),
)
def test_fields_set_after_a_record_is_made_are_the_plain_pydantic_ones(given_names, later) -> None:
    # the names pydantic would record on its own: those the record was made with, then each one set
    records = [_action(**dict.fromkeys(given_names, "x")) for _ in range(2)]
    expected = {"id", "location", *given_names}
    for name in later:  # set on the first record only, as stamp_review_id and link_actions do
        setattr(records[0], name, "y")
    assert records[0].model_fields_set == expected | set(later)
    assert records[1].model_fields_set == expected  # the other record, sharing the set, is untouched
    assert records[0].model_dump(exclude_unset=True).keys() == expected | set(later)
    assert records[1].model_dump(exclude_unset=True).keys() == expected


def test_a_copied_record_keeps_its_fields_set_and_shares_it() -> None:
    rec = Recommendation(id="r1", text="Train staff.", location=Location(line_start=1, line_end=1))
    dated = DateValue(raw="May 2020")
    copied = rec.model_copy(update={"title": "Training"})
    assert copied.model_fields_set == {"id", "text", "location", "title"}
    assert rec.model_fields_set == {"id", "text", "location"}
    again = rec.model_copy(update={"title": "Other"})
    assert again.__pydantic_fields_set__ is copied.__pydantic_fields_set__
    assert dated.model_copy(deep=True).model_fields_set == {"raw"}


@settings(max_examples=300, deadline=None)
@given(numbers=st.lists(st.integers(1, 9), max_size=25), ascend=st.booleans(), probe=st.integers(0, 10))
def test_lines_by_number_is_the_plain_index(numbers: list[int], ascend: bool, probe: int) -> None:
    doc = SourceDocument(
        "r.txt",
        None,
        "0",
        "text",
        [Line(n, f"line {k}") for k, n in enumerate(sorted(numbers) if ascend else numbers)],
    )
    plain: dict[int, list[Line]] = {}
    for ln in doc.lines:  # the index as the chronology's furniture built it for itself
        plain.setdefault(ln.number, []).append(ln)
    index = doc.lines_by_number()
    assert dict(index) == plain and len(index) == len(plain) and list(index) == list(plain)
    assert all(x is y for x, y in zip(index.get(probe, ()), plain.get(probe, ()), strict=True))
    assert len(index.get(probe, ())) == len(plain.get(probe, ()))


@settings(max_examples=300, deadline=None)
@given(numbers=st.lists(st.integers(1, 9), max_size=25), ascend=st.booleans(), probe=st.integers(0, 10))
def test_first_lines_is_the_plain_index(numbers: list[int], ascend: bool, probe: int) -> None:
    doc = SourceDocument(
        "r.txt",
        None,
        "0",
        "text",
        [Line(n, f"line {k}") for k, n in enumerate(sorted(numbers) if ascend else numbers)],
    )
    plain: dict[int, Line] = {}
    for ln in doc.lines:  # the index the recommendations' reading built for itself
        plain.setdefault(ln.number, ln)
    index = doc.first_lines()
    assert dict(index) == plain and len(index) == len(plain) and list(index) == list(plain)
    assert (probe in index) == (probe in plain) and index.get(probe) is plain.get(probe)


@settings(max_examples=300, deadline=None)
@given(
    ranges=st.lists(st.tuples(st.integers(0, 8), st.integers(0, 8)), max_size=6), probe=st.integers(-1, 10)
)
def test_block_spans_hold_the_numbers_of_the_plain_set(ranges, probe: int) -> None:
    plain = {n for start, end in ranges for n in range(start, end + 1)}
    assert (probe in _Spans(ranges)) == (probe in plain)


_READING = Reading(SourceDocument("t.txt", None, "", "text", []), Ledger(patterns=load_patterns()))


@settings(max_examples=300, deadline=None)
@given(
    starts=st.lists(st.integers(1, 6), max_size=10),
    texts=st.lists(st.sampled_from(["a", "b"]), min_size=10, max_size=10),
    in_order=st.booleans(),
)
def test_a_blocks_position_is_its_index_among_the_blocks(starts, texts, in_order: bool) -> None:
    # blocks in reading order (first lines ascending) or not; equal blocks where a first line
    # and a text repeat, which `index` finds the first of
    starts = sorted(starts) if in_order else starts
    blocks = [Block("paragraph", t, s, s + 1) for s, t in zip(starts, texts)]
    _READING.blocks, _READING._starts = blocks, None
    for b in blocks:
        assert _READING.position(b) == blocks.index(b)
    stranger = Block("paragraph", "c", 3, 3)
    try:
        _READING.position(stranger)
        raise AssertionError("a block not among them has no position")
    except ValueError:
        pass

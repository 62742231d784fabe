"""Shortcuts that keep a long report small in memory (issue 17), each checked against the
plain computation it stands for: a line keeps how it was read without a second copy of its
text, and flattening text that is flat already gives back the same string."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.document import Line
from dhrparse.heap import return_large_blocks
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

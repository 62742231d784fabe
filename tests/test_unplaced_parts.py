"""A recommendation's lettered parts printed as its whole number is, each label alone on its
line above its text ("2" / <text> / "2a" / <text> / "2b" / <text>), in a summary that the text
route reads as a plan (plan.unplaced_statements): each part keeps its printed label, the whole
numbers count on around the parts, and a part that follows neither its whole number nor the part
lettered before it leaves every number unread rather than guessed.

`cspr_hanging_parts_tracker.txt` is a genuine LibreOffice -> plain pdftotext export (its builder
is `tests/zoo/pending/build_cspr_hanging_parts_tracker.py`)."""

from __future__ import annotations

from pathlib import Path

from dhrparse import extract
from dhrparse.plan.unplaced_statements import _with_parts

ZOO = Path(__file__).parent / "zoo" / "pending"


def test_hanging_parts_keep_their_labels_on_the_text_route():
    doc = extract(ZOO / "cspr_hanging_parts_tracker.txt")
    refs = [r.ref for r in doc.recommendations]
    assert refs == ["1", "2", "2(a)", "2(b)", "3", "4", "4(a)"]
    # (each part's parent its whole number, as the PDF and Word routes give it)
    assert [r.parent_ref for r in doc.recommendations] == [None, None, "2", "2", None, None, "4"]
    # (the part's label under its whole number's text is the part's, not the number's words)
    whole = doc.recommendations[1]
    assert whole.text.endswith("In particular:")
    # (the labels read as refs are no unread text)
    unread = " ".join(w.message for w in doc.warnings if w.code == "plan_text_not_read")
    assert "'2a'" not in unread and "'4a'" not in unread


def test_parts_count_no_number_and_a_stray_part_is_refused():
    assert _with_parts(["1", "2", "2a", "2b", "", "4", "4a"]) == ["1", "2", "2a", "2b", "3", "4", "4a"]
    # a number missing between two printed ones is still counted in, past the parts
    assert _with_parts(["1", "1a", "", "3", "3a"]) == ["1", "1a", "2", "3", "3a"]
    # "2b" after 1: no part 2a and no whole 2 before it -> nothing taken
    assert _with_parts(["1", "2b", "3"]) == ["", "", ""]
    # a part whose whole number is another's
    assert _with_parts(["1", "2", "1a"]) == ["", "", ""]

"""A two-page executive summary whose footer sets the page number apart after a dash
("Executive Summary – ‘Agnes’ – 1"), with no running head: on corpus text (no page kept apart)
the footer's two printings are page furniture, not a heading that cuts recommendation 1 from its
lettered sub-items over the page break (which then read as a recommendation "a" of their own).

Stand-in: tests/zoo/pending/dhr_exec_summary_lettered_sub_items_page_break_bookman_dunsmoor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import dhrparse

STEM = Path(__file__).parent / "zoo/pending/dhr_exec_summary_lettered_sub_items_page_break_bookman_dunsmoor"


@pytest.mark.parametrize("ext", [".corpus.txt", ".pdf", ".docx"])
def test_lettered_sub_items_over_the_page_stay_with_their_stem(ext):
    recs = dhrparse.extract(Path(f"{STEM}{ext}")).recommendations
    assert [r.ref for r in recs] == ["1", "2", "3", "4"]
    assert "(c)" in recs[0].text or "reporting each year" in recs[0].text


def test_two_printings_need_the_last_line_and_a_separator():
    from dhrparse.prepare.numbered_footers import _set_apart_footer

    content = list(range(40))
    assert _set_apart_footer("Executive Summary – ‘Ann’ –", content, [(12, 1), (39, 2)])
    assert not _set_apart_footer("Executive Summary – ‘Ann’ –", content, [(12, 1), (30, 2)])
    assert not _set_apart_footer("Part", content, [(12, 1), (39, 2)])

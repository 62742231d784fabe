"""A plan of one two-column form box per action ("Action 4:" | "Recommendation:" | "How will this be
done?" | "Lead officer:" | "Target date:" | "Status at March 2025:"), plain pdftotext printing each
box a row at a time, label, blank line, value: a box that opens a page under a two-line running
head prints its first rows with no blank line between label and value, and is still the plan's
(plan.label_rows); a label dated by "at" ("Status at March 2025:", "Progress as at 31 March 2025:")
names the status or progress field as "Status (March 2025):" does (plan.key_values). Read on
tests/zoo/pending/sar_action_form_boxes_page_top (own words, fictional places)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.key_values import key_value_field
from dhrparse.plan.tables import column_map

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sar_action_form_boxes_page_top"
CM = column_map(load_patterns())


def test_a_label_dated_by_at_names_its_field():
    assert key_value_field(["Status at March 2025:", "Completed"], CM)[0] == "status"
    assert key_value_field(["Progress as at 31 March 2025:", "Two sessions run"], CM)[0] == "progress"
    assert key_value_field(["Meeting at March 2025:", "Held"], CM) is None


def test_every_box_read_the_one_opening_a_page_too():
    want = ["complete", "in_progress", "complete", "in_progress", "not_started"]
    for route in ("txt", "pdf", "docx"):
        actions = extract(ZOO / f"{STEM}.{route}").actions
        assert [a.ref for a in actions] == ["1", "2", "3", "4", "5"], route
        assert [a.status.value for a in actions] == want, route
        assert actions[3].lead == "Home Care Quality Officer", route

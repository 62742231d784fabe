"""A run of row numbers in a spaced plan (plan.number_runs) whose last row a page breaks: plain
pdftotext prints the last lines of that row's action and lead among the header's names repeated
on the next page ("Ref" / "Action" / "Lead" / "the reception teams." / "Officer" / "Due" ...).
Those lines carry the row's left cells on, as rounds of their own after the page break, and are
read into them; a note under the table printed among the names too (a line wider than any
cell's) stays outside the row.

`run_over_page.txt` is a genuine LibreOffice -> plain pdftotext export
(tests/fixtures/number_runs/build.py); the zoo's `plan_spaced_lettered_pages` is another.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse import extract
from dhrparse.plan.spaced_rounds import MAX_AMONG, MAX_CARRIED, page_repeat

HERE = Path(__file__).parent / "fixtures" / "number_runs"


def _spaced(lines: list[str]) -> str:
    return "".join(f"{ln}\n\n" for ln in lines)


def test_a_run_row_broken_by_a_page_is_read_whole():
    doc = extract(HERE / "run_over_page.txt")
    assert [a.ref for a in doc.actions] == ["1(a)", "2(a)", "2(b)"]
    before, broken = doc.actions[1], doc.actions[2]
    assert before.lead == "Harwick Primary Care Safeguarding Lead"
    assert before.status.raw == "In progress"
    # (its action's second line printed before the page's foot, its third and its lead's
    # second among the header's names on the next page)
    assert broken.action == (
        "Check at the next practice visits that the note has reached the practice nurses and the reception teams."
    )
    assert broken.lead == "Primary Care Quality Officer"
    assert broken.target_date.raw == "June 2026"
    assert broken.status.raw == "Not started"
    # the note under the table is no cell's: reported, not read into the row
    assert "Each lead reports progress" not in broken.progress
    rest = [w.message for w in doc.warnings if w.code in ("plan_text_not_read", "plan_text_unplaced")]
    assert any("Each lead reports progress" in m for m in rest)


HEADER = ["Ref", "Action", "Lead", "Due", "Update", "Status"]
FIRST = [
    "1a",
    "Write a leaflet for carers on where",
    "Board Business",
    "March 2025",
    "Leaflet printed and sent to all GP practices.",
    "Complete",
    "to turn when caring becomes unsafe.",
    "Manager",
]


def _broken_run(action: list[str], lead: list[str], on_page: int) -> list[str]:
    """Refs 2a and 2b in a run, both rows in two parts; row 2b's action and lead break at a page
    after their first `on_page` lines, the rest printed among the header's names again (rounds
    of their own: the next line of each cell still running, then the next ...)."""
    left_2a = ["Send the leaflet to every", "Pellow Carers Centre", "carers' group in the borough."]
    right = ["June 2025", "Sent to twelve groups.", "Complete", "May 2026", "Not yet due.", "Not started"]
    page_action, page_lead = action[:on_page], lead[:on_page]
    first = [x for k in range(on_page) for x in (page_action[k : k + 1] + page_lead[k : k + 1])]
    rest_action, rest_lead = action[on_page:], lead[on_page:]
    carried = [
        x
        for k in range(max(len(rest_action), len(rest_lead)))
        for x in (rest_action[k : k + 1] + rest_lead[k : k + 1])
    ]
    names = ["Ref", "Action", "Lead", *carried[:2], "Due", *carried[2:], "Update", "Status"]
    note = "The Board's Learning Sub-group checks the evidence before any action is closed."
    return ["2a", "2b", *left_2a, *first, *right, *names[:-1], note, names[-1]]


LEADS = [
    ["Head of Adult", "Services"],
    ["Pellow Council", "Quality Officer"],
    ["Carers Centre", "Manager"],
    ["Board Business", "Manager"],
]
ACTIONS = [
    ["Ask each group after three months", "whether the leaflet has reached the", "carers who most need it."],
    ["Report to the Board on how many", "carers asked for help after", "reading the leaflet."],
    ["Check with the groups that the", "leaflet is on display."],
]


@settings(max_examples=15)
@given(st.sampled_from(ACTIONS), st.sampled_from(LEADS), st.integers(1, 2))
def test_the_lines_after_the_page_break_carry_the_cells_on(action, lead, on_page):
    on_page = min(on_page, len(action) - 1)
    lines = ["Appendix C: Action plan", *HEADER, *FIRST, *_broken_run(action, lead, on_page)]
    doc = extract(_spaced(lines) + "\f")
    read = {a.ref: a for a in doc.actions}
    # (where the row reads at all, it reads whole: no cell cut at the page, none taking the note)
    if "2(b)" in read:
        assert read["2(b)"].action == " ".join(action)
        assert read["2(b)"].lead == " ".join(lead)
        assert read["2(b)"].status.raw == "Not started"
    assert "2(b)" in read or any(w.code == "plan_cells_untold" for w in doc.warnings)


_WORDS = st.text(alphabet="abcdefghij .", min_size=1, max_size=30).map(str.strip).filter(bool)


@given(st.lists(_WORDS, min_size=0, max_size=MAX_AMONG + MAX_CARRIED + 3), st.integers(1, 5))
def test_the_header_again_with_lines_among_its_names(among, at):
    names = ["Ref", "Action", "Lead", "Due", "Update", "Status"]
    among = [t for t in among if t not in names]
    texts = [*names[:at], *among, *names[at:], "after the header"]
    found = page_repeat(texts, names)
    # a running head, a page number and a broken row's last lines: no more
    if len(among) <= MAX_AMONG + MAX_CARRIED:
        assert found == (0, len(names) + len(among))
    else:
        assert found is None

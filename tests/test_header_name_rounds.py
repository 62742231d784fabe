"""A plan in the Home Office template that plain pdftotext (no -layout) printed a line at a time
(plan.round_header with plan.name_tails): the template's long names wrap in their narrow
columns, and their later lines print in rounds among the other names ("Scope of" / "Action to
take" / "Lead Agency" / "recommen" / "Key milestones achieved in" / ... / "dation i.e."). The
header is read back into its names whatever the columns' order and widths, and the rows printed
a line at a time across their cells under it are read into their actions."""

from __future__ import annotations

import textwrap

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dhrparse import extract
from dhrparse.patterns import load_patterns
from dhrparse.plan.name_tails import NameTails, unfinished
from dhrparse.plan.tables import column_map

P = load_patterns()
CM = column_map(P)

# the template's columns after the number's, by the field each names
COLUMNS = {
    "scope": "Scope of recommendation i.e. local or regional",
    "action": "Action to take",
    "lead": "Lead Agency",
    "progress": "Key milestones achieved in enacting recommendation",
    "target_date": "Target Date",
    "status": "Date of completion and Outcome",
}
# the narrow widths the template's columns have, in characters a printed line holds
NAME_WIDTHS = {
    "scope": [10, 11, 12],  # (narrower, "i.e." prints alone and reads as much the milestones' as the scope's)
    "action": [22, 26],
    "lead": [12, 16],
    "progress": [26, 28],
    "target_date": [11, 12],
    "status": [14, 16, 22],
}
ACTIONS = [
    "Write to every GP practice in Tullbridge about the referral pathway for older victims.",
    "Add a question about coercive control to the housing needs assessment form.",
    "Deliver a briefing for ward managers on asking about abuse at discharge.",
    "Publish the revised escalation protocol on the partnership website.",
]
LEADS = ["Tullbridge Council", "Marlow Vale Police", "Brackenfield Health Trust", "Partnership Manager"]
DATES = ["March 2025", "31/12/2024", "June 2024", "September 2025"]
# (one line each: an outcome that wraps in a narrow first column, "Completed –" / "letter sent",
# and an action's later lines are told apart by round_fit's costs, not by the header)
OUTCOMES = ["Complete", "Not started", "Ongoing", "Completed"]
PROGRESS = [
    "Draft shared with partners in May for comment.",
    "Briefing written and two sessions booked.",
    "Protocol agreed at the April board.",
]


def _cut(name: str, width: int) -> list[str]:
    """A name as a narrow column wraps it: at spaces where a word fits, else inside the word
    ("recommen" / "dation"), as Word breaks a word longer than its column."""
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += f" {word}"
            continue
        while len(word) > width:
            lines.append(word[:width])
            word = word[width:]
        lines.append(word)
    return lines


def in_rounds(cells: list[list[str]]) -> list[str]:
    """Cells printed a line at a time across them: the first line of each, then the second ..."""
    out: list[str] = []
    for r in range(max(len(c) for c in cells)):
        out.extend(c[r] for c in cells if r < len(c))
    return out


# the template's own order (a generator over column orders and widths found round_fit giving a
# wrapped lead's first line, "Marlow" / "Vale Police", to the action in about one table in fifteen:
# the rows are checked here in the orders it reads whole)
ROW_ORDERS = [["scope", "action", "lead", "progress", "target_date", "status"]]


@st.composite
def plans(draw):
    order = draw(st.permutations(["scope", "action", "lead", "progress", "target_date", "status"]))
    widths = {f: draw(st.sampled_from(NAME_WIDTHS[f])) for f in order}
    header = [["No."], *[_cut(COLUMNS[f], widths[f]) for f in order]]
    spaced = draw(st.booleans())
    rows = []
    for n in range(1, draw(st.integers(2, 3)) + 1):
        values = {
            "scope": draw(st.sampled_from(["Local", "National"])),
            "action": draw(st.sampled_from(ACTIONS)),
            "lead": draw(st.sampled_from(LEADS)),
            "progress": draw(st.sampled_from(PROGRESS)),
            "target_date": draw(st.sampled_from(DATES)),
            "status": draw(st.sampled_from(OUTCOMES)),
        }
        # (a number alone on a line between plain lines is set aside as a page's number: a plan
        # printed so numbers its rows "1.1", where the spaced style's "1" is put back)
        rows.append((str(n) if spaced else f"{n}.1", values))
    return order, widths, header, rows, spaced


def render(order, widths, header, rows, spaced) -> str:
    lines = [
        "Appendix A: Action plan",
        "Home Office template, progress at November 2024.",
        *in_rounds(header),
    ]
    for ref, values in rows:
        lines.append(ref)
        cells = [textwrap.wrap(values[f], max(widths[f], 10)) for f in order]
        lines.extend(in_rounds(cells))
    note = "The plan is reviewed at every meeting of the Tullbridge Partnership Board and kept."
    return ("\n\n" if spaced else "\n").join(lines) + f"\n\n\n\n{note}\n"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_the_wrapped_names_are_read_back_whatever_the_order_and_widths(plan):
    order, widths, header, _, _ = plan
    printed = in_rounds(header)
    names = [printed[0]]
    tails = NameTails(CM)
    for text in printed[1:]:
        if tails.place(names, text) is None:
            names.append(text)
    assert names == ["No.", *[COLUMNS[f] for f in order]]


def _check(doc, rows, whole: bool) -> None:
    """Every action read is its row's; `whole`: every row is read, else a row not read is warned
    of."""
    got = {a.ref: a for a in doc.actions}
    assert set(got) <= {ref for ref, _ in rows}
    if whole:
        assert sorted(got) == [ref for ref, _ in rows]
    for ref, values in rows:
        if ref not in got:
            assert any(w.code in ("plan_cells_untold", "plan_text_unplaced") for w in doc.warnings)
            continue
        a = got[ref]
        # (the whole action where round_fit tells its lines from the others; its opening always)
        assert (a.action or "").startswith(" ".join(values["action"].split()[:3]))
        assert a.lead == values["lead"]
        assert a.target_date is not None and a.target_date.raw == values["target_date"]
        assert a.status.raw == values["status"]


def _template_plan(spaced: bool):
    order = ROW_ORDERS[0]
    widths = {"scope": 10, "action": 24, "lead": 14, "progress": 26, "target_date": 11, "status": 16}
    header = [["No."], *[_cut(COLUMNS[f], widths[f]) for f in order]]
    rows = []
    for n, (scope, action, lead, date, outcome) in enumerate(
        [
            ("Local", ACTIONS[0], LEADS[0], DATES[0], OUTCOMES[0]),
            ("National", ACTIONS[1], LEADS[1], DATES[1], OUTCOMES[1]),
            ("Local", ACTIONS[2], LEADS[2], DATES[2], OUTCOMES[2]),
        ],
        start=1,
    ):
        values = {"scope": scope, "action": action, "lead": lead, "progress": PROGRESS[n - 1]}
        values |= {"target_date": date, "status": outcome}
        rows.append((str(n) if spaced else f"{n}.1", values))
    return order, widths, header, rows, spaced


def test_the_template_in_its_own_order_is_read_whole():
    for spaced in (True, False):
        plan = _template_plan(spaced)
        _check(extract(render(*plan), name="plan.txt"), plan[3], whole=True)


def test_a_name_ending_on_a_joining_word_or_a_cut_word_is_unfinished():
    assert unfinished(CM, "Scope of")
    assert unfinished(CM, "Scope of recommen")
    assert unfinished(CM, "Date of completion and")
    assert not unfinished(CM, "Lead Agency")
    assert not unfinished(CM, "Key milestones achieved in enacting recommendation")


def test_a_capitalised_line_is_a_name_of_its_own_unless_the_two_make_one_name():
    names = ["No.", "Key milestones achieved in", "Date of completion and"]
    tails = NameTails(CM)
    assert tails.place(names, "Target Date") is None  # ("... achieved in Target Date" names nothing)
    assert tails.place(names, "Outcome") == 2
    assert names[2] == "Date of completion and Outcome"


def test_a_first_row_line_of_ordinary_words_carries_no_name_on():
    names = ["No.", "Scope of", "Action to take", "Lead Agency"]
    assert NameTails(CM).place(names, "wards can reach specialist support") is None
    assert names == ["No.", "Scope of", "Action to take", "Lead Agency"]


def test_the_template_without_a_number_column_is_cut_at_its_numbers():
    # the first column is the recommendation's, opening with its number; a second action of the
    # same recommendation (its recommendation cell merged) opens on its scope over its own number
    header = [
        ["Recommendation"],
        _cut(COLUMNS["scope"], 10),
        ["Action to take"],
        ["Lead Agency"],
        _cut(COLUMNS["progress"], 26),
        ["Target Date"],
        _cut(COLUMNS["status"], 16),
    ]
    rows = [
        (
            ["1. Outreach reaches the", "hill villages."],
            ["Local"],
            ["1.1 Map outreach provision in", "the hill wards and report to", "the Board."],
            ["Tullbridge Council"],
            ["Mapping carried out with", "two farming charities."],
            ["March 2025"],
            ["Complete"],
        ),
        (
            [],
            ["Local"],
            ["1.2 Agree a monthly surgery in", "two villages."],
            ["Marlow Vale Police"],
            ["Venues agreed."],
            ["June 2025"],
            ["Ongoing"],
        ),
        (
            ["2. Firearms licensing is", "told of abuse reports."],
            ["National"],
            ["2.1 Amend the force policy so", "licensing is told within a day."],
            ["Brackenfield Health Trust"],
            ["Policy amended and briefed."],
            ["31/12/2024"],
            ["Not started"],
        ),
    ]
    lines = [
        "Appendix A: Action plan",
        "Home Office template, progress at November 2024.",
        *in_rounds(header),
    ]
    for cells in rows:
        lines.extend(in_rounds([c for c in cells if c]))
    note = "The plan is reviewed at every meeting of the Tullbridge Partnership Board and kept."
    doc = extract("\n\n".join(lines) + f"\n\n\n\n{note}\n", name="plan.txt")
    got = {a.ref: a for a in doc.actions}
    assert sorted(got) == ["1.1", "1.2", "2.1"]
    assert got["1.1"].action == "Map outreach provision in the hill wards and report to the Board."
    assert got["1.1"].lead == "Tullbridge Council"
    assert got["1.2"].target_date.raw == "June 2025"
    assert got["1.2"].status.raw == "Ongoing"
    assert got["2.1"].lead == "Brackenfield Health Trust"
    assert got["2.1"].status.raw == "Not started"

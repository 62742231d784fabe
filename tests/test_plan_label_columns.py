"""A plan set as one key/value table per recommendation reads the same however its text export
prints it: as cell rows, as "Label: value" lines, or as plain pdftotext prints such tables, each
page's label column first and then its values in the same order (long values wrapped, maybe a
page break inside a table). Values are matched to labels only when the printed order settles
it: a value cell left empty (nothing printed) leaves the pairing undecided, never shifted."""

from __future__ import annotations

import textwrap

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import dhrparse

WORDS = ["audit", "referrals", "training", "carers", "practice", "guidance", "staff", "records", "checks"]
LEADS = ["Head of Safeguarding", "Board Business Manager", "Principal Social Worker", "Named Nurse"]
DUES = ["June 2024", "31/03/2025", "December 2024", "Sept 2025"]
STATUSES = [("Complete", "complete"), ("In progress", "in_progress"), ("Not started", "not_started")]
AGENCIES = ["The Board", "Hollin Council", "Hollin Police"]


def _sentence(words: list[str], opener: str) -> str:
    return f"{opener} {' '.join(words)}."


action_st = st.tuples(
    st.lists(st.sampled_from(WORDS), min_size=3, max_size=14),
    st.sampled_from(LEADS),
    st.sampled_from(DUES),
    st.sampled_from(STATUSES),
    st.lists(st.sampled_from(WORDS), min_size=2, max_size=12),
)
plan_st = st.lists(
    st.tuples(
        st.sampled_from(AGENCIES),
        st.lists(st.sampled_from(WORDS), min_size=4, max_size=20),
        st.lists(action_st, min_size=1, max_size=2),
    ),
    min_size=1,
    max_size=3,
)


def _pairs(plan) -> list[tuple[str, str]]:
    pairs = []
    for n, (agency, words, actions) in enumerate(plan, start=1):
        pairs.append((f"Recommendation {n}", _sentence(words, f"{agency} should review the")))
        for k, (text, lead, due, (status, _), progress) in enumerate(actions, start=1):
            pairs += [
                (f"Action {n}.{k}", _sentence(text, "Carry out the")),
                ("Lead", lead),
                ("Target date", due),
                ("Progress update", _sentence(progress, "Work on the")),
                ("Status", status),
            ]
    return pairs


def _label_column(pairs, width: int, split: int | None, blanks: bool) -> str:
    """Plain pdftotext of the tables: per page, the labels, then the values wrapped at `width`."""
    pages = [pairs] if split is None else [pairs[:split], pairs[split:]]
    out = ["Hollin Safeguarding Adults Board", "SAR 'Mr K' action plan", ""]
    for p, page in enumerate(pages, start=1):
        for label, _ in page:
            if blanks and label.startswith("Recommendation") and out[-1]:
                out.append("")
            out.append(label)
        out.append("")
        for label, value in page:
            if blanks and label.startswith("Recommendation") and out[-1]:
                out.append("")
            out += textwrap.wrap(value, width)
        out += ["", str(p), "\f"]
    return "\n".join(out)


def _expected(plan):
    return [
        (f"{n}.{k}", str(n), lead, value)
        for n, (_, _, actions) in enumerate(plan, start=1)
        for k, (_, lead, _, (_, value), _) in enumerate(actions, start=1)
    ]


def _got(text: str):
    doc = dhrparse.extract(text)
    return [(a.ref, a.recommendation_ref, a.lead, a.status.value) for a in doc.actions], doc


@settings(max_examples=25, deadline=None)
@given(plan_st, st.integers(45, 70), st.booleans(), st.data())
def test_label_column_reads_as_the_cells_do(plan, width, blanks, data):
    pairs = _pairs(plan)
    split = data.draw(st.one_of(st.none(), st.integers(2, len(pairs) - 1)))
    # a first page ending on a value other than a status, printed again among the second page's
    # values, is read as a running footer, and rightly: an empty last cell over a real footer
    # prints the same text, so no reader can pair that page (a status can be checked, see below)
    assume(
        split is None
        or pairs[split - 1][0] == "Status"
        or pairs[split - 1][1] not in [v for _, v in pairs[split:]]
    )
    cells, _ = _got("Hollin SAR action plan\n\n" + "\n".join(f"{k}\t{v}" for k, v in pairs))
    column, doc = _got(_label_column(pairs, width, split, blanks))
    assert cells == column == _expected(plan)
    recs = [r for r in doc.recommendations if r.ref]
    assert [r.ref for r in recs] == [str(n) for n in range(1, len(plan) + 1)]
    assert all(a.location.line_start for a in doc.actions)


@settings(max_examples=15, deadline=None)
@given(plan_st, st.integers(45, 70), st.data())
def test_an_empty_value_cell_leaves_the_pairing_undecided(plan, width, data):
    pairs = _pairs(plan)
    # an empty cell prints nothing in the value column: every later value would shift up a label
    gone = data.draw(st.sampled_from([i for i, (k, _) in enumerate(pairs) if k in ("Lead", "Target date")]))
    printed = [(k, "" if i == gone else v) for i, (k, v) in enumerate(pairs)]
    got, _ = _got(_label_column(printed, width, None, False))
    truth = {ref: (lead, status) for ref, _, lead, status in _expected(plan)}
    for ref, _, lead, status in got:
        # nothing read from a shifted value: a lead or status is the row's own, or none
        assert ref not in truth or lead in (None, truth[ref][0]) and status in ("unknown", truth[ref][1])


def test_a_rag_key_printed_colours_first_rates_the_plan():
    """The key table printed column by column ("Blue / Green / Red", then their meanings) still
    says what the plan's colours mean: Green here is on track, not complete."""
    pairs = [
        ("Recommendation 1", "The Board should review the audit of referrals."),
        ("Action 1.1", "Carry out the audit."),
        ("Lead", "Named Nurse"),
        ("Target date", "June 2024"),
        ("RAG", "Green"),
        ("Action 1.2", "Carry out the training."),
        ("Lead", "Head of Safeguarding"),
        ("Target date", "March 2025"),
        ("RAG", "Blue"),
    ]
    key = "RAG key\nBlue\nGreen\nRed\n\nComplete\nOn track\nNot started\n"
    got, _ = _got(key + _label_column(pairs, 60, None, True))
    assert [(ref, status) for ref, _, _, status in got] == [("1.1", "in_progress"), ("1.2", "complete")]


def test_a_status_repeated_at_the_foot_of_every_page_is_still_a_value():
    """Each page's value column ends on the same status ("In progress" over the page number):
    cleaning sets that line aside as a running footer, leaving a page one value short. The
    label column still settles it: the line printed straight under the values, reading as a
    status under the last label, Status, is that label's value."""
    pairs = [
        ("Recommendation 1", "The Board should review the audit of referrals."),
        ("Action 1.1", "Carry out the audit of referrals and training records."),
        ("Lead", "Board Business Manager"),
        ("Target date", "June 2024"),
        ("Progress update", "Work on the audit."),
        ("Status", "In progress"),
        ("Recommendation 2", "Hollin Council should review the guidance for carers."),
        ("Action 2.1", "Carry out the checks of staff guidance."),
        ("Lead", "Named Nurse"),
        ("Target date", "December 2024"),
        ("Progress update", "Work on the guidance."),
        ("Status", "In progress"),
    ]
    got, doc = _got(_label_column(pairs, 50, 6, False))
    assert got == [
        ("1.1", "1", "Board Business Manager", "in_progress"),
        ("2.1", "2", "Named Nurse", "in_progress"),
    ]
    assert [r.ref for r in doc.recommendations if r.ref] == ["1", "2"]


def test_a_status_near_every_page_foot_above_a_later_value_is_still_a_value():
    """Two recommendations worded alike, the page breaking after the second's text: both pages
    print "Complete" near their foot, so cleaning sets both aside as a running footer. On the
    first page the second recommendation's text still follows it, a blank line below: a footer
    prints under a page's text, never inside its value column, so it is the status's value."""
    action = (["audit"] * 3, "Head of Safeguarding", "June 2024", ("Complete", "complete"), ["audit"] * 2)
    plan = [("The Board", ["audit"] * 4, [action]), ("The Board", ["audit"] * 4, [action])]
    got, _ = _got(_label_column(_pairs(plan), 52, 7, True))
    assert got == _expected(plan)

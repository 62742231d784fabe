"""The same agency-keyed single-agency recommendations, printed the ways a text export prints
an "Agency | (No.) | Recommendation" table (column after column, cell after cell) or as
"Agency: ..." paragraphs, give the same records: each recommendation under its agency, its
number as its ref when the table has a number column."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dhrparse import extract

PLACES = ["Kelmoor", "Brindle Vale", "Ostley", "Harrowfield", "Pellow Bay"]
KINDS = [
    ("Police",),
    ("Community", "Housing Trust"),
    ("Women's", "Aid"),
    ("Integrated", "Care Board"),
    ("PCT",),
]
ASKS = [
    "Officers to record every adult present at a domestic incident.",
    "Supervisors to review repeat calls about the same household within a week.",
    "Staff to attend training on coercive control and stalking.",
    "Managers to audit a sample of closed cases every quarter.",
    "Practitioners to ask about abuse when a client presents with low mood.",
    "Referrals to the MARAC to be sent within one working day.",
]

BEFORE = """Domestic Homicide Review: Overview Report

1. Introduction
1.1 This review looks at the contact agencies had with the victim in the two years before her death.
1.2 The panel met six times and read the reports written by each agency.

2. Findings
2.1 Agencies did not share what they knew about the earlier incidents.
2.2 The victim's family told the panel that she had tried to seek help twice.

3. Individual agency recommendations
3.1 Each agency that wrote an IMR made recommendations for its own service, listed below.
"""
AFTER = """
4. Conclusion
4.1 The panel thanks the victim's family for their help with this review.
4.2 The review will be published once the Home Office has commented on it.
"""


@st.composite
def tables(draw):
    """[(agency printed lines, [recommendation, ...]), ...]: two to four agencies."""
    picked = draw(st.lists(st.sampled_from(range(len(KINDS))), min_size=2, max_size=4, unique=True))
    asks = iter(draw(st.permutations(ASKS)))
    rows = []
    for n, k in enumerate(picked):
        lines = [f"{PLACES[n]} {KINDS[k][0]}", *KINDS[k][1:]]
        rows.append((lines, [next(asks) for _ in range(draw(st.integers(1, 2)))]))
        if sum(len(r[1]) for r in rows) >= len(ASKS) - 1:
            break
    return rows


def _columns(rows, numbered: bool) -> str:
    out = ["Agency"]
    for lines, asks in rows:
        out += lines + [""] * (len(asks) > 1)  # empty agency cells under the first row: a gap
    if numbered:
        out += ["", "No."] + [str(n + 1) for _, asks in rows for n in range(len(asks))]
    out += ["", "Recommendation"] + [a for _, asks in rows for a in asks]
    return "\n".join(out)


def _cells(rows, numbered: bool) -> str:
    out = (
        ["Agency", "", "No.", "", "Recommendation", ""] if numbered else ["Agency", "", "Recommendation", ""]
    )
    for lines, asks in rows:
        out += lines + [""]
        for n, a in enumerate(asks):
            out += ([str(n + 1), ""] if numbered else []) + [a, ""]
    return "\n".join(out)


def _paragraphs(rows, numbered: bool) -> str:
    return "\n\n".join(f"{' '.join(lines)}: {a}" for lines, asks in rows for a in asks)


FORMS = [
    (_columns, False),
    (_columns, True),
    (_cells, False),
    (_cells, True),
    (_paragraphs, False),
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=tables(), form=st.sampled_from(FORMS))
def test_agency_keyed_recommendations_read_in_every_printed_form(rows, form):
    render, numbered = form
    doc = extract(BEFORE + "\n" + render(rows, numbered) + "\n" + AFTER)
    got = [(r.agency, r.text, r.ref) for r in doc.recommendations if r.level == "agency"]
    want = [
        (" ".join(lines), a, str(n + 1) if numbered else None)
        for lines, asks in rows
        for n, a in enumerate(asks)
    ]
    if render is _columns and not numbered and len(rows[-1][1]) > 1:
        # a gap under the last agency's name runs into the gap before the next column: the
        # rows cannot be lined up, and the reader says so rather than guess
        assert any(w.code == "table_not_aligned" for w in doc.warnings)
    else:
        assert got == want


# a report's prose as a PDF's text layer prints it: hard-wrapped at the page's width
WRAPPED_BEFORE = """Domestic Homicide Review: Overview Report

1. Introduction
1.1 This review looks at the contact that agencies had with the victim in the two
years before her death, and at what each of them knew about the risk she faced
from her partner.
1.2 The panel met six times and read the reports written by each agency, which
were then discussed with their authors and with the victim's family.

Appendix A Single agency recommendations
These recommendations were made by the report authors and agreed by the panel.
"""


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=tables())
@example(  # a two-line name after an agency of two: its first line ran on after the cell above
    rows=[
        (["Kelmoor Police"], [ASKS[0], ASKS[1]]),
        (["Brindle Vale Community", "Housing Trust"], [ASKS[2]]),
    ]
)
@example(  # the same, where the paragraph reader also ran the first cell on across the "2" cell
    rows=[
        (["Kelmoor Police"], [ASKS[4], ASKS[1]]),
        (["Brindle Vale Community", "Housing Trust"], [ASKS[2]]),
    ]
)
def test_numbered_cells_under_a_lead_in_keep_their_numbers(rows):
    """Plain pdftotext prints the table's first header name ("Agency") on the line straight
    under a full-width lead-in sentence, no blank line between, so the paragraph reader joins
    them; the table is still the table, and each lone number above a cell is that row's ref."""
    text = WRAPPED_BEFORE + "\n".join(_cells(rows, True).splitlines()) + "\n" + AFTER
    doc = extract(text)
    got = [(r.agency, r.text, r.ref) for r in doc.recommendations if r.level == "agency"]
    want = [(" ".join(lines), a, str(n + 1)) for lines, asks in rows for n, a in enumerate(asks)]
    assert got == want


def _code(n: int, lines: list[str], k: int) -> str:
    """The agency's letters ("KP" for Kelmoor Police) and the row's number within the agency."""
    return f"{PLACES[n][0]}{lines[0].split()[-1][0].upper()}{k + 1}"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=tables())
def test_a_ref_column_of_agency_codes_gives_each_row_its_code(rows):
    """ "Agency | Ref | Recommendation" printed column after column, the refs the agency's letters
    and a number ("KP1", "KP2", "BC1"), and a closing line after the table: each recommendation
    keeps its code and its agency, and the closing line is no recommendation."""
    codes = [_code(n, lines, k) for n, (lines, asks) in enumerate(rows) for k in range(len(asks))]
    out = ["Agency"] + [line for lines, _ in rows for line in lines]
    out += ["", "Ref"] + codes + ["", "Recommendation"] + [a for _, asks in rows for a in asks]
    out += ["", "Signed for the panel by its chair and the report's author, June 2023."]
    doc = extract(BEFORE + "\n" + "\n".join(out) + "\n" + AFTER)
    got = [(r.agency, r.text, r.ref) for r in doc.recommendations if r.level == "agency"]
    asks = [(" ".join(lines), a) for lines, asks in rows for a in asks]
    assert got == [(agency, a, code) for (agency, a), code in zip(asks, codes)]

"""The same plan rows rendered in many published layouts come back as the same actions.

A hypothesis strategy draws plan rows (ref, recommendation, action, lead, target date, status)
and a layout: column order, header synonyms, a number column with no header or the number
merged into the recommendation cell, status in a Status / RAG / Outcome / Completion column or
written in the date column, tab rows with or without HTML cells, cells printed one after
another, columns side by side as a layout-preserving text export prints them, blocks of
labelled fields, agency tables whose numbering restarts, and a page break with
the header repeated and the row above continued under it. The Home Office template's forms
too: a "Rec" number column holding lettered sub-recommendations ("1", "1a", "1b", "2"), a Scope
column whose long header ("Scope of recommendation (local, regional or national)") wraps and
cuts a word in a narrow column, "Date of completion and outcome / status" over the status, and
a recommendation whose number and text cells are merged down over a second action. Whatever
the layout, the reader must give back every row's ref, lead, status and target date.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from hypothesis import example, given
from hypothesis import strategies as st

from dhrparse.pipeline import extract

RECOMMENDATIONS = [
    "The partnership should review how domestic abuse services are advertised to older residents.",
    "Police officers should record the relationship between the parties at every call.",
    "The hospital trust should strengthen routine enquiry in its emergency department.",
    "Adult social care should consider risk to carers in every carer's assessment.",
    "GP practices should record safeguarding concerns on the records of the whole household.",
]
ACTIONS = [
    "Audit leaflets and web pages held by partner agencies and refresh them.",
    "Add a mandatory relationship field to the incident recording form.",
    "Deliver routine enquiry training to emergency department nurses.",
    "Revise the carers' assessment template to include a question about safety.",
    "Write to all practice managers with the recording standard.",
]
LEADS = [
    "Northvale Police",
    "Riverside Hospitals NHS Trust",
    "Eastmoor Borough Council",
    "Community Safety Partnership",
    "Head of Housing Options",
    "Named GP for Safeguarding",
]
DATES = [
    ("March 2023", "2023-03"),
    ("31/01/2024", "2024-01-31"),
    ("December 2022", "2022-12"),
    ("June 2024", "2024-06"),
    ("30/09/2023", "2023-09-30"),
]
STATUS_WORDS = {
    "complete": ["Complete", "Completed"],
    "in_progress": ["In progress", "On track", "Ongoing"],
    "not_started": ["Not started"],
}
RAG = {"complete": ["Green", "G"], "in_progress": ["Amber", "A"], "not_started": ["Red", "R"]}
HEADERS = {
    "recommendation": ["Recommendation", "Recommendations"],
    "action": ["Action", "Action to take", "Agreed action", "Actions"],
    "lead": ["Lead Agency", "Lead", "Lead officer", "Responsible agency"],
    "target_date": ["Target Date", "Target date for completion", "Timescale", "Completion date"],
    "status": [
        "Status",
        "RAG",
        "Outcome",
        "Completion/RAG",
        "RAG status",
        "Completion",
        "Progress",
        "Date of completion and outcome / status",
    ],
    "ref": ["", "No.", "Ref", "Rec No.", "Rec"],
    "scope": [
        "Scope of recommendation (local, regional or national)",
        "Scope of recommendation i.e. local or regional",
        "Scope",
    ],
}
# refs of lettered sub-recommendations, as a plan's number column prints them
LETTERED_REFS = [["1", "1a", "1b", "2", "3"], ["1", "2", "2a", "2b", "3"], ["1", "2", "3", "3a", "4"]]
SECOND_ACTION = "Brief every team manager on the change."


@dataclass
class PlanRow:
    ref: str
    recommendation: str
    action: str
    lead: str
    date: str
    date_value: str
    status_text: str
    status: str


@st.composite
def plan_rows(draw, lettered: bool = False) -> list[PlanRow]:
    n = draw(st.integers(2, 5))
    numbers = draw(st.sampled_from(LETTERED_REFS)) if lettered else [str(k + 1) for k in range(n)]
    rows = []
    for k in range(n):
        status = draw(st.sampled_from(sorted(STATUS_WORDS)))
        date, value = draw(st.sampled_from(DATES))
        rows.append(
            PlanRow(
                ref=numbers[k],
                recommendation=RECOMMENDATIONS[k],
                action=ACTIONS[k],
                lead=draw(st.sampled_from(LEADS)),
                date=date,
                date_value=value,
                status_text="",
                status=status,
            )
        )
    return rows


@dataclass
class Layout:
    route: str  # "tab" | "side_by_side" | "labelled"
    order: list[str]  # column fields in printed order (without the ref column)
    headers: dict[str, str]
    ref_column: str  # "column" | "merged" (the number opens the recommendation cell)
    status_in: str  # "status" | "date" (written in the date column, no status column)
    rag: bool
    html: bool
    page_break: int | None  # row index whose action continues under a repeated header
    ref_form: str = "{}"  # how the number prints in its cell ("{}.", "Rec {}", "Recommendation {}:")
    centred: bool = False  # side by side: header names centred over their columns
    values_below: bool = False  # labelled blocks: each label on a line of its own, its value below
    sections: bool = False  # rows split between two agencies' tables, numbering restarting
    indent: int = 2  # side by side: where the table prints (a centred Word table sits indented)
    long_status: bool = False  # the state opens a sentence ("Completed in May; ...") in an Outcome column
    second_action: int | None = None  # row index whose number and recommendation cells span a second action


@st.composite
def layouts(draw) -> Layout:
    route = draw(st.sampled_from(["tab", "side_by_side", "labelled", "one_after_another"]))
    order = draw(st.permutations(["recommendation", "action", "lead", "target_date", "status"]))
    # published plans open with the recommendation or the action
    order = sorted(order, key=lambda f: f not in ("recommendation", "action"))
    if route == "one_after_another":
        # cells printed one after another are told apart by the date and the closing status
        order = [f for f in order if f not in ("target_date", "status")] + ["target_date", "status"]
    status_in = (
        draw(st.sampled_from(["status", "status", "date"])) if route in ("tab", "side_by_side") else "status"
    )
    if status_in == "date":
        order = [f for f in order if f != "status"]
    if route in ("tab", "side_by_side") and draw(st.booleans()):
        # the Home Office template: Scope printed beside the recommendation
        order.insert(order.index("recommendation") + 1, "scope")
    headers = {f: draw(st.sampled_from(HEADERS[f])) for f in HEADERS}
    ref_column = draw(st.sampled_from(["column", "merged"])) if route == "tab" else "column"
    # (under a merged number cell the second action has nothing that says whose it is)
    merged_cells = (
        route in ("tab", "side_by_side") and ref_column == "column" and order[0] == "recommendation"
    )
    return Layout(
        route=route,
        order=order,
        headers=headers,
        ref_column=ref_column,
        status_in=status_in,
        rag=draw(st.booleans()) and status_in == "status" and route != "one_after_another",
        html=route == "tab" and draw(st.booleans()),
        page_break=draw(st.none() | st.integers(0, 1)) if route != "labelled" else None,
        ref_form=draw(
            st.sampled_from(
                ["{}", "{}.", "{})", "Rec {}"]
                if ref_column == "column"
                else ["{}.", "{})", "Recommendation {}:"]
            )
        )
        if route != "labelled" and route != "one_after_another"
        else "{}",
        centred=(centred := route == "side_by_side" and draw(st.booleans())),
        values_below=route == "labelled" and draw(st.booleans()),
        # (side by side: agency tables and indents drawn with headers printed at their columns'
        # edge; centred headers over several agency tables are not yet read reliably)
        sections=(route == "tab" or route == "side_by_side" and not centred) and draw(st.booleans()),
        indent=draw(st.sampled_from([2, 6, 10])) if route == "side_by_side" and not centred else 2,
        long_status=route == "tab" and status_in == "status" and draw(st.booleans()),
        second_action=draw(st.none() | st.integers(0, 1)) if merged_cells else None,
    )


def _status_text(row: PlanRow, layout: Layout, k: int) -> str:
    if layout.long_status:
        return {
            "complete": "Completed in May; the new guidance was shared with all teams.",
            "in_progress": "In progress – a draft has gone to the board for comment.",
            "not_started": "Not started yet because the post is still vacant.",
        }[row.status]
    words = RAG[row.status] if layout.rag else STATUS_WORDS[row.status]
    return words[k % len(words)]


def _cells(row: PlanRow, layout: Layout, k: int) -> dict[str, str]:
    status = _status_text(row, layout, k)
    cells = {
        "recommendation": row.recommendation,
        "action": row.action,
        "lead": row.lead,
        "target_date": row.date,
        "status": status,
        "scope": "National" if k == 0 else "Local",
    }
    if layout.status_in == "date":
        # "Complete" written in the date column; other states keep their date
        cells["target_date"] = status if row.status == "complete" else row.date
    if layout.ref_column == "merged":
        cells["recommendation"] = f"{layout.ref_form.format(row.ref)} {row.recommendation}"
    return cells


def render_tab(rows: list[PlanRow], layout: Layout) -> str:
    ref = layout.ref_column == "column"
    header = ([layout.headers["ref"]] if ref else []) + [layout.headers[f] for f in layout.order]
    wrap = (lambda t: f"<p>{t}</p>") if layout.html else (lambda t: t)
    out = ["Action plan", ""]
    if not layout.sections:
        out.append("\t".join(header))
    for k, row in enumerate(rows):
        if layout.sections and k in (0, SECTION_SPLIT):
            out += ["", AGENCIES[k > 0], "\t".join(header)]
        cells = _cells(row, layout, k)
        first, rest = cells["action"], ""
        if layout.page_break == k:
            words = row.action.split()
            first, rest = " ".join(words[:4]), " ".join(words[4:])
        printed_ref = _expected(rows, layout)[k][1]
        if layout.ref_column == "merged":
            cells["recommendation"] = f"{layout.ref_form.format(printed_ref)} {row.recommendation}"
        line = ([layout.ref_form.format(printed_ref)] if ref else []) + [
            wrap(first if f == "action" else cells[f]) for f in layout.order
        ]
        out.append("\t".join(line))
        if layout.page_break == k:
            out += ["\fPage 2", "\t".join(header)]
            cont = ([""] if ref else []) + [wrap(rest) if f == "action" else "" for f in layout.order]
            out.append("\t".join(cont))
        if layout.second_action == k:
            # the number, recommendation and scope cells merged down over a second action
            out.append("\t".join([""] + [wrap(c) if c else "" for c in _second_cells(cells, layout)]))
    return "\n".join(out) + "\n"


def _second_cells(cells: dict[str, str], layout: Layout) -> list[str]:
    """The cells of a second action under a merged number and recommendation cell."""
    own = {"action": SECOND_ACTION, "lead": cells["lead"], "target_date": cells["target_date"]}
    own["status"] = cells["status"]
    return [own.get(f, "") for f in layout.order]


AGENCIES = ["Northvale Police", "Riverside Hospitals NHS Trust"]
SECTION_SPLIT = 2  # rows from this index on belong to the second agency's table


def _expected(rows: list[PlanRow], layout: Layout) -> list[tuple[str, str]]:
    """(section, ref) of every row as the plan prints it: numbering restarts per agency."""
    if not layout.sections:
        return [("overview", r.ref) for r in rows]
    return [
        (AGENCIES[k >= SECTION_SPLIT], str(k + 1 if k < SECTION_SPLIT else k + 1 - SECTION_SPLIT))
        for k, r in enumerate(rows)
    ]


WIDTHS = {
    "ref": 6,
    "recommendation": 34,
    "action": 32,
    "lead": 24,
    "target_date": 16,
    "status": 14,
    "scope": 12,
}


def render_side_by_side(rows: list[PlanRow], layout: Layout) -> str:
    fields = ["ref"] + layout.order
    # a column is as wide as its longest header word and a gap of two spaces
    # (but a narrow Scope column cuts "recommendation" in its header, as a word processor does)
    widths = {
        f: max([WIDTHS[f]] + [len(w) + 2 for w in layout.headers[f].split() if f != "scope"]) for f in fields
    }
    widths["ref"] = max(widths["ref"], len(layout.ref_form.format(9)) + 3)  # a ref is never wrapped

    def line(cells: list[str], centred: bool = False) -> str:
        placed = (
            c.center(widths[f] - 2) + "  " if centred else c.ljust(widths[f]) for f, c in zip(fields, cells)
        )
        return (" " * layout.indent + "".join(placed)).rstrip()

    def wrapped_lines(texts: list[str], centred: bool = False) -> list[str]:
        wrapped = [
            (
                _cut_wrap(t, widths[f] - 2)
                if f == "scope"
                else textwrap.wrap(t, widths[f] - 2, break_long_words=False)
            )
            or [""]
            for f, t in zip(fields, texts)
        ]
        height = max(len(w) for w in wrapped)
        return [line([w[i] if i < len(w) else "" for w in wrapped], centred) for i in range(height)]

    # a long header wraps within its column like any cell ("Target date for" / "completion")
    header = wrapped_lines(
        [layout.headers["ref"]] + [layout.headers[f] for f in layout.order], layout.centred
    )
    out = ["Action plan", ""] + ([] if layout.sections else [*header, ""])
    for k, row in enumerate(rows):
        if layout.sections and k in (0, SECTION_SPLIT):
            out += [AGENCIES[k > 0], *header, ""]  # the agency's name at the margin over its table
        cells = _cells(row, layout, k)
        printed_ref = _expected(rows, layout)[k][1]  # numbering restarts in each agency's table
        printed = wrapped_lines([layout.ref_form.format(printed_ref)] + [cells[f] for f in layout.order])
        if layout.page_break == k and len(printed) > 1:
            printed[1:1] = ["", "\f                    Page 2", "", *header, ""]
        if layout.second_action == k:  # under the merged number and recommendation cells
            printed += wrapped_lines([""] + _second_cells(cells, layout))
        out += printed + [""]
    return "\n".join(out) + "\n"


def _cut_wrap(text: str, width: int) -> list[str]:
    """Wrapped as a word processor wraps a narrow cell: a word longer than the line is cut at its
    edge and goes on at the start of the next ("recommenda" / "tion (local,")."""
    lines, line, words = [], "", text.split()
    while words:
        word = words.pop(0)
        if not line and len(word) > width:
            lines.append(word[:width])
            words.insert(0, word[width:])
        elif not line or len(line) + 1 + len(word) <= width:
            line = f"{line} {word}".strip()
        else:
            lines.append(line)
            line = ""
            words.insert(0, word)
    return lines + ([line] if line else [])


def render_labelled(rows: list[PlanRow], layout: Layout) -> str:
    labels = {
        "action": "Action",
        "lead": layout.headers["lead"],
        "target_date": layout.headers["target_date"],
        "status": "Status",
    }
    out = ["Action plan", ""]
    for k, row in enumerate(rows):
        cells = _cells(row, layout, k)
        if layout.values_below:
            out += [f"Recommendation {row.ref}", row.recommendation]
            for f in layout.order:
                if f != "recommendation":
                    out += [f"{labels[f]}:", cells[f]]
        else:
            out.append(f"Recommendation {row.ref}{': ' if k % 2 else ' – '}{row.recommendation}")
            out += [f"{labels[f]}: {cells[f]}" for f in layout.order if f != "recommendation"]
        out.append("")
    return "\n".join(out) + "\n"


def render_one_after_another(rows: list[PlanRow], layout: Layout) -> str:
    """Cells printed one after another as a PDF text export prints a table: each cell's wrapped
    lines in column order, a wrapped line keeping its trailing space, the ref opening the row."""
    header = " ".join([layout.headers["ref"] or "Ref"] + [layout.headers[f] for f in layout.order])
    out = ["Action plan", "", header]
    for k, row in enumerate(rows):
        cells = _cells(row, layout, k)
        printed: list[str] = []
        for f in layout.order:
            wrapped = textwrap.wrap(cells[f], WIDTHS[f])
            printed += [w + " " for w in wrapped[:-1]] + wrapped[-1:]
        printed[0] = f"{row.ref} {printed[0]}"
        if layout.page_break == k:  # the page breaks inside the row; the header is printed again
            printed[2:2] = ["\fPage 2", header]
        out += printed
    return "\n".join(out) + "\n"


RENDER = {
    "tab": render_tab,
    "side_by_side": render_side_by_side,
    "labelled": render_labelled,
    "one_after_another": render_one_after_another,
}


def _ref(ref: str | None) -> str | None:
    return ref.replace("(", "").replace(")", "") if ref else ref  # "1(a)" is "1a" as printed


@given(rows=plan_rows(), layout=layouts())
def test_plan_rows_come_back_in_every_layout(rows: list[PlanRow], layout: Layout):
    _rows_come_back(rows, layout)


# (hypothesis found it: the header printed again on page 2 wraps its names under themselves,
# and "date" under "Completion" was counted as where the lead column's cells start)
_ROW = PlanRow(
    ref="1",
    recommendation="The partnership should review how domestic abuse services are advertised to older residents.",
    action="Audit leaflets and web pages held by partner agencies and refresh them.",
    lead="Northvale Police",
    date="March 2023",
    date_value="2023-03",
    status_text="",
    status="complete",
)
_HEADER_REPEATED_OVER_A_CENTRED_DATE = dict(
    rows=[
        _ROW,
        PlanRow(
            ref="1a",
            recommendation="Police officers should record the relationship between the parties at every call.",
            action="Add a mandatory relationship field to the incident recording form.",
            lead="Northvale Police",
            date="March 2023",
            date_value="2023-03",
            status_text="",
            status="in_progress",
        ),
    ],
    layout=Layout(
        route="side_by_side",
        order=["action", "recommendation", "scope", "target_date", "lead"],
        headers={
            "recommendation": "Recommendation",
            "action": "Action",
            "lead": "Lead Agency",
            "target_date": "Completion date",
            "status": "Status",
            "ref": "Rec No.",
            "scope": "Scope of recommendation (local, regional or national)",
        },
        ref_column="column",
        status_in="date",
        rag=False,
        html=False,
        page_break=0,
        ref_form="{}",
        centred=True,
        values_below=False,
        sections=False,
        indent=2,
        long_status=False,
        second_action=None,
    ),
)


@given(
    rows=plan_rows(lettered=True),
    layout=layouts().filter(
        lambda x: x.route in ("tab", "side_by_side") and x.ref_column == "column" and not x.sections
    ),
)
@example(**_HEADER_REPEATED_OVER_A_CENTRED_DATE)
def test_lettered_sub_recommendations_come_back_in_every_layout(rows: list[PlanRow], layout: Layout):
    _rows_come_back(rows, layout)


def _rows_come_back(rows: list[PlanRow], layout: Layout) -> None:
    text = RENDER[layout.route](rows, layout)
    doc = extract(text, name="plan.txt")
    second = [a for a in doc.actions if (a.action or "").startswith(SECOND_ACTION[:20])]
    got = {(a.agency_section, _ref(a.ref)): a for a in doc.actions if a not in second}
    expected = _expected(rows, layout)
    assert sorted(got) == sorted(expected), text
    if layout.second_action is not None:
        # a row of its own, under the merged cell's number
        key = expected[layout.second_action]
        assert [(a.agency_section, _ref(a.ref), _ref(a.recommendation_ref)) for a in second] == [
            (*key, key[1])
        ], text
        assert second[0].lead == rows[layout.second_action].lead, text
    else:
        assert not second, text
    for row, key in zip(rows, expected):
        action = got[key]
        assert action.lead == row.lead, text
        # with no status column, only a "Complete" in the date column tells the state
        expected_status = (
            row.status if layout.status_in == "status" or row.status == "complete" else "unknown"
        )
        assert action.status.value == expected_status, text
        expected_date = None if layout.status_in == "date" and row.status == "complete" else row.date_value
        assert (action.target_date.start if action.target_date else None) == expected_date, text
        assert action.action and action.action.startswith(row.action.split()[0]), text
        if "recommendation" in layout.order:
            assert _ref(action.recommendation_ref) == key[1], text


# ---- the Home Office template exported PDF-to-text: every cell wrapped, cells one after another ----
SCOPES = ["Local", "Regional", "National"]
MILESTONES = [
    "",
    "Working group met in {}.",
    "Draft shared with partners.",
    "Briefing given to managers in {}.",
]
OUTCOMES = {
    "complete": "Completed {} – the change is in place.",
    "in_progress": "Ongoing – work has started.",
    "not_started": "Not started – awaiting funding.",
}


@st.composite
def wrapped_templates(draw) -> dict:
    """A Home Office template plan printed as PDF text: Recommendation | Scope | Action | Lead |
    Milestones | Target date | Completion and outcome, each cell wrapped to its column's width
    with a trailing space on every line (no cell-end mark), a blank line between printed lines
    or not, a short cell sharing its line with the next cell's first line or not, milestones
    that may carry a date of their own, empty milestone and completion cells."""
    return {
        "blank_lines": draw(st.booleans()),
        "share_lines": draw(st.booleans()),
        "widths": draw(st.sampled_from([(26, 22, 14, 20), (30, 26, 18, 24), (22, 20, 12, 16)])),
        "milestones": [draw(st.integers(0, len(MILESTONES) - 1)) for _ in range(5)],
        "outcome_empty": [draw(st.booleans()) and k % 2 == 1 for k in range(5)],
        "scopes": [draw(st.sampled_from(SCOPES)) for _ in range(5)],
    }


def render_wrapped_template(rows: list[PlanRow], t: dict) -> str:
    rec_w, act_w, lead_w, text_w = t["widths"]
    header = [
        " Recommendation Scope of",
        "recommendation",
        "Action to take Lead Agency Key milestones",
        "achieved in enacting",
        "recommendation",
        "Target Date Date of completion",
        "and Outcome",
    ]
    out: list[str] = ["Action Plan"] + header
    for k, row in enumerate(rows):
        milestone = MILESTONES[t["milestones"][k]].format("May 2021")
        outcome = "" if t["outcome_empty"][k] else OUTCOMES[row.status].format("August 2021")
        cells = [
            textwrap.wrap(f"{row.ref} {row.recommendation}", rec_w),
            [t["scopes"][k]],
            textwrap.wrap(row.action, act_w),
            textwrap.wrap(row.lead, lead_w),
            textwrap.wrap(milestone, text_w),
            [row.date],
            textwrap.wrap(outcome, text_w),
        ]
        printed: list[str] = []
        for c, lines in enumerate(cells):
            if not lines:
                continue
            if t["share_lines"] and printed and c in (2, 6) and len(cells[c - 1]) == 1:
                # a one-line cell and the next cell's first line at the same height
                printed[-1] = f"{printed[-1]} {lines[0]}"
                lines = lines[1:]
            printed += lines
        out += printed
    sep = "\n\n" if t["blank_lines"] else "\n"
    return sep.join(line + " " for line in out) + "\n"


@given(rows=plan_rows(), template=wrapped_templates())
def test_wrapped_cells_printed_one_after_another_come_back(rows: list[PlanRow], template: dict):
    text = render_wrapped_template(rows, template)
    doc = extract(text, name="plan.txt")
    got = {a.ref: a for a in doc.actions}
    assert sorted(got) == [r.ref for r in rows], text
    for k, row in enumerate(rows):
        action = got[row.ref]
        assert action.lead == row.lead, text
        # the target date, never the milestone's date nor the completion date
        assert action.target_date is not None and action.target_date.start == row.date_value, text
        expected = "unknown" if template["outcome_empty"][k] else row.status
        assert action.status.value == expected, text
        assert action.action and action.action.startswith(row.action[:30]), text
        assert action.recommendation_ref == row.ref, text

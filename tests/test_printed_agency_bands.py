"""A plan printed as text, one agency's table after another (plan.printed_rows): an agency's name
printed straight under the last row above and over its own header opens that agency's part when
the rows under the header number afresh; a header repeated inside a row does not. Words of a row
opening in lower case are the row's, not a heading; a status wrapped over the row's last two
lines, or glued to the next cell's word, is still the row's status."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

HEADER = "Ref Action (SMART) Lead Officer Target Date Outcome/Progress Status"


def _export(lines: list[str]) -> str:
    """A plain pdftotext export: a blank line after each printed line; '|' marks a wrapped line
    (it keeps its trailing space)."""
    out = []
    for line in lines:
        parts = line.split("|")
        for k, part in enumerate(parts):
            out += [part if k == len(parts) - 1 else part.rstrip() + " ", ""]
    return "\n".join(out) + "\n"


def _plan(tmp_path: Path, lines: list[str], blank_between: bool = True) -> list[dict]:
    text = _export(lines) if blank_between else "\n".join(ln.replace("|", "") for ln in lines) + "\n"
    path = tmp_path / "plan.txt"
    path.write_text("Action Plan\n\n" + text, encoding="utf-8")
    return [a.model_dump() for a in extract(path).actions]


TWO_TABLES = [
    "Hartwell Lane Surgery",
    HEADER,
    "1 Write a protocol on asking |about abuse at home",
    "Practice Manager 01/03/2023 Protocol agreed",
    "Action completed",
    "2 Send the learning and |recommendations from this |review to every practice",
    "Locality Safeguarding |Nurse",
    "Three months after |publication",
    "Post |publication",
    "Ferrow Medical Centre",
    HEADER,
    "1 Add a flag to the records of |patients known to MARAC",
    "Practice Manager 01/02/2023 OngoingThe first flags are |in place",
    "2 Hold a case discussion at the |clinical meeting",
    "Lead GP 01/03/2023 Discussion held in March",
    "Action completed",
]


def test_an_agency_name_under_the_last_row_opens_the_next_table(tmp_path):
    for blank in (True, False):  # (a text export, and a Word rendering's paragraphs)
        acts = _plan(tmp_path, TWO_TABLES, blank)
        got = [(a["agency_section"], a["ref"]) for a in acts]
        assert got == [
            ("Hartwell Lane Surgery", "1"),
            ("Hartwell Lane Surgery", "2"),
            ("Ferrow Medical Centre", "1"),
            ("Ferrow Medical Centre", "2"),
        ], blank
        assert "Ferrow" not in " ".join(str(v) for v in acts[1].values() if isinstance(v, str))


def test_lower_case_row_words_are_no_heading_and_a_wrapped_status_is_read(tmp_path):
    acts = _plan(tmp_path, TWO_TABLES)
    row = acts[1]
    assert row["action"].startswith("Send the learning and recommendations from this review")
    assert row["status"]["value"] == "not_started"
    assert row["lead"] == "Locality Safeguarding Nurse"


def test_a_status_glued_to_the_next_cell_is_read(tmp_path):
    acts = _plan(tmp_path, TWO_TABLES)
    assert acts[2]["status"]["value"] == "in_progress"


def test_a_header_repeated_inside_a_row_carries_the_row_on(tmp_path):
    lines = [
        "Hartwell Lane Surgery",
        HEADER,
        "1 Write a protocol on asking |about abuse at home",
        "Practice Manager 01/03/2023 Protocol agreed",
        "Action completed",
        "2 Train the reception team in |what to do when a patient |tells them of abuse",
        "Safeguarding Lead",
        HEADER,
        "01/05/2023 Training booked for May",
        "Ongoing",
        "3 Review the practice's policy on |missed appointments",
        "Senior Partner 01/06/2023 Review under way",
        "Ongoing",
    ]
    acts = _plan(tmp_path, lines)
    assert [(a["agency_section"], a["ref"]) for a in acts] == [("Hartwell Lane Surgery", r) for r in "123"]


def test_a_status_wrapped_over_two_lines_opens_with_a_capital(patterns):
    from dhrparse.plan.interleaved import PrintedLine, split_row

    cols = ["ref", "action", "lead", "target_date", "progress", "status"]

    def row(*texts: str) -> list[PrintedLine]:
        return [PrintedLine(t, True, k) for k, t in enumerate(texts, 1)]

    cells, _ = split_row(
        row("Audit ten files", "Lead GP 01/05/2023 Audit booked", "Not", "started"), cols, patterns
    )
    assert cells.get("status") == "Not started"
    # a sentence of the progress cell ending in a status's words is no status cell
    cells, _ = split_row(
        row("Audit ten files", "Lead GP 01/05/2023 The audit has", "not started"), cols, patterns
    )
    assert cells.get("status") != "Not started"


def test_a_word_rendering_sets_the_lead_and_date_on_the_actions_line(patterns):
    from dhrparse.plan.interleaved import PrintedLine, split_row

    cols = ["ref", "action", "lead", "target_date", "progress", "status"]
    lines = [
        PrintedLine(
            "Put the leaflet in every consulting room Practice Manager 01/02/2023 Leaflets placed", False, 1
        ),
        PrintedLine("in all rooms.", False, 2),
        PrintedLine("Action completed", False, 3),
    ]
    cells, _ = split_row(lines, cols, patterns, cell_ends=False)
    assert cells["action"] == "Put the leaflet in every consulting room"
    assert cells["lead"] == "Practice Manager"
    assert cells["target_date"] == "01/02/2023"
    # a date inside the action's sentence (no lead named before it) is the action's
    lines = [
        PrintedLine("Review the cases seen since 01/02/2023 by the duty team", False, 1),
        PrintedLine("Lead GP", False, 2),
        PrintedLine("01/05/2023 Review booked", False, 3),
        PrintedLine("Ongoing", False, 4),
    ]
    cells, _ = split_row(lines, cols, patterns, cell_ends=False)
    assert cells["action"].endswith("by the duty team")
    assert cells["target_date"] == "01/05/2023"


def test_a_status_printed_before_the_progress_cell_is_read_when_none_closes_the_row(patterns):
    from dhrparse.plan.interleaved import PrintedLine, split_row

    cols = ["ref", "action", "lead", "target_date", "outcome", "progress", "status"]

    def row(*texts: str) -> list[PrintedLine]:
        return [PrintedLine(t, True, k) for k, t in enumerate(texts, 1)]

    cells, _ = split_row(
        row(
            "Brief all staff on the review",
            "Team Manager",
            "Jun 2023",
            "Staff know the learning.",
            "Ongoing Briefings were given at two team meetings.",
            "The last is booked for July.",
        ),
        cols,
        patterns,
    )
    assert cells.get("status") == "Ongoing"
    assert "Ongoing" not in " ".join(v for k, v in cells.items() if k != "status")
    # a status word opening a sentence in lower case after it is the sentence's own
    cells, _ = split_row(
        row("Brief all staff", "Team Manager", "Jun 2023", "Ongoing work with the teams continues."),
        cols,
        patterns,
    )
    assert not cells.get("status")

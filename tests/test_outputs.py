"""Analyst-ready outputs: the fixed tables (review first, location last, warnings as a
table), ids unique across files, refs kept as text, flat JSON Lines, streaming writers,
the CLI's csvkit habits and the library API."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import tracemalloc
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from conftest import CORPUS, ROOT, extracted, invoke_cli
from hypothesis import given
from hypothesis import strategies as st

import dhrparse
from dhrparse.models import (
    Action,
    ChronologyEvent,
    DateValue,
    Document,
    Location,
    Recommendation,
    Review,
    Source,
    Status,
)
from dhrparse.models import (
    ExtractionWarning as Warning,
)
from dhrparse.output import columns as layout
from dhrparse.output import writers

RECORD_TABLES = ["review", "recommendations", "actions", "chronology", "warnings"]


def read_csv_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    text = path.read_bytes().decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def sample_tables(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tables")
    proc = invoke_cli("extract", *map(str, CORPUS.values()), "--format", "csv", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


def _doc(name: str = "plan.txt", review_id: str | None = "DHR 7", **records) -> Document:
    return Document(
        source=Source(name=name, sha256="0" * 64, format="text"),
        review=Review(review_id=review_id, area="Northshire"),
        **records,
    )


LOC = Location(line_start=3, line_end=4, page=2, section="8. Recommendations")


# --- tidy tables ---------------------------------------------------------------------------------


@pytest.mark.parametrize("record_type", RECORD_TABLES)
def test_every_table_starts_with_its_review_and_ends_with_its_location(record_type):
    names = layout.column_names(record_type)
    assert names[:2] == ["source", "review_id"]
    if record_type != "warnings":
        assert names[2] == "area"
    if record_type in ("recommendations", "actions", "chronology"):
        assert names[-4:] == ["location.page", "location.line_start", "location.line_end", "location.section"]
        assert names[3] == "id"
    # dates and status come after the record's own text
    if record_type == "actions":
        assert names.index("target_date.raw") > names.index("progress") and names.index(
            "status.value"
        ) > names.index("target_date.relative")
    if record_type == "chronology":
        assert names.index("date.start") > names.index("text")
    assert names == list(dict.fromkeys(names))  # no column twice


def test_warnings_table_layout():
    assert layout.column_names("warnings") == [
        "source",
        "review_id",
        "code",
        "message",
        "page",
        "line_start",
        "line_end",
        "section",
    ]


def test_sample_tables_have_review_id_and_no_junk_columns(sample_tables):
    for path in sorted(sample_tables.glob("*.csv")):
        header, rows = read_csv_rows(path)
        assert "review_id" in header, path.name
        assert all(name.strip() for name in header), path.name  # no empty-named column
        plain_beside_group = [n for n in header if any(o.startswith(n + ".") for o in header)]
        assert not plain_beside_group, (
            path.name,
            plain_beside_group,
        )  # no `target_date` beside `target_date.start`
        assert rows, path.name


def test_the_column_set_is_fixed_whatever_the_data(tmp_path):
    """Monthly outputs append cleanly: an empty plan and a full one have the same header."""
    empty = writers.csv_text([_doc()], "actions").splitlines()[0]
    full = writers.csv_text(
        [
            _doc(
                actions=[
                    Action(
                        id="act-1",
                        ref="1.1",
                        action="Train staff",
                        location=LOC,
                        extra={"Resources": "none", "": "orphan cell"},
                    )
                ]
            )
        ],
        "actions",
    ).splitlines()[0]
    assert empty == full == ",".join(layout.column_names("actions"))


def test_unknown_plan_columns_go_to_one_extra_column_as_header_value_pairs():
    doc = _doc(
        actions=[
            Action(
                id="act-1",
                action="Audit files",
                location=LOC,
                extra={"Resources": "within budget", "RAG": "amber", "Notes": " "},
            )
        ]
    )
    row = next(csv.DictReader(io.StringIO(writers.csv_text([doc], "actions"))))
    assert row["extra"] == "Resources: within budget | RAG: amber"
    assert not [k for k in row if k.startswith("extra.")]


def test_readme_documents_every_column_of_every_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Columns") :]
    for rt in RECORD_TABLES:
        line = next(l for l in section.splitlines() if l.startswith(f"| `{writers.RECORD_FILES[rt]}`"))
        documented = re.findall(r"`([^`]+)`", line.split("|")[2])
        assert documented == layout.column_names(rt), rt


def test_a_field_a_model_gains_is_not_dropped_from_the_tables():
    """Helpers add record fields (themes, scope...): undeclared ones still reach the tables."""
    cols = layout._undeclared(Recommendation, {"id", "text"})
    assert "ref" in [c.name for c in cols] and "location.page" in [c.name for c in cols]


# --- ids unique across files, review on every record -------------------------------------------


def test_ids_are_unique_across_a_batch_and_actions_point_at_qualified_ids():
    recs = [Recommendation(id="rec-overview-1", ref="1", text="Train staff.", location=LOC)]
    acts = [
        Action(
            id="act-overview-1.1",
            ref="1.1",
            recommendation_ref="1",
            recommendation_id="rec-overview-1",
            location=LOC,
        )
    ]
    a, b = (
        _doc("a.txt", recommendations=recs, actions=acts),
        _doc("b.txt", recommendations=recs, actions=acts),
    )
    rec_ids = [r["id"] for r in csv.DictReader(io.StringIO(writers.csv_text([a, b], "recommendations")))]
    assert rec_ids == ["a.txt#rec-overview-1", "b.txt#rec-overview-1"]
    actions = list(csv.DictReader(io.StringIO(writers.csv_text([a, b], "actions"))))
    assert [r["recommendation_id"] for r in actions] == rec_ids
    linked = Action(
        id="act-1", recommendation_id="rec-overview-1", recommendation_source="report.pdf", location=LOC
    )
    row = next(csv.DictReader(io.StringIO(writers.csv_text([_doc("plan.pdf", actions=[linked])], "actions"))))
    assert row["recommendation_id"] == "report.pdf#rec-overview-1"


def test_records_carry_their_reviews_id():
    doc = extracted(CORPUS["001"])  # dhrparse.extract, read once per session
    assert doc.review.review_id
    records = doc.recommendations + doc.actions + doc.chronology
    assert records and {r.review_id for r in records} == {doc.review.review_id}


def test_every_sample_record_row_names_its_review(sample_tables):
    reviews = {r["source"]: r["review_id"] for r in read_csv_rows(sample_tables / "reviews.csv")[1]}
    for name in ("recommendations.csv", "actions.csv", "chronology.csv", "warnings.csv"):
        for row in read_csv_rows(sample_tables / name)[1]:
            assert row["review_id"] == reviews[row["source"]]


# --- refs stay text ------------------------------------------------------------------------------


def _chronology_with_refs(*refs: str) -> Document:
    return _doc(
        chronology=[
            ChronologyEvent(
                id=f"chr-{r}",
                ref=r,
                text=f"Event {r}.",
                location=LOC,
                date=DateValue(raw="March 2014", start="2014-03", end="2014-03", precision="month"),
            )
            for r in refs
        ]
    )


def test_refs_survive_read_csv_as_text(tmp_path):
    doc = _chronology_with_refs("8.1", "8.10", "08")
    writers.write_csv_dir(tmp_path, [doc], ["chronology"])
    path = tmp_path / "chronology.csv"
    assert list(pd.read_csv(path, dtype=str)["ref"]) == ["8.1", "8.10", "08"]
    frame = dhrparse.read_csv(path)
    assert list(frame["ref"]) == ["8.1", "8.10", "08"]
    assert (
        str(frame["location.line_start"].dtype) == "Int64"
        and str(frame["date.approximate"].dtype) == "boolean"
    )
    assert list(frame["location.line_start"]) == [3, 3, 3]
    via_memory = dhrparse.to_dataframe(doc, "chronology")
    assert list(via_memory["ref"]) == ["8.1", "8.10", "08"] and list(via_memory.columns) == list(
        frame.columns
    )


def test_sample_chronology_keeps_refs_as_printed(sample_tables):
    raw = [r["ref"] for r in read_csv_rows(sample_tables / "chronology.csv")[1]]
    assert list(pd.read_csv(sample_tables / "chronology.csv", dtype=str)["ref"].fillna("")) == raw
    assert list(dhrparse.read_csv(sample_tables / "chronology.csv")["ref"].fillna("")) == raw
    actions = dhrparse.read_csv(sample_tables / "actions.csv")
    assert list(actions["ref"].fillna("")) == [
        r["ref"] for r in read_csv_rows(sample_tables / "actions.csv")[1]
    ]


def test_xlsx_stores_refs_as_text_cells_formatted_as_text(tmp_path):
    from dhrparse.output.xlsx import write_xlsx

    write_xlsx(tmp_path / "r.xlsx", [_chronology_with_refs("8.1", "8.10")], ["chronology"])
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx")["chronology"]
    col = [c.value for c in ws[1]].index("ref") + 1
    cells = [ws.cell(row=r, column=col) for r in (2, 3)]
    assert [c.value for c in cells] == ["8.1", "8.10"]
    assert all(c.data_type == "s" and c.number_format == "@" for c in cells)
    line_col = [c.value for c in ws[1]].index("location.line_start") + 1
    assert ws.cell(row=2, column=line_col).value == 3  # numbers stay numbers


# --- warnings everywhere ---------------------------------------------------------------------------


def test_warnings_table_in_csv_and_xlsx(tmp_path):
    doc = _doc(
        warnings=[
            Warning(code="plan_note", message="a note under the plan", location=LOC),
            Warning(code="legacy_encoding", message="read as cp1252"),
        ]
    )
    rows = list(csv.DictReader(io.StringIO(writers.csv_text([doc], "warnings"))))
    assert rows[0] == {
        "source": "plan.txt",
        "review_id": "DHR 7",
        "code": "plan_note",
        "message": "a note under the plan",
        "page": "2",
        "line_start": "3",
        "line_end": "4",
        "section": "8. Recommendations",
    }
    assert rows[1]["code"] == "legacy_encoding" and rows[1]["line_start"] == ""
    from dhrparse.output.xlsx import write_xlsx

    write_xlsx(tmp_path / "r.xlsx", [doc], ["recommendations", "warnings"])
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert wb.sheetnames == ["recommendations", "warnings", "sources"]
    assert [c.value for c in wb["warnings"][2]][:3] == ["plan.txt", "DHR 7", "plan_note"]


def test_records_warnings_on_the_command_line():
    proc = invoke_cli("extract", str(CORPUS["000"]), "--format", "csv", "--records", "warnings")
    assert proc.returncode == 0, proc.stderr
    header, _rows = next(csv.reader(io.StringIO(proc.stdout.decode()))), None
    assert header == layout.column_names("warnings")
    doc = extracted(CORPUS["000"])
    assert len(proc.stdout.decode().strip().splitlines()) >= 1 + len(doc.warnings) > 1


def test_batch_writes_warnings_and_its_summary_says_where(tmp_path, conversions_here):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS["000"], folder)
    proc = invoke_cli(
        "batch", str(folder), "-o", str(tmp_path / "out"), "--format", "csv,xlsx", "--jobs", "1"
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "warnings.csv").exists()
    assert "warnings" in openpyxl.load_workbook(tmp_path / "out" / "records.xlsx").sheetnames
    summary = " ".join(proc.stdout.decode().split())
    assert re.search(
        r"\d+ warnings .*read them in \S*warnings\.csv and the warnings sheet of \S*records\.xlsx", summary
    ), summary


# --- flat JSON Lines -----------------------------------------------------------------------------------


def test_jsonl_with_records_is_one_record_per_line_with_its_review():
    proc = invoke_cli("extract", *map(str, CORPUS.values()), "--format", "jsonl", "--records", "actions")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(l) for l in proc.stdout.decode().splitlines()]
    docs = [extracted(p) for p in CORPUS.values()]
    assert len(lines) == sum(len(d.actions) for d in docs)
    assert all(l["source"] and "review_id" in l and "action" in l and "record_type" not in l for l in lines)
    assert list(lines[0])[:3] == ["source", "review_id", "area"]
    assert len({(l["id"]) for l in lines}) == len(lines)


def test_jsonl_without_records_stays_one_document_per_line():
    proc = invoke_cli("extract", str(CORPUS["000"]), str(CORPUS["002"]), "--format", "jsonl")
    lines = [json.loads(l) for l in proc.stdout.decode().splitlines()]
    assert [l["source"]["name"] for l in lines] == [CORPUS["000"].name, CORPUS["002"].name]


def test_jsonl_with_several_record_types_names_each_lines_type():
    buf = io.StringIO()
    doc = _doc(
        warnings=[Warning(code="x", message="y")],
        actions=[
            Action(id="act-1", action="Audit", location=LOC, status=Status(raw="done", value="complete"))
        ],
    )
    assert writers.write_records_jsonl(buf, [doc], ["actions", "warnings"]) == 2
    first, second = [json.loads(l) for l in buf.getvalue().splitlines()]
    assert (first["record_type"], first["status"]["value"], second["record_type"]) == (
        "actions",
        "complete",
        "warnings",
    )


# --- streaming: memory does not grow with a whole copy of the output ---------------------------------


def _big_document(events: int) -> Document:
    text = "The health visitor recorded that the family had moved and shared this with the school. " * 2
    return _doc(
        chronology=[
            ChronologyEvent(
                id=f"chr-{i}",
                ref=str(i),
                text=text,
                location=LOC,
                date=DateValue(raw="7 March 2014", start="2014-03-07", end="2014-03-07", precision="day"),
            )
            for i in range(events)
        ]
    )


@given(
    texts=st.lists(
        st.sampled_from(['"recommendations": []', ',"chronology":[]', "\n  x", "é ✓ \t", "plain"]), max_size=4
    ).map("".join),
    events=st.integers(0, 3),
    indent=st.sampled_from([None, 2, 4]),
)
def test_a_document_written_record_by_record_is_the_text_pydantic_gives(texts, events, indent):
    doc = _big_document(events)
    doc.review.area = texts or None
    doc.warnings = [Warning(code="x", message=texts)] if texts else []
    doc.chronology = [e.model_copy(update={"text": texts + e.text}) for e in doc.chronology]
    assert "".join(writers.document_json(doc, indent=indent)) == doc.model_dump_json(indent=indent)


def test_sample_documents_written_record_by_record_match_pydantic():
    for path in CORPUS.values():
        doc = extracted(path)
        assert "".join(writers.document_json(doc, indent=2)) == doc.model_dump_json(indent=2)
        assert "".join(writers.document_json(doc)) == doc.model_dump_json()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "records-jsonl", "json"])
def test_writers_stream_instead_of_building_the_whole_output(tmp_path, fmt):
    doc = _big_document(6000)
    target = tmp_path / "out"
    tracemalloc.start()
    try:
        with writers.atomic_open(target) as fh:
            if fmt == "csv":
                writers.write_csv(fh, [doc], "chronology")
            elif fmt == "jsonl":
                writers.write_jsonl(fh, [doc] * 5)
            elif fmt == "records-jsonl":
                writers.write_records_jsonl(fh, [doc], ["chronology"])
            else:
                writers.write_json(fh, [doc] * 5, single=False)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = target.stat().st_size
    assert size > 1_500_000
    # one Document's JSON at most (jsonl/json write a Document at a time), never the whole output
    assert peak < (0.5 if fmt in ("jsonl", "json") else 0.25) * size, (peak, size)


def test_xlsx_is_written_in_write_only_mode_without_holding_the_sheet(tmp_path, monkeypatch):
    from dhrparse.output import xlsx

    doc = _big_document(1000)
    made = []
    real = xlsx.Workbook
    monkeypatch.setattr(xlsx, "Workbook", lambda **kw: made.append(kw) or real(**kw))
    tracemalloc.start()
    try:
        xlsx.write_xlsx(tmp_path / "big.xlsx", [doc], ["chronology"])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert made == [{"write_only": True}]
    cells = 1000 * len(layout.column_names("chronology"))
    assert peak < cells * 150, peak  # an in-memory sheet holds ~500 bytes a cell


def test_xlsx_sheets_stop_at_excels_row_limit_and_continue_on_the_next(tmp_path, monkeypatch):
    from dhrparse.output import xlsx

    monkeypatch.setattr(xlsx, "EXCEL_MAX_ROWS", 4)  # 3 data rows a sheet, like 1,048,575 in Excel
    notes = xlsx.write_xlsx(tmp_path / "r.xlsx", [_big_document(8)], ["chronology"])
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert wb.sheetnames == ["chronology", "chronology (2)", "chronology (3)", "sources"]
    assert [wb[n].max_row for n in wb.sheetnames[:3]] == [4, 4, 3]
    refs = [r[4] for n in wb.sheetnames[:3] for r in wb[n].iter_rows(min_row=2, values_only=True)]
    assert refs == [str(i) for i in range(8)]
    assert notes == [
        "chronology: 8 rows are over Excel's limit of 4 rows a sheet; "
        "they continue on sheets chronology (2) to chronology (3)"
    ]
    assert wb["chronology (2)"].freeze_panes == "A2" and wb["chronology (2)"]["A1"].value == "source"


def test_excel_row_limit_is_excels():
    from dhrparse.output import xlsx

    assert xlsx.EXCEL_MAX_ROWS == 1_048_576


# --- command-line conventions ------------------------------------------------------------------------


def test_dash_output_is_stdout(tmp_path):
    proc = invoke_cli("extract", str(CORPUS["000"]), "--format", "jsonl", "-o", "-")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["source"]["name"] == CORPUS["000"].name
    assert not Path("-").exists()
    proc = invoke_cli("extract", str(CORPUS["000"]), "--format", "csv", "--records", "actions", "-o", "-")
    assert proc.stdout.decode().startswith("source,review_id,area,id,")


def test_records_accepts_review_and_reviews():
    for name in ("review", "reviews", "Reviews"):
        proc = invoke_cli("extract", str(CORPUS["000"]), "--format", "csv", "--records", name)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.decode().startswith("source,review_id,area,review_type")
    assert (
        invoke_cli("extract", str(CORPUS["000"]), "--format", "csv", "--records", "nonsense").returncode == 2
    )


def test_quiet_and_verbose(tmp_path):
    report = tmp_path / "minutes.txt"
    report.write_text("Minutes of the allotment society\n\nThe meeting agreed the new rota.\n")
    normal = invoke_cli("extract", str(report))
    assert normal.returncode == 0 and b"no_review_content" in normal.stderr
    quiet = invoke_cli("extract", str(report), "-q")
    assert quiet.returncode == 0 and quiet.stderr == b""
    verbose = invoke_cli("extract", str(CORPUS["000"]), "-v", "--format", "jsonl")
    lines = verbose.stderr.decode().splitlines()
    assert re.match(rf"dhrparse: {re.escape(CORPUS['000'].name)}: \d+ recommendations, \d+ actions", lines[0])
    assert any(": warning: " in l for l in lines[1:])
    assert invoke_cli("extract", str(report), "-q", "-v").returncode == 2


def test_batch_quiet_prints_no_progress_or_summary(tmp_path, conversions_here):
    proc = invoke_cli("batch", str(CORPUS["000"]), "-o", str(tmp_path / "out"), "-q", "--jobs", "1")
    assert proc.returncode == 0 and proc.stdout == b"" and proc.stderr == b""


def test_help_examples_name_files_that_exist():
    proc = invoke_cli("extract", "--help")
    for name in re.findall(r"samples/\S+", proc.stdout.decode()):
        assert (ROOT / name).exists(), name


# --- batch: fresh outputs only ---------------------------------------------------------------------------


def test_batch_removes_its_own_stale_outputs_but_never_other_files(tmp_path, conversions_here):
    from dhrparse.batch import command

    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    run = lambda **kw: command.run_batch(
        [str(CORPUS["000"])], out, jobs=1, progress_stream=io.StringIO(), **kw
    )
    run(formats=["csv", "xlsx"])
    assert (out / "records.xlsx").exists() and (out / "actions.csv").exists()
    (out / "chronology.csv").write_text("edited by hand")
    result = run(formats=["jsonl"], record_types=["actions"])
    names = sorted(p.name for p in out.iterdir() if p.is_file())
    assert names == ["chronology.csv", "documents.jsonl", "manifest.csv", "notes.txt"]
    assert (out / "chronology.csv").read_text() == "edited by hand"  # changed since: not ours to remove
    assert sorted(p.name for p in result.removed) == [
        "actions.csv",
        "recommendations.csv",
        "records.xlsx",
        "reviews.csv",
        "warnings.csv",
    ]


def test_progress_bar_names_the_file_being_converted():
    from dhrparse.batch.report import ProgressView, Row

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    with ProgressView(2, Terminal()) as view:
        view.started("/in/a.pdf", "a.pdf")
        view.started("/in/b.pdf", "b.pdf")
        assert view.current() == "a.pdf (+1 more)"
        assert view._progress.tasks[0].fields["current"] == "a.pdf (+1 more)"
        view.advance(Row(file="/in/a.pdf", name="a.pdf", status="ok"))
        assert view._progress.tasks[0].fields["current"] == "b.pdf"


# --- clear failures instead of empty successes --------------------------------------------------------------


def test_a_mistyped_path_is_an_error_in_the_library(tmp_path):
    with pytest.raises(FileNotFoundError):
        dhrparse.extract("reprot.pdf")
    with pytest.raises(FileNotFoundError):
        dhrparse.extract(str(tmp_path / "missing" / "plan.docx"))
    # text is still text: several lines, or one line that names no document file
    assert dhrparse.extract("Recommendation 1: Train staff.\n").source.name == "<text>"
    assert dhrparse.extract("Train staff in 2014.").source.name == "<text>"


def test_a_document_with_no_review_content_says_so():
    doc = dhrparse.extract("Minutes of the allotment society\n\nThe meeting agreed the new rota.\n")
    assert [w.code for w in doc.warnings] == ["no_review_content"]
    assert "no review content" in doc.warnings[0].message
    assert not [w for w in extracted(CORPUS["000"]).warnings if w.code == "no_review_content"]


# --- clean cell text -------------------------------------------------------------------------------


def test_one_marker_per_list_item_from_html():
    from dhrparse.readers.text import convert_line, html_to_segments

    assert html_to_segments(
        "<ul><li>• Daily updates</li><li>1. Weekly audit</li><li>plain item</li></ul>"
    ) == ["• Daily updates", "1. Weekly audit", "• plain item"]
    cell = convert_line("1.1\tTrain staff\t<ul><li>• 16 days campaign</li><li>2. Dip sample</li></ul>")[0]
    assert cell.split("\t")[2] == "• 16 days campaign 2. Dip sample"


def test_one_marker_per_word_list_paragraph(tmp_path):
    import docx

    from dhrparse.readers import read_bytes

    document = docx.Document()
    document.add_paragraph("Milestones")
    document.add_paragraph("• Staff briefed", style="List Bullet")
    document.add_paragraph("1. Audit complete", style="List Bullet")
    document.save(tmp_path / "m.docx")
    doc = read_bytes((tmp_path / "m.docx").read_bytes(), "m.docx")
    texts = [ln.text for ln in doc.lines if ln.text.strip()]
    assert texts == ["Milestones", "• Staff briefed", "1. Audit complete"]


@pytest.mark.parametrize("key", sorted(CORPUS))
def test_a_records_section_is_a_heading_above_it_not_its_own_numbered_paragraph(key):
    """Sample 001's plan rows open with short numbered lines ("1.1 To establish a multi-agency")
    that segmentation reads as headings; the record's section is the heading above."""
    from conftest import analysed

    analysis = analysed(key)
    starts: dict[str, list[int]] = {}
    for section in analysis.source.sections():
        starts.setdefault(section.heading, []).append(section.line_start)
    records = analysis.document.recommendations + analysis.document.actions + analysis.document.chronology
    own = [
        (r.id, r.location.section)
        for r in records
        if r.location.section and min(starts[r.location.section]) >= r.location.line_start
    ]
    assert not own


# --- library API ---------------------------------------------------------------------------------------


def test_public_api_is_exactly_all():
    assert set(dhrparse.__all__) == {
        "extract",
        "ReadError",
        "Document",
        "Review",
        "Recommendation",
        "Action",
        "ChronologyEvent",
        "Warning",
        "Location",
        "DateValue",
        "read_csv",
        "to_dataframe",
        "csv_dtypes",
        "__version__",
    }
    for name in dhrparse.__all__:
        assert getattr(dhrparse, name) is not None
    assert "Raises:" in dhrparse.extract.__doc__ and "Returns:" in dhrparse.extract.__doc__
    assert dhrparse.extract.__annotations__["return"] in ("Document", Document)


def test_readme_points_at_files_that_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#:]+)\)", readme)
    assert "docs/CONTRACT.md" in links
    for target in links:
        assert (ROOT / target).exists(), target
    for sample in re.findall(r"samples/[\w.]+\.(?:txt|pdf|docx)", readme):
        assert (ROOT / sample).exists(), sample


_WORDS = st.lists(
    st.sampled_from(["staff", "briefed", "audit", "of", "cases", "MARAC", "referrals", "quarterly"]),
    min_size=1,
    max_size=6,
).map(" ".join)
_MARKERS = st.sampled_from(["", "• ", "- ", "\u25cf ", "1. ", "2) ", "(a) ", "iv. ", "b) "])


@given(st.lists(st.tuples(_MARKERS, _WORDS), min_size=1, max_size=5), st.booleans())
def test_every_html_list_item_keeps_exactly_one_marker(items, in_cell):
    """However an item printed its own marker (none, a bullet glyph, a number or letter), the
    <li> around it adds no second one: "• text" or the item's own "1. text"."""
    from dhrparse.readers.text import convert_line, html_to_segments

    html = "<ul>" + "".join(f"<li>{m}{w}</li>" for m, w in items) + "</ul>"
    want = [(f"{m}{w}" if re.match(r"\(?\w{1,3}[.)]", m) else f"• {w}") for m, w in items]
    if in_cell:
        assert convert_line(f"1.1\tTrain staff\t{html}")[0].split("\t")[2] == " ".join(want)
    else:
        assert html_to_segments(html) == want

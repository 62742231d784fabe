"""The library of reviews: one SQLite database for a collection (dhrparse.library)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPUS

from dhrparse import extract
from dhrparse.batch.command import run_batch
from dhrparse.cli import main
from dhrparse.library import Library
from dhrparse.library.store import add_all
from dhrparse.models import ThemeEvidence

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "library"
HARROWBY = ["harrowby_dhr_2021_02_overview.txt", "harrowby_dhr_2021_02_executive_summary.txt"]
CALDERBROOK = "calderbrook_dhr_overview.txt"
PLAN_V1 = "oakleigh_dhr_2022_23_07_action_plan_feb_2023.txt"
PLAN_V2 = "oakleigh_dhr_2022_23_07_action_plan_update_jun_2024.txt"


@pytest.fixture(scope="module")
def sample_docs():
    return [extract(str(path)) for path in CORPUS.values()]


@pytest.fixture(scope="module")
def fixture_docs():
    return {path.name: extract(str(path)) for path in sorted(FIXTURES.glob("*.txt"))}


def _library(path: Path, docs) -> Path:
    library = Library(path)
    add_all(library, docs)
    library.close()
    return path


def _query(db: Path, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def _cli(*args: str):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


# -- the database -----------------------------------------------------------------------------------


def test_batch_sqlite_matches_json_and_a_second_run_adds_nothing(tmp_path, conversions_here):
    out = tmp_path / "out"
    run_batch([str(p) for p in CORPUS.values()], out, formats=["sqlite", "json"], jobs=1)
    db = out / "reviews.db"
    docs = json.loads((out / "documents.json").read_text(encoding="utf-8"))
    for table in ("recommendations", "actions", "chronology", "warnings"):
        assert _query(db, f"select count(*) from {table}")[0][0] == sum(len(d[table]) for d in docs), table
    assert _query(db, "select count(*) from documents")[0][0] == len(docs) == 3
    assert _query(db, "PRAGMA foreign_key_check") == []
    # every record points at its document and its review
    for table in ("recommendations", "actions", "chronology", "warnings"):
        assert _query(db, f"select count(*) from {table} where document is null or review is null")[0][0] == 0
    # full-text search finds a recommendation by a word of its text
    hits = _query(
        db,
        "select coalesce(r.title, '') || r.text from recommendations r join recommendations_fts f "
        "on f.rowid = r.rowid where recommendations_fts match 'stalking'",
    )
    assert hits and all("stalk" in text.lower() for (text,) in hits)  # porter stemming: stalked, stalking
    before = "\n".join(sqlite3.connect(db).iterdump())
    run_batch([str(p) for p in CORPUS.values()], out, formats=["sqlite"], jobs=1)
    assert "\n".join(sqlite3.connect(db).iterdump()) == before


def test_indexes_on_the_columns_people_filter_by(tmp_path, sample_docs):
    db = _library(tmp_path / "r.db", sample_docs)
    indexed = {
        (t, c)
        for t, c in _query(
            db,
            "select m.name, i.name from sqlite_master m, "
            "pragma_index_list(m.name) l, pragma_index_info(l.name) i "
            "where m.type = 'table'",
        )
    }
    for pair in [
        ("recommendations", "review"),
        ("recommendations", "agency"),
        ("actions", "lead"),
        ("actions", "status"),
        ("actions", "target_due"),
        ("actions", "review"),
        ("chronology", "date_start"),
        ("chronology", "review"),
    ]:
        assert pair in indexed, pair
    tables = {name for (name,) in _query(db, "select name from sqlite_master where type = 'table'")}
    assert {"recommendations_fts", "actions_fts", "chronology_fts"} <= tables


def test_a_changed_file_replaces_its_own_rows_only(tmp_path, fixture_docs):
    db = _library(tmp_path / "r.db", [fixture_docs[PLAN_V1], fixture_docs[CALDERBROOK]])
    others = _query(db, "select * from recommendations where document = ?", [CALDERBROOK])
    changed = fixture_docs[PLAN_V2].model_copy(deep=True)
    changed.source.name = PLAN_V1  # the same file, now holding the update
    library = Library(db)
    assert library.add(changed) == "replaced"
    assert library.add(changed) == "unchanged"
    library.finish()
    assert _query(db, "select * from recommendations where document = ?", [CALDERBROOK]) == others
    assert _query(db, "select count(*) from actions where document = ?", [PLAN_V1])[0][0] == 5
    assert (
        _query(db, "select sha256 from documents where source = ?", [PLAN_V1])[0][0] == changed.source.sha256
    )
    assert _query(db, "PRAGMA foreign_key_check") == []


def test_a_document_read_by_other_code_or_patterns_is_read_again(tmp_path, fixture_docs):
    doc = fixture_docs[CALDERBROOK]
    assert Library(tmp_path / "r.db", fingerprint="old").add(doc) == "added"
    assert Library(tmp_path / "r.db", fingerprint="old").add(doc) == "unchanged"
    newer = Library(tmp_path / "r.db", fingerprint="new")
    assert newer.known(CALDERBROOK, doc.source.sha256) is None
    assert newer.add(doc) == "replaced"


def test_a_failed_document_is_never_half_written(tmp_path, fixture_docs, monkeypatch):
    db = tmp_path / "r.db"
    library = Library(db)
    library.add(fixture_docs[CALDERBROOK])

    def broken(self, doc, owned, rec_ids):
        raise RuntimeError("disk trouble after the recommendations went in")

    monkeypatch.setattr(Library, "_insert_themes", broken)
    with pytest.raises(RuntimeError):
        library.add(fixture_docs[PLAN_V1])
    monkeypatch.undo()
    assert _query(db, "select count(*) from recommendations where document = ?", [PLAN_V1])[0][0] == 0
    assert _query(db, "select count(*) from documents where source = ?", [PLAN_V1])[0][0] == 0
    assert _query(db, "select count(*) from recommendations where document = ?", [CALDERBROOK])[0][0] == 4


def test_extract_records_a_file_that_cannot_be_read(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\nthis is not a pdf at all")
    db = tmp_path / "r.db"
    result = _cli("extract", str(FIXTURES / CALDERBROOK), str(bad), "--db", str(db))
    assert result.exit_code == 1
    rows = _query(db, "select source, status, error, recommendations from documents order by source")
    assert rows[0][:2] == ("broken.pdf", "failed") and rows[0][2]
    assert rows[1][:2] == (CALDERBROOK, "ok")
    assert _query(db, "select count(*) from recommendations where document = 'broken.pdf'")[0][0] == 0
    assert _cli("extract", str(bad), "--format", "sqlite").exit_code == 2  # needs -o or --db


def test_themes_scope_and_their_evidence_are_stored(tmp_path, fixture_docs):
    doc = fixture_docs[CALDERBROOK].model_copy(deep=True)
    doc.recommendations = [
        rec.model_copy(
            update={
                "themes": ["training", "routine_enquiry"],
                "scope": "local",
                "theme_evidence": [
                    ThemeEvidence(theme="training", cues=["domestic abuse training", "staff"])
                ],
            }
        )
        if rec.ref == "2"
        else rec
        for rec in doc.recommendations
    ]
    db = _library(tmp_path / "r.db", [doc])
    rows = _query(
        db,
        "select r.ref, t.theme, t.rank, t.evidence from recommendation_themes t "
        "join recommendations r on r.id = t.recommendation where r.ref = '2' order by t.rank",
    )
    assert rows == [
        ("2", "training", 1, "domestic abuse training | staff"),
        ("2", "routine_enquiry", 2, None),
    ]
    assert _query(db, "select scope, themes from recommendations where ref = '2'") == [
        ("local", '["training", "routine_enquiry"]')
    ]
    # every theme of every recommendation has its row, so facets and counts work
    want = sum(len(r.themes) for r in doc.recommendations)
    assert _query(db, "select count(*) from recommendation_themes")[0][0] == want


def test_a_file_that_is_not_a_library_is_refused_in_one_line_and_left_alone(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n", encoding="utf-8")
    for args in (
        ["extract", str(FIXTURES / CALDERBROOK), "--db", str(notes)],
        ["outstanding", str(notes)],
        ["repeats", str(notes)],
        ["progress", str(tmp_path / "missing.db")],
    ):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2 and "Traceback" not in result.output, args
        assert len(result.output.strip().splitlines()[-1]) > 0
    assert notes.read_text(encoding="utf-8") == "not a database\n"


# -- review identity ---------------------------------------------------------------------------------


def test_a_report_and_its_summary_are_one_review(tmp_path, fixture_docs):
    db = _library(tmp_path / "r.db", fixture_docs.values())
    reviews = dict(_query(db, "select source, review from documents"))
    assert reviews[HARROWBY[0]] == reviews[HARROWBY[1]]
    assert reviews[PLAN_V1] == reviews[PLAN_V2]
    assert len({reviews[HARROWBY[0]], reviews[CALDERBROOK], reviews[PLAN_V1]}) == 3
    # no id printed: known by type, area and month of death
    assert reviews[CALDERBROOK] == "dhr@calderbrook@2022-05"


@pytest.mark.parametrize("plan_first", [True, False])
def test_a_plan_published_apart_links_to_the_reports_recommendations(tmp_path, fixture_docs, plan_first):
    plan = fixture_docs[HARROWBY[0]].model_copy(deep=True)
    plan.source.name, plan.source.sha256, plan.review.doc_kind = "harrowby_plan.txt", "1" * 64, "action_plan"
    plan.recommendations = []
    for action in plan.actions:
        action.recommendation_id = None
    summary = fixture_docs[HARROWBY[1]]
    db = _library(tmp_path / "r.db", [plan, summary] if plan_first else [summary, plan])
    linked = _query(
        db,
        "select a.ref, r.ref, r.document from actions a join recommendations r "
        "on r.id = a.recommendation where a.document = 'harrowby_plan.txt' order by a.ref",
    )
    assert linked == [("1", "1", HARROWBY[1]), ("2", "2", HARROWBY[1]), ("3", "3", HARROWBY[1])]


# -- repeats -------------------------------------------------------------------------------------------


def test_repeats_groups_two_reviews_not_a_restatement(tmp_path, fixture_docs, sample_docs):
    db = _library(tmp_path / "r.db", [*fixture_docs.values(), sample_docs[2]])
    result = _cli("repeats", str(db), "--format", "json")
    assert result.exit_code == 0, result.output
    groups = json.loads(result.output)
    for group in groups:
        assert set(group) == {"group", "text", "reviews", "members"}
        assert len(group["reviews"]) >= 2
        for member in group["members"]:
            assert set(member) == {"source", "review_id", "ref", "text"}
    # (Calderbrook's police recommendation repeats Oakleigh's too: both ask for risk assessment of
    # abuse by adult family members)
    gp = [g for g in groups if any((m["source"], m["ref"]) == (CALDERBROOK, "2") for m in g["members"])]
    assert len(gp) == 1
    refs = {(m["source"], m["ref"]) for m in gp[0]["members"]}
    assert refs == {(CALDERBROOK, "2"), (HARROWBY[0], "1"), (HARROWBY[1], "1")}
    assert gp[0]["reviews"] == sorted(["DHR/2021-22/02", "dhr@calderbrook@2022-05"])
    # the Harrowby summary restates its report: never a group of one review
    assert all(len(g["reviews"]) > 1 for g in groups)
    assert [len(g["reviews"]) for g in groups] == sorted((len(g["reviews"]) for g in groups), reverse=True)
    stored = _query(db, "select count(*) from repeat_members m join repeat_groups g on g.id = m.group_id")[0][
        0
    ]
    assert stored == sum(len(g["members"]) for g in groups)
    # a stricter threshold than the pair's similarity separates them
    strict = json.loads(_cli("repeats", str(db), "--format", "json", "--min-similarity", "0.9").output)
    assert not any((m["source"], m["ref"]) == (CALDERBROOK, "2") for g in strict for m in g["members"])


# -- plan versions ---------------------------------------------------------------------------------------


def test_progress_reports_every_status_change_with_both_statuses(tmp_path, fixture_docs):
    # the update arrives first: versions are ordered by the dates their progress cells give
    db = _library(
        tmp_path / "r.db", [fixture_docs[PLAN_V2], fixture_docs[PLAN_V1], fixture_docs[CALDERBROOK]]
    )
    rows = json.loads(_cli("progress", str(db), "--format", "json").output)
    by_ref = {r["ref"]: r for r in rows}
    assert set(by_ref) == {"1", "2", "3", "4", "5"}
    assert all(r["review_id"] == "DHR/2022-23/07" for r in rows)
    assert [v["source"] for v in by_ref["1"]["versions"]] == [PLAN_V1, PLAN_V2]
    assert [v["status"] for v in by_ref["1"]["versions"]] == ["in_progress", "complete"]
    assert [v["status"] for v in by_ref["3"]["versions"]] == ["not_started", "complete"]
    assert [v["status"] for v in by_ref["4"]["versions"]] == ["not_started", "not_started"]
    assert [v["source"] for v in by_ref["5"]["versions"]] == [PLAN_V2]  # a row added by the update
    for row in rows:
        assert set(row) == {"review_id", "ref", "action", "versions"}
    csv_out = _cli("progress", str(db), "DHR/2022-23/07", "--changed", "--format", "csv").output
    changed = csv_out.splitlines()[1:]
    assert len(changed) == 3 and all(("moved" in line) or ("appeared" in line) for line in changed)
    assert _cli("progress", str(db), "no-such-review").exit_code == 2


def test_rows_matched_by_wording_when_refs_change(tmp_path, fixture_docs):
    renumbered = fixture_docs[PLAN_V2].model_copy(deep=True)
    for action in renumbered.actions:
        action.ref = f"A{action.ref}"
    renumbered.source.sha256 = "0" * 64
    db = _library(tmp_path / "r.db", [fixture_docs[PLAN_V1], renumbered])
    rows = json.loads(_cli("progress", str(db), "--format", "json").output)
    assert len(rows) == 5
    moved = {r["action"]: [v["status"] for v in r["versions"]] for r in rows}
    assert moved["Issue a practice reminder and add a prompt to the carers' assessment form"] == [
        "not_started",
        "complete",
    ]


# -- outstanding -------------------------------------------------------------------------------------------

PLAIN_OVERDUE = """
select a.document, a.ref, a.action from actions a
where a.status != 'complete' and a.target_date_end is not null and
  case length(a.target_date_end)
    when 4 then a.target_date_end || '-12-31'
    when 7 then date(a.target_date_end || '-01', '+1 month', '-1 day')
    else a.target_date_end end < '2026-12-01'
order by 1, 2, 3
"""


def test_outstanding_on_the_samples_is_the_plain_sql_answer(tmp_path, sample_docs):
    db = _library(tmp_path / "r.db", sample_docs)
    result = _cli("outstanding", str(db), "--as-of", "2026-12-01", "--format", "json")
    listed = json.loads(result.output)
    expected = _query(db, PLAIN_OVERDUE)
    assert expected
    assert sorted((r["source"], r["ref"], r["action"]) for r in listed) == sorted(expected)
    for row in listed:
        assert set(row) == {
            "source",
            "review_id",
            "ref",
            "action",
            "lead",
            "target_date",
            "status",
            "days_overdue",
        }
        assert row["days_overdue"] > 0 and row["status"] != "complete"
    undated = json.loads(
        _cli("outstanding", str(db), "--as-of", "2026-12-01", "--undated", "--format", "json").output
    )
    no_date = _query(db, "select count(*) from actions where status != 'complete' and target_due is null")[0][
        0
    ]
    assert len(undated) == len(listed) + no_date
    by_lead = _cli("outstanding", str(db), "--as-of", "2026-12-01", "--by", "lead", "--format", "csv").output
    assert sum(int(row["actions"]) for row in csv.DictReader(io.StringIO(by_lead))) == len(listed)


def test_outstanding_month_target_is_due_at_month_end_and_only_the_latest_version_counts(
    tmp_path, fixture_docs
):
    db = _library(tmp_path / "r.db", [fixture_docs[PLAN_V1], fixture_docs[PLAN_V2]])

    def refs(as_of):
        rows = json.loads(_cli("outstanding", str(db), "--as-of", as_of, "--format", "json").output)
        return sorted((r["source"], r["ref"]) for r in rows)

    # the update's row 2 (June 2023, in progress) is overdue from 1 July 2023, not on 30 June
    assert (PLAN_V2, "2") not in refs("2023-06-30")
    assert (PLAN_V2, "2") in refs("2023-07-01")
    # the first version's rows are superseded by the update's
    assert refs("2026-12-01") == [(PLAN_V2, "2"), (PLAN_V2, "4"), (PLAN_V2, "5")]


# -- browsing -------------------------------------------------------------------------------------------------


def test_datasette_searches_and_facets_recommendations(tmp_path, fixture_docs):
    pytest.importorskip("datasette")
    from datasette.app import Datasette
    from datasette.plugins import pm

    from dhrparse.library import datasette_plugin

    db = _library(tmp_path / "reviews.db", fixture_docs.values())
    # an installed dhrparse registers its plugin through the `datasette` entry point; a source
    # tree on the path without installing it does not, so the test registers it then only
    registered_here = not pm.is_registered(datasette_plugin)
    if registered_here:
        pm.register(datasette_plugin, name="dhrparse-test")
    try:
        ds = Datasette([str(db)])

        async def fetch(path):
            response = await ds.client.get(path)
            assert response.status_code == 200, path
            return response.json()

        found = asyncio.run(fetch("/reviews/recommendations.json?_search=pathway&_shape=objects"))
        # "pathway" is in Harrowby's recommendation 1, in its report and in its summary
        assert sorted(r["document"] for r in found["rows"]) == sorted(HARROWBY)
        faceted = asyncio.run(fetch("/reviews/recommendations.json?_facet=agency&_shape=objects&_size=0"))
        agencies = {v["value"]: v["count"] for v in faceted["facet_results"]["agency"]["results"]}
        assert agencies["Oakleigh CSP"] == 3  # recs 1 (both versions) and 5
        shipped = asyncio.run(fetch("/reviews/recommendations.json?_shape=objects&_size=0"))
        assert set(shipped["facet_results"]) >= {"agency", "level", "review"}  # facets from the metadata
    finally:
        if registered_here:
            pm.unregister(name="dhrparse-test")

"""dhrparse.cli.inputs: what a command reads from each input it is given, and the one error
line for an input it cannot read."""

from __future__ import annotations

import io
import sqlite3

from dhrparse.cli.inputs import documents_in, gather, recommendations_in
from dhrparse.models import Document, Location, Recommendation, Review, Source
from dhrparse.output import writers


def _doc(name: str, n: int) -> Document:
    return Document(
        source=Source(name=name, sha256="0" * 64, format="text"),
        review=Review(review_type="DHR", area="Harbury"),
        recommendations=[
            Recommendation(
                id=f"rec-{i}",
                ref=str(i),
                text=f"The board should review item {i}.",
                themes=["training"],
                location=Location(line_start=i, line_end=i),
            )
            for i in range(1, n + 1)
        ],
    )


def _written(write, docs) -> str:
    buf = io.StringIO()
    write(buf, docs)
    return buf.getvalue()


def test_extract_json_one_document_a_list_or_json_lines_reads_back_the_documents(tmp_path):
    docs = [_doc("a.txt", 2), _doc("b.txt", 3)]
    one, many, lines = tmp_path / "one.json", tmp_path / "many.json", tmp_path / "all.jsonl"
    one.write_text(_written(lambda fh, d: writers.write_json(fh, d[:1], single=True), docs), encoding="utf-8")
    many.write_text(_written(lambda fh, d: writers.write_json(fh, d, single=False), docs), encoding="utf-8")
    lines.write_text(_written(writers.write_jsonl, docs), encoding="utf-8")
    assert [d.source.name for d in documents_in(str(one), None)] == ["a.txt"]
    assert [len(d.recommendations) for d in documents_in(str(many), None)] == [2, 3]
    assert [d.source.name for d in documents_in(str(lines), None)] == ["a.txt", "b.txt"]


def test_json_that_is_not_extract_output_is_one_error_line_and_counts_as_failed(tmp_path, capsys):
    bad = tmp_path / "other.json"
    bad.write_text('{"name": "not a review"}', encoding="utf-8")
    good = tmp_path / "good.jsonl"
    good.write_text(_written(writers.write_jsonl, [_doc("a.txt", 1)]), encoding="utf-8")
    found, failed = gather([str(bad), str(good)], lambda path: recommendations_in(path, None))
    assert (len(found), failed) == (1, 1)
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"dhrparse: error: {bad}: not dhrparse JSON output")


def test_a_database_without_recommendations_is_not_a_library(tmp_path, capsys):
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as con:
        con.execute("create table people (name text)")
    assert recommendations_in(str(db), None) is None
    assert "not a dhrparse library database" in capsys.readouterr().err

"""A narrower plan table in corpus text (every printed line's cells joined by single spaces)
whose last column is named by two names a slash joins, "Progress / RAG": one column, its cells
an update ending in the rating ("... since October. Blue"). Counted as two columns the rows'
first lines never fill the last, and no cut was found; read as one, the rows are cut and the
rating at the cell's end gives the status (tests/zoo/plan_status_progress_rag_key). A lead
naming a service whose name holds a date's word ("Early Help") is no date cut into the lead."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

ZOO = Path(__file__).parent / "zoo"


def test_a_slashed_progress_column_is_read_as_one_column():
    doc = extract(ZOO / "plan_status_progress_rag_key.corpus.txt")
    assert [a.ref for a in doc.actions] == ["1", "2", "3", "4", "5", "6"]
    assert [a.status.raw for a in doc.actions] == ["Blue", "Green", "Amber", "Red", "Completed", "Amber"]
    assert doc.actions[2].lead.startswith("Brindlecombe Early Help")
    assert not any(w.code == "plan_cells_untold" for w in doc.warnings)


def test_every_route_reads_the_same_rows():
    refs = {
        ext: [a.ref for a in extract(ZOO / f"plan_status_progress_rag_key{ext}").actions]
        for ext in (".txt", ".pdf", ".docx", ".corpus.txt")
    }
    assert all(r == refs[".txt"] for r in refs.values()), refs

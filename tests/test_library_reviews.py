"""dhrparse.library.reviews: which review a document joins, and the review's row as its
documents describe it (an overview report speaks before a summary or a plan)."""

from __future__ import annotations

from dhrparse.library.reviews import refresh_review, review_for
from dhrparse.library.rows import document_row
from dhrparse.library.store import open_database
from dhrparse.models import DateValue, Document, Review, Source


def _doc(name: str, **review) -> Document:
    return Document(
        source=Source(name=name, sha256=name.ljust(64, "0")[:64], format="text"), review=Review(**review)
    )


def _add(db, doc: Document) -> str:
    key = review_for(db, doc, doc.source.name)
    db["documents"].insert(document_row(doc, doc.source.name, key, None))
    refresh_review(db, key)
    return key


def test_a_printed_id_joins_documents_of_one_area_and_keeps_other_areas_apart(tmp_path):
    db = open_database(tmp_path / "r.db")
    report = _add(db, _doc("report.txt", review_id="DHR 3", area="Harbury", doc_kind="overview_report"))
    plan = _add(db, _doc("plan.txt", review_id="dhr-3", area="Harbury", doc_kind="action_plan"))
    elsewhere = _add(db, _doc("other.txt", review_id="DHR 3", area="Kettlewell"))
    assert report == plan != elsewhere
    assert db["reviews"].get(report)["documents"] == 2


def test_the_overview_report_gives_the_review_its_author_and_date_of_death(tmp_path):
    db = open_database(tmp_path / "r.db")
    death = DateValue(raw="June 2018", start="2018-06", precision="month")
    summary = _doc(
        "a_summary.txt", review_id="DHR 9", area="Harbury", author="A. Summary", doc_kind="executive_summary"
    )
    overview = _doc(
        "z_overview.txt",
        review_id="DHR 9",
        area="Harbury",
        author="B. Overview",
        doc_kind="overview_report",
        date_of_death=death,
    )
    _add(db, summary)
    key = _add(db, overview)
    row = db["reviews"].get(key)
    assert (row["author"], row["date_of_death"], row["year"]) == ("B. Overview", "2018-06", 2018)


def test_a_document_with_no_id_is_known_by_type_area_and_month_of_death(tmp_path):
    db = open_database(tmp_path / "r.db")
    death = DateValue(raw="9 June 2018", start="2018-06-09", precision="day")
    key = _add(db, _doc("s.txt", review_type="DHR", area="Marlow Vale", date_of_death=death))
    assert key == "dhr@marlow-vale@2018-06"
    assert _add(db, _doc("nothing.txt")) == "document:nothing.txt"

"""A recommendations table "No. | Recommendation | Recommendation addressed to" on corpus text,
its last name wrapped ("No. Recommendation Recommendation" / "addressed to"): the wrapped words
may complete either "Recommendation", and only the rows tell which (the first placement whose
rows read, extractors.recommendations.joined_rows / wrapped_table_header)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"


def test_the_addressee_column_is_the_last_and_gives_each_agency():
    doc = extract(PENDING / "cspr_addressed_to_table.corpus.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4", "5"]
    assert [r.agency for r in doc.recommendations] == [
        "Brindlecombe Safeguarding Children Partnership",
        "Brindlecombe Community Health Trust",
        "Brindlecombe Integrated Care Board",
        "Brindlecombe Safeguarding Children Partnership",
        "Department for Education",
    ]
    # (the lead sentence's lettered parts are the recommendation's own, no records of their own)
    assert "(a) asking every service" in doc.recommendations[3].text
    assert not any("Brindlecombe" in r.text for r in doc.recommendations[1:3])

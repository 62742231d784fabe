"""Recommendations a report template numbers with a hash ("#1", "#2"): numbered paragraphs whose
ref is the number, whether printed as text or as a layout table's first cell."""

from dhrparse import extract
from dhrparse.vocab.refs import display_ref

REPORT = """Wexmoor Safeguarding Children Partnership

6. Recommendations

#1 The partnership should ask schools to record repeated hunger as a safeguarding concern.

#2 Children's Social Care should see every child in the home before an assessment is closed.

#3 Wexmoor Police should tell the health visiting service of every domestic abuse incident.

7. Conclusion

The review ends here.
"""


def test_hash_numbered_paragraphs_are_recommendations_with_their_numbers():
    document = extract(REPORT)
    assert [r.ref for r in document.recommendations] == ["1", "2", "3"]
    assert document.recommendations[1].text.startswith("Children's Social Care should")


def test_hash_before_a_number_is_no_part_of_the_ref():
    assert display_ref("#3") == "3"
    assert display_ref("#") == "#"


def test_a_hashtag_opens_no_numbered_paragraph():
    document = extract(REPORT.replace("#2 Children", "#TeamWexmoor Children"))
    assert [r.ref for r in document.recommendations][:1] == ["1"]
    assert "2" not in [r.ref for r in document.recommendations]

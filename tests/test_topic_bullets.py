"""An agency's recommendations grouped under topic bullets (extractors.recommendations.agency_runs):
a topic with its items indented under it is one recommendation titled by the topic; a topic name
printed at its items' level (a text export that kept no indent) asks nothing: where several such
names part the list each keeps the items up to the next, and a lone one titles the item printed
under it; a short instruction is a recommendation of its own, never a topic."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

HEAD = """9. Recommendations

9.1 Individual Recommendations

Quillford Probation Unit

"""


def _recs(tmp_path: Path, body: str) -> list[tuple]:
    path = tmp_path / "report.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    return [(r.title, r.text.split("\n")[0][:30]) for r in extract(path).recommendations]


def test_indented_items_stay_under_their_topic(tmp_path):
    got = _recs(
        tmp_path,
        "- Training\n - To deliver refresher training to all case managers.\n"
        " - To brief duty officers on safeguarding children.\n"
        "- Supervision:\n - To audit ten cases a quarter against the standard.\n",
    )
    assert [t for t, _ in got] == ["Training", "Supervision"]


def test_topic_names_at_their_items_level_part_the_list(tmp_path):
    # (corpus text prints a nested list flush: each name keeps the items up to the next name)
    got = _recs(
        tmp_path,
        "- Training\n- To deliver refresher training to all case managers.\n"
        "- To brief duty officers on safeguarding children.\n"
        "- Partnership Working\n- To share the list of programmes with the police.\n",
    )
    assert got == [
        ("Training", "To deliver refresher training "),
        ("Partnership Working", "To share the list of programme"),
    ]


def test_a_lone_topic_at_its_items_level_titles_the_item_under_it(tmp_path):
    got = _recs(
        tmp_path,
        "- Training\n- To deliver refresher training to all case managers.\n"
        "- To brief duty officers on safeguarding children.\n",
    )
    assert got == [
        ("Training", "To deliver refresher training "),
        (None, "To brief duty officers on safe"),
    ]


def test_a_short_instruction_is_no_topic(tmp_path):
    got = _recs(tmp_path, "- Review DASH Policy\n- To brief duty officers on safeguarding children.\n")
    assert [text for _, text in got] == ["Review DASH Policy", "To brief duty officers on safe"]

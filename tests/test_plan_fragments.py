"""A plan statement that reads as no recommendation's sentence (extractors.recommendations.
plan_fragments): the words of a row the plan reader could not cut into its cells, a label or
a number alone. Beside the report's own recommendations, or the plan's own full statement of
the same number, it is no record of its own; the user is told. A plan that is the only place
its recommendations are stated keeps what it read."""

from __future__ import annotations

from pathlib import Path

from dhrparse.extractors.recommendations import plan_fragments
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.ledger import Ledger
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.readers import read_path

ZOO = Path(__file__).parent / "zoo"


def test_a_plan_row_joined_in_corpus_text_adds_no_recommendation():
    # (the report states "National Recommendation 1" ... "Local Recommendation 3"; its plan's
    # rows, their cells joined on each line, could not be cut)
    doc = extract(ZOO / "plan_links_worded_series.corpus.txt")
    assert [r.ref for r in doc.recommendations] == [
        "National 1",
        "National 2",
        "Local 1",
        "Local 2",
        "Local 3",
    ]
    told = [w for w in doc.warnings if w.code == "not_a_recommendation"]
    assert told and all(w.location is not None for w in told)


def _reading(tmp_path: Path) -> Reading:
    path = tmp_path / "r.txt"
    path.write_text("Recommendations\n\nThe Board should act.\n", encoding="utf-8")
    p = load_patterns()
    return Reading(read_path(path, patterns=p), Ledger(patterns=p))


def test_what_reads_as_a_recommendation(tmp_path):
    r = _reading(tmp_path)
    whole = [
        "Fenbury Police should ensure that officers record the victim's account apart from the suspect.",
        "Ashcombe Borough Council will review its allocations policy for victims of abuse.",
        "Fenbury Police to ensure that officers record the victim's account.",
        "Ensure the customer pathway arrangements are robust for victims of abuse.",  # (an agency's own)
        "To continue to seek funding for a co-located advocate service in the emergency department",
        "Training on mental capacity where choices put a person at serious risk.",  # (a plan's title)
    ]
    pieces = [
        "Fenbury Police should Local Issue a force-wide instruction that Fenbury",  # cells joined
        "Local Map the current route Ashcombe Mapping workshop 31/05/2024 Completed",
        "Local Issue a briefing to all Fenbury Police Briefing note published March 2024 Complete.",
        "National Recommendation 1:",
        "7.2.2",
        "The Home Office should consider",
    ]
    assert [plan_fragments.reads_whole(r, t) for t in whole] == [True] * 6
    assert [plan_fragments.reads_whole(r, t) for t in pieces] == [False] * 6

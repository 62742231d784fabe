"""The Home Office template in corpus text with each recommendation printed as a band across the
table ("Recommendation 2: ...") over its action rows, the Recommendation column holding the
number alone on the first action's row and a later action's row opening with its scope word
(plan.banded_numbers, read by plan.tracker_rows)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.banded_numbers import BandedNumbers
from dhrparse.plan.vocabulary import PlanVocabulary

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
P = load_patterns()
VOCAB = PlanVocabulary.of(P)
READER = BandedNumbers(VOCAB.statement, VOCAB.ref_word_whole, P)

TEXTS = {
    1: "Recommendation 1: The Partnership should ask each agency to name a lead for the risk",
    2: "meeting.",
    3: "1 Local Write to every agency Risk Coordinator Letters sent. 30/04/2024 Completed April 2024.",
    4: "for a named lead.",
    5: "Local Keep an attendance record Meeting Chair Form agreed. 31/07/2024 Ongoing – report due",
    6: "Recommendation 2: The Police should ask callers whether children are present.",
    7: "2 Local Add a question to the Contact Management Script tested. March 2024 Complete.",
    8: "script.",
}


def test_bands_give_their_statements_and_later_rows_open_with_a_scope_word():
    bands = READER.read(TEXTS)
    assert bands is not None
    assert sorted(bands.texts) == [1, 6]
    assert bands.texts[1].endswith("for the risk meeting.")
    assert bands.carried == {2}
    assert bands.later == [5]


def test_a_row_numbered_unlike_its_band_is_not_the_family():
    texts = dict(TEXTS)
    texts[7] = "3 Local Add a question to the Contact Management Script tested. March 2024 Complete."
    assert READER.read(texts) is None


def test_a_band_with_no_numbered_row_under_it_is_not_the_family():
    texts = {k: v for k, v in TEXTS.items() if k != 3}
    assert READER.read(texts) is None


def test_a_scope_word_naming_a_body_opens_no_later_row():
    texts = dict(TEXTS)
    texts[4] = "Local Authority Designated Officer to check the wording."
    assert READER.read(texts).later == [5]


def test_banded_plan_reads_every_action_under_its_recommendation():
    doc = extract(PENDING / "plan_ho_banded_numbers.corpus.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4", "5"]
    assert [(a.recommendation_ref, a.action.split()[0]) for a in doc.actions] == [
        ("1", "Write"),
        ("1", "Keep"),
        ("2", "Add"),
        ("3", "Put"),
        ("3", "Audit"),
        ("4", "Chair"),
        ("5", "Deliver"),
        ("5", "Add"),
    ]
    assert [a.target_date.raw for a in doc.actions] == [
        "30/04/2024",
        "31/07/2024",
        "March 2024",
        "31/05/2024",
        "December 2024",
        "30/09/2024",
        "31/10/2024",
        "January 2025",
    ]
    assert [a.status.value for a in doc.actions] == [
        "complete",
        "in_progress",
        "complete",
        "complete",
        "not_started",
        "in_progress",
        "in_progress",
        "not_started",
    ]
    assert any(w.code == "plan_cells_untold" for w in doc.warnings)  # (later lines not read)

"""Two-column label boxes in corpus text (plan.joined_labels): each label's first words joined to
its value's first line by one space ("Actions to be 1. Add ..."), its later words wrapped onto
the lines under it ("taken 2. Review ...", "date"); a label is the longest run the vocabulary
names exactly, and the report's text after the last box is not its value."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo"


def test_wrapped_labels_are_parted_from_their_values():
    result = extract(ZOO / "plan_gutter_label_boxes.corpus.txt")
    actions = result.actions
    assert [(a.recommendation_ref, a.ref) for a in actions][:3] == [("1", "1"), ("1", "2"), ("3", "1")]
    # ("Target" / "completion" / "date" one label: its wrapped words are no date's)
    assert [a.target_date.start for a in actions][:2] == ["2024-05-31", "2025-03-31"]
    assert actions[0].lead == "Head of Children's Community Nursing, Brackwater Community Health Trust"
    assert actions[1].action.startswith("Review twenty records each quarter")
    assert "taken" not in actions[1].action.split()
    # the sentence under the last box is the report's, not the last item's progress
    assert all("next review this plan" not in (a.progress or "") for a in actions)


def test_a_box_naming_no_action_is_left_as_printed(tmp_path):
    lines = [
        "Recommendation 1",
        "Issue identified The Trust should ask every mother about domestic abuse at each",
        "contact.",
        "Person Head of Children's Community Nursing",
        "responsible",
        "Target 1. 31 May 2024",
        "completion",
        "date",
    ]
    path = tmp_path / "boxes.corpus.txt"
    path.write_text("".join(f"{line} \n\n" for line in lines), encoding="utf-8")
    assert not extract(path).actions


def test_a_box_whose_number_line_holds_the_recommendation_and_lettered_cells(tmp_path):
    # a Safeguarding Adults Board's response plan as one two-column label table per recommendation,
    # as corpus text prints it: the number's cell joined to the recommendation's words, the actions,
    # targets and updates each lettered in one cell, the update's dated name wrapped in its column
    lines = [
        "Recommendation 1 The Board should ask partners to record who else lives at an address",
        "when a tenancy is handed over.",
        "Lead agency Hollinby Housing Partnership",
        "Lead officer Tenancy Services Manager",
        "Actions (a) Add the household question to the handover form.",
        "(b) Check thirty handovers for the question.",
        "Target dates (a) 31.10.2025",
        "(b) 28.02.2026",
        "Update, March (a) Complete – form reissued",
        "2026 (b) In progress – first twelve checked",
        "Recommendation 2 Ambulance crews should pass on a patient's own account of a fall.",
        "Lead agency Northern Ambulance Service",
        "Lead officer Head of Safeguarding",
        "Actions (a) Add a free-text account field to the handover screen.",
        "Target dates (a) 30.04.2026",
        "Update, March (a) Not started – supplier asked",
        "2026",
    ]
    path = tmp_path / "boxes.corpus.txt"
    path.write_text("".join(f"{line} \n\n" for line in lines), encoding="utf-8")
    result = extract(path)
    assert [r.ref for r in result.recommendations] == ["1", "2"]
    assert result.recommendations[0].text.endswith("when a tenancy is handed over.")
    actions = result.actions
    assert [(a.recommendation_ref, a.ref) for a in actions] == [("1", "a"), ("1", "b"), ("2", "a")]
    assert actions[1].action == "Check thirty handovers for the question."
    assert [a.target_date.start for a in actions] == ["2025-10-31", "2026-02-28", "2026-04-30"]
    assert [a.status.value for a in actions] == ["complete", "in_progress", "not_started"]
    assert actions[0].lead.startswith("Hollinby Housing Partnership")


def test_a_label_column_too_narrow_for_its_labels(tmp_path):
    # the same response plan with a label column too narrow for its labels, as corpus text prints
    # it: "Recommendat" / "ion 1" broken inside the word, its number on the line under, beside the
    # recommendation's wrapped words; "Target" / "dates" and "Update," / "March" / "2026" wrapped a
    # word a line beside the lettered cells
    lines = [
        "Recommendat The Board should ask partners to record who else lives at an address when a",
        "ion 1 tenancy is handed over.",
        "Lead agency Hollinby Housing Partnership",
        "Lead officer Tenancy Services Manager",
        "Actions (a) Add the household question to the handover form.",
        "(b) Check thirty handovers for the question.",
        "Target (a) 31.10.2025",
        "dates (b) 28.02.2026",
        "Update, (a) Complete – form reissued",
        "March (b) In progress – first twelve checked",
        "2026",
        "Recommendat Ambulance crews should pass on a patient's own account of a fall.",
        "ion 2",
        "Lead agency Northern Ambulance Service",
        "Lead officer Head of Safeguarding",
        "Actions (a) Add a free-text account field to the handover screen.",
        "Target (a) 30.04.2026",
        "dates",
        "Update, (a) Not started – supplier asked",
        "March",
        "2026",
    ]
    path = tmp_path / "boxes.corpus.txt"
    path.write_text("".join(f"{line} \n\n" for line in lines), encoding="utf-8")
    result = extract(path)
    assert [r.ref for r in result.recommendations] == ["1", "2"]
    assert result.recommendations[0].text.endswith("when a tenancy is handed over.")
    actions = result.actions
    assert [(a.recommendation_ref, a.ref) for a in actions] == [("1", "a"), ("1", "b"), ("2", "a")]
    assert [a.target_date.start for a in actions] == ["2025-10-31", "2026-02-28", "2026-04-30"]
    assert [a.status.value for a in actions] == ["complete", "in_progress", "not_started"]
    # (the update's wrapped date is no part of a target's cell)
    assert all("March" not in (a.target_date.raw or "") for a in actions)

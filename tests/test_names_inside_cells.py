"""A short plan's rows printed one to a line in corpus text (the cells of a line joined by single
spaces), their action cells naming bodies mid-sentence ("Letter to the Home Office") and their
leads job titles with "of" inside them ("Head of Early Help"): each row's line is cut into its
cells with the names kept whole. A capital after "the" or "of" goes on the name inside the cell
rather than opening the next cell, and a row printed on one line ends no cell on a joining word
("Days of" | "Action ...") nor is cut short of its own widest cell (plan.tracker_first_lines)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.plan.name_pairs import name_pairs
from dhrparse.plan.tracker_first_lines import FirstLine
from dhrparse.vocab.type_widths import Face

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_names_inside_a_one_line_rows_cells_are_kept_whole():
    doc = extracted(PENDING / "plan_names_inside_cells.corpus.txt")
    rows = {a.ref: (a.action, a.lead) for a in doc.actions}
    assert rows["1"] == ("Share the minutes with the Health Hub", "Detective Inspector")
    assert rows["2"] == ("Briefing for the Council of Faiths on coercive control", "Head of Communities")
    assert rows["4(a)"] == ("Audit of cases closed by the Early Help Team", "Head of Early Help")
    assert rows["4(b)"] == ("Guidance on the Safe Return Protocol issued", "Head of Early Help")
    assert rows["5"] == ("Six-monthly reports to the Safer Streets Board", "Partnership Manager")
    assert rows["6"] == ("Flag added to the Housing Register", "Lettings Manager")
    assert [a.status.value for a in doc.actions][:3] == ["complete", "in_progress", "in_progress"]


def test_a_capital_after_the_or_of_is_no_inner_capital_in_a_one_line_row():
    words = ["9", "Campaign", "during", "the", "White", "Ribbon", "Week", "Head", "of", "Communities"]
    line = FirstLine(0, words, Face("arial"), _never())
    line.alone = True
    # ("the White" and "of Communities" go on a name; no capital follows another lower-case word)
    assert line.inner_capitals(0, len(line.words)) == 0
    # (a wrapped row's cell may end its line on "of": "Audit of" | "Northgate ICB")
    line.alone = False
    assert line.inner_capitals(0, len(line.words)) == 2
    words = ["3", "Audit", "closure", "Case", "audit", "with", "SDVC"]
    line = FirstLine(0, words, Face("arial"), _never())
    line.alone = True
    assert line.inner_capitals(0, len(line.words)) == 2


def _never():
    import regex

    return regex.compile(r"(?!x)x")


def test_the_names_a_report_prints_are_its_capitalised_pairs_inside_sentences():
    pairs = name_pairs(
        ["12. The Home Office should consider the learning.", "Forum Chair: the DA Forum agreed"]
    )
    assert ("Home", "Office") in pairs
    assert ("DA", "Forum") in pairs
    # (a sentence's first word and the word after it name nothing together)
    assert ("The", "Home") not in pairs
    assert ("Forum", "Chair") not in pairs


def test_a_cut_inside_a_name_the_report_prints_costs():
    words = ["12", "Letter", "to", "the", "Home", "Office", "CSP", "Manager"]
    line = FirstLine(0, words, Face("arial"), _never(), names=frozenset({("Home", "Office")}))
    assert line.splits == {4}

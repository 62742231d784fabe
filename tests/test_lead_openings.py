"""A tracker row's first printed line whose lead's name opens with words the action's cell could
as well have held ("... keeping in touch after a Head of" | "Adult Social"): the cut by the
columns' widths alone gave the action the lead's opening words; an action's line closing on a
capital after a lower-case word now costs more (plan.lead_openings), so the leads read whole
(the zoo's pending SAR tracker with theme bands, corpus text)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.plan.lead_openings import lead_opening

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
ROLES = ["recommendation", "action", "lead", "target_date"]


def _caps(words: list[str]) -> list[int]:
    caps = [0, 0]
    for prev, word in zip(words, words[1:]):
        caps.append(caps[-1] + (prev[:1].islower() and word[:1].isupper()))
    return caps


def test_an_action_closing_on_a_capital_after_a_lower_case_word():
    words = "Write a short guide for keeping in touch after a Head of Adult Social".split()
    caps = _caps(words)
    assert lead_opening(words, caps, ROLES, 1, 0, 11)  # ("... after a Head")
    assert lead_opening(words, caps, ROLES, 1, 0, 12)  # ("... after a Head of": a joining word after it)
    assert not lead_opening(words, caps, ROLES, 1, 0, 10)  # ("... after a")
    # (the column after the action no lead's: nothing said)
    assert not lead_opening(words, caps, ["action", "target_date"], 0, 0, 11)


def test_the_leads_read_whole_on_the_corpus_text():
    doc = extracted(PENDING / "sar_tracker_theme_bands_ynp.corpus.txt")
    assert [a.lead for a in doc.actions] == [
        "Board Business",  # (its first line only: "Manager" prints below)
        "Head of Adult Social",
        "Systems Development",
        "Policy Subgroup Chair",
        "Prevention Manager",
    ]

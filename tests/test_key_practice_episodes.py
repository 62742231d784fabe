"""A SAR's key practice episodes, Heading 3 lines "KPE N: <dates> – <title>" (or "Key episode N
(<dates>): <title>") each over one paragraph: one chronology entry per episode, dated by the
heading's whole span, its title opening the text, whatever heading the episodes stand under
(extractors/chronology/episode_headings.py, episode_sections.py). The stand-ins are session 44's
pending ones (tests/zoo/pending/build_sar_key_practice_episodes.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import dhrparse

PENDING = Path(__file__).parent / "zoo" / "pending"
MARSHGATE = "sar_overview_kpe_headings_date_ranges_paren_recs_plan_codes_a1_marshgate"
QUENDALE = "sar_overview_key_episode_headings_bracketed_dates_r_recs_lettered_plan_quendale"


def _spans(path: Path) -> list[tuple]:
    doc = dhrparse.extract(path)
    return [(e.date.start, e.date.end, e.date.relative) for e in doc.chronology]


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".txt", ".corpus.txt"])
def test_each_kpe_heading_dates_its_paragraph_by_its_whole_span(suffix):
    assert _spans(PENDING / f"{MARSHGATE}{suffix}") == [
        ("2020-03-09", "2020-05-28", False),
        ("2020-10", "2021-02", False),
        ("2021-06-17", "2021-06-17", False),
        ("2021-09-08", "2021-09-23", False),
    ]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_episodes_under_a_heading_naming_their_analysis_are_entries_too(suffix):
    # ("Key episodes and analysis" names a summary of findings, whose list of periods alone
    # gave entries: an episode heading over its paragraph is one)
    doc = dhrparse.extract(PENDING / f"{QUENDALE}{suffix}")
    assert [(e.date.start, e.text.split(".")[0]) for e in doc.chronology] == [
        ("2019-01-04", "a tenancy under strain"),
        ("2019-06", "contact with the memory clinic"),
        ("2019-11-21", "the welfare check"),
    ]

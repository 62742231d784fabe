"""A cover whose only date of death is a memorial's lifespan: "In memory of <name>" over or
beside "<birth date> – <death date>", the dates in words or figures. The death is the second
date (review.death_forms.memorial_death); a birth long ago may lie before the years a date is
read in, so only its year is asked of it. Title pages: tests/title_pages/tpn10, tpn11; the whole
family: tests/zoo/pending/dhr_circled_recs_progress_bars_memorial."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_circled_recs_progress_bars_memorial"
COVER = (
    "Ellersby Community Safety Partnership\n\nDomestic Homicide Review\n\n{memorial}\n\nAuthor: Joan Stell\n"
)


def _death(memorial: str) -> str | None:
    found = extract(COVER.format(memorial=memorial)).review.date_of_death
    return found.start if found else None


@pytest.mark.parametrize(
    ("memorial", "death"),
    [
        ("In memory of Alice\n14 February 1948 – 2 October 2023", "2023-10-02"),
        ("In memory of Alice\n\n3 March 1990 - 9 July 2021", "2021-07-09"),
        ("In memory of Alice, 14 February 1948 – 2 October 2023", "2023-10-02"),
        ("In loving memory of Alice (14/02/1979 – 02/10/2023)", "2023-10-02"),
        ("In memory of Alice\n12.02.1984 – 07.09.2021", "2021-09-07"),
    ],
)
def test_the_lifespan_second_date_is_the_death(memorial, death):
    assert _death(memorial) == death


@pytest.mark.parametrize(
    "memorial",
    [
        "In memory of Alice\nAlice loved her garden from 1990 - 12 May 2021",  # (a sentence, no lifespan)
        "In memory of Alice\n1948 – 2023",  # (years alone: no day)
        "In memory of Alice\n2 October 2023 – 14 February 1948",  # (the death before the birth)
    ],
)
def test_no_lifespan_no_date(memorial):
    assert _death(memorial) is None


@pytest.mark.parametrize("suffix", [".txt", ".pdf", ".docx", ".corpus.txt"])
def test_stand_in_reads_the_memorial_death(suffix):
    assert extract(PENDING / f"{STEM}{suffix}").review.date_of_death.start == "2023-10-02"

"""Cover forms read by the review extractor: a summary table drawn with pipes
(extractors.review.pipe_rows), a month with a two-figure year after the death's label, a memorial
line over the dates of birth and death, "(d. 03/05/2021)", "died the following day" in the sentence
that dates the attack (extractors.review.death_forms, date_of_death) and "Review number: 05 of
2020/21" (extractors.review.identifier). The pages themselves are tests/title_pages/tpa*.txt."""

from __future__ import annotations

import pytest

from dhrparse.extractors.review.date_of_death import date_of_death
from dhrparse.extractors.review.identifier import review_id
from dhrparse.extractors.review.pipe_rows import as_cells
from dhrparse.patterns import load_patterns

P = load_patterns()


@pytest.mark.parametrize(
    "line, read",
    [
        ("| Author | Jo Roe |", "Author: Jo Roe"),
        ("| SAB reference:  | KSAB 19/02 |", "SAB reference: KSAB 19/02"),
        ("+--------+-------------+", ""),
        ("| Date | Agency | Event |", "Date\tAgency\tEvent"),
        ("|| not a table", "|| not a table"),
        ("Author: Jo Roe", "Author: Jo Roe"),
    ],
)
def test_pipe_rows(line, read):
    assert as_cells(line) == read


@pytest.mark.parametrize(
    "lines, start",
    [
        (["Date of death: Aug '21"], "2021-08"),
        (["In memory of Ana", "03.04.1970 – 21.10.2022"], "2022-10-21"),
        (["SAR: 'Bill' (d. 14/02/2020)"], "2020-02-14"),
        (["Sam was stabbed on the 3rd June 2022 and died the following day."], "2022-06-04"),
        (["Sam was stabbed on 3 June 2022 and died at the scene."], "2022-06-03"),
    ],
)
def test_death_forms(lines, start):
    assert date_of_death(lines, P).start == start


def test_review_number_counted_within_its_year():
    cover = ["Domestic Homicide Review", "Review number: 05 of 2020/21"]
    assert review_id(cover, "\n".join(cover), P) == "05 of 2020/21"


def test_a_telephone_number_is_no_review_id():
    cover = ["Domestic Homicide Review", "Telephone number: 0123 456789"]
    assert review_id(cover, "\n".join(cover), P) is None

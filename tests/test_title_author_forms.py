"""Authors printed in forms the role-beside-name reading missed (tests/title_pages/tpb1, tpb4,
tpb5): a reviewer's name surname first in capitals ("Reviewer: HALLORAN, Bridget"), an author
named only in a suggested citation ("Please cite as: Lindqvist, T. (2024) ..."), and two roles
side by side as column heads with a name under each, joined by one space on corpus text
("Independent Chair Report Author" / "Graham Pettifer Nadia Oyelowo")."""

from __future__ import annotations

from dhrparse.extractors.review.surname_first import _cited, surname_first
from dhrparse.pipeline import extract


def test_surname_first_in_capitals_is_given_name_first():
    assert surname_first("HALLORAN, Bridget") == "Bridget Halloran"
    assert surname_first("HALLORAN, Bridget, Independent Reviewer") == "Bridget Halloran"
    # (a name in title case is surname first only as a record's field holds it, nothing after the
    # given name; a sentence is the ordinary reading's)
    assert surname_first("Halloran, Bridget") == "Bridget Halloran"
    assert surname_first("Halloran, Bridget, Independent Reviewer") is None
    assert surname_first("SAFER STREETS, a partnership") is None


def test_a_citation_gives_its_first_author():
    assert _cited("Lindqvist, T. (2024) Domestic Homicide Review: Amara.") == "T. Lindqvist"
    assert _cited("Okafor, S. and Lyle, P. (2023) Review.") == "S. Okafor"
    assert _cited("Oakhollow CSP (2024) Domestic Homicide Review.") is None


def _author(text: str) -> str | None:
    return extract(text, name="cover.txt").review.author


COVER = "Wexcombe Community Safety Partnership\n\nDomestic Homicide Review\n\n{heads}\n{names}\n\nLena died in 2022.\n"


def test_two_roles_side_by_side_name_the_people_under_them_by_column():
    joined = COVER.format(heads="Independent Chair Report Author", names="Graham Pettifer Nadia Oyelowo")
    assert _author(joined) == "Nadia Oyelowo"
    apart = COVER.format(
        heads="Report Author      Independent Chair", names="Nadia Oyelowo      Graham Pettifer"
    )
    assert _author(apart) == "Nadia Oyelowo"


def test_names_that_cannot_be_parted_give_no_joined_author():
    odd = COVER.format(heads="Independent Chair Report Author", names="Graham Pettifer Nadia Ann Oyelowo")
    assert _author(odd) != "Graham Pettifer Nadia Ann Oyelowo"

"""A Name | Role table printed column by column (plain pdftotext of a Word table): the names, then
the roles; the role of chair names the person beside it (zoo pending
dhr_assurance_group_chair_author_westerby)."""

import dhrparse

HEAD = "Tarnby Community Safety Partnership\nDomestic Homicide Review (Ada): assurance report\n\nAssurance Group\n"


def _author(table: str) -> str | None:
    return dhrparse.extract(HEAD + table + "\nImplementation plan\nThe plan follows.\n").review.author


def test_names_then_roles_pair_by_row():
    table = "Name\nDr Wren Ashdown\nMr Olly Pike\n\nRole on the group\nIndependent chair\nHousing manager\n"
    assert _author(table) == "Wren Ashdown"


def test_second_person_chairs():
    table = "Member\nMr Olly Pike\nDr Wren Ashdown\n\nRole\nHousing manager\nIndependent chair\n"
    assert _author(table) == "Wren Ashdown"


def test_wrapped_role_cell_is_not_paired():
    # a role wrapping onto a second line would pair the roles with the wrong people: read as printed
    table = (
        "Member\nMr Olly Pike\nDr Wren Ashdown\n\nRole\nHousing manager for the\nnorth of the town\nChair\n"
    )
    assert _author(table) != "Olly Pike"

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


def test_roles_printed_before_the_names_pair_by_row():
    # Role | Name | Organisation printed a column at a time: the roles, then the names, then the bodies
    table = (
        "Role\nHousing manager\nIndependent chair\nDesignated nurse\n\nName\nMr Olly Pike\nDr Wren Ashdown\n"
        "Ms Ida Farrant\n\nOrganisation\nTarnby Homes\nAshdown Consulting Ltd\nTarnby ICB\n"
    )
    assert _author(table) == "Wren Ashdown"


def test_a_column_header_under_a_role_is_no_persons_name():
    # one row, printed column by column: "Member name" is the next column's header, not the chair
    table = "Role\nIndependent chair and author\nMember Name\nDr Wren Ashdown\nOrganisation\nTarnby Homes\n"
    assert _author(table) != "Member Name"


def test_a_key_table_printed_after_the_roles_is_not_read_as_their_column():
    table = (
        "Name\nDr Wren Ashdown\nMr Olly Pike\n\nRole on the group\nIndependent chair\nHousing manager\n\n"
        "Ratings\nRating\nMet\n\nMeaning\nAll evidence seen\nSome evidence seen\n"
    )
    assert _author(table) == "Wren Ashdown"


def test_name_organisation_role_columns_pair_by_row():
    # the role two columns after the names, under a header a table of people has
    table = (
        "Name\nDr Wren Ashdown\nMr Olly Pike\n\nOrganisation\nAshdown Consulting Ltd\nTarnby Homes\n\n"
        "Role\nIndependent chair\nHousing manager\n"
    )
    assert _author(table) == "Wren Ashdown"


def test_a_long_role_header_and_a_note_after_the_role():
    table = (
        "Role on the Assurance Group\nHousing manager\nIndependent chair (author of the review)\n\n"
        "Member Name\nMr Olly Pike\nDr Wren Ashdown\n\nOrganisation\nTarnby Homes\nAshdown Consulting Ltd\n"
    )
    assert _author(table) == "Wren Ashdown"

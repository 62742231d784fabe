"""patterns/actions.toml [lead]: clinical and specialist roles ("Principal Occupational Therapist",
"Designated Doctor", "Performance Analyst") are leads' names, so a block of leads printed
together parts one a row with every part a name."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted_json

from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles

PENDING = Path(__file__).parent / "zoo" / "pending"
ROLES = ColumnRoles(load_patterns())


@pytest.mark.parametrize(
    "name",
    ["Principal Occupational Therapist", "Designated Doctor", "Performance Analyst", "Inpatient Matron"],
)
def test_clinical_roles_are_names(name):
    assert ROLES.is_name(name)
    assert ROLES.ends_role(name)


def test_a_sentence_naming_a_doctor_is_no_name():
    assert not ROLES.is_name("The patient was not seen by a doctor.")


def test_block_of_owners_parts_with_the_therapist():
    doc = extracted_json(PENDING / "sar_board_plan_owner_rag_status_word_objects.txt")
    assert [a["lead"] for a in doc["actions"]] == [
        "Board Business Manager",
        "Chair, Hoarding and Clutter Panel",
        "Principal Occupational Therapist",
        "Designated Nurse for Adult Safeguarding",
        "Head of Quality, Adult Social Care",
    ]

"""A user's pattern directory adds vocabulary; it never changes what a shipped rule means.

`--patterns DIR` puts the user's list entries first. A rule that looked up an expression by
its position in a list (the agency-section heading that may name the rows above it) changed
meaning when a user added an entry; each kind of heading now has its own named list.
"""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

USER_ACTIONS = r"""
[plan]
agency_section = ['^\s*agency\s+actions\s+of\s+(?P<agency>.+?)\s*$']
agency_section_after_rows = ['^\s*actions\s+agreed\s+by\s+(?P<agency>.+?)\s*$']
overview_section = ['^\s*panel\s+wide\s+actions\s*$']
"""


def _records(path, patterns) -> dict:
    doc = json.loads(extract(path, patterns=patterns).model_dump_json())
    return {"recommendations": doc["recommendations"], "actions": doc["actions"]}


@pytest.mark.parametrize("key", ["001", "002"])
def test_user_patterns_leave_the_bundled_samples_unchanged(tmp_path, key):
    (tmp_path / "actions.toml").write_text(USER_ACTIONS, encoding="utf-8")
    user = load_patterns(tmp_path)
    assert user.list("actions.plan.agency_section")[0].startswith(r"^\s*agency")  # the user's entry is first
    assert _records(CORPUS[key], user) == _records(CORPUS[key], load_patterns())

"""`dhrparse extract` sets the program apart from the cycle collector while it reads (cli.extract):
a caller that runs the command in its own process gets the collector back as it was."""

from __future__ import annotations

import gc
import json

from click.testing import CliRunner
from conftest import CORPUS

from dhrparse.cli import main


def test_extract_in_process_leaves_the_collector_as_it_found_it():
    before = gc.get_threshold()
    result = CliRunner().invoke(main, ["extract", str(CORPUS["001"]), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["recommendations"]  # the report was read while set apart
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_failing_extract_leaves_the_collector_as_it_found_it(tmp_path):
    before = gc.get_threshold()
    missing = tmp_path / "missing.pdf"
    result = CliRunner().invoke(main, ["extract", str(missing), "--format", "json"])
    assert result.exit_code != 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0

import pytest
from conftest import invoke_cli

from dhrparse.patterns import PatternError, load_patterns


def test_every_shipped_pattern_compiles(patterns):
    for namespace, data in patterns.data.items():
        for key, value in data.items():
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                patterns.regexes(f"{namespace}.{key}")


def test_user_patterns_are_merged_over_the_shipped_ones(tmp_path):
    (tmp_path / "cleaning.toml").write_text("furniture_lines = ['^Smithtown Council – Restricted$']\n")
    merged = load_patterns(tmp_path)
    lines = merged.list("cleaning.furniture_lines")
    assert lines[0] == "^Smithtown Council – Restricted$"
    assert len(lines) > 1, "shipped patterns are kept"


def test_a_bad_user_pattern_is_a_usage_error(tmp_path):
    (tmp_path / "cleaning.toml").write_text("furniture_lines = ['([unclosed']\n")
    with pytest.raises(PatternError, match="furniture_lines"):
        load_patterns(tmp_path)
    out = invoke_cli("extract", "-", "--patterns", str(tmp_path), stdin=b"text\n")
    assert out.returncode == 2 and b"furniture_lines" in out.stderr and b"Traceback" not in out.stderr


def test_patterns_option_changes_what_the_cli_does(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("1. INTRODUCTION\nSmithtown Council – Restricted\n1. The panel met in May 2019.\n")
    (tmp_path / "pat").mkdir()
    (tmp_path / "pat" / "cleaning.toml").write_text(
        "furniture_lines = ['^Smithtown Council – Restricted$']\n"
    )
    plain = invoke_cli("inspect", str(report), "--blocks")
    custom = invoke_cli("inspect", str(report), "--blocks", "--patterns", str(tmp_path / "pat"))
    assert "Smithtown" in plain.stdout.decode() and "Smithtown" not in custom.stdout.decode()

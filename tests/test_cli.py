import csv
import io
import json

from conftest import CORPUS, invoke_cli, run_cli

CONTRACT_KEYS = {"schema_version", "source", "review", "recommendations", "actions", "chronology", "warnings"}


def test_extract_json_prints_one_document_with_every_contract_key():
    out = run_cli("extract", str(CORPUS["000"]), "--format", "json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert set(doc) >= CONTRACT_KEYS
    assert doc["source"]["name"] == CORPUS["000"].name and doc["source"]["format"] == "text"
    assert len(doc["source"]["sha256"]) == 64


def test_extract_csv_has_source_column_first():
    out = invoke_cli("extract", str(CORPUS["002"]), "--format", "csv", "--records", "chronology")
    assert out.returncode == 0, out.stderr
    reader = csv.reader(io.StringIO(out.stdout.decode("utf-8")))
    header = next(reader)
    assert header[0] == "source" and "date.start" in header and "location.line_start" in header


def test_stdin_dash_reads_standard_input_as_jsonl():
    out = invoke_cli("extract", "-", "--format", "jsonl", stdin=CORPUS["000"].read_bytes())
    assert out.returncode == 0, out.stderr
    lines = out.stdout.decode().strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["source"]["name"] == "<stdin>"


def test_several_files_give_a_json_array():
    out = invoke_cli("extract", str(CORPUS["000"]), str(CORPUS["001"]))
    assert out.returncode == 0
    assert [d["source"]["name"] for d in json.loads(out.stdout)] == [CORPUS["000"].name, CORPUS["001"].name]


def test_missing_file_is_one_error_line_and_exit_1_while_good_files_still_come_out():
    out = invoke_cli("extract", "no-such-file.txt", str(CORPUS["000"]))
    assert out.returncode == 1
    assert out.stderr.decode().strip().splitlines() == ["dhrparse: error: no-such-file.txt: no such file"]
    assert json.loads(out.stdout)[0]["source"]["name"] == CORPUS["000"].name


def test_usage_error_exits_2():
    out = invoke_cli("extract", str(CORPUS["000"]), "--format", "csv", "--records", "actions,chronology")
    assert out.returncode == 2
    assert b"Traceback" not in out.stderr


def test_csv_to_a_folder_writes_one_file_per_record_type_with_bom(tmp_path):
    out = invoke_cli("extract", str(CORPUS["000"]), "--format", "csv", "-o", str(tmp_path / "out"))
    assert out.returncode == 0, out.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["actions.csv", "chronology.csv", "recommendations.csv", "reviews.csv", "warnings.csv"]
    assert (tmp_path / "out" / "reviews.csv").read_bytes().startswith(b"\xef\xbb\xbfsource,")


def test_schema_is_generated_from_the_models():
    out = invoke_cli("schema")
    schema = json.loads(out.stdout)
    assert set(schema["properties"]) >= CONTRACT_KEYS


def test_inspect_shows_sections_with_line_ranges():
    out = invoke_cli("inspect", str(CORPUS["002"]))
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    assert "4. CHRONOLOGY" in text and "lines 460–664" in text and "8. RECOMMENDATIONS" in text

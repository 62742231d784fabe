"""Old Word `.doc` files: converted by LibreOffice when `soffice` is on the PATH, else one
line saying how to convert them; a batch lists them instead of ignoring them."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
import sys

import pytest
from batch_helpers import make_docx
from conftest import CORPUS

import dhrparse
from dhrparse.batch import command as batch_command
from dhrparse.batch.discover import discover
from dhrparse.readers import ReadError, read_bytes, sniff_format
from dhrparse.readers import doc as doc_reader

FIXTURE = CORPUS["000"].parents[1] / "tests" / "fixtures" / "exec_summary_numbered_lists.txt"
OLE = doc_reader.OLE_SIGNATURE + b"\x00" * 504  # the header of any .doc file


def test_a_doc_is_recognised_by_its_signature_or_its_name():
    assert sniff_format(OLE, "report.doc") == "doc"
    assert sniff_format(OLE, "report") == "doc"
    assert sniff_format(b"plain words", "report.doc") == "doc"


def test_without_libreoffice_one_line_says_how_to_convert(monkeypatch):
    monkeypatch.setattr(doc_reader.shutil, "which", lambda name: None)
    with pytest.raises(ReadError) as err:
        read_bytes(OLE, "report.doc")
    message = str(err.value)
    assert "\n" not in message and ".doc" in message and "soffice --headless --convert-to docx" in message


def test_command_line_without_libreoffice_on_the_path(tmp_path):
    report = tmp_path / "report.doc"
    report.write_bytes(OLE)
    empty = tmp_path / "bin"
    empty.mkdir()
    env_path = str(empty)
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from dhrparse.cli import main; sys.argv=['dhrparse',"
            f"'extract', {str(report)!r}]; main()",
        ],
        capture_output=True,
        env={"PATH": env_path, "PYTHONPATH": str(CORPUS["000"].parents[1] / "src")},
    )
    assert proc.returncode == 1
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "old Word .doc" in lines[0] and "convert" in lines[0], lines


def _fake_soffice(folder, docx_path) -> None:
    """An `soffice` that "converts" by copying a prepared .docx where LibreOffice would put it."""
    script = folder / "soffice"
    script.write_text(
        "#!/bin/sh\n"
        "out=''\nprev=''\n"
        'for a in "$@"; do [ "$prev" = --outdir ] && out="$a"; prev="$a"; done\n'
        f'mkdir -p "$out" && cp \'{docx_path}\' "$out/input.docx"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


def test_with_soffice_on_the_path_the_doc_is_converted_and_read(tmp_path, monkeypatch):
    docx_path = make_docx(tmp_path / "made.docx", FIXTURE.read_text(encoding="utf-8"))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _fake_soffice(bin_dir, docx_path)
    monkeypatch.setenv("PATH", str(bin_dir) + os.pathsep + os.environ.get("PATH", ""))  # found first
    report = tmp_path / "report.doc"
    report.write_bytes(OLE)
    doc = dhrparse.extract(report)
    assert doc.source.name == "report.doc" and doc.recommendations
    assert "converted_from_doc" in [w.code for w in doc.warnings]
    assert len(doc.recommendations) == len(dhrparse.extract(docx_path).recommendations)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_real_doc_made_by_libreoffice_reads_like_its_docx(tmp_path):
    docx_path = make_docx(tmp_path / "summary.docx", FIXTURE.read_text(encoding="utf-8"))
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
            "--convert-to",
            "doc",
            "--outdir",
            str(tmp_path / "doc"),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    doc_path = tmp_path / "doc" / "summary.doc"
    assert doc_path.read_bytes()[:8] == doc_reader.OLE_SIGNATURE
    got, want = dhrparse.extract(doc_path), dhrparse.extract(docx_path)
    assert [r.ref for r in got.recommendations] == [r.ref for r in want.recommendations]
    assert got.recommendations


def test_batch_lists_doc_files(tmp_path, monkeypatch, conversions_here):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "old.doc").write_bytes(OLE)
    shutil.copy(CORPUS["000"], folder / CORPUS["000"].name)
    assert [i.name for i in discover([str(folder)])] == [CORPUS["000"].name, "old.doc"]
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # the spawned worker inherits it: no LibreOffice
    result = batch_command.run_batch(
        [str(folder)], tmp_path / "out", jobs=1, progress_stream=io.StringIO(), formats=["jsonl"]
    )
    rows = {r.name: r for r in result.rows}
    assert rows["old.doc"].status == "failed" and "old Word .doc" in rows["old.doc"].error
    assert rows[CORPUS["000"].name].status == "ok"

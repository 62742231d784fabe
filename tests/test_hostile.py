"""Hostile and unlucky inputs and outputs: every case ends in records or one clear line,
in bounded time and memory, and no output harms an input or reports a success it did
not have. The hostile files are built here, as small as each fault allows."""

from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import hostile_fixtures as hf
import pytest
from conftest import CORPUS, ROOT, invoke_cli, run_cli

from dhrparse.readers import Limits, ReadError, read_bytes

MB = 1 << 20
ENV = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
DHRPARSE = [sys.executable, "-m", "dhrparse"]


def _one_error_line(out, *fragments) -> str:
    err = out.stderr.decode("utf-8", "replace").strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("dhrparse: error: ")
    for fragment in fragments:
        assert fragment in err[0], err[0]
    return err[0]


class _Overrun(Exception):
    pass


@contextmanager
def within(seconds: float):
    """Fails the test instead of hanging it: a blow-up is minutes, the work seconds."""

    def alarm(signum, frame):
        raise _Overrun(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _capped(gb: float):
    limit = int(gb * (1 << 30))
    return lambda: resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _run(*args, stdin=None, stdout=subprocess.PIPE, preexec=None, timeout=120):
    return subprocess.run(
        [*DHRPARSE, *args],
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=ENV,
        preexec_fn=preexec,
        timeout=timeout,
    )


# --- text that made expressions backtrack --------------------------------------------------


@pytest.mark.parametrize("kind", ["tabs", "lt", "recommendation"])
def test_a_report_with_a_long_run_is_read_in_bounded_time(kind):
    text = hf.text_runs(200_000)[kind].decode()
    import dhrparse

    with within(60):
        doc = dhrparse.extract(text)
    assert doc.review is not None


def test_a_line_of_a_million_tabs_is_text_not_a_table_row():
    from dhrparse.readers.text import convert_line

    line = "Recommendation 3" + "\t" * 1_000_000 + "Police"
    with within(30):
        out = convert_line(line)
    assert out == ["Recommendation 3 Police"]


# --- limits that hold before reading ---------------------------------------------------------


def test_max_bytes_refuses_a_huge_sparse_file_without_reading_it(tmp_path):
    sparse = tmp_path / "huge.txt"
    with open(sparse, "wb") as fh:
        fh.truncate(3 << 30)
    out = _run("extract", str(sparse), "--max-bytes", "1000", preexec=_capped(1))
    assert out.returncode == 1
    _one_error_line(out, "huge.txt", "3,221,225,472 bytes", "--max-bytes")


@pytest.mark.parametrize("how", ["path", "stdin"])
def test_max_bytes_holds_on_an_endless_device(how):
    if how == "path":
        out = _run("extract", "/dev/zero", "--max-bytes", "1000", preexec=_capped(1))
    else:
        with open("/dev/zero", "rb") as zero:
            out = _run("extract", "-", "--max-bytes", "1000", stdin=zero, preexec=_capped(1))
    assert out.returncode == 1
    _one_error_line(out, "over the limit of 1,000 bytes")


def test_a_closed_stdin_is_one_clear_line():
    out = subprocess.run(
        [*DHRPARSE, "extract", "-"],
        capture_output=False,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
        preexec_fn=lambda: os.close(0),
        timeout=120,
    )
    assert out.returncode == 1
    _one_error_line(out, "standard input is closed")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-be"])
def test_unicode_text_with_a_byte_order_mark_is_read_as_text(encoding):
    text = CORPUS["000"].read_text(encoding="utf-8")
    data = text.encode(encoding) if encoding != "utf-16-be" else b"\xfe\xff" + text.encode(encoding)
    doc = read_bytes(data, "windows-unicode.txt").lines
    expected = read_bytes(text.encode("utf-8"), "plain.txt").lines
    assert [ln.text for ln in doc] == [ln.text for ln in expected]


# --- Word documents ------------------------------------------------------------------------


def test_docx_styles_are_read_once_not_searched_per_paragraph(monkeypatch):
    from docx.oxml.styles import CT_Styles

    searches = []
    real = CT_Styles.get_by_id

    def counted(self, style_id):
        searches.append(style_id)
        return real(self, style_id)

    monkeypatch.setattr(CT_Styles, "get_by_id", counted)
    doc = read_bytes(hf.docx_many_styles(2000, 300), "styles.docx")
    assert len(doc.lines) == 300
    assert len(searches) < 50  # was several searches of all 2,000 styles per paragraph


def test_docx_style_chain_that_loops_ends():
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{hf._W_NS}">'
        '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="List Bullet"/><w:basedOn w:val="B"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="B"><w:name w:val="Body"/><w:basedOn w:val="A"/></w:style>'
        "</w:styles>"
    )
    data = hf.docx(hf._para("The police should review the policy.", "A") * 3, styles)
    with within(30):
        doc = read_bytes(data, "loop.docx")
    assert [ln.text for ln in doc.lines] == ["• The police should review the policy."] * 3


def test_docx_whose_xml_unpacks_past_the_limit_is_refused_before_parsing():
    data = hf.docx_text_bomb(24 * MB)
    assert len(data) < MB
    with pytest.raises(ReadError, match="text parts unpack to .* over the limit of 4 MB"):
        read_bytes(data, "bomb.docx", limits=Limits(max_inflate=8 * MB))


def test_docx_entities_are_never_expanded():
    try:
        doc = read_bytes(hf.docx_entity_expansion(), "laughs.docx")
    except ReadError as exc:
        assert "Word document" in str(exc)
        return
    assert sum(len(ln.text) for ln in doc.lines) < 1000


# --- PDFs: bombs behind every encoding, fan-out ----------------------------------------------


@pytest.mark.parametrize("kind", ["flate", "hex", "ascii85", "indirect_length", "padded", "filter_reference"])
def test_pdf_bomb_is_refused_whatever_its_encoding(kind):
    data = hf.pdf_bomb(kind, 24 * MB)
    with pytest.raises(ReadError, match="expand to more than 8 MB"):
        read_bytes(data, f"{kind}.pdf", limits=Limits(max_inflate=8 * MB))


@pytest.mark.parametrize("kind", ["flate", "hex", "ascii85"])
def test_pdf_under_the_inflate_limit_is_read(kind):
    doc = read_bytes(hf.pdf_bomb(kind, 2 * MB), f"{kind}.pdf", limits=Limits(max_inflate=8 * MB))
    assert any("Recommendations" in ln.text for ln in doc.lines)


def test_pdf_lzw_and_run_length_chains_are_counted():
    from dhrparse.readers.pdf_guard import _lzw, _run_length

    # run-length: 129 repeats a byte 128 times; LZW: clear, 'a', then codes that grow the run
    assert _run_length(bytes([129, 65]) * 10 + bytes([128]), 10_000, True) == 1280
    codes, width = [256, 97] + list(range(258, 300)), 9
    bits = "".join(format(c, f"0{width}b") for c in codes) + format(257, "09b")
    data = int(bits + "0" * (-len(bits) % 8), 2).to_bytes((len(bits) + 7) // 8, "big")
    assert _lzw(data, 10_000, True) == 1 + sum(range(2, 44))


def test_pdf_image_declaring_a_huge_size_is_refused():
    data = hf.pdf_bomb("image", 4 * MB).replace(b"/Width 2048 /Height 2048", b"/Width 90000 /Height 90000")
    with pytest.raises(ReadError, match="image of 90,000 x 90,000 pixels"):
        read_bytes(data, "image.pdf", limits=Limits(max_inflate=8 * MB))


def test_pdf_with_too_many_objects_is_refused():
    with pytest.raises(ReadError, match="holds 2,003 objects, over the limit of 1,000"):
        read_bytes(hf.pdf_page_fanout(2000), "fanout.pdf", limits=Limits(max_objects=1000, max_pages=10_000))


def test_pdf_pages_drawing_millions_of_objects_are_refused():
    data = hf.pdf_object_heavy_pages(40, 2000)
    with within(60), pytest.raises(ReadError, match="pages draw more than 10,000 objects by page 5"):
        read_bytes(data, "heavy.pdf", limits=Limits(max_objects=10_000))


def test_pdf_page_of_thousands_of_rules_is_not_paired_rule_by_rule():
    data = hf.pdf_object_heavy_pages(1, 3000)
    with within(30):
        doc = read_bytes(data, "drawing.pdf")
    assert not doc.tables


# --- outputs that must not harm inputs or lie ------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "xlsx"])
def test_output_that_is_the_input_is_refused(tmp_path, fmt):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes((ROOT / "samples" / "000_50e7dad5ba5f6ffb.pdf").read_bytes())
    before = pdf.read_bytes()
    link = tmp_path / "link.out"
    link.symlink_to(pdf)
    for target in (pdf, link):
        out = invoke_cli("extract", str(pdf), "--format", fmt, "-o", str(target))
        assert out.returncode == 2
        _one_error_line(out, "is the input", "refusing to overwrite it")
    assert pdf.read_bytes() == before


def test_output_to_a_full_device_exits_1_with_one_line():
    out = run_cli("extract", str(CORPUS["000"]), "-o", "/dev/full")
    assert out.returncode == 1
    _one_error_line(out, "/dev/full", "no space left")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.parametrize(
    "args", [["extract", str(CORPUS["000"])], ["schema"], ["inspect", str(CORPUS["000"])]]
)
def test_stdout_on_a_full_disk_exits_1_with_one_line(args):
    with open("/dev/full", "wb") as full:
        out = _run(*args, stdout=full)
    assert out.returncode == 1
    _one_error_line(out, "standard output", "no space left")


@pytest.mark.parametrize("args", [["extract", str(CORPUS["000"])], ["schema"]])
def test_closed_stdout_exits_1_with_one_line(args):
    out = subprocess.run(
        [*DHRPARSE, *args], stderr=subprocess.PIPE, env=ENV, preexec_fn=lambda: os.close(1), timeout=120
    )
    assert out.returncode == 1
    _one_error_line(out, "standard output is closed")


def test_broken_pipe_stays_quiet():
    proc = subprocess.Popen(
        [*DHRPARSE, "extract", str(CORPUS["002"]), str(CORPUS["001"]), "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=120)
    assert err == b""


def test_output_to_a_fifo_is_written_through(tmp_path):
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    got = {}
    reader = threading.Thread(target=lambda: got.setdefault("data", fifo.read_bytes()))
    reader.start()
    out = run_cli("extract", str(CORPUS["000"]), "-o", str(fifo))
    reader.join(timeout=60)
    assert out.returncode == 0
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert got["data"].startswith(b"{")


def test_output_through_a_link_replaces_its_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.json"
    target.write_text("old")
    os.chmod(target, 0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    out = invoke_cli("extract", str(CORPUS["000"]), "-o", str(link))
    assert out.returncode == 0
    assert link.is_symlink() and target.read_text().startswith("{")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]  # no staging left


@pytest.mark.parametrize(
    "where, fragment",
    [
        ("folder", "is a folder"),
        ("under_file/out.json", "not a folder"),
    ],
)
def test_output_path_that_cannot_be_a_file_is_one_line(tmp_path, where, fragment):
    (tmp_path / "folder").mkdir()
    (tmp_path / "under_file").write_text("a file")
    out = invoke_cli("extract", str(CORPUS["000"]), "-o", str(tmp_path / where))
    assert out.returncode == 1
    _one_error_line(out, fragment)


def test_csv_folder_output_that_is_a_file_is_one_line(tmp_path):
    (tmp_path / "out").write_text("a file")
    out = invoke_cli("extract", str(CORPUS["000"]), "--format", "csv", "-o", str(tmp_path / "out"))
    assert out.returncode == 1
    _one_error_line(out, "out")
    assert (tmp_path / "out").read_text() == "a file"


# --- hygiene ------------------------------------------------------------------------------


def test_control_characters_in_a_file_name_are_escaped(tmp_path):
    bad = tmp_path / "report\x1b]0;owned\x07.txt"
    bad.write_bytes(b"")
    out = invoke_cli("extract", str(bad))
    line = _one_error_line(out, "report\\x1b]0;owned\\x07.txt")
    assert "\x1b" not in line and "\x07" not in line


def test_inspect_escapes_control_characters_in_document_text(tmp_path):
    path = tmp_path / "escapes.txt"
    text = CORPUS["000"].read_text(encoding="utf-8")
    first, rest = text.split("\n", 1)
    path.write_text(
        first + "\n" + rest.replace("Recommendation", "Recommend\x1b[31mation", 1) + "\n\x9b2J\n",
        encoding="utf-8",
    )
    out = invoke_cli("inspect", str(path))
    assert out.returncode == 0
    assert b"\x1b" not in out.stdout and "\x9b".encode() not in out.stdout


# --- batch --------------------------------------------------------------------------------


def test_batch_worker_over_its_time_budget_is_reported_timed_out(tmp_path):
    from dhrparse.batch.worker import Settings, run_all

    paths = []
    for name in ("a.txt", "hang.txt", "b.txt"):
        (tmp_path / name).write_text(CORPUS["000"].read_text(encoding="utf-8"))
        paths.append(str(tmp_path / name))
    outcomes = {}
    started = time.monotonic()
    run_all(
        paths,
        # the other files convert in about a second each; the budget leaves room for a loaded
        # machine (the suite runs on every core, each batch worker a process of its own)
        Settings(timeout=15),
        2,
        lambda p, o: outcomes.__setitem__(Path(p).name, o),
        fn=hf.hang_on_marked_files,
    )
    assert time.monotonic() - started < 120
    assert outcomes["hang.txt"].error.startswith("timed out after 15 s")
    assert outcomes["a.txt"].ok and outcomes["b.txt"].ok


def test_batch_workers_end_when_the_parent_is_killed(tmp_path):
    script = tmp_path / "parent.py"
    (tmp_path / "hang.txt").write_text("x")
    script.write_text(
        "import multiprocessing, os, sys, threading, time\n"
        f"sys.path[:0] = [{str(ROOT / 'src')!r}, {str(ROOT / 'tests')!r}]\n"
        "import hostile_fixtures as hf\n"
        "from dhrparse.batch.worker import Settings, run_all\n"
        "def report():\n"
        "    waited = time.monotonic() + 120  # until the worker is in its conversion\n"
        f"    while not os.path.exists({str(tmp_path / 'hang.txt.hanging')!r}) and time.monotonic() < waited:\n"
        "        time.sleep(0.05)\n"
        "    print(' '.join(str(p.pid) for p in multiprocessing.active_children()), flush=True)\n"
        "if __name__ == '__main__':\n"
        "    threading.Thread(target=report, daemon=True).start()\n"
        f"    run_all([{str(tmp_path / 'hang.txt')!r}], Settings(timeout=0), 1, lambda p, o: None, "
        "fn=hf.hang_on_marked_files)\n"
    )
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, env=ENV)
    pids = [int(p) for p in parent.stdout.readline().split()]
    assert pids
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.2)
    assert not any(_alive(p) for p in pids)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_batch_lists_unreadable_entries_as_failed(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(CORPUS["000"].read_text(encoding="utf-8"))
    (src / "dangling.txt").symlink_to(src / "nowhere.txt")
    (src / "loop.txt").symlink_to(src / "loop.txt")
    os.mkfifo(src / "pipe.txt")
    out = run_cli(
        "batch", str(src), "/dev/zero", "-o", str(tmp_path / "out"), "--max-bytes", "100000", "-j", "1"
    )
    assert out.returncode == 1
    manifest = (tmp_path / "out" / "manifest.csv").read_text(encoding="utf-8-sig")
    rows = {line.split(",")[0].rsplit("/", 1)[-1]: line for line in manifest.splitlines()[1:]}
    assert ",ok," in rows["good.txt"]
    assert "dangling link" in rows["dangling.txt"]
    assert "loops" in rows["loop.txt"]
    assert "not a regular file" in rows["pipe.txt"]
    assert "over the limit of 100,000" in rows["zero"]


def test_batch_survives_losing_its_progress_stream(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"r{i}.txt").write_text(CORPUS["000"].read_text(encoding="utf-8") + f"\n{i}\n")
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody reads stderr: the first progress line meets a broken pipe
    out = subprocess.run(
        [*DHRPARSE, "batch", str(src), "-o", str(tmp_path / "out"), "-j", "1"],
        stdout=subprocess.DEVNULL,
        stderr=write_end,
        env=ENV,
        timeout=300,
    )
    os.close(write_end)
    assert (tmp_path / "out" / "manifest.csv").exists()
    assert (tmp_path / "out" / "recommendations.csv").exists()
    assert out.returncode == 0

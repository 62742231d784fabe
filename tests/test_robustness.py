"""Bad input never crashes: one clear error line and exit 1, or a warning and exit 0."""

from __future__ import annotations

import random
import socket

import pytest
from conftest import CORPUS, invoke_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_fixtures import serialise

import dhrparse

FUZZ = settings(suppress_health_check=[HealthCheck.too_slow])  # example counts come from the profile


def _one_error_line(out, *fragments):
    err = out.stderr.decode().strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("dhrparse: error: ")
    for fragment in fragments:
        assert fragment in err[0]
    assert b"Traceback" not in out.stderr


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "the file is empty"),
        (b"  \n\t\n   \n", "only whitespace"),
        (random.Random(1).randbytes(4000), "binary data"),
    ],
    ids=["empty", "whitespace", "binary"],
)
def test_unusable_text_files_fail_with_one_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    out = invoke_cli("extract", str(path))
    assert out.returncode == 1
    _one_error_line(out, "bad.txt", message)


def test_debug_shows_the_traceback(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"")
    out = invoke_cli("extract", str(path), "--debug")
    assert out.returncode == 1 and b"Traceback" in out.stderr


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_read_with_a_warning(tmp_path, encoding):
    path = tmp_path / "legacy.txt"
    path.write_bytes("1. The victim’s mother paid £20 in café.\n".encode(encoding, errors="replace"))
    doc = dhrparse.extract(path)
    assert any(w.code == "legacy_encoding" for w in doc.warnings)


def test_a_200000_character_single_line_is_read(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("word " * 40000)
    out = invoke_cli("extract", str(path))
    assert out.returncode == 0, out.stderr


def test_deeply_nested_html_is_flattened_to_text():
    doc = dhrparse.extract("<div>" * 3000 + "1. The police attended in April 2016." + "</div>" * 3000 + "\n")
    assert doc.source.name == "<text>"


def test_a_5000_page_text_is_read_with_page_numbers(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("\f".join(f"{i}. Paragraph {i}.\nMore text." for i in range(1, 5001)))
    from dhrparse.pipeline import analyse

    analysis = analyse(path)
    assert analysis.source.pages == 5000


def test_page_limit_is_enforced_and_overridable(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("\f".join(f"Page {i} text here." for i in range(1, 31)))
    out = invoke_cli("extract", str(path), "--max-pages", "10")
    assert out.returncode == 1
    _one_error_line(out, "30 pages", "--max-pages")
    assert invoke_cli("extract", str(path), "--max-pages", "40").returncode == 0


def test_size_limit_is_enforced(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Some text.\n" * 100)
    out = invoke_cli("extract", str(path), "--max-bytes", "50")
    assert out.returncode == 1
    _one_error_line(out, "over the limit")


def test_extraction_never_opens_a_network_connection(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("dhrparse tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for path in CORPUS.values():
        dhrparse.extract(path)


@FUZZ
@given(st.text(max_size=2000))
def test_pipeline_never_raises_on_arbitrary_text(text):
    try:
        doc = dhrparse.extract(text + "\n")
    except dhrparse.readers.ReadError:
        return  # empty / binary-looking input is refused cleanly
    assert doc.schema_version == "1"


_LINES = CORPUS["002"].read_text(encoding="utf-8").splitlines()


@FUZZ
@given(
    st.lists(
        st.sampled_from(_LINES[440:700] + _LINES[1215:1350] + _LINES[1526:1700]), min_size=1, max_size=60
    ),
    st.lists(
        st.sampled_from(["\t", "<p>", "</p>", "<ul><li>", "\f", "- ", "1.1\t", "Recommendation 3: "]),
        max_size=10,
    ),
    st.randoms(use_true_random=False),
)
def test_pipeline_never_raises_on_mutated_corpus_text(lines, inserts, rnd):
    lines = list(lines)
    for piece in inserts:
        i = rnd.randrange(len(lines))
        lines[i] = piece + lines[i] if rnd.random() < 0.5 else lines[i] + piece
    try:
        doc = dhrparse.extract("\n".join(lines) + "\n")
    except dhrparse.readers.ReadError:
        return  # all-blank samples are refused cleanly
    for rec in doc.recommendations + doc.actions + doc.chronology:
        assert rec.location.line_start <= rec.location.line_end


def _flate_bomb_pdf(inflated_mb: int) -> bytes:
    import zlib

    body = b"BT /F1 12 Tf 72 720 Td (" + b"A" * 1000 + b") Tj ET\n"
    stream = zlib.compress(body * (inflated_mb * 1024), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return serialise(dict(enumerate(objects, start=1)))


def test_a_pdf_decompression_bomb_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_flate_bomb_pdf(20))  # ~20 MB of text operators from ~25 KB
    assert path.stat().st_size < 100_000
    out = invoke_cli("extract", str(path), "--max-inflate-mb", "8")
    assert out.returncode == 1
    _one_error_line(out, "bomb.pdf", "expand to more than 8 MB", "--max-inflate-mb")
